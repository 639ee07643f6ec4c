/**
 * Pipe sessions (PROTOCOL.md §6.2): a child with stdin/stdout/stderr pipes in its own process
 * group, one 1 MiB backlog ring and one attachment slot per output stream.
 *
 * **Byte-faithful output (deliberate difference from upstream, §14.12).** Upstream captures
 * pipe output line by line: it turns `\r\n` into `\n`, drops empty lines and appends `\n` to
 * a trailing fragment, so a child writing `a\r\n\nb` is stored and streamed as `a\nb\n`.
 * This daemon keeps the bytes exactly as the child wrote them, in the backlog, in the live
 * stream and for tees: `a\r\n\nb` arrives as `a\r\n\nb`.
 *
 * **Terminal frame on natural exit.** Upstream races its stream reader (`eof`) against its
 * exit waiter (`exit_code`). Here, once one of the two events happens, the stream waits up to
 * {@link STREAM_SETTLE_MS} for the other: if the child has exited by then the client gets
 * every byte read so far and then `exit_code`, otherwise `eof` (the stream ended but the child
 * lives on). Output read later still lands in the ring.
 *
 * **Reading pauses for lossless attachments.** The reader of a stream stops reading the
 * child's pipe while that stream's attachment is `lossless` and its queue is full (see
 * `stream.ts`); the backlog ring and tees then see the bytes when they are read. The pipe
 * adapters read ahead at most a few hundred KiB, so the child blocks on write.
 *
 * @module
 */
import { writePipeStreamFrame } from "../../../proto_gen/daemon_pb.ts";
import type { ChildProcessHandle } from "../../process/types.ts";
import { StdinClosedError } from "../../process/errors.ts";
import { internal } from "../status_error.ts";
import { ByteRing } from "./ring_buffer.ts";
import { Session, type SessionIdentity, settleWithin } from "./session.ts";
import { framed, StreamSlot } from "./stream.ts";

/** How long one of (stream EOF, child exit) waits for the other before the terminal frame. */
export const STREAM_SETTLE_MS = 250;

/** Terminal frames of pipe streams (framed). */
export const PIPE_FRAMES = {
  eof: () => framed(writePipeStreamFrame, { frame: { case: "eof", value: true } }),
  exitCode: (code: number) =>
    framed(writePipeStreamFrame, { frame: { case: "exitCode", value: code } }),
  error: (text: string) => framed(writePipeStreamFrame, { frame: { case: "error", value: text } }),
  stolen: () => framed(writePipeStreamFrame, { frame: { case: "stolenBy", value: "peer" } }),
};

/** One output stream of a pipe session. */
export class PipeStream {
  /** `"stdout"` or `"stderr"`. */
  readonly name: "stdout" | "stderr";
  /** Its backlog. */
  readonly ring = new ByteRing();
  /** Its attachment slot. */
  readonly slot = new StreamSlot();
  /** True once the child's end of the pipe closed (or the stream does not exist: merged). */
  eof = false;
  /** Resolves at EOF. */
  readonly eofReached: Promise<void>;
  /** Resolves {@link PipeStream.eofReached}. */
  markEof!: () => void;
  /** A settle (see the module documentation) is in progress. */
  settling = false;

  /**
   * Creates the stream state.
   *
   * @param name `"stdout"` or `"stderr"`
   */
  constructor(name: "stdout" | "stderr") {
    this.name = name;
    this.eofReached = new Promise((r) => (this.markEof = r));
  }
}

/** Options of a {@link PipeSession}. */
export interface PipeSessionOptions extends SessionIdentity {
  /** The spawned child. */
  child: ChildProcessHandle;
  /** `merge_stderr_into_stdout`. */
  merged: boolean;
}

/** A running (or exited) pipe session. */
export class PipeSession extends Session {
  /** Always `"pipe"`. */
  readonly kind = "pipe" as const;
  /** stderr was redirected into stdout at spawn. */
  readonly merged: boolean;
  /** The stdout stream (stdout+stderr when merged). */
  readonly stdout = new PipeStream("stdout");
  /** The stderr stream (empty, at EOF, when merged). */
  readonly stderr = new PipeStream("stderr");
  #child: ChildProcessHandle;
  #stdinClosed = false;

  /**
   * Wraps a spawned child; call {@link PipeSession.start} next.
   *
   * @param opts identity, child and merge flag
   */
  constructor(opts: PipeSessionOptions) {
    super(opts);
    this.#child = opts.child;
    this.merged = opts.merged;
  }

  /** Emits `started`, then starts the readers and the exit waiter. Call once, after spawn. */
  start(): void {
    this.emitStarted();
    void this.#read(this.stdout, this.#child.stdout);
    if (this.merged || this.#child.stderr === null) {
      this.stderr.eof = true;
      this.stderr.markEof();
    } else {
      void this.#read(this.stderr, this.#child.stderr);
    }
    void this.#child.exited.then((info) => {
      this.recordExit(info.exitCode);
      this.settle(this.stdout);
      if (!this.merged) this.settle(this.stderr);
    });
  }

  /** The stream named by a `PipeStreamKind` (2 → stderr, anything else → stdout). */
  streamOf(kind: number): PipeStream {
    return kind === 2 ? this.stderr : this.stdout;
  }

  async #read(s: PipeStream, source: AsyncIterable<Uint8Array> | null): Promise<void> {
    if (source !== null) {
      try {
        for await (const chunk of source) {
          if (this.disposed) break;
          // Bytes are kept exactly as written (no line normalisation, see the module docs).
          s.ring.push(chunk);
          this.emitBytes(s.name, chunk);
          s.slot.pushData(chunk);
          // A lossless attachment whose queue is full: stop reading (the child blocks on
          // write once the pipe is full) until its client catches up or goes away.
          for (let w = s.slot.writable(); w !== undefined; w = s.slot.writable()) {
            await w;
            if (this.disposed) break;
          }
        }
      } catch {
        // a read error ends the stream like EOF
      }
    }
    s.eof = true;
    s.markEof();
    this.settle(s);
  }

  /**
   * Sends the terminal frame of `s` to its holder once EOF and exit have both happened, or
   * {@link STREAM_SETTLE_MS} after the first of them: `exit_code` if the child exited,
   * otherwise `eof`.
   */
  settle(s: PipeStream): void {
    if (s.settling || this.disposed) return;
    s.settling = true;
    const wait = settleWithin(Promise.all([s.eofReached, this.exitRecorded]), STREAM_SETTLE_MS);
    void wait.then(() => {
      s.settling = false;
      if (this.disposed) return;
      if (this.exited) s.slot.end(PIPE_FRAMES.exitCode(this.exitCode!));
      else if (s.eof) s.slot.end(PIPE_FRAMES.eof());
    });
  }

  /**
   * WRITE_PIPE_STDIN: writes `data` (unless empty), then closes stdin when `close`.
   *
   * @returns `data.length`
   * @throws {StatusError} INTERNAL `process stdin is not available` after a close; INTERNAL
   *   with the I/O error text when the write fails
   */
  async writeStdin(data: Uint8Array, close: boolean): Promise<number> {
    if (this.#stdinClosed) throw internal("process stdin is not available");
    if (close) this.#stdinClosed = true;
    try {
      if (data.length > 0) {
        const copy = data.slice(); // the request buffer may be reused by the connection
        try {
          await this.#child.writeStdin(copy);
        } catch (e) {
          if (e instanceof StdinClosedError) throw internal("process stdin is not available");
          throw internal(e instanceof Error ? e.message : String(e));
        }
        this.emitBytes("stdin", copy);
      }
    } finally {
      if (close) await this.#child.closeStdin();
    }
    return data.length;
  }

  /** SIGTERM to the child's process group (the child itself if the group is gone). */
  protected softSignal(): void {
    if (!this.#child.signalGroup("SIGTERM")) this.#child.kill("SIGTERM");
  }

  /** SIGKILL to the child and its whole process group. */
  protected hardKill(): void {
    this.#child.kill("SIGKILL");
    this.#child.signalGroup("SIGKILL");
  }

  /** Ends both stream attachments (`error` frame, or silently). */
  protected endAttachments(terminal: "terminated" | null): void {
    const frame = terminal === null ? null : PIPE_FRAMES.error("session terminated by request");
    this.stdout.slot.end(frame);
    this.stderr.slot.end(frame);
  }

  /** Releases everything; also closes stdin so nothing waits on it. */
  override dispose(): void {
    if (this.disposed) return;
    super.dispose();
    this.#stdinClosed = true;
    void this.#child.closeStdin();
  }
}

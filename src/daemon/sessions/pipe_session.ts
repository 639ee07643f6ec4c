/**
 * Pipe sessions (docs/PROTOCOL.md#pipe-sessions): a child with stdin/stdout/stderr pipes in its own
 * process group, one 1 MiB backlog ring and one attachment slot per output stream.
 *
 * **Byte-faithful output.** The bytes are kept exactly as the child wrote them, in the
 * backlog, in the live stream and for tees: `a\r\n\nb` arrives as `a\r\n\nb` (see
 * docs/COMPATIBILITY.md).
 *
 * **Terminal frame on natural exit.** The end of a stream (`eof`) and the exit of the child
 * (`exit_code`) can happen in either order. Once one of the two happens, the stream waits up to
 * {@link STREAM_SETTLE_MS} for the other: if the child has exited by then the client gets
 * every byte read so far and then `exit_code`, otherwise `eof` (the stream ended but the child
 * lives on). Output read later still lands in the ring.
 *
 * **Reading pauses for lossless attachments.** The reader of a stream stops reading the
 * child's pipe while that stream's attachment is `lossless` and its queue is full (see
 * `../streams/attach_stream.ts`); the backlog ring and tees then see the bytes when they are read.
 * The pipe adapters read ahead at most a few hundred KiB, so the child blocks on write.
 *
 * **Reading streaming output in bulk.** While a child streams output in small writes, reading
 * each write as it lands costs a wake-up and a few system calls per write. So after two reads
 * in a row of less than {@link READ_COALESCE_BYTES}, each there less than
 * {@link READ_COALESCE_MS} after the reader asked for it, the reader waits that long before the
 * next read, which takes what piled up meanwhile. When a read after such a wait is
 * {@link READ_FULL_BYTES} or more, the pipe filled during the wait and the child was held up
 * by it: until the child pauses, the reader then only yields one event-loop turn instead.
 * Output after a quiet moment is read at once, and large reads never wait.
 *
 * **Held output (our `hold_output` spawn field).** A held stream is not read at all until its
 * first attachment arrives ({@link PipeStream.release}), so output written before anyone
 * attached waits in the pipe (the child blocks once it is full) instead of overflowing the
 * 1 MiB backlog. A stream nobody attaches to is released after {@link HOLD_OUTPUT_MAX_MS} and
 * then read into the backlog as usual, so an abandoned session cannot stay blocked. A held
 * session also stays attachable after the exit (the attachment gets the rest of the output,
 * then `exit_code`), and a TERMINATE does not cut its attachments: they run to their end.
 *
 * @module
 */
import { writePipeStreamFrame } from "../../../proto_gen/daemon_pb.ts";
import type { ChildProcessHandle } from "../../process/types.ts";
import { StdinClosedError } from "../../process/errors.ts";
import { StatusCode } from "../../../proto_gen/daemon_pb.ts";
import { internal, StatusError } from "../connection/status_error.ts";
import { ByteRing } from "./ring_buffer.ts";
import { sleep, yieldTurn } from "../../async.ts";
import { Session, type SessionIdentity, settleWithin } from "./session.ts";
import { framed, StreamSlot } from "../streams/attach_stream.ts";

/** How long one of (stream EOF, child exit) waits for the other before the terminal frame. */
export const STREAM_SETTLE_MS = 250;

/**
 * Reading streaming output in bulk (see the module documentation): after two reads in a row
 * smaller than {@link READ_COALESCE_BYTES}, each there less than this many ms after the
 * reader asked, the reader waits this long before reading on.
 */
export const READ_COALESCE_MS = 1;
/** See {@link READ_COALESCE_MS}. */
export const READ_COALESCE_BYTES = 16 * 1024;
/**
 * A read at least this large right after a wait means the pipe filled meanwhile: the child
 * writes faster than the waits let it, so the reader then yields one event-loop turn instead.
 */
export const READ_FULL_BYTES = 32 * 1024;

/**
 * Longest time a held stream (`hold_output`) waits for its first attachment; then it is read
 * into the backlog ring as without the flag (older output beyond the ring's 1 MiB is dropped
 * and counted in `bytes_missed`).
 */
export const HOLD_OUTPUT_MAX_MS = 60_000;

/**
 * Most bytes of WRITE_PIPE_STDIN data a session holds for a child that does not read: the
 * write in progress plus the queued ones. A write that would go past it (while anything is
 * held) fails at once with RATE_LIMITED `stdin queue full: …`.
 */
export const STDIN_QUEUE_MAX_BYTES = 8 * 1024 * 1024;

/**
 * How long WRITE_PIPE_STDIN `close=true` waits for the held data to be taken by the child
 * before it closes stdin anyway (see {@link PipeSession.writeStdin}).
 */
export const STDIN_CLOSE_DRAIN_MS = 2000;

/** One held WRITE_PIPE_STDIN write. */
interface StdinWrite {
  data: Uint8Array;
  /** Handed to the child's pipe (it can no longer be withdrawn). */
  started: boolean;
  /** Settled (answered); a started write may be answered before the pipe took it. */
  settled: boolean;
  resolve(): void;
  reject(e: unknown): void;
}

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
  /** Bytes were read (or the reader waited for a lossless client) since the last check. */
  progressed = false;
  /** The reader waits for a lossless client to catch up. */
  paused = false;
  /** Resolves when a held stream may be read (at once for a stream that is not held). */
  readonly released: Promise<void>;
  #release!: () => void;
  #released = false;

  /** Lets the reader start (first attachment, hold timeout, dispose). Idempotent. */
  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.#release();
  }

  /** True once the stream may be read. */
  get isReleased(): boolean {
    return this.#released;
  }

  /**
   * Creates the stream state.
   *
   * @param name `"stdout"` or `"stderr"`
   */
  constructor(name: "stdout" | "stderr") {
    this.name = name;
    this.eofReached = new Promise((r) => (this.markEof = r));
    this.released = new Promise((r) => (this.#release = r));
  }
}

/** Options of a {@link PipeSession}. */
export interface PipeSessionOptions extends SessionIdentity {
  /** The spawned child. */
  child: ChildProcessHandle;
  /** `merge_stderr_into_stdout`. */
  merged: boolean;
  /** `hold_output`: read no stream before its first attachment (see the module docs). */
  hold?: boolean;
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
  /** Spawned with `hold_output` (see the module documentation). */
  readonly hold: boolean;
  #holdTimer: ReturnType<typeof setTimeout> | undefined;
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
    this.hold = opts.hold ?? false;
    if (!this.hold) {
      this.stdout.release();
      this.stderr.release();
    } else {
      this.#holdTimer = setTimeout(() => {
        this.#holdTimer = undefined;
        this.stdout.release();
        this.stderr.release();
      }, HOLD_OUTPUT_MAX_MS);
    }
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

  /** The backlog rings (stdout, stderr). */
  backlogs(): ByteRing[] {
    return [this.stdout.ring, this.stderr.ring];
  }

  /** The stream named by a `PipeStreamKind` (2 → stderr, anything else → stdout). */
  streamOf(kind: number): PipeStream {
    return kind === 2 ? this.stderr : this.stdout;
  }

  async #read(s: PipeStream, source: AsyncIterable<Uint8Array> | null): Promise<void> {
    if (source !== null) {
      await s.released;
      let askedAt = -Infinity; // when the reader last asked for more
      let smallBefore = false;
      let waited = false; // the previous read followed a wait
      let flood = false; // a wait let the pipe fill: the child outpaces the waits
      try {
        for await (const chunk of source) {
          if (this.disposed) break;
          const quick = performance.now() - askedAt < READ_COALESCE_MS;
          if (!quick) flood = false;
          else if (waited && chunk.length >= READ_FULL_BYTES) flood = true;
          waited = false;
          // Small, and there at once, twice in a row: the child streams in small writes (see
          // the module docs). A single small read is the reader catching up with a flood.
          const quickSmall = quick && chunk.length < READ_COALESCE_BYTES;
          const small = quickSmall && smallBefore;
          smallBefore = quickSmall;
          // Bytes are kept exactly as written (no line normalisation, see the module docs).
          s.progressed = true;
          s.ring.push(chunk);
          this.emitBytes(s.name, chunk);
          // Each chunk is a fresh buffer of the runtime's pipe reader, not used after this
          // line: queued without a copy, its memory given back once every attachment framed
          // or dropped it (at once when none is attached) rather than when the garbage
          // collector gets to it.
          s.slot.pushData(chunk, true);
          // A lossless attachment whose queue is full: stop reading (the child blocks on
          // write once the pipe is full) until its client catches up or goes away.
          for (let w = s.slot.writable(); w !== undefined; w = s.slot.writable()) {
            s.progressed = true;
            s.paused = true;
            await w;
            s.paused = false;
            if (this.disposed) break;
          }
          if (small && !this.disposed) {
            waited = true;
            await (flood ? yieldTurn() : sleep(READ_COALESCE_MS));
          }
          askedAt = performance.now();
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
   * otherwise `eof`. For a held session or a lossless holder, an exit without EOF waits on
   * while the reader makes progress, so no byte still in the pipe is cut off.
   */
  settle(s: PipeStream): void {
    if (s.settling || this.disposed) return;
    s.settling = true;
    const both = Promise.all([s.eofReached, this.exitRecorded]);
    void (async () => {
      for (;;) {
        s.progressed = false;
        await settleWithin(both, STREAM_SETTLE_MS);
        if (this.disposed || s.eof || !this.exited) break;
        // The child exited but its pipe is still being read: a held session, or a lossless
        // client, waits on for EOF as long as the reader makes progress (a grandchild that
        // keeps the pipe open without writing still ends the stream after the window).
        const holder = s.slot.holder;
        const keep = holder !== undefined && (this.hold || holder.backpressure === "block");
        if (!keep || !(s.progressed || s.paused)) break;
      }
      s.settling = false;
      if (this.disposed) return;
      if (this.exited) s.slot.end(PIPE_FRAMES.exitCode(this.exitCode!));
      else if (s.eof) s.slot.end(PIPE_FRAMES.eof());
    })();
  }

  /**
   * WRITE_PIPE_STDIN: queues `data` (unless empty) for the child's stdin, then closes stdin
   * when `close`.
   *
   * - Writes reach the child one after another, in arrival order. At most
   *   {@link STDIN_QUEUE_MAX_BYTES} are held for a child that does not read: past it a write
   *   fails at once (RATE_LIMITED `stdin queue full: …`), nothing of it queued.
   * - `signal` aborts when the requesting client is gone (its connection ended): a write still
   *   queued is withdrawn; a write already handed to the pipe still reaches the child, but the
   *   request is answered at once. Either way the answer is an INTERNAL error naming what
   *   happened, and the connection is released.
   * - `close=true` waits up to {@link STDIN_CLOSE_DRAIN_MS} for the held data (its own
   *   included) to be taken by the child; then writes still queued are withdrawn (INTERNAL
   *   `stdin was closed before …`) and stdin is closed: the child sees EOF after the data
   *   already handed to the pipe. It fails (stdin closed nonetheless) when its own data was
   *   withdrawn.
   *
   * @returns `data.length`
   * @throws {StatusError} INTERNAL `process stdin is not available` after a close; INTERNAL
   *   with the I/O error text when the write fails; RATE_LIMITED when the queue is full
   */
  async writeStdin(data: Uint8Array, close: boolean, signal?: AbortSignal): Promise<number> {
    if (this.#stdinClosed) throw internal("process stdin is not available");
    let own: Promise<void> | undefined;
    if (data.length > 0) {
      const held = this.#stdinHeld;
      if (held > 0 && held + data.length > STDIN_QUEUE_MAX_BYTES) {
        throw new StatusError(
          StatusCode.STATUS_CODE_RATE_LIMITED,
          `stdin queue full: ${held} bytes wait for the child to read stdin; ${data.length} ` +
            `more would pass the ${STDIN_QUEUE_MAX_BYTES}-byte limit`,
        );
      }
      own = this.#enqueueStdin(data.slice(), signal); // the request buffer may be reused
      own.catch(() => {}); // awaited below; may reject while the close waits
    }
    if (!close) {
      await own;
      return data.length;
    }
    this.#stdinClosed = true;
    const drained = this.#stdinDrained();
    const inTime = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), STDIN_CLOSE_DRAIN_MS);
      void drained.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!inTime) {
      for (const w of this.#stdinQueue) {
        if (w.started) continue;
        this.#settleStdin(
          w,
          internal(
            `stdin was closed before the child read this data (${w.data.length} bytes): ` +
              `close=true waited ${STDIN_CLOSE_DRAIN_MS} ms for the queued writes`,
          ),
        );
      }
    }
    // The close follows the write already handed to the pipe; do not wait for a child that
    // does not read.
    const closing = this.#child.closeStdin();
    if (inTime) await closing;
    await own;
    return data.length;
  }

  #stdinQueue: StdinWrite[] = [];
  /** Bytes of the queued writes and the one in progress. */
  #stdinHeld = 0;
  #stdinPumping = false;
  #stdinIdle: (() => void)[] = [];

  #enqueueStdin(data: Uint8Array, signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const w: StdinWrite = { data, started: false, settled: false, resolve, reject };
      if (signal?.aborted) {
        reject(internal("the client closed its connection before its stdin write was queued"));
        return;
      }
      this.#stdinQueue.push(w);
      this.#stdinHeld += data.length;
      signal?.addEventListener("abort", () => {
        if (w.settled) return;
        this.#settleStdin(
          w,
          internal(
            w.started
              ? "the client closed its connection while its stdin write was in progress; " +
                "the data still goes to the child"
              : "stdin write withdrawn: the client closed its connection before the child " +
                "read the queued data",
          ),
        );
      }, { once: true });
      void this.#pumpStdin();
    });
  }

  /** Answers `w` with `error`; a write not yet started leaves the queue. */
  #settleStdin(w: StdinWrite, error: unknown): void {
    if (w.settled) return;
    w.settled = true;
    if (!w.started) {
      const i = this.#stdinQueue.indexOf(w);
      if (i >= 0) this.#stdinQueue.splice(i, 1);
      this.#stdinHeld -= w.data.length;
      this.#notifyStdinIdle();
    }
    w.reject(error);
  }

  /** Resolves once no write is queued or in progress. */
  #stdinDrained(): Promise<void> {
    if (this.#stdinHeld === 0) return Promise.resolve();
    return new Promise((r) => this.#stdinIdle.push(r));
  }

  #notifyStdinIdle(): void {
    if (this.#stdinHeld !== 0) return;
    for (const r of this.#stdinIdle.splice(0)) r();
  }

  async #pumpStdin(): Promise<void> {
    if (this.#stdinPumping) return;
    this.#stdinPumping = true;
    try {
      while (this.#stdinQueue.length > 0) {
        const w = this.#stdinQueue[0];
        w.started = true;
        let error: unknown;
        try {
          await this.#child.writeStdin(w.data);
        } catch (e) {
          error = e instanceof StdinClosedError
            ? internal("process stdin is not available")
            : internal(e instanceof Error ? e.message : String(e));
        }
        this.#stdinQueue.shift();
        this.#stdinHeld -= w.data.length;
        if (error === undefined) this.emitBytes("stdin", w.data);
        if (!w.settled) {
          w.settled = true;
          if (error === undefined) w.resolve();
          else w.reject(error);
        }
        this.#notifyStdinIdle();
      }
    } finally {
      this.#stdinPumping = false;
    }
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

  /**
   * Ends both stream attachments (`error` frame, or silently). A TERMINATE leaves the
   * attachments of a held session alone: they end with `exit_code` after the last byte.
   */
  protected endAttachments(terminal: "terminated" | null): void {
    if (terminal !== null && this.hold) return;
    const frame = terminal === null ? null : PIPE_FRAMES.error("session terminated by request");
    this.stdout.slot.end(frame);
    this.stderr.slot.end(frame);
  }

  /** Releases everything; also closes stdin so nothing waits on it. */
  override dispose(): void {
    if (this.disposed) return;
    super.dispose();
    if (this.#holdTimer !== undefined) clearTimeout(this.#holdTimer);
    this.#holdTimer = undefined;
    this.stdout.release();
    this.stderr.release();
    this.#stdinClosed = true;
    for (const w of [...this.#stdinQueue]) {
      if (!w.started) this.#settleStdin(w, internal("process stdin is not available"));
    }
    void this.#child.closeStdin();
  }
}

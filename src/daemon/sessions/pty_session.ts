/**
 * PTY sessions (docs/PROTOCOL.md#pty-sessions, docs/PROTOCOL.md#pty-attach): a program on a
 * pseudo-terminal, one 1 MiB backlog ring of raw terminal output, one attachment slot, and a window
 * size that attaches (`is_tty`), RESIZE and inbound `resize` frames change.
 *
 * Exit: recorded once the program has exited and its terminal output has ended (at most
 * {@link OUTPUT_DRAIN_MS} after the exit), so an attached client gets every byte and then
 * `exit_code`. Signal deaths report exit code `1` (docs/PROTOCOL.md#pty-sessions). A program
 * that exits while a descendant keeps the terminal open is still recorded as exited.
 *
 * **Reading pauses for lossless attachments**: while a `lossless` attachment's queue is full
 * the output reader stops (see `../streams/attach_stream.ts`). On the `script` backend the terminal
 * output comes through a pipe, so the program blocks on write. Bun's built-in terminal reads on its
 * own; its backend suspends the program's output once `PTY_PAUSE_BYTES` are unread, so the
 * program blocks on write there too. Where it cannot (no `bun:ffi`), it holds at most
 * `PTY_READ_AHEAD_BYTES` unread and then drops the oldest, which the session reports as
 * `missed_bytes` (and counts as dropped backlog bytes).
 *
 * @module
 */
import {
  CapabilityStatus,
  decodePtyInputFrame,
  GraphicsProtocol,
  type TerminalGraphicsCapabilitiesInit,
  writePtyStreamFrame,
} from "../../../proto_gen/daemon_pb.ts";
import { ptyExitCode, type PtyHandle } from "../../process/types.ts";
import { ByteRing } from "./ring_buffer.ts";
import { Session, type SessionIdentity, settleWithin } from "./session.ts";
import { framed, type StreamAttachment, StreamSlot } from "../streams/attach_stream.ts";

/** How long after the program's exit the output may still drain before the exit is recorded. */
export const OUTPUT_DRAIN_MS = 2000;

/** Terminal frames of PTY streams (framed). */
export const PTY_FRAMES = {
  exitCode: (code: number) =>
    framed(writePtyStreamFrame, { frame: { case: "exitCode", value: code } }),
  error: (text: string) => framed(writePtyStreamFrame, { frame: { case: "error", value: text } }),
  stolen: () => framed(writePtyStreamFrame, { frame: { case: "stolenBy", value: "peer" } }),
};

/** What an attachment declared, reported by LIST_PTY_SESSIONS while it is attached. */
export interface PtyAttachMeta {
  /** `is_tty` of the attach request. */
  isTty: boolean;
  /** `term` of the attach request. */
  term: string;
  /** `graphics_capabilities` of the attach request, if sent. */
  graphics: TerminalGraphicsCapabilitiesInit | undefined;
}

/**
 * The graphics capabilities listed when nothing (or nothing that declared any) is attached:
 * every protocol with status UNKNOWN.
 */
export function unknownGraphicsCapabilities(): TerminalGraphicsCapabilitiesInit {
  return {
    protocols: [
      GraphicsProtocol.GRAPHICS_PROTOCOL_SIXEL,
      GraphicsProtocol.GRAPHICS_PROTOCOL_KITTY,
      GraphicsProtocol.GRAPHICS_PROTOCOL_ITERM2_FILE,
    ].map((protocol) => ({ protocol, status: CapabilityStatus.CAPABILITY_STATUS_UNKNOWN })),
    preferred: GraphicsProtocol.GRAPHICS_PROTOCOL_UNSPECIFIED,
  };
}

/** Truncates a wire dimension to 16 bits (`u16` on the wire). */
export function dim16(v: number): number {
  return Math.trunc(v) & 0xffff;
}

/** Options of a {@link PtySession}. */
export interface PtySessionOptions extends SessionIdentity {
  /** The spawned PTY child. */
  pty: PtyHandle;
  /** Initial rows (already defaulted). */
  rows: number;
  /** Initial cols (already defaulted). */
  cols: number;
}

/** A running (or exited) PTY session. */
export class PtySession extends Session {
  /** Always `"pty"`. */
  readonly kind = "pty" as const;
  /** Backlog of raw terminal output. */
  readonly ring = new ByteRing();
  /** The attachment slot. */
  readonly slot = new StreamSlot<PtyAttachMeta>(3);
  /** Current rows. */
  rows: number;
  /** Current cols. */
  cols: number;
  #pty: PtyHandle;
  /** Output the backend dropped so far (`PtyHandle.outputDropped`). */
  #lost = 0;
  #outputDone!: () => void;
  #outputEnded = new Promise<void>((r) => (this.#outputDone = r));

  /**
   * Wraps a spawned PTY child; call {@link PtySession.start} next.
   *
   * @param opts identity, PTY child and size
   */
  constructor(opts: PtySessionOptions) {
    super(opts);
    this.#pty = opts.pty;
    this.rows = opts.rows;
    this.cols = opts.cols;
  }

  /** The PTY backend in use (`bun-terminal` or `script`). */
  get backend(): string {
    return this.#pty.backend;
  }

  /** The backlog ring (the terminal output). */
  backlogs(): ByteRing[] {
    return [this.ring];
  }

  /** Emits `started`, then starts the output reader and the exit waiter. Call once. */
  start(): void {
    this.emitStarted();
    void this.#read();
    void this.#pty.exited.then(async (info) => {
      await settleWithin(this.#outputEnded, OUTPUT_DRAIN_MS);
      const code = ptyExitCode(info);
      this.recordExit(code);
      this.slot.end(PTY_FRAMES.exitCode(code));
    });
  }

  async #read(): Promise<void> {
    try {
      for await (const chunk of this.#pty.output) {
        if (this.disposed) break;
        const lost = this.#pty.outputDropped ?? 0;
        if (lost > this.#lost) {
          // the backend could not hold more while reading was paused (see the module docs)
          this.ring.countDropped(lost - this.#lost);
          this.slot.pushMissed(lost - this.#lost);
          this.#lost = lost;
        }
        this.ring.push(chunk);
        this.emitBytes("pty", chunk);
        // Handed over by the backend and not used after this line: queued without a copy,
        // its memory given back once every attachment framed or dropped it.
        this.slot.pushData(chunk, true);
        for (let w = this.slot.writable(); w !== undefined; w = this.slot.writable()) {
          await w;
          if (this.disposed) break;
        }
      }
    } catch {
      // a read error ends the output like EOF
    }
    this.#outputDone();
  }

  /**
   * Sets the window size; `0` keeps a dimension. Values are truncated to 16 bits.
   *
   * @returns when the PTY was resized
   */
  resize(rows: number, cols: number): Promise<void> {
    const r = dim16(rows);
    const c = dim16(cols);
    if (r !== 0) this.rows = r;
    if (c !== 0) this.cols = c;
    if (this.exited || this.disposed) return Promise.resolve();
    return this.#pty.resize(this.rows, this.cols).catch(() => {});
  }

  /**
   * Applies one inbound `PtyInputFrame` of `att` (undecodable or empty frames are ignored).
   *
   * - `input`: written to the terminal (errors ignored), copied to
   *   `stdin` listeners;
   * - `resize`: applied (a `0` keeps that dimension: the terminal cannot be 0 wide);
   * - `interrupt: true`: the terminal interrupt (^C);
   * - `detach: true`: ends the attachment without a frame; the socket closes.
   */
  handleInput(frame: Uint8Array, att: StreamAttachment<PtyAttachMeta>): void {
    let f;
    try {
      f = decodePtyInputFrame(frame).frame;
    } catch {
      return;
    }
    if (f === undefined) return;
    switch (f.case) {
      case "input": {
        if (f.value.length === 0) return;
        const data = f.value.slice(); // the frame buffer may be reused by the reader
        this.emitBytes("stdin", data);
        this.#pty.write(data).catch(() => {});
        return;
      }
      case "resize":
        void this.resize(f.value.rows, f.value.cols);
        return;
      case "interrupt":
        if (f.value) this.#pty.interrupt();
        return;
      case "detach":
        if (f.value) att.finish(null);
        return;
    }
  }

  /** SIGTERM to every descendant (deepest first), then to the program. */
  protected softSignal(): void {
    this.#pty.signalTree("SIGTERM");
  }

  /** SIGKILL to every descendant (deepest first), then to the program. */
  protected hardKill(): void {
    this.#pty.signalTree("SIGKILL");
  }

  /** Ends the attachment (`error` frame, or silently). */
  protected endAttachments(terminal: "terminated" | null): void {
    this.slot.end(terminal === null ? null : PTY_FRAMES.error("session terminated by request"));
  }

  /** Hard kill of the whole tree, then closes the terminal (shutdown reaping). */
  override kill(): void {
    super.kill();
    this.#pty.close();
  }

  /** Releases everything and closes the terminal. */
  override dispose(): void {
    if (this.disposed) return;
    super.dispose();
    this.#pty.close();
  }
}

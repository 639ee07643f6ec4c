/**
 * Attach streams of sessions (PROTOCOL.md §7): the one-attachment-per-stream slot, and the
 * attachment that carries a session's live output to one client connection.
 *
 * - A {@link StreamSlot} holds at most one {@link StreamAttachment}. A second claim without
 *   `steal` fails; with `steal` the holder is ended with its `stolen_by: "peer"` frame first.
 * - An attachment releases the slot **only if it still holds it** when it ends. This is where
 *   we deliberately differ from upstream (§7.1, §14.15): there the evicted stream's cleanup
 *   clears the slot whoever holds it, tearing down the thief's stream.
 * - Live bytes go through an unbounded per-attachment queue (upstream never drops live
 *   bytes either) and are written in batches, at most {@link STREAM_CHUNK_BYTES} per data
 *   frame. A terminal frame is written after everything queued before it, then the
 *   connection closes. Ending without a frame (client EOF, in-band detach) drops the queue.
 *
 * Data frames of both stream kinds have the same encoding: field 1, length-delimited
 * (`PipeStreamFrame.bytes`, `PtyStreamFrame.output`), so one encoder serves both.
 *
 * @example
 * ```ts
 * import { StreamSlot } from "./stream.ts";
 * const slot = new StreamSlot();
 * const a = slot.claim(false, new Uint8Array(0));
 * console.log(a !== undefined, slot.claim(false, new Uint8Array(0))); // true undefined
 * ```
 *
 * @module
 */
import type { AttachIO } from "../types.ts";
import { Writer } from "../../wire.ts";

/** Most bytes per live data frame (upstream's `STREAM_CHUNK_BYTES`). */
export const STREAM_CHUNK_BYTES = 65_536;
/** Most bytes handed to one socket write when frames are batched. */
const MAX_BATCH_BYTES = 256 * 1024;
/** An attachment whose stream never starts (the response write failed) is released after this. */
export const ATTACH_START_TIMEOUT_MS = 30_000;

/**
 * Frames `bytes` as data frames (field 1, length-delimited), each with its 4-byte prefix.
 *
 * @param bytes output bytes (any length; split every {@link STREAM_CHUNK_BYTES})
 * @returns the framed bytes, ready to write
 */
export function encodeDataFrames(bytes: Uint8Array): Uint8Array {
  let total = 0;
  for (let off = 0; off < bytes.length; off += STREAM_CHUNK_BYTES) {
    const n = Math.min(STREAM_CHUNK_BYTES, bytes.length - off);
    total += 4 + 1 + varintSize(n) + n;
  }
  const out = new Uint8Array(total);
  let pos = 0;
  for (let off = 0; off < bytes.length; off += STREAM_CHUNK_BYTES) {
    const n = Math.min(STREAM_CHUNK_BYTES, bytes.length - off);
    const payload = 1 + varintSize(n) + n;
    out[pos] = payload >>> 24;
    out[pos + 1] = (payload >>> 16) & 0xff;
    out[pos + 2] = (payload >>> 8) & 0xff;
    out[pos + 3] = payload & 0xff;
    pos += 4;
    out[pos++] = 0x0a; // field 1, wire type 2
    let v = n;
    while (v > 0x7f) {
      out[pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[pos++] = v;
    out.set(bytes.subarray(off, off + n), pos);
    pos += n;
  }
  return out;
}

function varintSize(n: number): number {
  let s = 1;
  while (n > 0x7f) {
    n >>>= 7;
    s++;
  }
  return s;
}

/**
 * Encodes one message with its frame prefix.
 *
 * @param write the generated `writeX` of the message
 * @param message the message
 * @returns prefix + payload
 */
export function framed<M>(write: (w: Writer, m: M) => void, message: M): Uint8Array {
  const w = new Writer(64);
  w.pos = 4;
  write(w, message);
  const n = w.pos - 4;
  w.buf[0] = n >>> 24;
  w.buf[1] = (n >>> 16) & 0xff;
  w.buf[2] = (n >>> 8) & 0xff;
  w.buf[3] = n & 0xff;
  return w.finish();
}

/** Handles one inbound frame of an attach connection. */
export type InboundHandler<M> = (frame: Uint8Array, attachment: StreamAttachment<M>) => void;

/**
 * One client's attachment to a stream. Created by {@link StreamSlot.claim}; its
 * {@link StreamAttachment.run} drives the connection once the attach response is written.
 */
export class StreamAttachment<M = unknown> {
  /** Per-attachment facts (PTY: is_tty, term, graphics capabilities). */
  meta: M | undefined;
  #slot: StreamSlot<M>;
  #queue: Uint8Array[] = [];
  /** `undefined` while open; `null`: ended without a frame; bytes: the terminal frame. */
  #terminal: Uint8Array | null | undefined;
  #wake: (() => void) | undefined;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  #started = false;

  /**
   * Creates an attachment (use {@link StreamSlot.claim}).
   *
   * @param slot the slot this attachment holds
   */
  constructor(slot: StreamSlot<M>) {
    this.#slot = slot;
    this.#watchdog = setTimeout(() => {
      this.#watchdog = undefined;
      if (!this.#started) this.finish(null);
    }, ATTACH_START_TIMEOUT_MS);
  }

  /** True once ended (terminal frame queued, detached, stolen or the client left). */
  get ended(): boolean {
    return this.#terminal !== undefined;
  }

  /**
   * Queues live output (ignored once ended).
   *
   * @param bytes output bytes (copied into the frames)
   */
  pushData(bytes: Uint8Array): void {
    if (this.#terminal !== undefined || bytes.length === 0) return;
    this.#queue.push(encodeDataFrames(bytes));
    this.#wakeWriter();
  }

  /**
   * Ends the attachment and releases its slot (if it still holds it). With a terminal frame,
   * everything queued is written first, then the frame, then the connection closes; with
   * `null` the queue is dropped and the connection closes without a frame. Idempotent.
   *
   * @param terminal framed terminal frame, or `null`
   */
  finish(terminal: Uint8Array | null): void {
    if (this.#terminal !== undefined) return;
    this.#terminal = terminal;
    if (terminal === null) this.#queue.length = 0;
    if (this.#watchdog !== undefined) clearTimeout(this.#watchdog);
    this.#watchdog = undefined;
    this.#slot.release(this);
    this.#wakeWriter();
  }

  #wakeWriter(): void {
    const w = this.#wake;
    this.#wake = undefined;
    w?.();
  }

  /**
   * Streams until the attachment ends; the connection is closed when it returns. Inbound
   * frames go to `onFrame` (or are discarded); client EOF ends the attachment silently.
   *
   * @param io the connection
   * @param onFrame handler of inbound frames
   */
  async run(io: AttachIO, onFrame?: InboundHandler<M>): Promise<void> {
    this.#started = true;
    if (this.#watchdog !== undefined) clearTimeout(this.#watchdog);
    this.#watchdog = undefined;
    void (async () => {
      try {
        for await (const f of io.frames) {
          if (this.ended) break;
          onFrame?.(f, this);
        }
      } catch {
        // read errors end the stream like EOF
      }
      this.finish(null);
    })();
    void io.closed.then(() => this.finish(null), () => this.finish(null));
    try {
      for (;;) {
        if (this.#queue.length > 0) {
          await io.write(this.#takeBatch());
          continue;
        }
        if (this.#terminal !== undefined) {
          if (this.#terminal !== null) await io.write(this.#terminal);
          return;
        }
        await new Promise<void>((resolve) => (this.#wake = resolve));
      }
    } catch {
      this.finish(null);
    } finally {
      await io.close().catch(() => {});
    }
  }

  #takeBatch(): Uint8Array {
    const q = this.#queue;
    if (q.length === 1 || q[0].length >= MAX_BATCH_BYTES) return q.shift()!;
    let n = 0;
    let total = 0;
    while (n < q.length && (n === 0 || total + q[n].length <= MAX_BATCH_BYTES)) {
      total += q[n].length;
      n++;
    }
    const out = new Uint8Array(total);
    let pos = 0;
    for (const part of q.splice(0, n)) {
      out.set(part, pos);
      pos += part.length;
    }
    return out;
  }
}

/** The single attachment slot of one stream. */
export class StreamSlot<M = unknown> {
  #holder: StreamAttachment<M> | undefined;

  /** The current attachment, if any. */
  get holder(): StreamAttachment<M> | undefined {
    return this.#holder;
  }

  /** True while a client is attached. */
  get attached(): boolean {
    return this.#holder !== undefined;
  }

  /**
   * Claims the slot. When it is held: without `steal` returns `undefined`; with `steal` the
   * holder is ended with `stolenFrame` and the new attachment takes its place.
   *
   * @param steal evict the current holder
   * @param stolenFrame the holder's terminal frame (`stolen_by: "peer"`)
   * @returns the new attachment, or `undefined` when busy
   */
  claim(steal: boolean, stolenFrame: Uint8Array): StreamAttachment<M> | undefined {
    const prev = this.#holder;
    if (prev !== undefined && !steal) return undefined;
    prev?.finish(stolenFrame);
    const a = new StreamAttachment<M>(this);
    this.#holder = a;
    return a;
  }

  /**
   * Queues live output for the holder, if any.
   *
   * @param bytes output bytes
   */
  pushData(bytes: Uint8Array): void {
    this.#holder?.pushData(bytes);
  }

  /**
   * Ends the current holder, if any (see {@link StreamAttachment.finish}).
   *
   * @param terminal framed terminal frame, or `null`
   */
  end(terminal: Uint8Array | null): void {
    this.#holder?.finish(terminal);
  }

  /**
   * Clears the slot if `a` still holds it (a stolen attachment never clears its thief).
   *
   * @param a the attachment that ended
   */
  release(a: StreamAttachment<M>): void {
    if (this.#holder === a) this.#holder = undefined;
  }
}

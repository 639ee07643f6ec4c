/**
 * Length-prefixed framing of the daemon IPC (docs/PROTOCOL.md#framing): every frame is a 4-byte
 * unsigned big-endian length followed by that many payload bytes. Zero-length frames are
 * legal.
 *
 * - {@link encodeFrame} / {@link writeFramePrefix} build frames.
 * - {@link FrameDecoder} reassembles frames from arbitrary byte chunks and checks each
 *   length prefix against a cap before allocating anything.
 *
 * @example
 * ```ts
 * import { encodeFrame, FrameDecoder, CLIENT_MAX_INBOUND_FRAME } from "./frame.ts";
 * const wire = encodeFrame(new Uint8Array([1, 2, 3])); // [0, 0, 0, 3, 1, 2, 3]
 * const dec = new FrameDecoder(CLIENT_MAX_INBOUND_FRAME);
 * dec.push(wire.subarray(0, 5));
 * console.log(dec.next()); // undefined: incomplete
 * dec.push(wire.subarray(5));
 * console.log(dec.next()); // Uint8Array [1, 2, 3]
 * ```
 *
 * @module
 */

import { FrameTooLargeError, ValidationError } from "./errors.ts";

/**
 * Size of the big-endian length prefix, in bytes.
 *
 * @example
 * ```ts
 * import { FRAME_HEADER_BYTES } from "./frame.ts";
 * const wireSize = (payloadLength: number) => FRAME_HEADER_BYTES + payloadLength;
 * ```
 */
export const FRAME_HEADER_BYTES = 4;

/**
 * The client's cap on inbound frames: 16 MiB (16,777,216 bytes). A longer
 * prefix is rejected before anything is allocated.
 *
 * @example
 * ```ts
 * import { CLIENT_MAX_INBOUND_FRAME, FrameDecoder } from "./frame.ts";
 * const dec = new FrameDecoder(CLIENT_MAX_INBOUND_FRAME);
 * ```
 */
export const CLIENT_MAX_INBOUND_FRAME = 16 * 1024 * 1024;

/**
 * The daemon's frame limit, both directions: 4 MiB (4,194,304 bytes). The daemon answers a
 * longer inbound prefix with `INVALID_ARGUMENT` and closes, so clients refuse to send one.
 *
 * @example
 * ```ts
 * import { DAEMON_MAX_FRAME } from "./frame.ts";
 * const fits = (payload: Uint8Array) => payload.length <= DAEMON_MAX_FRAME;
 * ```
 */
export const DAEMON_MAX_FRAME = 4 * 1024 * 1024;

/** Largest length a 4-byte prefix can express. */
const MAX_U32 = 0xffff_ffff;

function checkLength(length: number, what: string): void {
  if (!Number.isInteger(length) || length < 0) {
    throw new ValidationError(`${what} must be a non-negative integer, got ${length}`);
  }
  if (length > MAX_U32) throw new FrameTooLargeError(length, MAX_U32);
}

/**
 * Writes `length` as a 4-byte big-endian prefix into `buf` at `offset`.
 *
 * Throws {@link ValidationError} when `length` is not a non-negative integer or fewer than
 * 4 bytes are available at `offset`, and {@link FrameTooLargeError} above 0xFFFFFFFF.
 *
 * @example
 * ```ts
 * import { writeFramePrefix } from "./frame.ts";
 * const buf = new Uint8Array(4 + 2);
 * writeFramePrefix(buf, 0, 2);
 * buf.set([7, 8], 4); // buf = [0, 0, 0, 2, 7, 8]
 * ```
 */
export function writeFramePrefix(buf: Uint8Array, offset: number, length: number): void {
  checkLength(length, "frame length");
  if (!Number.isInteger(offset) || offset < 0 || offset + FRAME_HEADER_BYTES > buf.length) {
    throw new ValidationError(
      `frame prefix needs ${FRAME_HEADER_BYTES} bytes at offset ${offset} of a ${buf.length}-byte buffer`,
    );
  }
  buf[offset] = length >>> 24;
  buf[offset + 1] = (length >>> 16) & 0xff;
  buf[offset + 2] = (length >>> 8) & 0xff;
  buf[offset + 3] = length & 0xff;
}

/**
 * A growable byte buffer with a write position. The wire `Writer` is one; frames are
 * encoded straight into it, prefix included, without an intermediate copy.
 */
export interface FrameBuffer {
  /** The buffer; bytes `[0, pos)` are written. */
  buf: Uint8Array;
  /** The write position. */
  pos: number;
  /** Makes room for `n` more bytes at `pos` (the buffer may be replaced). */
  ensure(n: number): void;
}

/**
 * Starts a frame at the write position of `w`: reserves its 4-byte length prefix. Encode the
 * payload into `w` next, then call {@link endFrame} with the returned start.
 *
 * @example
 * ```ts
 * import { beginFrame, endFrame } from "./frame.ts";
 * import { Writer } from "./wire.ts";
 * const w = new Writer();
 * const start = beginFrame(w);
 * w.uint32(8).uint32(7); // payload: field 1 = 7
 * endFrame(w, start);
 * if (w.view().join() !== "0,0,0,2,8,7") throw new Error("unexpected frame");
 * ```
 *
 * @param w the buffer to encode into
 * @returns the offset of the frame (of its prefix) in `w.buf`
 */
export function beginFrame(w: FrameBuffer): number {
  w.ensure(FRAME_HEADER_BYTES);
  const start = w.pos;
  w.pos += FRAME_HEADER_BYTES;
  return start;
}

/**
 * Ends the frame begun at `start` by {@link beginFrame}: writes its length prefix. A payload
 * longer than `maxFrame` is not framed: the write position goes back to `start` (nothing of
 * the frame stays in `w`) and {@link FrameTooLargeError} is thrown.
 *
 * @example
 * ```ts
 * import { beginFrame, endFrame } from "./frame.ts";
 * import { Writer } from "./wire.ts";
 * const w = new Writer();
 * const start = beginFrame(w);
 * w.bytes(new Uint8Array(100));
 * try {
 *   endFrame(w, start, 64);
 *   throw new Error("not refused");
 * } catch (e) {
 *   if ((e as { code?: string }).code !== "FRAME_TOO_LARGE" || w.pos !== 0) throw e;
 * }
 * ```
 *
 * @param w the buffer the payload was encoded into
 * @param start the value {@link beginFrame} returned
 * @param maxFrame the largest payload length allowed (default: what 4 bytes can express)
 * @param direction qualifier for the error message, e.g. `"outbound"`
 * @returns the payload length
 */
export function endFrame(
  w: FrameBuffer,
  start: number,
  maxFrame: number = MAX_U32,
  direction?: string,
): number {
  const n = w.pos - start - FRAME_HEADER_BYTES;
  if (n > maxFrame) {
    w.pos = start;
    throw new FrameTooLargeError(n, maxFrame, direction);
  }
  writeFramePrefix(w.buf, start, n);
  return n;
}

/**
 * Reads the 4-byte big-endian length prefix at `offset` (no cap is applied).
 *
 * @example
 * ```ts
 * import { readFramePrefix } from "./frame.ts";
 * console.log(readFramePrefix(new Uint8Array([0, 0, 1, 0]), 0)); // 256
 * ```
 */
export function readFramePrefix(buf: Uint8Array, offset: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset + FRAME_HEADER_BYTES > buf.length) {
    throw new ValidationError(
      `frame prefix needs ${FRAME_HEADER_BYTES} bytes at offset ${offset} of a ${buf.length}-byte buffer`,
    );
  }
  return ((buf[offset] << 24) | (buf[offset + 1] << 16) | (buf[offset + 2] << 8) |
    buf[offset + 3]) >>> 0;
}

/**
 * Returns a new buffer holding the 4-byte big-endian length prefix followed by a copy of
 * `payload`. The result is owned by the caller. No cap other than the 32-bit limit is
 * applied; use `FramedConnection` to enforce the daemon's 4 MiB limit.
 *
 * @example
 * ```ts
 * import { encodeFrame } from "./frame.ts";
 * console.log(encodeFrame(new Uint8Array([0xaa]))); // Uint8Array [0, 0, 0, 1, 170]
 * console.log(encodeFrame(new Uint8Array(0)));      // Uint8Array [0, 0, 0, 0]
 * ```
 */
export function encodeFrame(payload: Uint8Array): Uint8Array {
  checkLength(payload.length, "payload length");
  const out = new Uint8Array(FRAME_HEADER_BYTES + payload.length);
  writeFramePrefix(out, 0, payload.length);
  out.set(payload, FRAME_HEADER_BYTES);
  return out;
}

/** Compact the pending list once this many consumed slots accumulate at its front. */
const COMPACT_THRESHOLD = 64;
const EMPTY = new Uint8Array(0);
/**
 * A frame at least this long that arrives over several chunks is assembled as it arrives
 * (each `next()` copies what came since the last one), so no single call copies a whole
 * multi-MiB frame at once.
 */
const ASSEMBLE_AHEAD_BYTES = 64 * 1024;

/**
 * Reassembles frames from a byte stream delivered in arbitrary chunks.
 *
 * Push chunks with {@link FrameDecoder.push} and pull complete frame payloads (without the
 * prefix) with {@link FrameDecoder.next} until it returns `undefined`.
 *
 * **Ownership.** Pushed chunks are kept by reference, not copied. A frame that lies entirely
 * inside one chunk is returned as a `subarray` view of that chunk (zero-copy); a frame that
 * spans chunks is copied into a new, exactly sized buffer. Either way the returned frame
 * stays valid forever *provided the caller never modifies or reuses a chunk after pushing
 * it* — hand the decoder fresh buffers (or copies). A zero-copy frame keeps the whole
 * chunk's memory alive for as long as the frame is referenced.
 *
 * **Cap.** Each length prefix is compared with `maxFrame` as soon as its 4 bytes are
 * available and before anything is allocated for the body; a larger prefix makes
 * {@link FrameDecoder.next} throw {@link FrameTooLargeError}. The stream cannot be
 * resynchronised after that: the decoder stays failed and throws the same error again.
 *
 * Cost: `push` is O(1); each frame is copied at most once.
 *
 * @example
 * ```ts
 * import { encodeFrame, FrameDecoder } from "./frame.ts";
 * const dec = new FrameDecoder(1024);
 * const a = encodeFrame(new Uint8Array([1])), b = encodeFrame(new Uint8Array([2, 3]));
 * const wire = new Uint8Array([...a, ...b]);
 * for (const byte of wire) dec.push(new Uint8Array([byte])); // one byte at a time
 * for (let f = dec.next(); f !== undefined; f = dec.next()) console.log(f);
 * // Uint8Array [1], then Uint8Array [2, 3]
 * ```
 */
export class FrameDecoder {
  /** The largest accepted payload length, in bytes. */
  readonly maxFrame: number;
  #chunks: Uint8Array[] = [];
  /** Index in #chunks of the first chunk with unread bytes. */
  #head = 0;
  /** Read offset inside #chunks[#head]. */
  #offset = 0;
  /** Unread bytes across all chunks. */
  #buffered = 0;
  /** Payload length of the frame being assembled, once its prefix was consumed; else -1. */
  #frameLength = -1;
  /**
   * The front of a long frame's payload, copied out of #chunks as it arrives. It grows with
   * what was received (never to the announced length up front, so a peer that announces a
   * large frame and stops costs only what it sent).
   */
  #assembly: Uint8Array | undefined;
  /** Bytes of the payload in #assembly. */
  #assembled = 0;
  #error: FrameTooLargeError | undefined;

  /**
   * Creates a decoder with an empty buffer.
   *
   * @param maxFrame the largest payload length to accept, 0..0xFFFFFFFF (for a client:
   *   {@link CLIENT_MAX_INBOUND_FRAME})
   */
  constructor(maxFrame: number) {
    if (!Number.isInteger(maxFrame) || maxFrame < 0 || maxFrame > MAX_U32) {
      throw new ValidationError(`maxFrame must be an integer in 0..${MAX_U32}, got ${maxFrame}`);
    }
    this.maxFrame = maxFrame;
  }

  /**
   * Bytes received but not yet returned as frames, including a consumed length prefix of the
   * frame being assembled. Non-zero after `next()` returned `undefined` means the stream
   * currently stops in the middle of a frame.
   */
  get buffered(): number {
    return this.#buffered + this.#assembled + (this.#frameLength >= 0 ? FRAME_HEADER_BYTES : 0);
  }

  /** Payload length of the incomplete frame at the front, if its prefix has arrived. */
  get pendingFrameLength(): number | undefined {
    return this.#frameLength >= 0 ? this.#frameLength : undefined;
  }

  /**
   * Appends a chunk of the byte stream. The decoder keeps a reference to `chunk`: do not
   * modify or reuse it afterwards. Empty chunks are ignored.
   */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
  }

  /**
   * Returns the next complete frame payload, or `undefined` if more bytes are needed.
   * Throws {@link FrameTooLargeError} when a length prefix exceeds `maxFrame`.
   */
  next(): Uint8Array | undefined {
    if (this.#error) throw this.#error;
    if (this.#frameLength < 0) {
      if (this.#buffered < FRAME_HEADER_BYTES) return undefined;
      const length = this.#peekPrefix();
      if (length > this.maxFrame) {
        this.#error = new FrameTooLargeError(length, this.maxFrame);
        throw this.#error;
      }
      this.#skip(FRAME_HEADER_BYTES);
      this.#frameLength = length;
    }
    const length = this.#frameLength;
    if (length === 0) {
      this.#frameLength = -1;
      return new Uint8Array(0);
    }
    if (this.#assembly !== undefined || this.#buffered < length) {
      return this.#assembleAhead(length);
    }
    this.#frameLength = -1;
    const head = this.#chunks[this.#head];
    const start = this.#offset;
    if (head.length - start >= length) {
      // Zero-copy: the whole frame lies inside the head chunk.
      this.#skip(length);
      return head.subarray(start, start + length);
    }
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const chunk = this.#chunks[this.#head];
      const take = Math.min(chunk.length - this.#offset, length - filled);
      out.set(chunk.subarray(this.#offset, this.#offset + take), filled);
      filled += take;
      this.#skip(take);
    }
    return out;
  }

  /**
   * Copies what has arrived of a long frame's payload into #assembly (growing it by doubling,
   * up to `length`); returns the frame once complete. Short frames wait in #chunks.
   */
  #assembleAhead(length: number): Uint8Array | undefined {
    let out = this.#assembly;
    if (out === undefined && (length < ASSEMBLE_AHEAD_BYTES || this.#buffered === 0)) {
      return undefined;
    }
    const want = Math.min(length - this.#assembled, this.#buffered);
    const needed = this.#assembled + want;
    if (out === undefined || needed > out.length) {
      // Doubling while little has arrived; the whole payload once a sixteenth has (so the
      // copies made by growing stay below a sixteenth of the frame).
      const size = needed * 16 >= length
        ? length
        : Math.min(length, Math.max(ASSEMBLE_AHEAD_BYTES, needed, 2 * (out?.length ?? 0)));
      const grown = new Uint8Array(size);
      if (out !== undefined) grown.set(out.subarray(0, this.#assembled));
      out = grown;
    }
    let left = want;
    while (left > 0) {
      const chunk = this.#chunks[this.#head];
      const take = Math.min(chunk.length - this.#offset, left);
      out.set(chunk.subarray(this.#offset, this.#offset + take), this.#assembled);
      this.#assembled += take;
      left -= take;
      this.#skip(take);
    }
    if (this.#assembled < length) {
      this.#assembly = out;
      return undefined;
    }
    this.#assembly = undefined;
    this.#assembled = 0;
    this.#frameLength = -1;
    return out;
  }

  /** Reads the 4-byte prefix at the read position without consuming it. */
  #peekPrefix(): number {
    const head = this.#chunks[this.#head];
    const off = this.#offset;
    if (head.length - off >= FRAME_HEADER_BYTES) return readFramePrefix(head, off);
    let value = 0;
    let index = this.#head;
    let pos = off;
    for (let i = 0; i < FRAME_HEADER_BYTES; i++) {
      while (pos >= this.#chunks[index].length) {
        index++;
        pos = 0;
      }
      value = value * 256 + this.#chunks[index][pos++];
    }
    return value;
  }

  /** Consumes `n` bytes (n ≤ #buffered), dropping exhausted chunks. */
  #skip(n: number): void {
    this.#buffered -= n;
    while (n > 0) {
      const chunk = this.#chunks[this.#head];
      const left = chunk.length - this.#offset;
      if (n < left) {
        this.#offset += n;
        return;
      }
      n -= left;
      this.#dropHead();
    }
  }

  #dropHead(): void {
    this.#chunks[this.#head] = EMPTY; // release the chunk's memory now
    this.#offset = 0;
    this.#head++;
    if (this.#head === this.#chunks.length) {
      this.#chunks = [];
      this.#head = 0;
    } else if (this.#head >= COMPACT_THRESHOLD && this.#head * 2 >= this.#chunks.length) {
      this.#chunks = this.#chunks.slice(this.#head);
      this.#head = 0;
    }
  }
}

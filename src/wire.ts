/**
 * A hand-written proto3 wire layer: {@link Writer}, {@link Reader} and {@link WireError}.
 *
 * Representation of 64-bit integers (`int64`, `uint64`, `sint64`, `fixed64`, `sfixed64`):
 * the {@link Int64} type, a `number` whenever the value is a safe integer
 * (|v| ≤ 2^53 − 1) and a `bigint` otherwise. Small values therefore never allocate a
 * BigInt on decode, and large ones (2^53 + 1, 2^64 − 1, …) round-trip exactly. Encoders
 * accept either form for any value.
 *
 * Strings are strict UTF-8: a string field holding invalid UTF-8 is rejected with a
 * {@link WireError} of code `INVALID_UTF8`, as the upstream daemon's decoder (prost) does.
 *
 * @example
 * ```ts
 * import { Reader, Writer } from "./wire.ts";
 * const w = new Writer();
 * w.tag(1, 0).uint32(150);
 * const bytes = w.finish();           // Uint8Array [0x08, 0x96, 0x01]
 * const r = new Reader(bytes);
 * const tag = r.uint32();             // 8 → field 1, wire type 0
 * console.log(tag >>> 3, r.uint32()); // 1 150
 * ```
 *
 * @module
 */

/** A 64-bit integer: `number` when it is a safe integer, `bigint` otherwise. */
export type Int64 = number | bigint;

/** Wire types of the protobuf encoding. Groups (3, 4) and 6, 7 are rejected on decode. */
export const WireType = {
  VARINT: 0,
  I64: 1,
  LEN: 2,
  SGROUP: 3,
  EGROUP: 4,
  I32: 5,
} as const;

/** Codes carried by {@link WireError}. */
export type WireErrorCode =
  | "TRUNCATED"
  | "VARINT_TOO_LONG"
  | "LENGTH_OUT_OF_RANGE"
  | "INVALID_WIRE_TYPE"
  | "INVALID_FIELD_NUMBER"
  | "NESTING_TOO_DEEP"
  | "INVALID_UTF8"
  | "VALUE_OUT_OF_RANGE";

/**
 * Raised for any malformed protobuf input (and for out-of-range values handed to a
 * {@link Writer}). `offset` is the byte offset in the input where the problem was found.
 *
 * @example
 * ```ts
 * import { Reader, WireError } from "./wire.ts";
 * try {
 *   new Reader(new Uint8Array([0x80])).uint32();
 * } catch (e) {
 *   if (e instanceof WireError) console.log(e.code, e.offset); // TRUNCATED 0
 * }
 * ```
 */
export class WireError extends Error {
  /** A stable, machine-readable reason. */
  readonly code: WireErrorCode;
  /** Byte offset in the decoded buffer where the problem was detected (−1 on encode). */
  readonly offset: number;
  constructor(code: WireErrorCode, message: string, offset: number) {
    super(`${message} (at byte ${offset})`);
    this.name = "WireError";
    this.code = code;
    this.offset = offset;
  }
}

/** Deepest sub-message nesting a {@link Reader} accepts (prost uses the same limit). */
export const MAX_NESTING_DEPTH = 100;

const TWO_32 = 4294967296;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const U64_MASK = 0xffffffffffffffffn;

const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);
const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        n += 4;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Bytes needed for `v` as an unsigned varint (v is a uint32). */
function varint32Size(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** Splits a 64-bit value into [lo, hi] two's-complement 32-bit halves. */
function split64(v: Int64, signed: boolean, where: string): [number, number] {
  if (typeof v === "number") {
    if (!Number.isInteger(v)) {
      throw new WireError("VALUE_OUT_OF_RANGE", `${where}: ${v} is not an integer`, -1);
    }
    if (v >= 0 && v <= MAX_SAFE) return [v >>> 0, Math.floor(v / TWO_32) >>> 0];
    if (v < 0 && v >= -MAX_SAFE) {
      if (!signed) {
        throw new WireError("VALUE_OUT_OF_RANGE", `${where}: ${v} is negative`, -1);
      }
      const a = -v;
      let lo = a >>> 0;
      let hi = Math.floor(a / TWO_32) >>> 0;
      // two's complement negate
      lo = (~lo + 1) >>> 0;
      hi = (~hi + (lo === 0 ? 1 : 0)) >>> 0;
      return [lo, hi];
    }
    v = BigInt(v);
  }
  const min = signed ? -(1n << 63n) : 0n;
  const max = signed ? (1n << 63n) - 1n : U64_MASK;
  if (v < min || v > max) {
    throw new WireError("VALUE_OUT_OF_RANGE", `${where}: ${v} does not fit 64 bits`, -1);
  }
  const u = BigInt.asUintN(64, v);
  return [Number(u & 0xffffffffn), Number(u >> 32n)];
}

/** Joins two 32-bit halves into an {@link Int64} (number when safe). */
function join64(lo: number, hi: number, signed: boolean): Int64 {
  if (signed && hi & 0x80000000) {
    // negative: negate the two's complement and check magnitude
    const nlo = (~lo + 1) >>> 0;
    const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
    if (nhi < 0x200000) return -(nhi * TWO_32 + nlo);
    return -((BigInt(nhi) << 32n) | BigInt(nlo));
  }
  if (hi < 0x200000) return hi * TWO_32 + lo;
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/**
 * A growable, reusable protobuf writer. Call {@link Writer.reset} to reuse the buffer;
 * {@link Writer.view} returns a view of the written bytes without copying (valid until the
 * next write or reset), {@link Writer.finish} an owned copy.
 *
 * @example
 * ```ts
 * import { Writer } from "./wire.ts";
 * const w = new Writer(64);
 * w.tag(1, 2).string("héllo");
 * const owned = w.finish();
 * w.reset(); // reuse the same buffer for the next message
 * ```
 */
export class Writer {
  /** The underlying buffer; bytes `[0, pos)` are written. */
  buf: Uint8Array;
  /** Write position. */
  pos = 0;

  constructor(initialCapacity = 256) {
    this.buf = new Uint8Array(initialCapacity);
  }

  /** Forgets written bytes and keeps the buffer. */
  reset(): this {
    this.pos = 0;
    return this;
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    const need = this.pos + n;
    if (need > this.buf.length) {
      // max(…, 16): a Writer created with capacity 0 must still grow (0 * 2 stays 0).
      let cap = Math.max(this.buf.length * 2, 16);
      while (cap < need) cap *= 2;
      const nb = new Uint8Array(cap);
      nb.set(this.buf.subarray(0, this.pos));
      this.buf = nb;
    }
  }

  /** A view of the written bytes (no copy; invalidated by later writes). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  /** An owned copy of the written bytes. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  /** Writes a field key. */
  tag(fieldNumber: number, wireType: number): this {
    return this.uint32(((fieldNumber << 3) | wireType) >>> 0);
  }

  /** Writes an unsigned 32-bit varint. */
  uint32(v: number): this {
    this.ensure(5);
    const b = this.buf;
    let p = this.pos;
    v >>>= 0;
    while (v > 0x7f) {
      b[p++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    b[p++] = v;
    this.pos = p;
    return this;
  }

  /** Writes a signed 32-bit varint (negative values take 10 bytes, as in every implementation). */
  int32(v: number): this {
    if (v >= 0) return this.uint32(v);
    return this.writeVarint64(v >>> 0, 0xffffffff);
  }

  /** Writes a zigzag-encoded sint32. */
  sint32(v: number): this {
    return this.uint32(((v << 1) ^ (v >> 31)) >>> 0);
  }

  /** Writes a uint64 varint. */
  uint64(v: Int64): this {
    if (typeof v === "number" && v >= 0 && v < TWO_32 && (v >>> 0) === v) return this.uint32(v);
    const [lo, hi] = split64(v, false, "uint64");
    return this.writeVarint64(lo, hi);
  }

  /** Writes an int64 varint (two's complement, 10 bytes when negative). */
  int64(v: Int64): this {
    if (typeof v === "number" && v >= 0 && v < TWO_32 && (v >>> 0) === v) return this.uint32(v);
    const [lo, hi] = split64(v, true, "int64");
    return this.writeVarint64(lo, hi);
  }

  /** Writes a zigzag-encoded sint64. */
  sint64(v: Int64): this {
    const [lo, hi] = split64(v, true, "sint64");
    // zigzag: (n << 1) ^ (n >> 63)
    const sign = hi >> 31;
    const zhi = (((hi << 1) | (lo >>> 31)) ^ sign) >>> 0;
    const zlo = ((lo << 1) ^ sign) >>> 0;
    return this.writeVarint64(zlo, zhi);
  }

  /** Writes a varint given as two unsigned 32-bit halves. */
  writeVarint64(lo: number, hi: number): this {
    this.ensure(10);
    const b = this.buf;
    let p = this.pos;
    while (hi !== 0) {
      b[p++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    while (lo > 0x7f) {
      b[p++] = (lo & 0x7f) | 0x80;
      lo >>>= 7;
    }
    b[p++] = lo;
    this.pos = p;
    return this;
  }

  /** Writes a bool varint. */
  bool(v: boolean): this {
    this.ensure(1);
    this.buf[this.pos++] = v ? 1 : 0;
    return this;
  }

  /** Writes 4 little-endian bytes. */
  fixed32(v: number): this {
    this.ensure(4);
    const b = this.buf;
    const p = this.pos;
    b[p] = v & 0xff;
    b[p + 1] = (v >>> 8) & 0xff;
    b[p + 2] = (v >>> 16) & 0xff;
    b[p + 3] = (v >>> 24) & 0xff;
    this.pos = p + 4;
    return this;
  }

  /** Writes an sfixed32. */
  sfixed32(v: number): this {
    return this.fixed32(v | 0);
  }

  /** Writes a fixed64. */
  fixed64(v: Int64): this {
    const [lo, hi] = split64(v, false, "fixed64");
    return this.fixed32(lo).fixed32(hi);
  }

  /** Writes an sfixed64. */
  sfixed64(v: Int64): this {
    const [lo, hi] = split64(v, true, "sfixed64");
    return this.fixed32(lo).fixed32(hi);
  }

  /** Writes an IEEE-754 single. */
  float(v: number): this {
    this.ensure(4);
    f32[0] = v;
    this.buf.set(f32b, this.pos);
    this.pos += 4;
    return this;
  }

  /** Writes an IEEE-754 double. */
  double(v: number): this {
    this.ensure(8);
    f64[0] = v;
    const b = this.buf;
    const p = this.pos;
    b[p] = f64b[0];
    b[p + 1] = f64b[1];
    b[p + 2] = f64b[2];
    b[p + 3] = f64b[3];
    b[p + 4] = f64b[4];
    b[p + 5] = f64b[5];
    b[p + 6] = f64b[6];
    b[p + 7] = f64b[7];
    this.pos = p + 8;
    return this;
  }

  /** Writes a length-delimited byte string. */
  bytes(v: Uint8Array): this {
    const n = v.length;
    this.uint32(n);
    this.ensure(n);
    this.buf.set(v, this.pos);
    this.pos += n;
    return this;
  }

  /**
   * Writes a length-delimited UTF-8 string straight into the buffer: ASCII is copied
   * char by char, anything else goes through `TextEncoder.encodeInto` in place.
   */
  string(s: string): this {
    const len = s.length;
    if (len === 0) {
      this.ensure(1);
      this.buf[this.pos++] = 0;
      return this;
    }
    // Worst case 3 bytes per UTF-16 unit; reserve the prefix for that and fix up after.
    const maxBytes = len * 3;
    const prefix = varint32Size(maxBytes);
    this.ensure(prefix + maxBytes);
    const b = this.buf;
    const start = this.pos + prefix;
    let p = start;
    let i = 0;
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      b[p++] = c;
    }
    if (i < len) {
      p += utf8Encoder.encodeInto(s.substring(i), b.subarray(p)).written;
    }
    const n = p - start;
    const real = varint32Size(n);
    if (real !== prefix) {
      b.copyWithin(this.pos + real, start, p);
    }
    let q = this.pos;
    let v = n;
    while (v > 0x7f) {
      b[q++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    b[q++] = v;
    this.pos = q + n;
    return this;
  }

  /**
   * Starts a length-delimited sub-message: reserves one length byte and returns a mark
   * for {@link Writer.endLen}. No second pass: when the body needs a longer prefix the body
   * is shifted once.
   */
  beginLen(): number {
    this.ensure(1);
    return this.pos++;
  }

  /** Finishes a sub-message started with {@link Writer.beginLen}. */
  endLen(mark: number): this {
    const n = this.pos - mark - 1;
    if (n < 0x80) {
      this.buf[mark] = n;
      return this;
    }
    const size = varint32Size(n);
    this.ensure(size - 1);
    const b = this.buf;
    b.copyWithin(mark + size, mark + 1, this.pos);
    let v = n;
    let q = mark;
    while (v > 0x7f) {
      b[q++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    b[q] = v;
    this.pos += size - 1;
    return this;
  }

  /** Writes a packed repeated uint32 field (nothing when empty). */
  packedUint32(fieldNumber: number, values: readonly number[]): this {
    if (values.length === 0) return this;
    this.tag(fieldNumber, 2);
    const m = this.beginLen();
    for (let i = 0; i < values.length; i++) this.uint32(values[i]);
    return this.endLen(m);
  }
}

/**
 * A protobuf reader over a `Uint8Array`. Every read is bounds-checked and throws
 * {@link WireError} (never a bare `RangeError`) on malformed input.
 *
 * @example
 * ```ts
 * import { Reader } from "./wire.ts";
 * const r = new Reader(new Uint8Array([0x08, 0x96, 0x01]));
 * while (r.pos < r.end) {
 *   const tag = r.uint32();
 *   if (tag >>> 3 === 1) console.log(r.uint32()); // 150
 *   else r.skip(tag & 7);
 * }
 * ```
 */
export class Reader {
  /** The input. */
  readonly buf: Uint8Array;
  /** Read position. */
  pos: number;
  /** End of the readable region. */
  end: number;
  /** Current sub-message nesting depth. */
  depth = 0;

  constructor(buf: Uint8Array, offset = 0, end = buf.length) {
    this.buf = buf;
    this.pos = offset;
    this.end = end;
  }

  /** Reads a field key, rejecting field number 0, keys above 32 bits and wire types 3, 4, 6, 7. */
  tag(): number {
    const p = this.pos;
    const b = this.buf;
    let t: number;
    if (p < this.end && b[p] < 0x80) {
      t = b[p];
      this.pos = p + 1;
    } else if (p + 1 < this.end && b[p + 1] < 0x80) {
      t = (b[p] & 0x7f) | (b[p + 1] << 7);
      this.pos = p + 2;
    } else {
      t = this.varint64Lo(p);
      if (this.hi !== 0) {
        throw new WireError("INVALID_FIELD_NUMBER", "field key exceeds 32 bits", p);
      }
    }
    const wt = t & 7;
    if (t >>> 3 === 0) throw new WireError("INVALID_FIELD_NUMBER", "field number 0", p);
    if (wt === 3 || wt === 4 || wt > 5) {
      throw new WireError("INVALID_WIRE_TYPE", `unsupported wire type ${wt}`, p);
    }
    return t;
  }

  /** Reads a varint as an unsigned 32-bit number (higher bits are discarded). */
  uint32(): number {
    const b = this.buf;
    let p = this.pos;
    if (p < this.end) {
      const b0 = b[p];
      if (b0 < 0x80) {
        this.pos = p + 1;
        return b0;
      }
      if (p + 5 <= this.end) {
        let v = b0 & 0x7f;
        let c = b[++p];
        v |= (c & 0x7f) << 7;
        if (c < 0x80) {
          this.pos = p + 1;
          return v;
        }
        c = b[++p];
        v |= (c & 0x7f) << 14;
        if (c < 0x80) {
          this.pos = p + 1;
          return v;
        }
        c = b[++p];
        v |= (c & 0x7f) << 21;
        if (c < 0x80) {
          this.pos = p + 1;
          return v;
        }
        c = b[++p];
        v |= (c & 0x0f) << 28;
        if (c < 0x80) {
          this.pos = p + 1;
          return v >>> 0;
        }
        // Longer varint (negative int32 etc.): consume up to 10 bytes total.
        this.pos = p + 1;
        this.skipVarintTail(this.pos - 5);
        return v >>> 0;
      }
    }
    return this.slowVarint32();
  }

  private skipVarintTail(start: number): void {
    const b = this.buf;
    for (let i = 5; i < 10; i++) {
      if (this.pos >= this.end) {
        throw new WireError("TRUNCATED", "truncated varint", start);
      }
      const c = b[this.pos++];
      // The 10th byte may only hold bit 63 (0 or 1), as in varint64Lo and prost.
      if (i === 9 && c > 1) {
        throw new WireError("VARINT_TOO_LONG", "varint exceeds 64 bits", start);
      }
      if (c < 0x80) return;
    }
    throw new WireError("VARINT_TOO_LONG", "varint longer than 10 bytes", start);
  }

  private slowVarint32(): number {
    return this.varint64Lo(this.pos);
  }

  /** High half left by the last {@link Reader.varint64Lo} call. */
  private hi = 0;

  /**
   * Reads a varint of up to 10 bytes; returns its unsigned low 32 bits and leaves the high
   * 32 bits in `this.hi` (no tuple allocation on the slow path).
   */
  private varint64Lo(start: number): number {
    const b = this.buf;
    let lo = 0;
    let hi = 0;
    let p = this.pos;
    for (let i = 0; i < 10; i++) {
      if (p >= this.end) throw new WireError("TRUNCATED", "truncated varint", start);
      const c = b[p++];
      if (i < 4) lo |= (c & 0x7f) << (7 * i);
      else if (i === 4) {
        lo |= (c & 0x0f) << 28;
        hi |= (c & 0x7f) >> 4;
      } else if (i === 9) {
        if (c > 1) throw new WireError("VARINT_TOO_LONG", "varint exceeds 64 bits", start);
        hi |= c << 31;
      } else hi |= (c & 0x7f) << (7 * i - 32);
      if (c < 0x80) {
        this.pos = p;
        this.hi = hi >>> 0;
        return lo >>> 0;
      }
    }
    throw new WireError("VARINT_TOO_LONG", "varint longer than 10 bytes", start);
  }

  /** Reads an int32 varint. */
  int32(): number {
    return this.uint32() | 0;
  }

  /** Reads a zigzag sint32. */
  sint32(): number {
    const v = this.uint32();
    return (v >>> 1) ^ -(v & 1);
  }

  /** Reads a uint64 varint ({@link Int64}). */
  uint64(): Int64 {
    const b = this.buf;
    const p = this.pos;
    // fast path: up to 4 bytes (< 2^28)
    if (p + 4 <= this.end) {
      const b0 = b[p];
      if (b0 < 0x80) {
        this.pos = p + 1;
        return b0;
      }
      const b1 = b[p + 1];
      if (b1 < 0x80) {
        this.pos = p + 2;
        return (b0 & 0x7f) | (b1 << 7);
      }
    }
    const lo = this.varint64Lo(p);
    return join64(lo, this.hi, false);
  }

  /** Reads an int64 varint ({@link Int64}). */
  int64(): Int64 {
    const b = this.buf;
    const p = this.pos;
    if (p < this.end && b[p] < 0x80) {
      this.pos = p + 1;
      return b[p];
    }
    const lo = this.varint64Lo(p);
    return join64(lo, this.hi, true);
  }

  /** Reads a zigzag sint64. */
  sint64(): Int64 {
    const lo = this.varint64Lo(this.pos);
    const hi = this.hi;
    const sign = -(lo & 1);
    const zlo = (((lo >>> 1) | (hi << 31)) ^ sign) >>> 0;
    const zhi = ((hi >>> 1) ^ sign) >>> 0;
    return join64(zlo, zhi, true);
  }

  /** Reads a bool varint. */
  bool(): boolean {
    const p = this.pos;
    if (p < this.end && this.buf[p] < 0x80) {
      this.pos = p + 1;
      return this.buf[p] !== 0;
    }
    const lo = this.varint64Lo(p);
    return (lo | this.hi) !== 0;
  }

  private need(n: number): number {
    const p = this.pos;
    if (p + n > this.end) throw new WireError("TRUNCATED", `need ${n} bytes`, p);
    this.pos = p + n;
    return p;
  }

  /** Reads a fixed32. */
  fixed32(): number {
    const p = this.need(4);
    const b = this.buf;
    return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
  }

  /** Reads an sfixed32. */
  sfixed32(): number {
    return this.fixed32() | 0;
  }

  /** Reads a fixed64. */
  fixed64(): Int64 {
    // One bounds check for all 8 bytes: a short input fails at the value's start, unconsumed.
    const p = this.need(8);
    const b = this.buf;
    const lo = (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
    const hi = (b[p + 4] | (b[p + 5] << 8) | (b[p + 6] << 16) | (b[p + 7] << 24)) >>> 0;
    return join64(lo, hi, false);
  }

  /** Reads an sfixed64. */
  sfixed64(): Int64 {
    const p = this.need(8);
    const b = this.buf;
    const lo = (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
    const hi = (b[p + 4] | (b[p + 5] << 8) | (b[p + 6] << 16) | (b[p + 7] << 24)) >>> 0;
    return join64(lo, hi, true);
  }

  /** Reads an IEEE-754 single. */
  float(): number {
    const p = this.need(4);
    const b = this.buf;
    f32b[0] = b[p];
    f32b[1] = b[p + 1];
    f32b[2] = b[p + 2];
    f32b[3] = b[p + 3];
    return f32[0];
  }

  /** Reads an IEEE-754 double. */
  double(): number {
    const p = this.need(8);
    const b = this.buf;
    f64b[0] = b[p];
    f64b[1] = b[p + 1];
    f64b[2] = b[p + 2];
    f64b[3] = b[p + 3];
    f64b[4] = b[p + 4];
    f64b[5] = b[p + 5];
    f64b[6] = b[p + 6];
    f64b[7] = b[p + 7];
    return f64[0];
  }

  /** Reads a length prefix and checks that the region fits; returns the region's end. */
  len(): number {
    const at = this.pos;
    let n: number;
    if (at < this.end && this.buf[at] < 0x80) {
      n = this.buf[at];
      this.pos = at + 1;
    } else {
      const lo = this.varint64Lo(at);
      const hi = this.hi;
      // A length needing more than 31 bits (or a 10-byte "negative" one) can never fit.
      if (hi !== 0 || lo > 0x7fffffff) {
        throw new WireError("LENGTH_OUT_OF_RANGE", "absurd or negative length", at);
      }
      n = lo;
    }
    if (n > this.end - this.pos) {
      throw new WireError(
        "LENGTH_OUT_OF_RANGE",
        `length ${n} exceeds the ${this.end - this.pos} bytes left`,
        at,
      );
    }
    return this.pos + n;
  }

  /** Reads length-delimited bytes as a view into the input (no copy). */
  bytes(): Uint8Array {
    const e = this.len();
    const v = this.buf.subarray(this.pos, e);
    this.pos = e;
    return v;
  }

  /** Reads length-delimited bytes as an owned copy. */
  bytesCopy(): Uint8Array {
    const e = this.len();
    const v = this.buf.slice(this.pos, e);
    this.pos = e;
    return v;
  }

  /** Reads a strict UTF-8 string (ASCII fast path). */
  string(): string {
    const e = this.len();
    const b = this.buf;
    const start = this.pos;
    const n = e - start;
    this.pos = e;
    if (n === 0) return "";
    if (n <= 32) {
      let s = "";
      for (let i = start; i < e; i++) {
        const c = b[i];
        if (c >= 0x80) return this.decodeUtf8(start, e);
        s += String.fromCharCode(c);
      }
      return s;
    }
    return this.decodeUtf8(start, e);
  }

  private decodeUtf8(start: number, end: number): string {
    try {
      return utf8Strict.decode(this.buf.subarray(start, end));
    } catch {
      throw new WireError("INVALID_UTF8", "string field is not valid UTF-8", start);
    }
  }

  /**
   * Enters a length-delimited sub-message: reads its length, narrows {@link Reader.end} to it
   * and returns the parent's end, to hand back to {@link Reader.leave}.
   */
  enter(): number {
    const e = this.len();
    if (++this.depth > MAX_NESTING_DEPTH) {
      throw new WireError(
        "NESTING_TOO_DEEP",
        `sub-messages nested deeper than ${MAX_NESTING_DEPTH}`,
        this.pos,
      );
    }
    const parentEnd = this.end;
    this.end = e;
    return parentEnd;
  }

  /** Leaves a sub-message entered with {@link Reader.enter}. */
  leave(parentEnd: number): void {
    this.depth--;
    this.pos = this.end;
    this.end = parentEnd;
  }

  /** Skips an unknown field, or rejects a known one that arrived with the wrong wire type. */
  skipUnknown(tag: number, known: ReadonlySet<number>): void {
    if (known.has(tag >>> 3)) {
      throw new WireError(
        "INVALID_WIRE_TYPE",
        `field ${tag >>> 3} has unexpected wire type ${tag & 7}`,
        this.pos,
      );
    }
    this.skip(tag & 7);
  }

  /** Skips a field's value of the given wire type. */
  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.varint64Lo(this.pos);
        return;
      case 1:
        this.need(8);
        return;
      case 2:
        this.pos = this.len();
        return;
      case 5:
        this.need(4);
        return;
      default:
        throw new WireError("INVALID_WIRE_TYPE", `unsupported wire type ${wireType}`, this.pos);
    }
  }

  /**
   * Reads a repeated uint32-like scalar into `out`, accepting both packed (wire type 2) and
   * unpacked (wire type 0) encodings.
   */
  repeatedUint32(wireType: number, out: number[]): void {
    if (wireType === 2) {
      const pe = this.beginPacked();
      while (this.pos < this.end) out.push(this.uint32());
      this.end = pe;
    } else {
      this.checkWireType(wireType, 0);
      out.push(this.uint32());
    }
  }

  /** Starts a packed repeated field: narrows {@link Reader.end}; returns the parent's end. */
  beginPacked(): number {
    const e = this.len();
    const parentEnd = this.end;
    this.end = e;
    return parentEnd;
  }

  /** Ends a packed field begun with {@link Reader.beginPacked}. */
  endPacked(parentEnd: number): void {
    this.end = parentEnd;
  }

  /** Throws unless `wireType` is `expected`. */
  checkWireType(wireType: number, expected: number): void {
    if (wireType !== expected) {
      throw new WireError(
        "INVALID_WIRE_TYPE",
        `wire type ${wireType} where ${expected} was expected`,
        this.pos,
      );
    }
  }
}

/** Encoded size of a uint32 varint; exported for generated code and frame writers. */
export function varintSize32(v: number): number {
  return varint32Size(v >>> 0);
}

/** UTF-8 byte length of a string, without encoding it. */
export function utf8ByteLength(s: string): number {
  return utf8Length(s);
}

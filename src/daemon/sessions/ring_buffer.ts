/**
 * The output backlog of a session stream (docs/PROTOCOL.md#backlogs): a drop-oldest byte ring of
 * {@link DEFAULT_BACKLOG_BYTES} that counts every byte it ever dropped.
 *
 * - Appending past capacity discards bytes from the head.
 * - A single append larger than the capacity keeps only its last `capacity` bytes.
 * - {@link ByteRing.bytesDropped} is cumulative and never reset, not even by draining.
 * - {@link ByteRing.drain} empties the ring (attach); {@link ByteRing.snapshot} copies it
 *   (GET_SESSION_BACKLOG).
 *
 * The storage is allocated lazily and grown by doubling, so an idle session costs nothing.
 *
 * @example
 * ```ts
 * import { ByteRing } from "./ring_buffer.ts";
 * const ring = new ByteRing(4);
 * ring.push(new TextEncoder().encode("abcdef"));
 * console.log(new TextDecoder().decode(ring.snapshot()), ring.bytesDropped); // "cdef" 2
 * ```
 *
 * @module
 */

/** Capacity of every backlog ring: 1 MiB. */
export const DEFAULT_BACKLOG_BYTES = 1_048_576;

/** A drop-oldest byte ring with a cumulative drop counter. */
export class ByteRing {
  /** Maximum number of bytes kept. */
  readonly capacity: number;
  #buf: Uint8Array = new Uint8Array(0);
  #head = 0;
  #size = 0;
  #dropped = 0;

  /**
   * Creates an empty ring.
   *
   * @param capacity bytes kept at most (default {@link DEFAULT_BACKLOG_BYTES})
   */
  constructor(capacity: number = DEFAULT_BACKLOG_BYTES) {
    if (!Number.isInteger(capacity) || capacity <= 0) {
      throw new RangeError(`ring capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
  }

  /** Bytes currently held. */
  get length(): number {
    return this.#size;
  }

  /** Every byte ever dropped (cumulative since creation). */
  get bytesDropped(): number {
    return this.#dropped;
  }

  /**
   * Appends `bytes` (copied), dropping the oldest bytes when full.
   *
   * @param bytes data to append
   */
  push(bytes: Uint8Array): void {
    let data = bytes;
    if (data.length === 0) return;
    const cap = this.capacity;
    if (data.length >= cap) {
      this.#dropped += this.#size + (data.length - cap);
      data = data.subarray(data.length - cap);
      this.#ensure(cap);
      this.#buf.set(data, 0);
      this.#head = 0;
      this.#size = cap;
      return;
    }
    const overflow = this.#size + data.length - cap;
    if (overflow > 0) {
      this.#head = (this.#head + overflow) % this.#buf.length;
      this.#size -= overflow;
      this.#dropped += overflow;
    }
    this.#ensure(this.#size + data.length);
    const len = this.#buf.length;
    const tail = (this.#head + this.#size) % len;
    const first = Math.min(data.length, len - tail);
    this.#buf.set(data.subarray(0, first), tail);
    if (first < data.length) this.#buf.set(data.subarray(first), 0);
    this.#size += data.length;
  }

  /**
   * Counts `n` bytes that were lost before they reached the ring (they add to
   * {@link ByteRing.bytesDropped}).
   *
   * @param n bytes lost
   */
  countDropped(n: number): void {
    if (n > 0) this.#dropped += n;
  }

  /** A copy of the held bytes, oldest first; the ring is unchanged. */
  snapshot(): Uint8Array {
    const out = new Uint8Array(this.#size);
    const len = this.#buf.length;
    if (this.#size === 0) return out;
    const first = Math.min(this.#size, len - this.#head);
    out.set(this.#buf.subarray(this.#head, this.#head + first), 0);
    if (first < this.#size) out.set(this.#buf.subarray(0, this.#size - first), first);
    return out;
  }

  /** Takes the held bytes, oldest first, and empties the ring (the drop counter stays). */
  drain(): Uint8Array {
    const out = this.snapshot();
    this.#head = 0;
    this.#size = 0;
    return out;
  }

  /** Bytes of memory the ring holds (its buffer, which grows up to the capacity). */
  get allocated(): number {
    return this.#buf.length;
  }

  /**
   * Drops the held bytes and frees the buffer; they count in {@link ByteRing.bytesDropped}.
   * The ring stays usable (it grows again if bytes are pushed).
   */
  release(): void {
    this.#dropped += this.#size;
    this.#buf = new Uint8Array(0);
    this.#head = 0;
    this.#size = 0;
  }

  /** Makes room for `need` bytes (≤ capacity), linearising the content when it grows. */
  #ensure(need: number): void {
    if (need <= this.#buf.length) return;
    let cap = Math.max(this.#buf.length * 2, 4096);
    while (cap < need) cap *= 2;
    cap = Math.min(cap, this.capacity);
    const next = new Uint8Array(cap);
    const held = this.snapshot();
    next.set(held, 0);
    this.#buf = next;
    this.#head = 0;
  }
}

/** Storage kept by an empty {@link ChunkRing} (larger storage is released once it empties). */
const KEEP_EMPTY_BYTES = 1_048_576;

/**
 * A first-in first-out queue of byte chunks stored in one growable ring buffer, each chunk
 * with a count of bytes missing right before it (a gap). Unlike a queue of chunk copies, a
 * full ring that keeps evicting and appending allocates nothing, so a stalled consumer
 * costs no garbage; storage beyond {@link KEEP_EMPTY_BYTES} is released when it empties.
 *
 * @example
 * ```ts
 * import { ChunkRing } from "./ring_buffer.ts";
 * const q = new ChunkRing(1024);
 * q.push(new TextEncoder().encode("ab"), 0);
 * q.push(new TextEncoder().encode("cd"), 0);
 * q.addGapToFront(q.drop()!.length); // "ab" evicted: a 2-byte gap before "cd"
 * const c = q.shift()!;
 * console.log(new TextDecoder().decode(c.bytes), c.gap); // "cd" 2
 * ```
 */
export class ChunkRing {
  /** Most data bytes held. */
  readonly capacity: number;
  #buf: Uint8Array = new Uint8Array(0);
  #head = 0;
  #size = 0;
  #lens: number[] = [];
  #gaps: number[] = [];
  #m = 0;
  #scratch: Uint8Array = new Uint8Array(0);

  /**
   * Creates an empty queue.
   *
   * @param capacity most data bytes held
   */
  constructor(capacity: number) {
    this.capacity = capacity;
  }

  /** Chunks queued. */
  get chunks(): number {
    return this.#lens.length - this.#m;
  }

  /** Data bytes queued. */
  get bytes(): number {
    return this.#size;
  }

  /** Bytes of storage allocated (ring and scratch buffer). */
  get storage(): number {
    return this.#buf.length + this.#scratch.length;
  }

  /** How much {@link ChunkRing.storage} grows if `n` more data bytes are pushed now. */
  growthFor(n: number): number {
    const need = this.#size + n;
    if (need <= this.#buf.length) return 0;
    return this.#grownCapacity(need) - this.#buf.length;
  }

  #grownCapacity(need: number): number {
    let cap = Math.max(this.#buf.length * 2, 4096);
    while (cap < need) cap *= 2;
    return Math.min(cap, this.capacity);
  }

  /**
   * Appends a copy of `data` with `gap` missing bytes before it.
   *
   * @returns false (nothing queued) when it does not fit in the capacity
   */
  push(data: Uint8Array, gap: number): boolean {
    if (this.#size + data.length > this.capacity) return false;
    this.#ensure(this.#size + data.length);
    const len = this.#buf.length;
    if (data.length > 0) {
      const tail = (this.#head + this.#size) % len;
      const first = Math.min(data.length, len - tail);
      this.#buf.set(data.subarray(0, first), tail);
      if (first < data.length) this.#buf.set(data.subarray(first), 0);
    }
    this.#size += data.length;
    this.#lens.push(data.length);
    this.#gaps.push(gap);
    return true;
  }

  /** Adds `n` to the gap before the oldest chunk (there must be one). */
  addGapToFront(n: number): void {
    this.#gaps[this.#m] += n;
  }

  /** Removes the oldest chunk without reading it; returns its length and gap. */
  drop(): { length: number; gap: number } | undefined {
    if (this.chunks === 0) return undefined;
    const length = this.#lens[this.#m];
    const gap = this.#gaps[this.#m];
    this.#advance(length);
    return { length, gap };
  }

  /**
   * Removes the oldest chunk. Its `bytes` are a view of a scratch buffer that stays valid
   * until the next `shift()`.
   */
  shift(): { bytes: Uint8Array; gap: number } | undefined {
    if (this.chunks === 0) return undefined;
    const length = this.#lens[this.#m];
    const gap = this.#gaps[this.#m];
    if (
      this.#scratch.length < length || this.#scratch.length > Math.max(KEEP_EMPTY_BYTES, 2 * length)
    ) {
      this.#scratch = new Uint8Array(length);
    }
    const out = this.#scratch.subarray(0, length);
    const len = this.#buf.length;
    const first = Math.min(length, len - this.#head);
    out.set(this.#buf.subarray(this.#head, this.#head + first), 0);
    if (first < length) out.set(this.#buf.subarray(0, length - first), first);
    this.#advance(length);
    return { bytes: out, gap };
  }

  /** Drops everything queued and releases the storage. */
  clear(): void {
    this.#lens = [];
    this.#gaps = [];
    this.#m = 0;
    this.#head = 0;
    this.#size = 0;
    this.#buf = new Uint8Array(0);
    this.#scratch = new Uint8Array(0);
  }

  #advance(length: number): void {
    this.#m++;
    this.#size -= length;
    this.#head = this.#size === 0 ? 0 : (this.#head + length) % this.#buf.length;
    if (this.#m === this.#lens.length) {
      this.#lens = [];
      this.#gaps = [];
      this.#m = 0;
      if (this.#buf.length > KEEP_EMPTY_BYTES) this.#buf = new Uint8Array(0);
    } else if (this.#m >= 1024 && this.#m * 2 >= this.#lens.length) {
      this.#lens = this.#lens.slice(this.#m);
      this.#gaps = this.#gaps.slice(this.#m);
      this.#m = 0;
    }
  }

  #ensure(need: number): void {
    if (need <= this.#buf.length) return;
    const next = new Uint8Array(this.#grownCapacity(need));
    const len = this.#buf.length;
    if (this.#size > 0) {
      const first = Math.min(this.#size, len - this.#head);
      next.set(this.#buf.subarray(this.#head, this.#head + first), 0);
      if (first < this.#size) next.set(this.#buf.subarray(0, this.#size - first), first);
    }
    this.#buf = next;
    this.#head = 0;
  }
}

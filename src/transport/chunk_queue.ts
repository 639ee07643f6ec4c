/**
 * {@link ChunkQueue}: the read side shared by the socket transports. Producers (socket
 * callbacks or a read loop) push byte chunks; one or more readers pull them in order.
 *
 * @example
 * ```ts
 * import { ChunkQueue } from "./chunk_queue.ts";
 * const q = new ChunkQueue();
 * q.push(new Uint8Array([1, 2]));
 * q.end();
 * console.log(await q.read()); // { done: false, value: Uint8Array [1, 2] }
 * console.log(await q.read()); // { done: true, value: undefined }
 * ```
 *
 * @module
 */

interface Waiter {
  resolve(result: IteratorResult<Uint8Array, undefined>): void;
  reject(error: unknown): void;
}

const DONE: IteratorResult<Uint8Array, undefined> = { done: true, value: undefined };

/**
 * An in-order queue of byte chunks with a high-water mark for backpressure.
 *
 * - `push` returns `false` once the queued bytes reach the high-water mark: the producer
 *   should pause, and is told to resume through the `onDrain` callback once readers have
 *   taken the queue back below the mark.
 * - `end()` finishes the stream after the queued chunks; `fail(error)` makes reads reject
 *   after the queued chunks; `discard()` drops queued chunks and finishes at once.
 *
 * Chunks are handed out by reference; producers must push fresh buffers.
 *
 * @example
 * ```ts
 * import { ChunkQueue } from "./chunk_queue.ts";
 * const q = new ChunkQueue(4, () => console.log("resume the producer"));
 * console.log(q.push(new Uint8Array(8))); // false: pause
 * await q.read();                          // logs "resume the producer"
 * ```
 */
export class ChunkQueue {
  /** Queued bytes at or above which `push` asks the producer to pause. */
  readonly highWaterMark: number;
  #onDrain: (() => void) | undefined;
  #chunks: Uint8Array[] = [];
  #head = 0;
  #bytes = 0;
  #waiters: Waiter[] = [];
  #ended = false;
  #error: { value: unknown } | undefined;
  #paused = false;

  /**
   * Creates an empty queue.
   *
   * @param highWaterMark queued bytes at which to ask the producer to pause (default 1 MiB)
   * @param onDrain called when a paused producer may resume
   */
  constructor(highWaterMark: number = 1024 * 1024, onDrain?: () => void) {
    this.highWaterMark = highWaterMark;
    this.#onDrain = onDrain;
  }

  /** Bytes currently queued. */
  get size(): number {
    return this.#bytes;
  }

  /** Whether `end`, `fail` or `discard` was called. */
  get finished(): boolean {
    return this.#ended || this.#error !== undefined;
  }

  /** Queues a chunk (or hands it to a waiting reader). Returns `false` to request a pause. */
  push(chunk: Uint8Array): boolean {
    if (this.finished || chunk.length === 0) return true;
    const waiter = this.#waiters.shift();
    if (waiter) {
      waiter.resolve({ done: false, value: chunk });
      return true;
    }
    this.#chunks.push(chunk);
    this.#bytes += chunk.length;
    if (this.#bytes >= this.highWaterMark) {
      this.#paused = true;
      return false;
    }
    return true;
  }

  /** Ends the stream once the queued chunks have been read. */
  end(): void {
    if (this.finished) return;
    this.#ended = true;
    this.#settleWaiters();
  }

  /** Fails the stream with `error` once the queued chunks have been read. */
  fail(error: unknown): void {
    if (this.finished) return;
    this.#error = { value: error };
    this.#settleWaiters();
  }

  /** Drops queued chunks and ends the stream now. */
  discard(): void {
    this.#chunks = [];
    this.#head = 0;
    this.#bytes = 0;
    this.#error = undefined;
    this.#ended = true;
    this.#settleWaiters();
  }

  /** Resolves with the next chunk, or `done` at the end; rejects after `fail`. */
  read(): Promise<IteratorResult<Uint8Array, undefined>> {
    if (this.#head < this.#chunks.length) {
      const chunk = this.#chunks[this.#head++];
      this.#bytes -= chunk.length;
      if (this.#head === this.#chunks.length) {
        this.#chunks = [];
        this.#head = 0;
      } else if (this.#head >= 64 && this.#head * 2 >= this.#chunks.length) {
        this.#chunks = this.#chunks.slice(this.#head);
        this.#head = 0;
      }
      if (this.#paused && this.#bytes < this.highWaterMark) {
        this.#paused = false;
        this.#onDrain?.();
      }
      return Promise.resolve({ done: false, value: chunk });
    }
    if (this.#error) return Promise.reject(this.#error.value);
    if (this.#ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  #settleWaiters(): void {
    // Waiters exist only while the queue is empty.
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) {
      if (this.#error) w.reject(this.#error.value);
      else w.resolve(DONE);
    }
  }

  /**
   * A reader over this queue: `next()` reads, `return()` stops this reader only (the queue
   * and its connection stay open, so another loop may continue reading).
   */
  iterator(): AsyncIterator<Uint8Array> {
    let done = false;
    return {
      next: () => done ? Promise.resolve({ done: true, value: undefined }) : this.read(),
      return: () => {
        done = true;
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  }
}

/**
 * The async building blocks every layer shares: one bounded queue ({@link AsyncQueue}, and
 * {@link ByteQueue} for byte chunks), {@link sleep}, and {@link withDeadline}, which races a
 * promise against a deadline and an abort signal.
 *
 * @example
 * ```ts
 * import { AsyncQueue, sleep } from "./async.ts";
 * const q = new AsyncQueue<string>();
 * setTimeout(() => q.push("hello"), 10);
 * console.log(await q.read({ timeoutMs: 1000 })); // { done: false, value: "hello" }
 * await sleep(5);
 * ```
 *
 * @module
 */
import { setImmediate } from "node:timers";
import { AbortError, TimeoutError } from "./errors.ts";

/** Largest delay `setTimeout` honours; longer deadlines mean "none". */
const MAX_TIMER_MS = 2 ** 31 - 1;

function hasDeadline(timeoutMs: number | undefined): timeoutMs is number {
  return timeoutMs !== undefined && timeoutMs <= MAX_TIMER_MS;
}

/**
 * Resolves after `ms` milliseconds; rejects with `AbortError` (the signal's reason as
 * `cause`) as soon as `signal` aborts, and at once if it already has.
 *
 * @param ms delay in milliseconds
 * @param signal cancels the wait
 * @param what names the waiting operation in the `AbortError` message
 * @returns a promise settled after the delay or on abort
 *
 * @example
 * ```ts
 * import { sleep } from "./async.ts";
 * const ac = new AbortController();
 * setTimeout(() => ac.abort(), 10);
 * await sleep(60_000, ac.signal).catch((e) => console.log(e.code)); // "ABORTED"
 * ```
 */
export function sleep(ms: number, signal?: AbortSignal, what = "sleep"): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      return reject(new AbortError(`${what} aborted`, { cause: signal.reason }));
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError(`${what} aborted`, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Resolves after one turn of the event loop (pending I/O callbacks run first), where a timer
 * would wait at least a millisecond.
 *
 * @returns a promise settled on the next turn
 *
 * @example
 * ```ts
 * import { setImmediate } from "node:timers";
 * import { yieldTurn } from "./async.ts";
 * let ran = false;
 * setImmediate(() => (ran = true));
 * await yieldTurn();
 * console.log(ran); // true
 * ```
 */
export function yieldTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Options of {@link withDeadline} and {@link AsyncQueue.read}. */
export interface DeadlineOptions {
  /** Rejects with `AbortError` when aborted. */
  signal?: AbortSignal;
  /**
   * Rejects with `TimeoutError` after this many ms (0: unless already settled; none when
   * omitted or beyond what a timer can hold).
   */
  timeoutMs?: number;
  /** Names the operation in the error messages (default `"operation"`). */
  what?: string;
}

/**
 * Settles like `promise`, unless `options.signal` aborts first (`AbortError`) or
 * `options.timeoutMs` passes first (`TimeoutError`). `promise` itself is not cancelled;
 * `onGiveUp` runs when the race is lost, to release what the promise would have delivered.
 *
 * @param promise the work to wait for
 * @param options signal, deadline and the operation's name
 * @param onGiveUp called once if the abort or the deadline wins
 * @returns the promise's value
 *
 * @example
 * ```ts
 * import { sleep, withDeadline } from "./async.ts";
 * await withDeadline(sleep(60_000), { timeoutMs: 10, what: "nap" })
 *   .catch((e) => console.log(e.message)); // "nap timed out after 10 ms"
 * ```
 */
export function withDeadline<T>(
  promise: Promise<T>,
  options: DeadlineOptions = {},
  onGiveUp?: () => void,
): Promise<T> {
  const { signal, timeoutMs, what = "operation" } = options;
  if (!signal && !hasDeadline(timeoutMs)) return promise;
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const finish = () => {
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const giveUp = (error: Error) => {
      if (settled) return;
      finish();
      onGiveUp?.();
      reject(error);
    };
    const onAbort = () => giveUp(new AbortError(`${what} aborted`, { cause: signal?.reason }));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    if (hasDeadline(timeoutMs)) {
      timer = setTimeout(
        () => giveUp(new TimeoutError(`${what} timed out after ${timeoutMs} ms`, timeoutMs)),
        timeoutMs,
      );
    }
    promise.then(
      (v) => {
        if (settled) return;
        finish();
        resolve(v);
      },
      (e) => {
        if (settled) return;
        finish();
        reject(e);
      },
    );
  });
}

/** Options of {@link AsyncQueue}. */
export interface AsyncQueueOptions<T> {
  /**
   * Queued size at or above which `push` returns `false`, asking the producer to pause
   * (default: no limit). The queue still accepts what is pushed: the producer enforces it.
   */
  highWaterMark?: number;
  /** The size of one item (default 1, so the mark counts items; bytes: `(c) => c.length`). */
  size?: (item: T) => number;
  /** Called when a producer told to pause may resume (the queue fell below the mark). */
  onDrain?: () => void;
  /** Drop items whose size is 0 instead of queueing them (empty byte chunks). */
  dropEmpty?: boolean;
  /**
   * Hard cap for producers that cannot pause: once the queued items weigh more than this,
   * the oldest are dropped (the newest is always kept) and their size is added to
   * {@link AsyncQueue.dropped}. Default: no cap.
   */
  limit?: number;
  /** Weight of one item against `limit` (default: `size`; bytes plus bookkeeping, say). */
  weight?: (item: T) => number;
}

interface Waiter<T> {
  resolve(result: IteratorResult<T, undefined>): void;
  reject(error: unknown): void;
}

const DONE: IteratorResult<never, undefined> = { done: true, value: undefined };

/**
 * An in-order async queue: producers `push`, readers `read` (waiting when empty), or take
 * what is there with `shift` / `takeAll`. It tracks a size (items, or bytes with a `size`
 * function) against a high-water mark for backpressure: `push` returns `false` at the mark
 * and `onDrain` fires once readers have taken it back below.
 *
 * `end()` finishes after the queued items; `fail(error)` makes reads reject after them;
 * `discard()` drops them and finishes at once. Items are handed out by reference. The
 * array's head moves forward instead of shifting, and is compacted now and then, so every
 * operation is O(1) amortised.
 *
 * @typeParam T the item type
 *
 * @example
 * ```ts
 * import { AsyncQueue } from "./async.ts";
 * const q = new AsyncQueue<number>({ highWaterMark: 2, onDrain: () => console.log("resume") });
 * q.push(1);
 * console.log(q.push(2)); // false: pause
 * console.log(q.shift()); // 1, and logs "resume"
 * q.end();
 * for await (const n of q) console.log(n); // 2
 * ```
 */
export class AsyncQueue<T> implements AsyncIterable<T> {
  /** Queued size at or above which `push` asks the producer to pause. */
  readonly highWaterMark: number;
  #size: (item: T) => number;
  #onDrain: (() => void) | undefined;
  #dropEmpty: boolean;
  #limit: number;
  #weight: (item: T) => number;
  #weighed = 0;
  #dropped = 0;
  #items: (T | undefined)[] = [];
  #head = 0;
  #queued = 0;
  #waiters: Waiter<T>[] = [];
  #ended = false;
  #error: { value: unknown } | undefined;
  #paused = false;
  #iterated = false;

  /**
   * Creates an empty queue.
   *
   * @param options high-water mark, item size, drain callback
   */
  constructor(options: AsyncQueueOptions<T> = {}) {
    this.highWaterMark = options.highWaterMark ?? Infinity;
    this.#size = options.size ?? (() => 1);
    this.#onDrain = options.onDrain;
    this.#dropEmpty = options.dropEmpty ?? false;
    this.#limit = options.limit ?? Infinity;
    this.#weight = options.weight ?? this.#size;
  }

  /** Total size of the items dropped by the `limit` (cumulative). */
  get dropped(): number {
    return this.#dropped;
  }

  /** The queued size (items, or what the `size` option measures). */
  get size(): number {
    return this.#queued;
  }

  /** Number of queued items. */
  get length(): number {
    return this.#items.length - this.#head;
  }

  /** Whether `end`, `fail` or `discard` was called (items may still be queued). */
  get finished(): boolean {
    return this.#ended || this.#error !== undefined;
  }

  /** The error given to `fail`, if the queue failed. */
  get error(): unknown {
    return this.#error?.value;
  }

  /** Whether the queue is finished and empty: reads return `done` (or the error). */
  get ended(): boolean {
    return this.finished && this.length === 0;
  }

  /**
   * Queues an item, or hands it straight to a waiting reader. Ignored once finished.
   *
   * @param item the item (kept by reference)
   * @returns `false` when the producer should pause (the queue is at the high-water mark)
   */
  push(item: T): boolean {
    if (this.finished) return true;
    const n = this.#size(item);
    if (n === 0 && this.#dropEmpty) return true;
    const waiter = this.#waiters.shift();
    if (waiter) {
      waiter.resolve({ done: false, value: item });
      return true;
    }
    this.#items.push(item);
    this.#queued += n;
    if (this.#limit !== Infinity) {
      this.#weighed += this.#weight(item);
      while (this.#weighed > this.#limit && this.length > 1) {
        const old = this.#items[this.#head] as T;
        this.#dropped += this.#size(old);
        this.shift();
      }
    }
    if (this.#queued >= this.highWaterMark) {
      this.#paused = true;
      return false;
    }
    return true;
  }

  /** Ends the stream once the queued items have been read. Idempotent. */
  end(): void {
    if (this.finished) return;
    this.#ended = true;
    this.#settleWaiters();
  }

  /**
   * Fails the stream with `error` once the queued items have been read. Ignored once
   * finished.
   *
   * @param error what reads reject with
   */
  fail(error: unknown): void {
    if (this.finished) return;
    this.#error = { value: error };
    this.#settleWaiters();
  }

  /** Drops the queued items and ends the stream now (waiting reads see `done`). */
  discard(): void {
    this.#items = [];
    this.#head = 0;
    this.#queued = 0;
    this.#weighed = 0;
    this.#error = undefined;
    this.#ended = true;
    this.#settleWaiters();
  }

  /**
   * The next queued item without waiting, or `undefined` when none is queued.
   *
   * @returns the item, or `undefined`
   */
  shift(): T | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const item = this.#items[this.#head] as T;
    this.#items[this.#head++] = undefined;
    this.#queued -= this.#size(item);
    if (this.#limit !== Infinity) this.#weighed -= this.#weight(item);
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head >= 64 && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    if (this.#paused && this.#queued < this.highWaterMark) {
      this.#paused = false;
      this.#onDrain?.();
    }
    return item;
  }

  /**
   * Every queued item, without waiting; the queue is left empty.
   *
   * @returns the items, oldest first
   */
  takeAll(): T[] {
    const out = this.#items.slice(this.#head) as T[];
    this.#items = [];
    this.#head = 0;
    this.#queued = 0;
    this.#weighed = 0;
    if (this.#paused) {
      this.#paused = false;
      this.#onDrain?.();
    }
    return out;
  }

  /**
   * The next item, waiting for one if the queue is empty; `done` at the end. Rejects with
   * the `fail` error after the queued items, with `AbortError` when `signal` aborts and with
   * `TimeoutError` when nothing arrives within `timeoutMs` (a late item stays queued).
   *
   * @param options abort signal, deadline, and the name used in their errors
   * @returns the next item, or `done`
   */
  read(options?: DeadlineOptions): Promise<IteratorResult<T, undefined>> {
    if (this.#head < this.#items.length) {
      return Promise.resolve({ done: false, value: this.shift() as T });
    }
    if (this.#error) return Promise.reject(this.#error.value);
    if (this.#ended) return Promise.resolve(DONE);
    let waiter!: Waiter<T>;
    const wait = new Promise<IteratorResult<T, undefined>>((resolve, reject) => {
      waiter = { resolve, reject };
      this.#waiters.push(waiter);
    });
    if (!options) return wait;
    return withDeadline(wait, { what: "queue read", ...options }, () => {
      const i = this.#waiters.indexOf(waiter);
      if (i >= 0) this.#waiters.splice(i, 1);
    });
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
   * stays open, so another loop may continue reading).
   *
   * @returns an iterator that does not end the queue when left
   */
  iterator(): AsyncIterator<T, undefined> {
    let done = false;
    return {
      next: () => done ? Promise.resolve(DONE) : this.read(),
      return: () => {
        done = true;
        return Promise.resolve(DONE);
      },
    };
  }

  /**
   * The queue's one consuming iterator (a second call throws `TypeError`); leaving the loop
   * early discards the queue.
   *
   * @returns the async iterator
   */
  [Symbol.asyncIterator](): AsyncIterator<T, undefined> {
    if (this.#iterated) throw new TypeError("this queue is already being consumed");
    this.#iterated = true;
    return {
      next: () => this.read(),
      return: () => {
        this.discard();
        return Promise.resolve(DONE);
      },
    };
  }
}

/** Options of {@link ByteQueue}. */
export interface ByteQueueOptions {
  /** Bytes queued at or above which `push` asks the producer to pause (default 1 MiB). */
  highWaterMark?: number;
  /** Called when a paused producer may resume. */
  onDrain?: () => void;
  /**
   * Hard cap for producers that cannot pause: past it the oldest chunks are dropped and
   * counted in `dropped`. Each chunk weighs its length plus 64 bytes of bookkeeping, so a
   * flood of tiny chunks is bounded too. Default: no cap.
   */
  limit?: number;
}

/**
 * An {@link AsyncQueue} of byte chunks whose size is counted in bytes; empty chunks are
 * dropped.
 *
 * @example
 * ```ts
 * import { ByteQueue } from "./async.ts";
 * const q = new ByteQueue({ highWaterMark: 4 });
 * console.log(q.push(new Uint8Array(8)), q.size); // false 8
 * ```
 */
export class ByteQueue extends AsyncQueue<Uint8Array> {
  /**
   * Creates an empty byte queue.
   *
   * @param options high-water mark in bytes (default 1 MiB), drain callback, hard cap
   */
  constructor(options: ByteQueueOptions = {}) {
    super({
      highWaterMark: options.highWaterMark ?? 1024 * 1024,
      onDrain: options.onDrain,
      size: byteLength,
      dropEmpty: true,
      limit: options.limit,
      weight: chunkWeight,
    });
  }
}

function byteLength(chunk: Uint8Array): number {
  return chunk.length;
}

function chunkWeight(chunk: Uint8Array): number {
  return chunk.length + 64;
}

/**
 * Observer subscriptions of one session: a bounded, lazily allocated ring of events per
 * subscription, DropOldest or Block backpressure, and counters that always balance:
 * `matched = delivered + missed + buffered` at every instant.
 *
 * The daemon keeps each ring (docs/PROTOCOL.md#observer-delivery): events wait in it until a
 * consumer takes them (the observer attach stream). `DropOldest` really evicts the oldest
 * buffered event; `Block` makes this session's event pump wait for room, never the daemon.
 *
 * **The session's end ends every subscription's stream.** `exited` is a session's last event
 * (the observation backends report their last events before it). Once it has been stored,
 * every subscription is marked {@link Subscription.sessionEnded}: the attach stream sends
 * what is buffered and then `closed`, so a consumer's loop ends. A subscription registered
 * after the exit gets a copy of the `exited` event (when it follows lifecycle) and is ended
 * from the start, so it never waits for events that cannot come.
 *
 * @example
 * ```ts
 * import { SessionObservers } from "./observer_registry.ts";
 * const obs = new SessionObservers();
 * const sub = obs.register({ categories: [0], capacity: 2, block: false });
 * obs.emit({ category: 0, kind: "started", pid: 42 });
 * console.log(sub.status()); // { missed: 0, delivered: 0, buffered: 1, matched: 1, ... }
 * ```
 *
 * @module
 */
import type { ObserverEventInit } from "../../../proto_gen/daemon_pb.ts";

/** Capacity used when a registration asks for 0. */
export const DEFAULT_RING_CAPACITY = 1024;
/** The largest capacity accepted; larger requests are refused instead of exhausting memory. */
export const MAX_RING_CAPACITY = 1_048_576;

/** An event as stored in a ring: the wire form, with `sequence` set per subscription. */
export type StoredEvent = ObserverEventInit & { category: number; kind: string; sequence: number };

/** The emitted event (no sequence yet). */
export type EmittedEvent = ObserverEventInit & { category: number; kind: string };

/** Options of a registration (already validated). */
export interface SubscriptionOptions {
  /** Category numbers 0..3, deduplicated. */
  categories: readonly number[];
  /** Ring capacity in events, 1..{@link MAX_RING_CAPACITY}. */
  capacity: number;
  /** Block (true) or DropOldest (false). */
  block: boolean;
}

/** A snapshot of a subscription's counters. */
export interface SubscriptionStatus {
  /** Events that matched the category filter. */
  matched: number;
  /** Events taken by a consumer. */
  delivered: number;
  /** Events evicted (DropOldest) before a consumer took them. */
  missed: number;
  /** Events waiting in the ring. */
  buffered: number;
  /** A consumer was attached and went away (until the next attach). */
  disconnected: boolean;
}

/** What a consumer receives from {@link Subscription.take}. */
export interface TakeResult {
  /** Events evicted since the previous take (report them before `events`). */
  missedSinceLastTake: number;
  /** Events in sequence order. */
  events: StoredEvent[];
}

let idCounter = 0n;

/**
 * A UUID v4-shaped subscriber id: SplitMix64 over (wall-clock ns XOR a process-wide
 * counter) (docs/PROTOCOL.md#observers); unique within the process, never reused.
 */
export function newSubscriberId(): string {
  const mix = (x: bigint): bigint => {
    x = BigInt.asUintN(64, x + 0x9e3779b97f4a7c15n);
    x = BigInt.asUintN(64, (x ^ (x >> 30n)) * 0xbf58476d1ce4e5b9n);
    x = BigInt.asUintN(64, (x ^ (x >> 27n)) * 0x94d049bb133111ebn);
    return x ^ (x >> 31n);
  };
  const ns = BigInt(Date.now()) * 1_000_000n + BigInt(Math.floor(performance.now() * 1000) % 1e6);
  const c = ++idCounter;
  const a = mix(ns ^ c);
  const b = mix(a ^ (c << 32n));
  let hex = a.toString(16).padStart(16, "0") + b.toString(16).padStart(16, "0");
  // version 4 and RFC 4122 variant
  hex = hex.slice(0, 12) + "4" + hex.slice(13, 16) +
    ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16) + hex.slice(17);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${
    hex.slice(20, 32)
  }`;
}

/** One subscription: filter, ring, counters, and the consumer hooks of the attach stream. */
export class Subscription {
  /** The subscriber id (UUID v4 text). */
  readonly id: string;
  /** Category bit mask. */
  readonly mask: number;
  /** Category numbers as registered (deduplicated, in order). */
  readonly categories: readonly number[];
  /** Ring capacity. */
  readonly capacity: number;
  /** Block backpressure (else DropOldest). */
  readonly block: boolean;

  /** Ring slots, allocated lazily and grown by doubling up to `capacity`. */
  #buf: (StoredEvent | undefined)[] = [];
  #head = 0;
  #size = 0;
  #matched = 0;
  #delivered = 0;
  #missed = 0;
  #missedSinceTake = 0;
  #seq = 0;
  #disconnected = false;
  #removed = false;
  #sessionEnded = false;
  #roomWaiters: (() => void)[] = [];
  #dataWaiters: (() => void)[] = [];
  /** Token of the attached consumer, if any (see {@link Subscription.attachConsumer}). */
  #consumer: object | undefined;
  #onEvict: ((reason: string) => void) | undefined;

  /** Creates a subscription (use {@link SessionObservers.register}). */
  constructor(id: string, opts: SubscriptionOptions) {
    this.id = id;
    this.categories = opts.categories;
    this.mask = opts.categories.reduce((m, c) => m | (1 << c), 0);
    this.capacity = opts.capacity;
    this.block = opts.block;
  }

  /** True once unregistered or purged. */
  get removed(): boolean {
    return this.#removed;
  }

  /** True once the session's `exited` event is stored: nothing follows what is buffered. */
  get sessionEnded(): boolean {
    return this.#sessionEnded;
  }

  /** Marks the session ended (see the module documentation) and wakes a waiting consumer. */
  markSessionEnded(): void {
    if (this.#sessionEnded) return;
    this.#sessionEnded = true;
    this.#wake(this.#dataWaiters);
  }

  /** Current counters. */
  status(): SubscriptionStatus {
    return {
      matched: this.#matched,
      delivered: this.#delivered,
      missed: this.#missed,
      buffered: this.#size,
      disconnected: this.#disconnected,
    };
  }

  /** True when a Block subscription has no room for one more event. */
  get full(): boolean {
    return this.#size >= this.capacity;
  }

  /**
   * Stores a matching event. Under DropOldest a full ring evicts its oldest event (counted
   * as missed). Under Block the caller must first wait with {@link Subscription.waitForRoom}.
   */
  push(e: EmittedEvent): void {
    if (this.#removed) return;
    if (this.#size === this.capacity) {
      // Full: DropOldest evicts the oldest buffered event (a Block caller waits first).
      this.#buf[this.#head] = undefined;
      this.#head = (this.#head + 1) % this.#buf.length;
      this.#size--;
      this.#missed++;
      this.#missedSinceTake++;
    }
    if (this.#size === this.#buf.length) this.#grow();
    this.#buf[(this.#head + this.#size) % this.#buf.length] = { ...e, sequence: ++this.#seq };
    this.#size++;
    this.#matched++;
    this.#wake(this.#dataWaiters);
  }

  /** Doubles the allocated slots (up to the capacity), linearising the ring. */
  #grow(): void {
    const old = this.#buf;
    const len = Math.min(this.capacity, Math.max(16, old.length * 2));
    const next: (StoredEvent | undefined)[] = new Array(len);
    for (let i = 0; i < this.#size; i++) next[i] = old[(this.#head + i) % old.length];
    this.#buf = next;
    this.#head = 0;
  }

  /** Resolves when there is room (or the subscription is removed, or `signal` aborts). */
  waitForRoom(signal?: AbortSignal): Promise<void> {
    if (!this.full || this.#removed || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        signal?.removeEventListener("abort", done);
        resolve();
      };
      signal?.addEventListener("abort", done, { once: true });
      this.#roomWaiters.push(done);
    });
  }

  /** Resolves when events are buffered (or the subscription is removed / `signal` aborts). */
  waitForData(signal?: AbortSignal): Promise<void> {
    if (
      this.#size > 0 || this.#missedSinceTake > 0 || this.#removed || this.#sessionEnded ||
      signal?.aborted
    ) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        signal?.removeEventListener("abort", done);
        resolve();
      };
      signal?.addEventListener("abort", done, { once: true });
      this.#dataWaiters.push(done);
    });
  }

  /** Takes up to `max` buffered events (they count as delivered). */
  take(max: number): TakeResult {
    const missedSinceLastTake = this.#missedSinceTake;
    this.#missedSinceTake = 0;
    const n = Math.min(max, this.#size);
    const events: StoredEvent[] = new Array(n);
    const buf = this.#buf;
    for (let i = 0; i < n; i++) {
      events[i] = buf[this.#head]!;
      buf[this.#head] = undefined;
      this.#head = (this.#head + 1) % buf.length;
    }
    if (n > 0) {
      this.#size -= n;
      this.#delivered += n;
      this.#wake(this.#roomWaiters);
    }
    return { missedSinceLastTake, events };
  }

  /**
   * Attaches a consumer. Returns false when one is attached and `steal` is false. With
   * `steal`, the previous consumer's `onEvict` is called first.
   */
  attachConsumer(token: object, steal: boolean, onEvict: (reason: string) => void): boolean {
    if (this.#consumer && !steal) return false;
    const prev = this.#onEvict;
    this.#consumer = token;
    this.#onEvict = onEvict;
    this.#disconnected = false;
    if (prev) prev("peer");
    return true;
  }

  /** Detaches `token`'s consumer (no-op if another consumer holds the slot now). */
  detachConsumer(token: object, disconnected: boolean): void {
    if (this.#consumer !== token) return;
    this.#consumer = undefined;
    this.#onEvict = undefined;
    if (disconnected) this.#disconnected = true;
  }

  /** True while a consumer is attached. */
  get attached(): boolean {
    return this.#consumer !== undefined;
  }

  /** Marks the subscription removed and releases every waiter. */
  remove(): void {
    this.#removed = true;
    this.#buf = [];
    this.#size = 0;
    this.#wake(this.#roomWaiters);
    this.#wake(this.#dataWaiters);
  }

  #wake(list: (() => void)[]): void {
    if (list.length === 0) return;
    const ws = list.splice(0);
    for (const w of ws) w();
  }
}

/**
 * The subscriptions of one session, and its ordered event pump. `emit` never blocks the
 * caller: events are queued and delivered in order by an async pump that, for Block
 * subscriptions, waits for room.
 */
export class SessionObservers {
  #subs = new Map<string, Subscription>();
  #queue: EmittedEvent[] = [];
  #pumping = false;
  #idle: (() => void)[] = [];
  /** The session's `exited` event, once stored (see the module documentation). */
  #exitEvent: EmittedEvent | undefined;

  /** Number of live subscriptions. */
  get size(): number {
    return this.#subs.size;
  }

  /** Creates a subscription with a fresh id. */
  register(opts: SubscriptionOptions): Subscription {
    const sub = new Subscription(newSubscriberId(), opts);
    this.#subs.set(sub.id, sub);
    const ended = this.#exitEvent;
    if (ended !== undefined) {
      if ((sub.mask & (1 << ended.category)) !== 0) sub.push(ended);
      sub.markSessionEnded();
    }
    return sub;
  }

  /** Looks a subscription up. */
  get(id: string): Subscription | undefined {
    return this.#subs.get(id);
  }

  /** Every subscription. */
  all(): IterableIterator<Subscription> {
    return this.#subs.values();
  }

  /** Removes a subscription; false when it did not exist. */
  unregister(id: string): boolean {
    const sub = this.#subs.get(id);
    if (!sub) return false;
    this.#subs.delete(id);
    sub.remove();
    return true;
  }

  /** Removes every subscription (purge, daemon exit). */
  clear(): void {
    for (const s of this.#subs.values()) s.remove();
    this.#subs.clear();
    this.#queue.length = 0;
  }

  /** Queues an event for every matching subscription; skipped at once when none exists. */
  emit(e: EmittedEvent): void {
    const last = e.category === 0 && e.kind === "exited";
    if (last) this.#exitEvent = e;
    if (this.#subs.size === 0) return;
    if (last) {
      this.#queue.push(e);
      if (!this.#pumping) void this.#pump();
      return;
    }
    if (!this.#pumping && this.#queue.length === 0 && this.#deliverNow(e)) return;
    this.#queue.push(e);
    if (!this.#pumping) void this.#pump();
  }

  /** Resolves once every queued event has been stored (tests, shutdown). */
  flushed(): Promise<void> {
    if (!this.#pumping && this.#queue.length === 0) return Promise.resolve();
    return new Promise((r) => this.#idle.push(r));
  }

  /** Stores `e` if no matching Block subscription is full; false if the pump must wait. */
  #deliverNow(e: EmittedEvent): boolean {
    const bit = 1 << e.category;
    for (const s of this.#subs.values()) {
      if ((s.mask & bit) !== 0 && s.block && s.full) return false;
    }
    for (const s of this.#subs.values()) if ((s.mask & bit) !== 0) s.push(e);
    return true;
  }

  async #pump(): Promise<void> {
    this.#pumping = true;
    try {
      while (this.#queue.length > 0) {
        const e = this.#queue[0];
        const bit = 1 << e.category;
        for (const s of [...this.#subs.values()]) {
          if ((s.mask & bit) === 0) continue;
          if (s.block) { while (s.full && !s.removed) await s.waitForRoom(); }
          s.push(e);
        }
        this.#queue.shift();
        if (e.category === 0 && e.kind === "exited") {
          for (const s of this.#subs.values()) s.markSessionEnded();
        }
      }
    } finally {
      this.#pumping = false;
      const idle = this.#idle.splice(0);
      for (const r of idle) r();
    }
  }
}

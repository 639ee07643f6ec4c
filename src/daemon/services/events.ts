/**
 * Live service events (our extension, ATTACH_SERVICE_EVENTS): lifecycle transitions
 * (started, exited, restarting, errored, stopped, deleted) and log lines, fanned out to
 * subscribers. Each subscriber has a byte-capped queue: a consumer slower than the cap
 * loses the newest events and is told how many (`missed`), and can never grow the daemon.
 *
 * @example
 * ```ts
 * import { ServiceEventHub } from "./events.ts";
 * const hub = new ServiceEventHub();
 * const sub = hub.subscribe({ name: "web", lifecycle: true, logs: false });
 * hub.emit({ kind: "started", name: "web", id: 1, pid: 42 });
 * console.log((await sub.next()).events[0]?.kind); // started
 * sub.close();
 * ```
 *
 * @module
 */
import type { ServiceEventInit } from "../../../proto_gen/daemon_pb.ts";

/** Default byte cap of one subscriber's queue (1 MiB). */
export const DEFAULT_EVENT_QUEUE_BYTES = 1024 * 1024;

/** What a subscriber follows. */
export interface EventFilter {
  /** Only this service (by name); undefined = every service. */
  name?: string;
  /** Lifecycle events. */
  lifecycle: boolean;
  /** Log lines. */
  logs: boolean;
}

/** An event as the supervisor emits it (timestamp and sequence are added per subscriber). */
export type ServiceEventInput = Omit<ServiceEventInit, "sequence" | "timestampMs"> & {
  kind: string;
  name: string;
};

/** A batch handed to a consumer. */
export interface EventBatch {
  /** Events in order. */
  events: ServiceEventInit[];
  /** Events dropped (queue full) since the previous batch. */
  missed: number;
  /** True once the subscription is closed and drained. */
  closed: boolean;
}

function sizeOf(e: ServiceEventInput): number {
  return 64 + e.name.length * 3 + (e.line?.length ?? 0) * 3;
}

/** One subscription. */
export class EventSubscription {
  readonly filter: EventFilter;
  readonly #cap: number;
  readonly #hub: ServiceEventHub;
  #queue: ServiceEventInit[] = [];
  #bytes = 0;
  #missed = 0;
  #seq = 0;
  #closed = false;
  #wake: (() => void) | undefined;

  /** @internal */
  constructor(hub: ServiceEventHub, filter: EventFilter, cap: number) {
    this.#hub = hub;
    this.filter = filter;
    this.#cap = cap;
  }

  /** Bytes currently queued (for tests and STATUS-like reporting). */
  get queuedBytes(): number {
    return this.#bytes;
  }

  /** @internal Queues `e` if it matches the filter. */
  offer(e: ServiceEventInput, at: number): void {
    if (this.#closed) return;
    const f = this.filter;
    if (f.name !== undefined && f.name !== e.name) return;
    if (e.kind === "log" ? !f.logs : !f.lifecycle) return;
    const size = sizeOf(e);
    if (this.#bytes + size > this.#cap) {
      this.#missed++;
    } else {
      this.#bytes += size;
      this.#queue.push({ ...e, timestampMs: at, sequence: ++this.#seq });
    }
    const w = this.#wake;
    this.#wake = undefined;
    w?.();
  }

  /**
   * Waits for events (or the end), then returns everything queued.
   *
   * @param signal stops the wait (returns an empty batch)
   */
  async next(signal?: AbortSignal): Promise<EventBatch> {
    while (this.#queue.length === 0 && this.#missed === 0 && !this.#closed) {
      if (signal?.aborted) break;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        signal?.addEventListener("abort", () => resolve(), { once: true });
      });
    }
    const events = this.#queue;
    const missed = this.#missed;
    this.#queue = [];
    this.#bytes = 0;
    this.#missed = 0;
    return { events, missed, closed: this.#closed && events.length === 0 };
  }

  /** Ends the subscription (wakes a waiting consumer). Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#hub.unsubscribe(this);
    const w = this.#wake;
    this.#wake = undefined;
    w?.();
  }
}

/** The fan-out point of the supervisor. */
export class ServiceEventHub {
  readonly #subs = new Set<EventSubscription>();

  /** Number of subscribers (log capture skips decoding when nobody follows). */
  get size(): number {
    return this.#subs.size;
  }

  /** True when some subscriber follows log lines of `name`. */
  wantsLogs(name: string): boolean {
    for (const s of this.#subs) {
      if (s.filter.logs && (s.filter.name === undefined || s.filter.name === name)) return true;
    }
    return false;
  }

  /**
   * Adds a subscriber.
   *
   * @param filter what it follows
   * @param capBytes byte cap of its queue
   */
  subscribe(filter: EventFilter, capBytes = DEFAULT_EVENT_QUEUE_BYTES): EventSubscription {
    const s = new EventSubscription(this, filter, capBytes);
    this.#subs.add(s);
    return s;
  }

  /** @internal */
  unsubscribe(s: EventSubscription): void {
    this.#subs.delete(s);
  }

  /** Delivers `e` to every matching subscriber. */
  emit(e: ServiceEventInput): void {
    if (this.#subs.size === 0) return;
    const at = Date.now();
    for (const s of this.#subs) s.offer(e, at);
  }

  /** Closes every subscription (daemon shutdown). */
  closeAll(): void {
    for (const s of [...this.#subs]) s.close();
  }
}

/**
 * The session observer API: register, unregister and query daemon-owned subscriptions on a
 * PTY or pipe session (docs/PROTOCOL.md#observers), and receive the subscription's events
 * live (docs/PROTOCOL.md#observer-streams).
 *
 * {@link RemoteObserverSubscription.subscriber} is live against a daemon that supports the
 * `ATTACH_SESSION_OBSERVER` extension (this package's daemon does): iterate it, or call
 * `recv()`, `tryRecv()`, `drain()`, or read `readable`. Events the daemon had to evict
 * (DropOldest) arrive as explicit `{ type: "loss" }` records. Against an upstream daemon,
 * reading fails with `UnsupportedError` while `status()` and `unregister()` keep working.
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { EventCategory, registerSessionObserver, SessionObserverRequest } from "./observer_api.ts";
 * const client = await DaemonClient.connect();
 * const request = SessionObserverRequest.pipe("pipe-18a3f2c4d5e6f708-00000001")
 *   .withCategories(EventCategory.Lifecycle, EventCategory.Process)
 *   .withRingCapacity(4096);
 * await using sub = await registerSessionObserver(client, request);
 * for await (const record of sub.subscriber) {
 *   if (record.type === "event") console.log(record.kind, record.pid);
 *   else console.log(`lost ${record.missed} events`);
 * }
 * ```
 *
 * @module
 */
import type { DaemonClient } from "./daemon_client.ts";
import type { DaemonClientOptions } from "./connection.ts";
import { openAttach } from "./attach.ts";
import { AsyncQueue } from "../async.ts";
import {
  type AttachSessionObserverResponse,
  decodeObserverEventFrame,
  ObserverBackpressure,
  type ObserverEvent,
  ObserverEventCategory,
  ObserverSessionKind,
  type RegisterSessionObserverRequestInit,
  StatusCode,
} from "../../proto_gen/daemon_pb.ts";
import {
  ConnectionClosedError,
  DaemonError,
  ProtocolError,
  RunningProcessError,
  UnsupportedError,
  ValidationError,
} from "../errors.ts";
import type { FramedConnection } from "../transport/framed.ts";
import type { Int64 } from "../wire.ts";

/** Session kinds, with their wire numbers (`ObserverSessionKind`). */
export const SessionObserverKind = {
  Pty: ObserverSessionKind.OBSERVER_SESSION_KIND_PTY,
  Pipe: ObserverSessionKind.OBSERVER_SESSION_KIND_PIPE,
} as const;
/** A session kind: `SessionObserverKind.Pty` (1) or `.Pipe` (2). */
export type SessionObserverKind = typeof SessionObserverKind[keyof typeof SessionObserverKind];

/** Backpressure modes, with their wire numbers (`ObserverBackpressure`). */
export const SessionObserverBackpressure = {
  DropOldest: ObserverBackpressure.OBSERVER_BACKPRESSURE_DROP_OLDEST,
  Block: ObserverBackpressure.OBSERVER_BACKPRESSURE_BLOCK,
} as const;
/** A backpressure mode. */
export type SessionObserverBackpressure =
  typeof SessionObserverBackpressure[keyof typeof SessionObserverBackpressure];

/** Event categories, with their wire numbers (`ObserverEventCategory`). */
export const EventCategory = {
  Lifecycle: ObserverEventCategory.OBSERVER_EVENT_CATEGORY_LIFECYCLE,
  File: ObserverEventCategory.OBSERVER_EVENT_CATEGORY_FILE,
  Network: ObserverEventCategory.OBSERVER_EVENT_CATEGORY_NETWORK,
  Process: ObserverEventCategory.OBSERVER_EVENT_CATEGORY_PROCESS,
} as const;
/** An event category. */
export type EventCategory = typeof EventCategory[keyof typeof EventCategory];

/**
 * Name of a category number: the generated enum name without its prefix, in lower case
 * (`"lifecycle"`, `"file"`, …), or `"category-<n>"` for numbers outside the enum.
 */
export function eventCategoryName(c: number): string {
  const name = Number.isInteger(c)
    ? (ObserverEventCategory as Record<number, string | number | undefined>)[c]
    : undefined;
  return typeof name === "string"
    ? name.replace(/^OBSERVER_EVENT_CATEGORY_/, "").toLowerCase()
    : `category-${c}`;
}

/** Options of a {@link SessionObserverRequest}. */
export interface SessionObserverRequestOptions {
  /** Categories to receive (default `[Lifecycle]`). */
  categories?: readonly EventCategory[];
  /** Ring capacity in events; 0 means the daemon default (1024). Must fit in u32. */
  ringCapacityEvents?: number;
  /** Backpressure (default DropOldest). */
  backpressure?: SessionObserverBackpressure;
}

/**
 * What to observe: a session plus categories, ring capacity and backpressure. Immutable;
 * the `with*` methods return a new request. Validated client-side.
 *
 * @example
 * ```ts
 * import { SessionObserverRequest, SessionObserverBackpressure } from "./observer_api.ts";
 * const r = SessionObserverRequest.pty("pty-18a3f2c4d5e6f708-00000001", {
 *   categories: [0, 1, 2, 3],
 *   ringCapacityEvents: 17,
 *   backpressure: SessionObserverBackpressure.Block,
 * });
 * console.log(r.toWire().categories); // [0, 1, 2, 3]
 * ```
 */
export class SessionObserverRequest {
  /** Session kind. */
  readonly kind: SessionObserverKind;
  /** Session id. */
  readonly sessionId: string;
  /** Categories. */
  readonly categories: readonly EventCategory[];
  /** Ring capacity (0 = daemon default). */
  readonly ringCapacityEvents: number;
  /** Backpressure. */
  readonly backpressure: SessionObserverBackpressure;

  /** Creates and validates a request; throws `ValidationError` naming the problem. */
  constructor(
    kind: SessionObserverKind,
    sessionId: string,
    options: SessionObserverRequestOptions = {},
  ) {
    this.kind = kind;
    this.sessionId = sessionId;
    this.categories = options.categories ? [...options.categories] : [EventCategory.Lifecycle];
    this.ringCapacityEvents = options.ringCapacityEvents ?? 0;
    this.backpressure = options.backpressure ?? SessionObserverBackpressure.DropOldest;
    this.validate();
  }

  /** A request on a PTY session. */
  static pty(sessionId: string, options?: SessionObserverRequestOptions): SessionObserverRequest {
    return new SessionObserverRequest(SessionObserverKind.Pty, sessionId, options);
  }

  /** A request on a pipe session. */
  static pipe(sessionId: string, options?: SessionObserverRequestOptions): SessionObserverRequest {
    return new SessionObserverRequest(SessionObserverKind.Pipe, sessionId, options);
  }

  /** The kind implied by an id (`pty-…` or `pipe-…`); undefined otherwise. */
  static kindOf(sessionId: string): SessionObserverKind | undefined {
    return sessionId.startsWith("pty-")
      ? SessionObserverKind.Pty
      : sessionId.startsWith("pipe-")
      ? SessionObserverKind.Pipe
      : undefined;
  }

  /** Same request with other categories. */
  withCategories(...categories: EventCategory[]): SessionObserverRequest {
    return new SessionObserverRequest(this.kind, this.sessionId, { ...this.#opts(), categories });
  }

  /** Same request with another ring capacity. */
  withRingCapacity(ringCapacityEvents: number): SessionObserverRequest {
    return new SessionObserverRequest(this.kind, this.sessionId, {
      ...this.#opts(),
      ringCapacityEvents,
    });
  }

  /** Same request with another backpressure mode. */
  withBackpressure(backpressure: SessionObserverBackpressure): SessionObserverRequest {
    return new SessionObserverRequest(this.kind, this.sessionId, {
      ...this.#opts(),
      backpressure,
    });
  }

  #opts(): SessionObserverRequestOptions {
    return {
      categories: this.categories,
      ringCapacityEvents: this.ringCapacityEvents,
      backpressure: this.backpressure,
    };
  }

  /** Throws `ValidationError` naming the first problem. */
  validate(): void {
    if (this.kind !== 1 && this.kind !== 2) {
      throw new ValidationError(`session kind must be Pty (1) or Pipe (2), got ${this.kind}`);
    }
    if (typeof this.sessionId !== "string" || this.sessionId === "") {
      throw new ValidationError("session id must be a non-empty string");
    }
    for (const c of this.categories) {
      if (!Number.isInteger(c) || c < 0 || c > 3) {
        throw new ValidationError(
          `event category must be 0..3 (Lifecycle, File, Network, Process), got ${c}`,
        );
      }
    }
    const cap = this.ringCapacityEvents;
    if (!Number.isInteger(cap) || cap < 0 || cap > 0xffffffff) {
      throw new ValidationError(`ring capacity must be an integer in 0..4294967295, got ${cap}`);
    }
    if (this.backpressure !== 0 && this.backpressure !== 1) {
      throw new ValidationError(
        `backpressure must be DropOldest (0) or Block (1), got ${this.backpressure}`,
      );
    }
  }

  /** The wire payload (`RegisterSessionObserverRequest`, docs/PROTOCOL.md#observers). */
  toWire(): RegisterSessionObserverRequestInit {
    return {
      sessionId: this.sessionId,
      sessionKind: this.kind,
      categories: [...this.categories],
      ringCapacityEvents: this.ringCapacityEvents,
      backpressure: this.backpressure,
    };
  }
}

/** Counters of a subscription, as the daemon reports them. */
export interface SessionObserverStatus {
  /** Events the subscription lost (evicted before delivery). */
  missedEvents: Int64;
  /** A consumer was attached and went away. */
  disconnected: boolean;
  /** Events handed to a consumer. */
  deliveredEvents: Int64;
}

/** One observed event, as yielded by the subscriber. */
export type ObserverEventRecord = { type: "event" } & ObserverEvent;

/** Events the daemon evicted before they could be delivered (DropOldest). */
export interface ObserverLossRecord {
  /** Discriminator. */
  type: "loss";
  /** How many events were lost at this point of the stream. */
  missed: number;
}

/** What the subscriber yields. */
export type ObserverRecord = ObserverEventRecord | ObserverLossRecord;

/** Options of {@link ObserverSubscriber.recv}. */
export interface RecvOptions {
  /** Cancels the wait. */
  signal?: AbortSignal;
  /** Gives up after this many ms with `TimeoutError`. */
  timeoutMs?: number;
}

/** Where a subscriber attaches: the client's connect options plus the subscription. */
interface AttachTarget {
  clientOptions: DaemonClientOptions;
  kind: number;
  sessionId: string;
  subscriberId: string;
  /**
   * A connection opened beside the registration (`spawnPipeSession` with `observe` opens it
   * while the spawn is in flight), used for the attach instead of a new one.
   */
  spare?: Promise<FramedConnection | undefined>;
  /**
   * A connection that already carries this subscription's event frames (a spawn whose
   * `observe` asked the daemon to stream on the spawn's connection).
   */
  attached?: FramedConnection;
}

/**
 * The live event source of a subscription. The attach connection opens on first use; the
 * daemon keeps events in the subscription's ring meanwhile, so nothing is lost by attaching
 * late (beyond what the ring's capacity and backpressure allow).
 */
export class ObserverSubscriber implements AsyncIterable<ObserverRecord>, AsyncDisposable {
  #target: AttachTarget;
  #steal: boolean;
  #queue = new AsyncQueue<ObserverRecord>();
  #started = false;
  #conn: FramedConnection | undefined;
  #closing = false;
  /** Aborts the attach handshake when the subscriber is closed during it. */
  #abort = new AbortController();
  /** The attach response (events buffered and missed at attach time), once attached. */
  attachInfo: AttachSessionObserverResponse | undefined;

  /** @internal */
  constructor(target: AttachTarget, steal = false) {
    this.#target = target;
    this.#steal = steal;
  }

  /** True once the stream ended (closed, stolen, error, or `close()`). */
  get ended(): boolean {
    return this.#queue.ended;
  }

  #start(): void {
    if (this.#started) return;
    this.#started = true;
    void this.#pump();
  }

  async #pump(): Promise<void> {
    const t = this.#target;
    const spare = t.spare;
    t.spare = undefined;
    const attached = t.attached;
    t.attached = undefined;
    try {
      const attach = (connection?: FramedConnection) =>
        openAttach(t.clientOptions, "attachSessionObserver", {
          sessionId: t.sessionId,
          sessionKind: t.kind,
          subscriberId: t.subscriberId,
          steal: this.#steal,
        }, { signal: this.#abort.signal, connection });
      let opened: {
        connection: FramedConnection;
        response: AttachSessionObserverResponse | undefined;
      };
      if (attached !== undefined) opened = { connection: attached, response: undefined };
      else {
        try {
          const connection = await spare;
          if (this.#closing) {
            await connection?.close().catch(() => {});
            return this.#finish();
          }
          opened = await attach(connection);
        } catch (e) {
          if (
            e instanceof DaemonError && (
              e.status === StatusCode.STATUS_CODE_UNKNOWN_REQUEST ||
              e.status === StatusCode.STATUS_CODE_UNIMPLEMENTED
            )
          ) {
            throw new UnsupportedError(
              `the daemon does not stream observer events (${e.daemonMessage}); ` +
                "status() and unregister() still work",
              { cause: e },
            );
          }
          throw e;
        }
      }
      const conn = opened.connection;
      this.#conn = conn;
      if (this.#closing) return this.#finish();
      this.attachInfo = opened.response;
      for await (const frame of conn) {
        const f = decodeObserverEventFrame(frame).frame;
        if (!f) continue;
        switch (f.case) {
          case "events":
            for (const e of f.value.events) this.#queue.push({ type: "event", ...e });
            break;
          case "missedEvents":
            this.#queue.push({ type: "loss", missed: Number(f.value) });
            break;
          case "closed":
            return this.#finish();
          case "error":
            return this.#finish(new ProtocolError(`observer stream error: ${f.value}`));
          case "stolenBy":
            return this.#finish(
              new RunningProcessError("STOLEN", `observer stream taken over by ${f.value}`),
            );
        }
      }
      this.#finish(
        this.#closing ? undefined : new ConnectionClosedError("the observer stream ended"),
      );
    } catch (e) {
      this.#finish(this.#closing ? undefined : e as Error);
    } finally {
      await this.#conn?.close().catch(() => {});
    }
  }

  #finish(error?: Error): void {
    if (error) this.#queue.fail(error);
    else this.#queue.end();
  }

  /**
   * The next record; `undefined` once the stream has ended cleanly. Throws the stream's
   * error (e.g. `UnsupportedError` against upstream), `AbortError` or `TimeoutError`.
   */
  async recv(options: RecvOptions = {}): Promise<ObserverRecord | undefined> {
    this.#start();
    const r = await this.#queue.read({ ...options, what: "observer recv" });
    return r.done ? undefined : r.value;
  }

  /** The next buffered record without waiting, or `undefined` (starts the attach). */
  tryRecv(): ObserverRecord | undefined {
    this.#start();
    const r = this.#queue.shift();
    if (r === undefined) this.#throwIfFailed();
    return r;
  }

  /** Every record received so far, without waiting (starts the attach). */
  drain(): ObserverRecord[] {
    this.#start();
    const out = this.#queue.takeAll();
    if (out.length === 0) this.#throwIfFailed();
    return out;
  }

  /** Throws the stream's error once it has ended with one and nothing is left to read. */
  #throwIfFailed(): void {
    if (this.#queue.ended && this.#queue.error !== undefined) throw this.#queue.error;
  }

  /** Async iteration until the stream ends; throws the stream's error, if any. */
  async *[Symbol.asyncIterator](): AsyncIterator<ObserverRecord> {
    for (;;) {
      const r = await this.recv();
      if (r === undefined) return;
      yield r;
    }
  }

  /** A `ReadableStream` view of the same records. */
  get readable(): ReadableStream<ObserverRecord> {
    return new ReadableStream<ObserverRecord>({
      pull: async (controller) => {
        try {
          const r = await this.recv();
          if (r === undefined) controller.close();
          else controller.enqueue(r);
        } catch (e) {
          controller.error(e);
        }
      },
      cancel: () => this.close(),
    });
  }

  /** Closes the attach connection (the subscription stays registered in the daemon). */
  async close(): Promise<void> {
    this.#closing = true;
    this.#abort.abort();
    this.#finish();
    const spare = this.#target.spare;
    this.#target.spare = undefined;
    const attached = this.#target.attached;
    this.#target.attached = undefined;
    await spare?.then((c) => c?.close()).catch(() => {});
    await attached?.close().catch(() => {});
    await this.#conn?.close().catch(() => {});
  }

  /** Same as {@link ObserverSubscriber.close}. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/**
 * A registered subscription. `Symbol.asyncDispose` closes the subscriber and unregisters.
 */
export class RemoteObserverSubscription implements AsyncDisposable {
  /** The daemon-assigned subscriber id (UUID v4 text). */
  readonly subscriberId: string;
  /** Session kind. */
  readonly kind: SessionObserverKind;
  /** Session id. */
  readonly sessionId: string;
  /** The live event source. */
  readonly subscriber: ObserverSubscriber;
  #client: DaemonClient;

  /**
   * Wraps a registered subscription (use {@link registerSessionObserver}).
   *
   * @param spare a connection opened for the subscriber's attach, not used yet (it is
   *   closed with the subscriber)
   * @param attached a connection already streaming this subscription's events (a spawn
   *   with `observe` streamed them on its own connection); the subscriber reads it
   */
  constructor(
    client: DaemonClient,
    kind: SessionObserverKind,
    sessionId: string,
    id: string,
    spare?: Promise<FramedConnection | undefined>,
    attached?: FramedConnection,
  ) {
    this.#client = client;
    this.kind = kind;
    this.sessionId = sessionId;
    this.subscriberId = id;
    this.subscriber = new ObserverSubscriber({
      clientOptions: client.options,
      kind,
      sessionId,
      subscriberId: id,
      spare,
      attached,
    });
  }

  /**
   * Opens another event source on this subscription (the daemon allows one consumer at a
   * time): without `steal` it fails with `DaemonError` ALREADY_ATTACHED while another consumer
   * is attached; with `steal` the current consumer's stream ends with a `STOLEN` error.
   */
  openSubscriber(options: { steal?: boolean } = {}): ObserverSubscriber {
    return new ObserverSubscriber({
      clientOptions: this.#client.options,
      kind: this.kind,
      sessionId: this.sessionId,
      subscriberId: this.subscriberId,
    }, options.steal ?? false);
  }

  /** The subscription's counters. */
  status(options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<SessionObserverStatus> {
    return getSessionObserverStatus(
      this.#client,
      this.kind,
      this.sessionId,
      this.subscriberId,
      options,
    );
  }

  /** Unregisters the subscription (its stream, if attached, ends with `closed`). */
  async unregister(options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<void> {
    await unregisterSessionObserver(
      this.#client,
      this.kind,
      this.sessionId,
      this.subscriberId,
      options,
    );
  }

  /** Closes the subscriber, then unregisters (errors from an already gone session ignored). */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.subscriber.close();
    try {
      await this.unregister();
    } catch (e) {
      if (!(e instanceof DaemonError) || e.status !== StatusCode.STATUS_CODE_NOT_FOUND) {
        if (!(e instanceof ConnectionClosedError)) throw e;
      }
    }
  }
}

/**
 * Registers an observer subscription (REGISTER_SESSION_OBSERVER, 78).
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { registerSessionObserver, SessionObserverRequest } from "./observer_api.ts";
 * const client = await DaemonClient.connect();
 * const sub = await registerSessionObserver(client, SessionObserverRequest.pipe("pipe-…"));
 * console.log(sub.subscriberId, await sub.status());
 * ```
 */
export async function registerSessionObserver(
  client: DaemonClient,
  request: SessionObserverRequest,
  options?: { signal?: AbortSignal; timeoutMs?: number },
): Promise<RemoteObserverSubscription> {
  request.validate();
  const res = await client.call("registerSessionObserver", request.toWire(), {
    ...options,
    clientName: "",
  });
  return new RemoteObserverSubscription(client, request.kind, request.sessionId, res.subscriberId);
}

/**
 * Unregisters a subscription by ids (UNREGISTER_SESSION_OBSERVER, 79).
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { SessionObserverKind, unregisterSessionObserver } from "./observer_api.ts";
 * const client = await DaemonClient.connect();
 * await unregisterSessionObserver(client, SessionObserverKind.Pipe, "pipe-…", "5f0c…");
 * ```
 */
export async function unregisterSessionObserver(
  client: DaemonClient,
  kind: SessionObserverKind,
  sessionId: string,
  subscriberId: string,
  options?: { signal?: AbortSignal; timeoutMs?: number },
): Promise<void> {
  await client.call(
    "unregisterSessionObserver",
    { sessionId, sessionKind: kind, subscriberId },
    { ...options, clientName: "" },
  );
}

/**
 * Reads a subscription's counters (GET_SESSION_OBSERVER_STATUS, 80).
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { getSessionObserverStatus, SessionObserverKind } from "./observer_api.ts";
 * const client = await DaemonClient.connect();
 * const s = await getSessionObserverStatus(client, SessionObserverKind.Pty, "pty-…", "5f0c…");
 * console.log(s.deliveredEvents, s.missedEvents, s.disconnected);
 * ```
 */
export async function getSessionObserverStatus(
  client: DaemonClient,
  kind: SessionObserverKind,
  sessionId: string,
  subscriberId: string,
  options?: { signal?: AbortSignal; timeoutMs?: number },
): Promise<SessionObserverStatus> {
  const s = await client.call(
    "getSessionObserverStatus",
    { sessionId, sessionKind: kind, subscriberId },
    { ...options, clientName: "" },
  );
  return {
    missedEvents: s.missedEvents,
    disconnected: s.disconnected,
    deliveredEvents: s.deliveredEvents,
  };
}

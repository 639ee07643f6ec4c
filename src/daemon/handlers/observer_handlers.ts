/**
 * Observer subscription RPCs 78–80 with the protocol's validation order, messages and codes
 * (docs/PROTOCOL.md#observer-validation). One difference, documented in docs/COMPATIBILITY.md: a
 * ring capacity above {@link MAX_RING_CAPACITY} is refused with INVALID_ARGUMENT instead of
 * exhausting memory.
 *
 * @module
 */
import { RequestType, StatusCode, writeObserverEventFrame } from "../../../proto_gen/daemon_pb.ts";
import { beginFrame, endFrame } from "../../frame.ts";
import { Writer } from "../../wire.ts";
import {
  DEFAULT_RING_CAPACITY,
  MAX_RING_CAPACITY,
  type Subscription,
  type SubscriptionOptions,
} from "../observers/observer_registry.ts";
import { invalidArgument, notFound, StatusError } from "../connection/status_error.ts";
import type { AttachIO, DaemonState, Handler, SessionBase } from "../types.ts";

/** Most events sent in one `ObserverEventFrame`. */
export const MAX_EVENTS_PER_FRAME = 4096;

const KIND_PTY = 1;
const KIND_PIPE = 2;

function checkKnownKind(kind: number): void {
  if (kind !== 0 && kind !== KIND_PTY && kind !== KIND_PIPE) {
    throw invalidArgument("invalid observer session kind");
  }
}

/** Validates categories: empty means [LIFECYCLE]; 0..3 each; duplicates dropped in order. */
export function decodeCategories(raw: readonly number[]): number[] {
  if (raw.length === 0) return [0];
  const out: number[] = [];
  for (const c of raw) {
    if (c > 3) throw invalidArgument(`invalid observer category ${c}`);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** Validates the spec fields shared by REGISTER and spawn-with-observe. */
export function validateSpec(
  categories: readonly number[],
  capacity: number,
  backpressure: number,
): SubscriptionOptions {
  const cats = decodeCategories(categories);
  if (backpressure !== 0 && backpressure !== 1) throw invalidArgument("invalid backpressure");
  if (capacity > MAX_RING_CAPACITY) {
    throw invalidArgument(
      `ring_capacity_events ${capacity} exceeds the maximum of ${MAX_RING_CAPACITY}`,
    );
  }
  return {
    categories: cats,
    capacity: capacity === 0 ? DEFAULT_RING_CAPACITY : capacity,
    block: backpressure === 1,
  };
}

/** Finds the session named by (kind, id): NOT_FOUND with the protocol's wording otherwise. */
export function lookupObserved(state: DaemonState, kind: number, id: string): SessionBase {
  const map = kind === KIND_PTY ? state.ptySessions : state.pipeSessions;
  const s = map.get(id);
  if (!s) throw notFound(kind === KIND_PTY ? "PTY session not found" : "pipe session not found");
  return s;
}

/** Validation steps 2–6 of UNREGISTER / GET_STATUS / ATTACH; returns the subscription. */
export function lookupSubscription(
  state: DaemonState,
  kind: number,
  sessionId: string,
  subscriberId: string,
): { session: SessionBase; sub: Subscription } {
  checkKnownKind(kind);
  if (subscriberId === "") throw invalidArgument("subscriber_id must not be empty");
  if (kind === 0) throw invalidArgument("session_kind must be PTY or PIPE");
  const session = lookupObserved(state, kind, sessionId);
  const sub = session.observers.get(subscriberId);
  if (!sub) throw notFound("subscriber_id not found");
  return { session, sub };
}

/** Handlers for REGISTER (78), UNREGISTER (79) and GET_STATUS (80). */
export function observerHandlers(state: DaemonState): Map<number, Handler> {
  return new Map<number, Handler>([
    [RequestType.REQUEST_TYPE_REGISTER_SESSION_OBSERVER, ({ request }) => {
      const p = request.registerSessionObserver;
      if (!p) throw invalidArgument("register_session_observer payload missing");
      if (p.sessionId === "") throw invalidArgument("session_id must not be empty");
      checkKnownKind(p.sessionKind);
      const opts = validateSpec(p.categories, p.ringCapacityEvents, p.backpressure);
      if (p.sessionKind === 0) throw invalidArgument("session_kind must be PTY or PIPE");
      const session = lookupObserved(state, p.sessionKind, p.sessionId);
      const sub = session.observers.register(opts);
      return { message: "OK", registerSessionObserver: { subscriberId: sub.id } };
    }],
    [RequestType.REQUEST_TYPE_UNREGISTER_SESSION_OBSERVER, ({ request }) => {
      const p = request.unregisterSessionObserver;
      if (!p) throw invalidArgument("unregister_session_observer payload missing");
      const { session, sub } = lookupSubscription(
        state,
        p.sessionKind,
        p.sessionId,
        p.subscriberId,
      );
      session.observers.unregister(sub.id);
      return { message: "OK", unregisterSessionObserver: {} };
    }],
    [RequestType.REQUEST_TYPE_GET_SESSION_OBSERVER_STATUS, ({ request }) => {
      const p = request.getSessionObserverStatus;
      if (!p) throw invalidArgument("get_session_observer_status payload missing");
      const { sub } = lookupSubscription(state, p.sessionKind, p.sessionId, p.subscriberId);
      const st = sub.status();
      return {
        message: "OK",
        getSessionObserverStatus: {
          missedEvents: st.missed,
          disconnected: st.disconnected,
          deliveredEvents: st.delivered,
        },
      };
    }],
    [RequestType.REQUEST_TYPE_ATTACH_SESSION_OBSERVER, ({ request }) => {
      const p = request.attachSessionObserver;
      if (!p) throw invalidArgument("attach_session_observer payload missing");
      const { sub } = lookupSubscription(state, p.sessionKind, p.sessionId, p.subscriberId);
      if (sub.attached && !p.steal) {
        throw new StatusError(
          StatusCode.STATUS_CODE_ALREADY_ATTACHED,
          "subscription already has an attached consumer",
        );
      }
      const run = observerStream(sub, p.steal);
      const st = sub.status();
      return {
        kind: "attach",
        response: {
          attachSessionObserver: { bufferedEvents: st.buffered, missedEvents: st.missed },
        },
        run,
      };
    }],
  ]);
}

/**
 * Makes the caller the consumer of `sub` (taking it over from the current one with `steal`)
 * and returns the stream that sends its events: for ATTACH_SESSION_OBSERVER, and for a spawn
 * whose `observe` asks to stream on the spawn's connection.
 *
 * @param sub the subscription
 * @param steal take the subscription over from an attached consumer
 * @returns the stream runner of an attach takeover
 */
export function observerStream(sub: Subscription, steal: boolean): (io: AttachIO) => Promise<void> {
  const token = {};
  let evicted: string | undefined;
  const stop = new AbortController();
  sub.attachConsumer(token, steal, (by) => {
    evicted = by;
    stop.abort();
  });
  return (io) => streamEvents(io, sub, token, stop, () => evicted);
}

/** Sends a subscription's events until it is removed, stolen, or the consumer leaves. */
async function streamEvents(
  io: AttachIO,
  sub: Subscription,
  token: object,
  stop: AbortController,
  evictedBy: () => string | undefined,
): Promise<void> {
  const w = new Writer(1024); // grows to the largest frame sent
  let consumerLeft = false;
  void (async () => {
    for await (const _ of io.frames) { /* the stream is one-way; inbound frames are ignored */ }
    consumerLeft = true;
    stop.abort();
  })();
  void io.closed.then(() => {
    consumerLeft = true;
    stop.abort();
  });
  const send = (frame: Parameters<typeof writeObserverEventFrame>[1]) => {
    const start = beginFrame(w.reset());
    writeObserverEventFrame(w, frame);
    endFrame(w, start);
    return io.write(w.view());
  };
  try {
    for (;;) {
      await sub.waitForData(stop.signal);
      const by = evictedBy();
      if (by !== undefined) {
        await send({ frame: { case: "stolenBy", value: by } }).catch(() => {});
        return;
      }
      if (consumerLeft) return;
      if (sub.removed) {
        await send({ frame: { case: "closed", value: true } }).catch(() => {});
        return;
      }
      const { missedSinceLastTake, events } = sub.take(MAX_EVENTS_PER_FRAME);
      if (missedSinceLastTake > 0) {
        await send({ frame: { case: "missedEvents", value: missedSinceLastTake } });
      }
      if (events.length > 0) await send({ frame: { case: "events", value: { events } } });
      // The session's last event went out: end the stream (see observer_registry.ts).
      if (sub.sessionEnded && sub.status().buffered === 0) {
        await send({ frame: { case: "closed", value: true } }).catch(() => {});
        return;
      }
    }
  } finally {
    sub.detachConsumer(token, consumerLeft);
    await io.close().catch(() => {});
  }
}

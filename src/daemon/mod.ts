/**
 * The running-process daemon, in TypeScript: `serve()` binds the socket (0700 directory,
 * 0600 socket, never stealing a live daemon's socket), answers the upstream protocol, owns
 * pipe and PTY sessions, and keeps observer subscriptions with real event rings.
 *
 * @example
 * ```ts
 * import { serve } from "@rp/running-process/daemon";
 * const ac = new AbortController();
 * const daemon = await serve({ scope: "demo", signal: ac.signal });
 * console.log(`listening on ${daemon.socketPath}`);
 * // … later
 * ac.abort();
 * await daemon.finished;
 * ```
 *
 * @module
 */
export {
  DAEMON_VERSION,
  type DaemonServer,
  DaemonStartError,
  serve,
  type ServeOptions,
} from "./server.ts";
export { DEFAULT_RING_CAPACITY, MAX_RING_CAPACITY } from "./observers/observer_registry.ts";
export type {
  AttachIO,
  AttachTakeover,
  DaemonState,
  Handler,
  HandlerModule,
  HandlerResult,
  RequestContext,
  SessionBase,
  SessionKind,
} from "./types.ts";
export {
  type EmittedEvent,
  SessionObservers,
  type StoredEvent,
  Subscription,
  type SubscriptionOptions,
  type SubscriptionStatus,
  type TakeResult,
} from "./observers/observer_registry.ts";
export { StatusError } from "./connection/status_error.ts";
export { journalPathOf, type OrphanPolicy } from "./lifecycle/session_journal.ts";
export { lockPathOf } from "./lifecycle/socket_lock.ts";
export { DEFAULT_MAX_CONNECTIONS } from "./server.ts";
export { DAEMON_MAX_REQUEST_ELEMENTS } from "./connection/connection.ts";
export { MAX_SPAWN_ARGS, MAX_SPAWN_BYTES, MAX_SPAWN_ENV } from "./sessions/spawn_request.ts";
export { STDIN_CLOSE_DRAIN_MS, STDIN_QUEUE_MAX_BYTES } from "./sessions/pipe_session.ts";

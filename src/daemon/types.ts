/**
 * Shared shapes of the daemon: the request context handed to handlers, what a handler may
 * return (a response, or an attach takeover of the connection), and the session model that
 * the observer registry, the maintenance RPCs and the tees rely on.
 *
 * @module
 */
import type { DaemonRequest, DaemonResponseInit } from "../../proto_gen/daemon_pb.ts";
import type { SessionObservers } from "./observers/observer_registry.ts";
import type { ByteRing } from "./sessions/ring_buffer.ts";

/** Byte I/O of a connection that an attach handler has taken over. */
export interface AttachIO {
  /** Writes one frame (payload without prefix; the prefix is added). Rejects once closed. */
  writeFrame(payload: Uint8Array): Promise<void>;
  /** Writes bytes that already carry their frame prefix (the buffer may be reused after). */
  write(framed: Uint8Array): Promise<void>;
  /** Inbound frames sent by the client after the attach request. Ends on client EOF. */
  frames: AsyncIterable<Uint8Array>;
  /** Closes the connection. */
  close(): Promise<void>;
  /** Resolves when the connection is closed (by either side). */
  closed: Promise<void>;
}

/** A handler result that turns the connection into a stream (ATTACH_*). */
export interface AttachTakeover {
  /** Discriminator. */
  kind: "attach";
  /** The single response sent before the stream. */
  response: DaemonResponseInit;
  /** Runs the stream; the connection closes when it settles. */
  run(io: AttachIO): Promise<void>;
}

/** What a handler returns. */
export type HandlerResult = DaemonResponseInit | AttachTakeover;

/** Per-request context. */
export interface RequestContext {
  /** The decoded request. */
  request: DaemonRequest;
  /** `request.clientName`. */
  clientName: string;
  /**
   * Aborts when the client is gone: it ended its side of the connection (the reply is still
   * written if it can be) or the connection closed. Long waits on the client's behalf (e.g.
   * a stdin write to a child that does not read) give up on it.
   */
  signal?: AbortSignal;
}

/** A request handler. Throw `StatusError` for non-OK answers. */
export type Handler = (ctx: RequestContext) => HandlerResult | Promise<HandlerResult>;

/** Session kinds. */
export type SessionKind = "pty" | "pipe";

/** What every session exposes to cross-kind code. */
export interface SessionBase {
  /** `pty-<16hex>-<8hex>` / `pipe-<16hex>-<8hex>`. */
  readonly id: string;
  /** Session kind. */
  readonly kind: SessionKind;
  /** Child pid. */
  readonly pid: number;
  /** Originator (exact-match filter key). */
  readonly originator: string;
  /** Unix seconds (float). */
  readonly createdAt: number;
  /** True once the child exited. */
  readonly exited: boolean;
  /** The session's observer subscriptions. */
  readonly observers: SessionObservers;
  /** Starts the terminate schedule (docs/PROTOCOL.md#terminate); resolves once it is in place. */
  terminate(graceMs: number, notifyStreams: boolean): void;
  /** Hard kill without grace (shutdown reaping). */
  kill(): void;
  /** Releases everything the session holds (streams, tees); called on purge / shutdown. */
  dispose(): void;
  /** Its output backlog rings (kept after the exit, within the daemon's budget). */
  backlogs(): ByteRing[];
}

/** Daemon-wide state that handlers read and change. */
export interface DaemonState {
  /** Version reported by STATUS. */
  readonly version: string;
  /** Socket path. */
  readonly socketPath: string;
  /** `--scope` value, or undefined. */
  readonly scope: string | undefined;
  /** Daemon cwd at start. */
  readonly cwd: string;
  /** `Date.now()` at start. */
  readonly startedAtMs: number;
  /** PTY sessions by id. */
  readonly ptySessions: Map<string, SessionBase>;
  /** Pipe sessions by id. */
  readonly pipeSessions: Map<string, SessionBase>;
  /** Open connections (attach ones included). */
  activeConnections(): number;
  /** Number of pids in the process registry. */
  trackedProcessCount(): number;
  /** Path of the process-registry store. */
  readonly dbPath: string;
  /**
   * Why this daemon must not use the state file at `dbPath` (another live daemon owns it);
   * undefined when it owns it.
   */
  readonly stateFileError?: Error;
  /** Starts the shutdown (after the current reply is written). */
  requestShutdown(): void;
  /** Called by session code right after a child was spawned (observation backends). */
  sessionStarted?(session: SessionBase): void;
  /**
   * Called by session code once the child exited, BEFORE the `exited` event is emitted, so
   * that the backends' last events (descendants, files, sockets gone) come before it.
   */
  sessionExited?(session: SessionBase): void;
}

/** Builds handlers from the daemon state. */
export type HandlerModule = (state: DaemonState) => Map<number, Handler>;

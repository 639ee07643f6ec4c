/**
 * The daemon server: binds the socket safely (docs/PROTOCOL.md#transport), accepts connections and
 * serves each on its own task, and shuts down cleanly (docs/PROTOCOL.md#ping-and-status): reply
 * first, stop accepting, reap every live session, remove the socket.
 *
 * @module
 */
import { chmodSync, lstatSync, mkdirSync, unlinkSync } from "node:fs";
import { dirname } from "node:path";
import process from "node:process";
import { RunningProcessError } from "../errors.ts";
import { encodeFrame, FrameDecoder } from "../frame.ts";
import {
  decodeDaemonResponse,
  encodeDaemonRequest,
  encodeDaemonResponse,
  RequestType,
  StatusCode,
} from "../../proto_gen/daemon_pb.ts";
import { connectTransport } from "../transport/auto.ts";
import { type Listener, listenUnix } from "../transport/listen.ts";
import { resolveSocketPath } from "../transport/runtime.ts";
import type { Transport } from "../transport/transport.ts";
import { serveConnection } from "./connection/connection.ts";
import { coreHandlers } from "./handlers/core_handlers.ts";
import { observerHandlers } from "./handlers/observer_handlers.ts";
import { registryHandlers } from "./handlers/registry_handlers.ts";
import { teeHandlers } from "./handlers/tee_handlers.ts";
import { maintenanceHandlers } from "./handlers/maintenance_handlers.ts";
import { pipeHandlers } from "./handlers/pipe_handlers.ts";
import { ptyHandlers } from "./handlers/pty_handlers.ts";
import { capabilityHandlers } from "./handlers/capability_handlers.ts";
import { ObservationPoller } from "./observers/poller.ts";
import { closeProcessRegistry, processRegistryOf } from "./registry/process_registry.ts";
import { defaultRegistryPath } from "./registry/registry_paths.ts";
import type { DaemonState, Handler, HandlerModule, SessionBase } from "./types.ts";
import { acquireSocketLock, lockPathOf, type SocketLock } from "./lifecycle/socket_lock.ts";
import { claimStateFile } from "./store/state_owner.ts";
import {
  DEFAULT_ORPHAN_GRACE_MS,
  endSessions,
  journalPathOf,
  type OrphanPolicy,
  SessionJournal,
  type Survivors,
} from "./lifecycle/session_journal.ts";
import { createServiceModule } from "./handlers/service_handlers.ts";
import { ExitedBacklogs } from "./sessions/exited_backlogs.ts";

/** Version reported by STATUS. */
export const DAEMON_VERSION = "0.1.0-ts";

/** Raised when the daemon cannot start. */
export class DaemonStartError extends RunningProcessError {
  /** Creates the error with its `code`. */
  constructor(
    code: "UNSAFE_SOCKET_DIR" | "ALREADY_RUNNING" | "LISTEN_FAILED" | "INVALID_OPTION",
    message: string,
    options?: ErrorOptions,
  ) {
    super(code, message, options);
    this.name = "DaemonStartError";
  }
}

/** Options of {@link serve}. */
export interface ServeOptions {
  /** Explicit socket path (wins over `scope`). */
  socketPath?: string;
  /** Scope: `daemon-<scope>.sock` in the default runtime dir. */
  scope?: string;
  /** Aborting it shuts the daemon down, like SHUTDOWN. */
  signal?: AbortSignal;
  /** Extra handler modules (sessions, tees, registry…) merged over the built-in ones. */
  modules?: HandlerModule[];
  /** Idle timeout of request/response connections (default 60 s). */
  idleTimeoutMs?: number;
  /** The state database (process registry, services; logs and snapshot go next to it). */
  dbPath?: string;
  /** Service log rotation: bytes per file (default 10 MiB) and files per stream (default 3). */
  serviceLogLimits?: { maxBytes?: number; maxFiles?: number };
  /**
   * Longest interval in ms between /proc scans of an observed session (process, file and
   * network categories; default 100). The poller speeds up to 10 ms after activity.
   */
  observeIntervalMs?: number;
  /**
   * What to do at start-up with the session process trees left by a daemon of the same
   * socket that died without shutting down (found through its session journal, see
   * `session_journal.ts`): `"terminate"` (default) sends them SIGTERM, then SIGKILL after
   * {@link ServeOptions.orphanGraceMs}; `"keep"` leaves them running and registers their
   * top processes in the process registry (kind `pty` or `subprocess`, containment
   * `detached`), where LIST_ACTIVE finds them and KILL_TREE ends them.
   */
  orphans?: OrphanPolicy;
  /** Grace between SIGTERM and SIGKILL for terminated orphans (ms, default 1000). */
  orphanGraceMs?: number;
  /**
   * Most connections served at once (default {@link DEFAULT_MAX_CONNECTIONS}). A connection
   * past it gets one UNAVAILABLE response `too many connections (limit N)` (request id 0) and
   * is closed.
   */
  maxConnections?: number;
}

/** Default of {@link ServeOptions.maxConnections}. */
export const DEFAULT_MAX_CONNECTIONS = 1024;

/** Answers a connection past the cap and closes it (never throws). */
async function refuseConnection(conn: Transport, limit: number): Promise<void> {
  try {
    await conn.write(encodeFrame(encodeDaemonResponse({
      code: StatusCode.STATUS_CODE_UNAVAILABLE,
      message: `too many connections (limit ${limit})`,
    })));
  } catch { /* the client is gone already */ }
  await conn.close().catch(() => {});
}

/** A running daemon. */
export interface DaemonServer extends AsyncDisposable {
  /** The socket it listens on. */
  readonly socketPath: string;
  /** The daemon state (sessions…), for embedding and tests. */
  readonly state: DaemonState;
  /** Resolves once the daemon has fully stopped. */
  readonly finished: Promise<void>;
  /** Shuts down (idempotent); resolves when finished. */
  shutdown(): Promise<void>;
}

function checkSocketDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    if ((e as { code?: string }).code !== "EEXIST") {
      throw new DaemonStartError(
        "UNSAFE_SOCKET_DIR",
        `cannot create socket directory ${dir}: ${(e as Error).message}`,
      );
    }
  }
  const st = lstatSync(dir);
  const uid = process.geteuid?.() ?? process.getuid?.();
  const problem = st.isSymbolicLink()
    ? "is a symbolic link"
    : !st.isDirectory()
    ? "is not a directory"
    : uid !== undefined && st.uid !== uid
    ? `is owned by uid ${st.uid}, not ${uid}`
    : (st.mode & 0o777) !== 0o700
    ? `has mode ${(st.mode & 0o777).toString(8).padStart(4, "0")}, not 0700`
    : undefined;
  if (problem) {
    throw new DaemonStartError("UNSAFE_SOCKET_DIR", `refusing to bind: ${dir} ${problem}`);
  }
}

/**
 * Takes the socket for this daemon: the lock beside it first (a live owner, busy or not,
 * means ALREADY_RUNNING), then a leftover socket file is removed unless something that
 * holds no lock (another implementation) still answers PING on it.
 */
async function claimSocket(path: string): Promise<SocketLock> {
  let attempt;
  try {
    attempt = acquireSocketLock(path);
  } catch (e) {
    throw new DaemonStartError(
      "LISTEN_FAILED",
      `cannot take the lock ${lockPathOf(path)}: ${(e as Error).message}`,
      { cause: e },
    );
  }
  if (!attempt.acquired) {
    throw new DaemonStartError(
      "ALREADY_RUNNING",
      `a daemon (pid ${attempt.owner.pid}) holds ${lockPathOf(path)}; refusing to take its socket`,
    );
  }
  const lock = attempt.lock;
  let exists = false;
  try {
    lstatSync(path);
    exists = true;
  } catch { /* nothing there */ }
  if (exists) {
    if (await answersPing(path, 1000)) {
      lock.release();
      throw new DaemonStartError(
        "ALREADY_RUNNING",
        `a daemon already answers on ${path}; refusing to take its socket`,
      );
    }
    try {
      unlinkSync(path); // stale socket retirement
    } catch { /* raced with someone else */ }
  }
  return lock;
}

/** True when a daemon answers PING at `path` within `timeoutMs`. */
async function answersPing(path: string, timeoutMs: number): Promise<boolean> {
  let t: Transport | undefined;
  try {
    t = await connectTransport({ kind: "unix", path }, { timeoutMs });
    await t.write(encodeFrame(encodeDaemonRequest({
      id: 1,
      type: RequestType.REQUEST_TYPE_PING,
      protocolVersion: 1,
      ping: {},
    })));
    const dec = new FrameDecoder(16 << 20);
    const timer = setTimeout(() => void t?.close(), timeoutMs);
    try {
      for await (const chunk of t) {
        dec.push(chunk);
        const f = dec.next();
        if (f) return decodeDaemonResponse(f).ping !== undefined;
      }
    } finally {
      clearTimeout(timer);
    }
    return false;
  } catch {
    return false;
  } finally {
    await t?.close().catch(() => {});
  }
}

/**
 * Deals with the survivors of a crashed daemon (see {@link ServeOptions.orphans}); resolves
 * once they are gone (terminate) or registered (keep).
 */
async function recoverOrphans(
  state: DaemonState,
  survivors: Survivors[],
  policy: OrphanPolicy,
  graceMs: number,
): Promise<void> {
  if (survivors.length === 0) return;
  if (policy === "terminate") {
    await endSessions(survivors.map((s) => s.entry), graceMs);
    return;
  }
  const registry = processRegistryOf(state);
  for (const { entry, processes } of survivors) {
    const pids = new Set(processes.map((p) => p.pid));
    for (const p of processes) {
      if (pids.has(p.ppid)) continue; // listed under its parent's tree
      await registry.register({
        pid: p.pid,
        createdAt: entry.createdAt,
        kind: entry.kind === "pty" ? "pty" : "subprocess",
        command: p.pid === entry.pid ? entry.command : p.comm,
        cwd: "",
        originator: entry.originator,
        containment: "detached",
      }).catch((e) =>
        // deno-lint-ignore no-console
        console.error(
          `running-process daemon: cannot register orphaned pid ${p.pid}: ${(e as Error).message}`,
        )
      );
    }
  }
}

/**
 * Starts a daemon on `socketPath` (or the default endpoint of `scope`).
 *
 * @example
 * ```ts
 * import { serve } from "./server.ts";
 * const ac = new AbortController();
 * const daemon = await serve({ socketPath: "/tmp/rp-demo/daemon.sock", signal: ac.signal });
 * // … clients connect …
 * ac.abort();
 * await daemon.finished;
 * ```
 */
export async function serve(options: ServeOptions = {}): Promise<DaemonServer> {
  const path = resolveSocketPath({ socketPath: options.socketPath, scope: options.scope });
  if (
    options.orphans !== undefined && options.orphans !== "terminate" && options.orphans !== "keep"
  ) {
    throw new DaemonStartError(
      "INVALID_OPTION",
      `orphans must be "terminate" or "keep", not ${JSON.stringify(options.orphans)}`,
    );
  }
  const grace = options.orphanGraceMs ?? DEFAULT_ORPHAN_GRACE_MS;
  if (!Number.isFinite(grace) || grace < 0) {
    throw new DaemonStartError("INVALID_OPTION", `orphanGraceMs must be >= 0, not ${grace}`);
  }
  checkSocketDir(dirname(path));
  const lock = await claimSocket(path);
  let listener: Listener;
  try {
    listener = await listenUnix(path);
    chmodSync(path, 0o600);
  } catch (e) {
    lock.release();
    throw new DaemonStartError(
      "LISTEN_FAILED",
      `cannot listen on ${path}: ${(e as Error).message}`,
      {
        cause: e,
      },
    );
  }

  const dbPath = options.dbPath || defaultRegistryPath(options.scope);
  // One live daemon owns a state file: a daemon that finds it owned leaves it alone.
  const stateClaim = claimStateFile(dbPath);
  if (stateClaim.error) {
    // deno-lint-ignore no-console
    console.error(`running-process daemon: ${stateClaim.error.message}`);
  }

  const connections = new Set<Transport>();
  const maxConnections = Math.max(1, options.maxConnections ?? DEFAULT_MAX_CONNECTIONS);
  let shuttingDown = false;
  let resolveFinished!: () => void;
  const finished = new Promise<void>((r) => (resolveFinished = r));

  const state: DaemonState = {
    version: DAEMON_VERSION,
    socketPath: path,
    scope: options.scope,
    cwd: process.cwd(),
    startedAtMs: Date.now(),
    ptySessions: new Map<string, SessionBase>(),
    pipeSessions: new Map<string, SessionBase>(),
    activeConnections: () => connections.size,
    trackedProcessCount: () => processRegistryOf(state).count(),
    dbPath,
    stateFileError: stateClaim.error,
    requestShutdown: () => {},
    sessionStarted: (s) => {
      journal.started(s);
      poller.watch(s);
    },
    sessionExited: (s) => {
      journal.exited(s);
      poller.unwatch(s);
      exitedBacklogs.exited(
        s,
        () => state.ptySessions.get(s.id) === s || state.pipeSessions.get(s.id) === s,
      );
    },
  };
  const exitedBacklogs = new ExitedBacklogs();
  const journal = new SessionJournal(
    journalPathOf(path),
    (id) => state.ptySessions.has(id) || state.pipeSessions.has(id),
  );
  const recovery = recoverOrphans(
    state,
    journal.findSurvivors(),
    options.orphans ?? "terminate",
    grace,
  );
  const poller = new ObservationPoller({ maxIntervalMs: options.observeIntervalMs });
  const services = createServiceModule({
    dbPath: state.dbPath,
    unavailable: stateClaim.error,
    cwd: state.cwd,
    logLimits: options.serviceLogLimits,
  });
  const handlers = new Map<number, Handler>();
  const capabilities = (st: DaemonState) => capabilityHandlers(st, poller.maxIntervalMs);
  for (
    const mod of [
      coreHandlers,
      observerHandlers,
      capabilities,
      pipeHandlers,
      ptyHandlers,
      maintenanceHandlers,
      registryHandlers,
      teeHandlers,
      services.handlers,
      ...(options.modules ?? []),
    ]
  ) {
    for (const [k, v] of mod(state)) handlers.set(k, v);
  }

  const host = {
    handlers,
    shuttingDown: () => shuttingDown,
    startShutdown: () => void shutdown(),
    idleTimeoutMs: options.idleTimeoutMs,
  };

  const acceptLoop = (async () => {
    try {
      for await (const conn of listener) {
        if (shuttingDown) {
          void conn.close();
          continue;
        }
        if (connections.size >= maxConnections) {
          void refuseConnection(conn, maxConnections);
          continue;
        }
        connections.add(conn);
        void serveConnection(conn, host).finally(() => connections.delete(conn));
      }
    } catch { /* listener closed */ }
  })();

  let shutdownPromise: Promise<void> | undefined;
  function shutdown(): Promise<void> {
    return shutdownPromise ??= (async () => {
      shuttingDown = true;
      poller.stop();
      // node:net's close() waits for every open connection: do not await it before they
      // are closed below (an attached client would otherwise block the shutdown forever).
      const listenerClosed = listener.close().catch(() => {});
      for (const s of [...state.ptySessions.values(), ...state.pipeSessions.values()]) {
        try {
          if (!s.exited) s.kill();
        } catch { /* already gone */ }
      }
      // Every member of every session (exited ones too: their background processes).
      const reaped = endSessions(journal.entries(), 0).catch(() => 0);
      for (const s of [...state.ptySessions.values(), ...state.pipeSessions.values()]) {
        s.observers.clear();
        s.dispose();
      }
      await services.close();
      await Promise.all([...connections].map((c) => c.close().catch(() => {})));
      await listenerClosed;
      await reaped;
      await recovery.catch(() => {});
      await closeProcessRegistry(state);
      stateClaim.release();
      await acceptLoop;
      journal.close();
      try {
        unlinkSync(path);
      } catch { /* already removed */ }
      lock.release();
      resolveFinished();
    })();
  }
  (state as { requestShutdown: () => void }).requestShutdown = () => {};
  // Kept orphans are listed before the first client is served.
  if (options.orphans === "keep") await recovery.catch(() => {});
  if (options.signal) {
    if (options.signal.aborted) void shutdown();
    else options.signal.addEventListener("abort", () => void shutdown(), { once: true });
  }

  return {
    socketPath: path,
    state,
    finished,
    shutdown,
    [Symbol.asyncDispose]: shutdown,
  };
}

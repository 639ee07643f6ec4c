/**
 * Service RPCs 50–59 (docs/PROTOCOL.md#services) with the protocol's validation order, status codes
 * and messages, plus our ATTACH_SERVICE_EVENTS (120) extension: a stream of lifecycle events
 * and log lines.
 *
 * @example
 * ```ts
 * import { serve } from "../server.ts";
 * // serve() registers these handlers; services live in `<db dir>/services/`.
 * const daemon = await serve({ socketPath: "/tmp/rp-demo/daemon.sock" });
 * await daemon.shutdown();
 * ```
 *
 * @module
 */
import {
  encodeServiceEventFrame,
  RequestType,
  type ServiceEventFrameInit,
  StatusCode,
} from "../../../proto_gen/daemon_pb.ts";
import { rowState } from "../store/services_table.ts";
import type { StoreError } from "../store/sqlite.ts";
import { StatusError } from "../connection/status_error.ts";
import type { AttachIO, DaemonState, Handler, HandlerModule } from "../types.ts";
import type { EventSubscription } from "../services/events.ts";
import { formatLogs, type LogLimits, logPaths } from "../services/logs.ts";
import { resurrect, saveSnapshot } from "../services/snapshot.ts";
import { ServiceError, Supervisor } from "../services/supervisor.ts";

/** Events per stream frame at most. */
const MAX_EVENTS_PER_FRAME = 512;

function toStatus(e: unknown): unknown {
  if (!(e instanceof ServiceError)) return e;
  const code = e.kind === "NOT_FOUND"
    ? StatusCode.STATUS_CODE_NOT_FOUND
    : e.kind === "ALREADY_EXISTS" || e.kind === "INVALID_CONFIG"
    ? StatusCode.STATUS_CODE_INVALID_ARGUMENT
    : StatusCode.STATUS_CODE_INTERNAL;
  return new StatusError(code, e.message);
}

/** Wraps a handler so that {@link ServiceError}s become the protocol's status replies. */
function wrap(h: Handler): Handler {
  return async (ctx) => {
    try {
      return await h(ctx);
    } catch (e) {
      throw toStatus(e);
    }
  };
}

/** Options of {@link createServiceModule}. */
export interface ServiceModuleOptions {
  /** The state database (logs and snapshot go next to it). */
  dbPath: string;
  /** Why the state database must not be used (another daemon owns it); every request fails. */
  unavailable?: StoreError;
  /** Directory relative service `cwd`s resolve against. */
  cwd?: string;
  /** Log rotation (default 10 MiB × 3 files). */
  logLimits?: Partial<LogLimits>;
}

/** What {@link createServiceModule} returns. */
export interface ServiceModule {
  /** The handler module to pass to the server. */
  handlers: HandlerModule;
  /** The supervisor (for embedding and tests). */
  supervisor: Supervisor;
  /** Stops every service (SIGTERM, then SIGKILL after each kill timeout) and closes the db. */
  close(): Promise<void>;
}

/**
 * Creates the supervisor and its request handlers.
 *
 * @param options where the state lives
 * @returns the module
 */
export function createServiceModule(options: ServiceModuleOptions): ServiceModule {
  const sup = new Supervisor({
    dbPath: options.dbPath,
    unavailable: options.unavailable,
    cwd: options.cwd,
    logLimits: options.logLimits,
  });
  // Open now, so that stale `online` rows are reset at daemon start; a failure is retried
  // on the first service request (sessions keep working either way).
  try {
    sup.table();
  } catch { /* reported by the requests */ }
  return {
    supervisor: sup,
    handlers: (_state: DaemonState) => serviceHandlers(sup),
    close: () => sup.close(),
  };
}

/** Handlers for RPCs 50–59 and 120 on `sup`. */
export function serviceHandlers(sup: Supervisor): Map<number, Handler> {
  return new Map<number, Handler>([
    [
      RequestType.REQUEST_TYPE_SERVICE_START,
      wrap(async ({ request }) => {
        const p = request.serviceStart;
        if (!p) throw ServiceError.invalid("missing service_start payload");
        const c = p.config;
        if (!c) throw ServiceError.invalid("missing service config");
        if (c.name === "") throw ServiceError.invalid("name must not be empty");
        if (c.cmd.length === 0) throw ServiceError.invalid("cmd must not be empty");
        const row = await sup.start(c);
        return { serviceStart: { service: rowState(row) } };
      }),
    ],
    [
      RequestType.REQUEST_TYPE_SERVICE_STOP,
      wrap(async ({ request }) => ({
        serviceStop: { stoppedCount: await sup.stop(request.serviceStop?.target ?? "") },
      })),
    ],
    [
      RequestType.REQUEST_TYPE_SERVICE_RESTART,
      wrap(async ({ request }) => ({
        serviceRestart: {
          restartedCount: await sup.restart(request.serviceRestart?.target ?? ""),
        },
      })),
    ],
    [
      RequestType.REQUEST_TYPE_SERVICE_DELETE,
      wrap(async ({ request }) => ({
        serviceDelete: { deletedCount: await sup.delete(request.serviceDelete?.target ?? "") },
      })),
    ],
    [
      RequestType.REQUEST_TYPE_SERVICE_LIST,
      wrap(() => ({
        serviceList: { services: sup.list().map(rowState) },
      })),
    ],
    [
      RequestType.REQUEST_TYPE_SERVICE_DESCRIBE,
      wrap(({ request }) => {
        const [row] = sup.resolve(request.serviceDescribe?.target ?? "", false);
        return { serviceDescribe: { service: rowState(row!) } };
      }),
    ],
    [
      RequestType.REQUEST_TYPE_SERVICE_LOGS,
      wrap(({ request }) => {
        const p = request.serviceLogs;
        if (!p) throw ServiceError.invalid("missing service_logs payload");
        const [row] = sup.resolve(p.target, false);
        return {
          serviceLogs: { logText: formatLogs(logPaths(sup.logDir, row!.name), p.lines) },
        };
      }),
    ],
    [
      RequestType.REQUEST_TYPE_SERVICE_FLUSH,
      wrap(({ request }) => ({
        serviceFlush: { flushedCount: sup.flush(request.serviceFlush?.target ?? "") },
      })),
    ],
    [
      RequestType.REQUEST_TYPE_SERVICE_SAVE,
      wrap(() => {
        const { path, count } = saveSnapshot(sup);
        return { serviceSave: { snapshotPath: path, serviceCount: count } };
      }),
    ],
    [
      RequestType.REQUEST_TYPE_SERVICE_RESURRECT,
      wrap(async () => {
        const { restored } = await resurrect(sup);
        return { serviceResurrect: { restoredCount: restored } };
      }),
    ],
    [
      RequestType.REQUEST_TYPE_ATTACH_SERVICE_EVENTS,
      wrap(({ request }) => {
        const p = request.attachServiceEvents;
        if (!p) throw ServiceError.invalid("missing attach_service_events payload");
        if (!p.lifecycle && !p.logs) {
          throw ServiceError.invalid("nothing to follow: set lifecycle and/or logs");
        }
        let name: string | undefined;
        let services;
        if (p.target === "") {
          services = sup.list().map(rowState);
        } else {
          const [row] = sup.resolve(p.target, false);
          name = row!.name;
          services = [rowState(row!)];
        }
        const sub = sup.events.subscribe({ name, lifecycle: p.lifecycle, logs: p.logs });
        return {
          kind: "attach",
          response: { attachServiceEvents: { services } },
          run: (io) => streamEvents(io, sub),
        };
      }),
    ],
  ]);
}

/** Sends a subscription's events until the consumer leaves or the daemon stops. */
async function streamEvents(io: AttachIO, sub: EventSubscription): Promise<void> {
  const stop = new AbortController();
  void (async () => {
    try {
      for await (const _ of io.frames) { /* one-way stream: inbound frames are ignored */ }
    } catch { /* closed */ }
    stop.abort();
  })();
  void io.closed.then(() => stop.abort());
  const send = (frame: ServiceEventFrameInit) => io.writeFrame(encodeServiceEventFrame(frame));
  try {
    for (;;) {
      const batch = await sub.next(stop.signal);
      if (stop.signal.aborted) return;
      if (batch.missed > 0) await send({ frame: { case: "missedEvents", value: batch.missed } });
      for (let i = 0; i < batch.events.length; i += MAX_EVENTS_PER_FRAME) {
        await send({
          frame: {
            case: "events",
            value: { events: batch.events.slice(i, i + MAX_EVENTS_PER_FRAME) },
          },
        });
      }
      if (batch.closed) {
        await send({ frame: { case: "closed", value: true } }).catch(() => {});
        return;
      }
    }
  } catch {
    /* the consumer went away */
  } finally {
    sub.close();
    await io.close().catch(() => {});
  }
}

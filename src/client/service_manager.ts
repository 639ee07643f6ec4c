/**
 * A small high-level API over the daemon's service supervisor (requests 50–59 and our
 * ATTACH_SERVICE_EVENTS extension): start a supervised service, list, stop, restart, delete,
 * read or follow its logs, and follow lifecycle events.
 *
 * @example
 * ```ts
 * import { DaemonClient, ServiceManager } from "@rp/running-process";
 * const client = await DaemonClient.connect();
 * const services = new ServiceManager(client);
 * await services.start({ name: "web", cmd: ["python3", "-m", "http.server"], maxRestarts: 5 });
 * for (const s of await services.list()) console.log(s.id, s.name, s.status, s.pid);
 * for await (const line of services.logs("web", { follow: true, lines: 20 })) console.log(line);
 * ```
 *
 * @module
 */
import { spawnFailure } from "./daemon_failures.ts";
import type { CallOptions, DaemonClient } from "./daemon_client.ts";
import type { ServiceEvent, ServiceState } from "../../proto_gen/daemon_pb.ts";
import { ProtocolError } from "../errors.ts";
import type { ServiceEventStream } from "./service_events.ts";

/** What {@link ServiceManager.start} takes; everything but `name` and `cmd` is optional. */
export interface ServiceStartOptions {
  /** Unique service name. */
  name: string;
  /** argv (no shell). */
  cmd: string[];
  /** Working directory (relative: against the daemon's cwd). */
  cwd?: string;
  /** Environment; when non-empty it REPLACES the child's environment (upstream's rule). */
  env?: Record<string, string>;
  /** Restart after unintended exits (default true, like `runpm`). */
  autorestart?: boolean;
  /** Consecutive rapid crashes allowed before `errored` (0 = unlimited). */
  maxRestarts?: number;
  /** Base backoff in ms (0 = 500). */
  restartDelayMs?: number;
  /** SIGTERM → SIGKILL grace in ms (0 = 3000). */
  killTimeoutMs?: number;
  /** A run at least this long resets the crash counter (0 = 2000 ms). */
  minUptimeMs?: number;
}

/** Options of {@link ServiceManager.logs}. */
export interface ServiceLogsOptions {
  /** Lines per stream of the initial tail (default 100). */
  lines?: number;
  /** Keep streaming new lines after the tail. */
  follow?: boolean;
  /** Ends the iteration. */
  signal?: AbortSignal;
}

/** Options of {@link ServiceManager.events}. */
export interface ServiceEventsOptions {
  /** A service name or id; default every service. */
  target?: string;
  /** Include log lines (`kind: "log"`). Default false. */
  logs?: boolean;
  /** Include lifecycle events. Default true. */
  lifecycle?: boolean;
  /** Ends the iteration. */
  signal?: AbortSignal;
}

/**
 * Service operations on a {@link DaemonClient}.
 *
 * @example
 * ```ts
 * import { DaemonClient, ServiceManager } from "@rp/running-process";
 * const services = new ServiceManager(await DaemonClient.connect());
 * for await (const e of services.events()) console.log(e.kind, e.name, e.exitCode);
 * ```
 */
export class ServiceManager {
  readonly #client: DaemonClient;

  /** Wraps `client` (its socket options are reused for event streams). */
  constructor(client: DaemonClient) {
    this.#client = client;
  }

  /**
   * Starts (or redefines and starts) a service; resolves with its state after spawn. A
   * program that cannot start rejects with `SpawnError` naming it (the service stays
   * defined, `stopped`, as with upstream).
   */
  async start(o: ServiceStartOptions, call?: CallOptions): Promise<ServiceState> {
    const r = await this.#client.serviceStart({
      config: { autorestart: true, ...o, cwd: o.cwd ?? "", env: o.env ?? {} },
    }, call).catch((e) => {
      throw spawnFailure(e, o.cmd?.[0] ?? "");
    });
    if (!r.service) throw new ProtocolError("SERVICE_START reply without service");
    return r.service;
  }

  /** Every service, by id. */
  async list(call?: CallOptions): Promise<ServiceState[]> {
    return (await this.#client.serviceList({}, call)).services;
  }

  /** One service by name or id. */
  async describe(target: string, call?: CallOptions): Promise<ServiceState> {
    const r = await this.#client.serviceDescribe({ target }, call);
    if (!r.service) throw new ProtocolError("SERVICE_DESCRIBE reply without service");
    return r.service;
  }

  /** Stops a service (name, id or `all`); resolves with how many were running. */
  async stop(target: string, call?: CallOptions): Promise<number> {
    return (await this.#client.serviceStop({ target }, call)).stoppedCount;
  }

  /** Restarts (stopped ones included); resolves with the count. */
  async restart(target: string, call?: CallOptions): Promise<number> {
    return (await this.#client.serviceRestart({ target }, call)).restartedCount;
  }

  /** Stops and removes; resolves with the count. */
  async delete(target: string, call?: CallOptions): Promise<number> {
    return (await this.#client.serviceDelete({ target }, call)).deletedCount;
  }

  /** Truncates log files (default every service); resolves with the count. */
  async flush(target = "all", call?: CallOptions): Promise<number> {
    return (await this.#client.serviceFlush({ target }, call)).flushedCount;
  }

  /** Writes the snapshot; resolves with its path and the number of services. */
  async save(call?: CallOptions): Promise<{ path: string; count: number }> {
    const r = await this.#client.serviceSave({}, call);
    return { path: r.snapshotPath, count: r.serviceCount };
  }

  /** Re-creates the saved services; resolves with the number restored. */
  async resurrect(call?: CallOptions): Promise<number> {
    return (await this.#client.serviceResurrect({}, call)).restoredCount;
  }

  /**
   * The log tail of a service as `[stdout] …` / `[stderr] …` lines, then, with `follow`,
   * every new line as it is written (streamed by the daemon, nothing re-read).
   */
  async *logs(target: string, o: ServiceLogsOptions = {}): AsyncGenerator<string> {
    // Subscribe first, so that no line falls between the tail and the stream.
    const stream = o.follow
      ? this.#client.attachServiceEvents({ target, logs: true }, o.signal)
      : undefined;
    let opened: Awaited<typeof stream>;
    try {
      opened = await stream;
      const text = (await this.#client.serviceLogs({ target, lines: o.lines ?? 100 })).logText;
      for (const l of text.split("\n")) if (l !== "") yield l;
      if (!opened) return;
      for await (const e of opened.events) {
        if (e.kind === "log") yield `[${e.stream}] ${e.line}`;
      }
    } finally {
      await opened?.close();
    }
  }

  /**
   * Subscribes to lifecycle events (and optionally log lines) and resolves once the daemon has
   * confirmed the subscription: every event after that point is delivered, so an action taken
   * after `await subscribe()` is seen. Iterate `events`; close (or `await using`) to stop.
   *
   * @example
   * ```ts
   * import { DaemonClient, ServiceManager } from "@rp/running-process";
   * await using client = await DaemonClient.connect();
   * const services = new ServiceManager(client);
   * await using sub = await services.subscribe(); // every service (a target must exist)
   * await services.start({ name: "web", cmd: ["sh", "-c", "exit 3"], autorestart: false });
   * for await (const e of sub.events) if (e.kind === "exited") break; // e.exitCode === 3
   * ```
   */
  subscribe(o: ServiceEventsOptions = {}): Promise<ServiceEventStream> {
    return this.#client.attachServiceEvents({
      target: o.target ?? "",
      logs: o.logs ?? false,
      lifecycle: o.lifecycle ?? true,
    }, o.signal);
  }

  /**
   * Lifecycle events (and optionally log lines) as the daemon reports them. The subscription
   * starts with the iteration: use {@link ServiceManager.subscribe} to be sure to see the
   * events of what you do next.
   */
  async *events(o: ServiceEventsOptions = {}): AsyncGenerator<ServiceEvent> {
    const s = await this.subscribe(o);
    try {
      yield* s.events;
    } finally {
      await s.close();
    }
  }
}

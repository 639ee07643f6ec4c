/**
 * High-level session spawning: `spawnPipeSession` / `spawnPtySession` with an environment
 * policy resolved client-side (docs/PROTOCOL.md#environment) and, optionally,
 * an observer registered by the daemon *before* the child starts (our `observe` extension),
 * so that `started` is always the subscription's first event.
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { spawnPipeSession } from "./spawn_helpers.ts";
 * await using client = await DaemonClient.connect();
 * const { sessionId, pid, subscription } = await spawnPipeSession(client, {
 *   argv: ["sh", "-c", "echo hello; exit 3"],
 *   observe: { categories: [0, 3] },
 * });
 * for await (const r of subscription!.subscriber) {
 *   if (r.type === "event") console.log(r.sequence, r.kind, r.pid, r.exitCode);
 *   if (r.type === "event" && r.kind === "exited") break;
 * }
 * console.log(sessionId, pid);
 * ```
 *
 * @module
 */
import type { CallOptions, DaemonClient } from "./daemon_client.ts";
import type { RequestPayload } from "./connection.ts";
import { openAttachOnReserve } from "./connection_reserve.ts";
import { ValidationError } from "../errors.ts";
import { spawnFailure } from "./daemon_failures.ts";
import {
  RemoteObserverSubscription,
  SessionObserverKind,
  SessionObserverRequest,
  type SessionObserverRequestOptions,
} from "./observer_api.ts";

/** How the child's environment is built (`EnvironmentPolicy`). */
export type EnvironmentPolicyName = "inherit" | "user-baseline" | "clear";

const POLICY: Record<EnvironmentPolicyName, { wire: number; legacyClear: boolean }> = {
  // Dual-write rule: USER_BASELINE deliberately degrades to CLEAR on old daemons.
  "inherit": { wire: 1, legacyClear: false },
  "user-baseline": { wire: 2, legacyClear: true },
  "clear": { wire: 3, legacyClear: true },
};

/** Options shared by both spawns. */
export interface SpawnSessionOptions {
  /** Program and arguments; `argv[0]` is the program. */
  argv: readonly string[];
  /** Working directory (default: the daemon's). */
  cwd?: string;
  /**
   * Variables applied in order over the policy's base environment (the daemon appends
   * `RUNNING_PROCESS_ORIGINATOR` last).
   */
  env?: Record<string, string> | readonly (readonly [string, string])[];
  /** Base environment: the daemon's (`inherit`, default), a login baseline, or none. */
  environment?: EnvironmentPolicyName;
  /** Originator tag (default on the daemon: `client:<client_name>`). */
  originator?: string;
  /**
   * Register an observer atomically with the spawn (categories default to lifecycle).
   * `true` means the defaults.
   */
  observe?: SessionObserverRequestOptions | true;
}

/** Options of {@link spawnPipeSession}. */
export interface SpawnPipeSessionOptions extends SpawnSessionOptions {
  /** Send stderr into stdout (one stream). */
  mergeStderr?: boolean;
  /**
   * Read none of the child's output until a stream is attached, then only as fast as the
   * reader (our `hold_output` extension): nothing written before the attach is dropped.
   */
  holdOutput?: boolean;
}

/** Options of {@link spawnPtySession}. */
export interface SpawnPtySessionOptions extends SpawnSessionOptions {
  /** Terminal rows (default 24). */
  rows?: number;
  /** Terminal columns (default 80). */
  cols?: number;
}

/** A spawned session. */
export interface SpawnedSession {
  /** `pipe-…` or `pty-…`. */
  sessionId: string;
  /** The child's pid. */
  pid: number;
  /** Unix seconds. */
  createdAt: number;
  /** The observer registered with the spawn, when `observe` was given. */
  subscription?: RemoteObserverSubscription;
}

function common(o: SpawnSessionOptions) {
  if (!Array.isArray(o.argv) || o.argv.length === 0 || o.argv.some((a) => typeof a !== "string")) {
    throw new ValidationError("argv must be a non-empty array of strings");
  }
  const policy = POLICY[o.environment ?? "inherit"];
  if (!policy) {
    throw new ValidationError(
      `environment must be "inherit", "user-baseline" or "clear", got ${String(o.environment)}`,
    );
  }
  const entries = o.env === undefined
    ? []
    : Array.isArray(o.env)
    ? o.env as readonly (readonly [string, string])[]
    : Object.entries(o.env);
  let observe;
  if (o.observe !== undefined) {
    // Validate with the same rules as a registration (kind and id are placeholders).
    const r = new SessionObserverRequest(
      SessionObserverKind.Pipe,
      "pending",
      o.observe === true ? {} : o.observe,
    );
    observe = {
      categories: [...r.categories],
      ringCapacityEvents: r.ringCapacityEvents,
      backpressure: r.backpressure,
    };
  }
  return {
    argv: [...o.argv],
    cwd: o.cwd ?? "",
    env: entries.map(([key, value]) => ({ key, value })),
    clearInheritedEnv: policy.legacyClear,
    environmentPolicy: policy.wire,
    originator: o.originator ?? "",
    observe,
  };
}

type SpawnReply = {
  sessionId: string;
  pid: number;
  createdAt: number;
  subscriberId: string;
  observerStreaming: boolean;
};

/**
 * Makes the spawn call. With `observe`, the spawn goes on a connection of its own (the
 * client's reserved one) and asks the daemon (`observe.stream`) to send the subscription's
 * events on it right after the reply: the first events need no attach round trip. A daemon
 * that does not stream them leaves the connection for the subscriber's attach; one without
 * observers (upstream) gets it closed.
 */
async function spawnCall<F extends "spawnPipeSession" | "spawnPtySession">(
  client: DaemonClient,
  kind: SessionObserverKind,
  field: F,
  req: RequestPayload<F>,
  callOptions: CallOptions | undefined,
): Promise<SpawnedSession> {
  if (req.observe === undefined) {
    const res = await client.call(field, req, callOptions).catch((e) => {
      throw spawnFailure(e, req.argv?.[0] ?? "");
    }) as SpawnReply;
    return { sessionId: res.sessionId, pid: res.pid, createdAt: res.createdAt };
  }
  const { response, connection } = await openAttachOnReserve(client.options, field, {
    ...req,
    observe: { ...req.observe, stream: true },
  }, callOptions).catch((e) => {
    throw spawnFailure(e, req.argv?.[0] ?? "");
  });
  const res = response as SpawnReply;
  const out: SpawnedSession = { sessionId: res.sessionId, pid: res.pid, createdAt: res.createdAt };
  if (res.subscriberId === "") {
    await connection.close().catch(() => {});
    return out;
  }
  // Streaming: the subscriber reads the connection; otherwise it attaches on it.
  const streaming = res.observerStreaming;
  out.subscription = new RemoteObserverSubscription(
    client,
    kind,
    res.sessionId,
    res.subscriberId,
    streaming ? undefined : Promise.resolve(connection),
    streaming ? connection : undefined,
  );
  return out;
}

/**
 * Spawns a pipe session (SPAWN_PIPE_SESSION). With `observe`, the subscription exists before
 * the child starts. Against a daemon that ignores `observe` (upstream), `subscription` is
 * undefined.
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { spawnPipeSession } from "./spawn_helpers.ts";
 * const client = await DaemonClient.connect();
 * const s = await spawnPipeSession(client, { argv: ["sleep", "1"], observe: true });
 * console.log(s.sessionId, s.subscription?.subscriberId);
 * ```
 */
export async function spawnPipeSession(
  client: DaemonClient,
  options: SpawnPipeSessionOptions,
  callOptions?: CallOptions,
): Promise<SpawnedSession> {
  const req = {
    ...common(options),
    mergeStderrIntoStdout: options.mergeStderr ?? false,
    holdOutput: options.holdOutput ?? false,
  };
  return await spawnCall(client, SessionObserverKind.Pipe, "spawnPipeSession", req, callOptions);
}

/**
 * Spawns a PTY session (SPAWN_PTY_SESSION). With `observe`, the subscription exists before
 * the child starts.
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { spawnPtySession } from "./spawn_helpers.ts";
 * const client = await DaemonClient.connect();
 * const s = await spawnPtySession(client, { argv: ["bash"], rows: 40, cols: 120 });
 * console.log(s.sessionId);
 * ```
 */
export async function spawnPtySession(
  client: DaemonClient,
  options: SpawnPtySessionOptions,
  callOptions?: CallOptions,
): Promise<SpawnedSession> {
  const req = { ...common(options), rows: options.rows ?? 0, cols: options.cols ?? 0 };
  return await spawnCall(client, SessionObserverKind.Pty, "spawnPtySession", req, callOptions);
}

/**
 * The validation steps PTY and pipe spawns share (docs/PROTOCOL.md#pty-sessions,
 * docs/PROTOCOL.md#pipe-sessions), in this order: payload (checked by the caller), our size limits
 * (INVALID_ARGUMENT, see
 * {@link checkSpawnLimits}), environment policy (INVALID_ARGUMENT), our
 * `observe` extension (INVALID_ARGUMENT, same rules and messages as
 * REGISTER_SESSION_OBSERVER), environment materialisation (INTERNAL), then argv (INTERNAL
 * `argv must not be empty`), then the spawn itself.
 *
 * @module
 */
import type { KeyValue, ObserverSpec } from "../../../proto_gen/daemon_pb.ts";
import { SpawnError } from "../../process/errors.ts";
import { observerStream, validateSpec } from "../handlers/observer_handlers.ts";
import { SessionObservers, type Subscription } from "../observers/observer_registry.ts";
import { internal, invalidArgument } from "../connection/status_error.ts";
import { utf8ByteLength } from "../../wire.ts";
import type { DaemonState, HandlerResult, SessionBase } from "../types.ts";
import {
  environmentOverrides,
  materializeEnvironment,
  resolveEnvironmentPolicy,
  sessionOriginator,
} from "./environment.ts";

/*
 * The limits keep one spawn request from blocking the daemon's event loop: the runtimes'
 * spawn calls are synchronous and cost about 1.3 µs per argument and 8 µs per environment
 * entry on Deno (on top of ~14 ms per spawn), so the entry limits hold a spawn near 50 ms.
 */

/** Most argv entries a spawn request may carry. */
export const MAX_SPAWN_ARGS = 16_384;
/** Most `env` entries a spawn request may carry. */
export const MAX_SPAWN_ENV = 4096;
/**
 * Most bytes of argv and `env` together in a spawn request, counted as `execve` does: each
 * argument and each `KEY=value` in UTF-8 plus its NUL terminator (Linux's usual `ARG_MAX`).
 */
export const MAX_SPAWN_BYTES = 2 * 1024 * 1024;

/**
 * Checks a spawn request against {@link MAX_SPAWN_ARGS}, {@link MAX_SPAWN_ENV} and
 * {@link MAX_SPAWN_BYTES}, so that no request makes the daemon convert and copy an unbounded
 * argument list in one go. Counting stops at the first limit passed.
 *
 * @param p the request payload
 * @throws {StatusError} INVALID_ARGUMENT naming the limit
 */
export function checkSpawnLimits(p: Pick<SpawnRequestFields, "argv" | "env">): void {
  if (p.argv.length > MAX_SPAWN_ARGS) {
    throw invalidArgument(
      `argv has ${p.argv.length} entries, over the limit of ${MAX_SPAWN_ARGS}`,
    );
  }
  if (p.env.length > MAX_SPAWN_ENV) {
    throw invalidArgument(`env has ${p.env.length} entries, over the limit of ${MAX_SPAWN_ENV}`);
  }
  let bytes = 0;
  const over = () =>
    invalidArgument(
      `argv and env exceed the limit of ${MAX_SPAWN_BYTES} bytes ` +
        `(each argument and KEY=value counted in UTF-8 with its NUL, as execve does)`,
    );
  for (const a of p.argv) {
    if ((bytes += utf8ByteLength(a) + 1) > MAX_SPAWN_BYTES) throw over();
  }
  for (const kv of p.env) {
    if ((bytes += utf8ByteLength(kv.key) + utf8ByteLength(kv.value) + 2) > MAX_SPAWN_BYTES) {
      throw over();
    }
  }
}

/** The fields of a spawn request this module reads. */
export interface SpawnRequestFields {
  /** argv. */
  argv: readonly string[];
  /** Explicit environment entries. */
  env: readonly KeyValue[];
  /** Legacy boolean. */
  clearInheritedEnv: boolean;
  /** `EnvironmentPolicy` number. */
  environmentPolicy: number;
  /** Requested originator. */
  originator: string;
  /** Our extension: an observer to register before the child starts. */
  observe?: ObserverSpec;
}

/** A validated spawn, ready to start. */
export interface PreparedSpawn {
  /** argv (non-empty). */
  argv: string[];
  /** The complete child environment, or with `inheritEnv` the entries over the daemon's. */
  env: Record<string, string>;
  /** `env` goes over the daemon's own environment (asked for, and the policy is INHERIT). */
  inheritEnv: boolean;
  /** The session originator. */
  originator: string;
  /** The new session's observers, with the `observe` subscription already registered. */
  observers: SessionObservers;
  /** That subscription, if requested. */
  subscription: Subscription | undefined;
  /** `observe.stream`: the subscription's events follow the reply on its connection. */
  streamObserver: boolean;
}

/**
 * Runs the shared validation steps and registers the `observe` subscription.
 *
 * @param p the request payload
 * @param clientName `client_name` of the request (default originator `client:<name>`)
 * @param options `inheritEnv`: the spawn can apply the environment over the daemon's own
 *   (`SpawnOptions.inheritEnv`), so INHERIT need not copy it
 * @returns what the spawn needs
 * @throws {StatusError} as described in the module documentation
 */
export function prepareSpawn(
  p: SpawnRequestFields,
  clientName: string,
  options: { inheritEnv?: boolean } = {},
): PreparedSpawn {
  checkSpawnLimits(p);
  const policy = resolveEnvironmentPolicy(p.environmentPolicy, p.clearInheritedEnv);
  const spec = p.observe
    ? validateSpec(p.observe.categories, p.observe.ringCapacityEvents, p.observe.backpressure)
    : undefined;
  const originator = sessionOriginator(p.originator, clientName);
  let env: Record<string, string>;
  let inheritEnv = false;
  try {
    if (options.inheritEnv) {
      ({ env, inherit: inheritEnv } = environmentOverrides(policy, p.env, originator));
    } else env = materializeEnvironment(policy, p.env, originator);
  } catch (e) {
    throw internal(`environment policy failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (p.argv.length === 0) throw internal("argv must not be empty");
  const observers = new SessionObservers();
  const subscription = spec ? observers.register(spec) : undefined;
  return {
    argv: [...p.argv],
    env,
    inheritEnv,
    originator,
    observers,
    subscription,
    streamObserver: subscription !== undefined && p.observe?.stream === true,
  };
}

/**
 * The text after `failed to spawn …: ` for a spawn failure.
 *
 * @param e what the process adapter threw
 * @returns `"<program>": <reason>` for a `SpawnError`, else the error message
 */
export function spawnFailureText(e: unknown): string {
  if (e instanceof SpawnError) return `${JSON.stringify(e.program)}: ${e.reason}`;
  return e instanceof Error ? e.message : String(e);
}

/** What both spawn replies carry. */
export interface SpawnReply {
  sessionId: string;
  pid: number;
  createdAt: number;
  subscriberId: string;
}

/**
 * What a spawn handler answers: the reply, or with `observe.stream` an attach takeover that
 * sends the reply (`observer_streaming` set), then the new subscription's events on the same
 * connection, as ATTACH_SESSION_OBSERVER would.
 *
 * @param field the response payload field
 * @param reply the spawn reply
 * @param prep the prepared spawn (its subscription and `streamObserver`)
 * @returns the handler result
 */
export function spawnAnswer(
  field: "spawnPipeSession" | "spawnPtySession",
  reply: SpawnReply,
  prep: PreparedSpawn,
): HandlerResult {
  const sub = prep.subscription;
  if (!prep.streamObserver || sub === undefined) return { [field]: reply };
  return {
    kind: "attach",
    response: { [field]: { ...reply, observerStreaming: true } },
    run: observerStream(sub, false),
  };
}

/**
 * Makes a freshly spawned session live: registers it in `map`, starts its readers and exit
 * watcher, tells the observation backends, and builds the spawn reply.
 */
export function launchSession(
  state: DaemonState,
  map: Map<string, SessionBase>,
  session: SessionBase & { start(): void },
  prep: PreparedSpawn,
): SpawnReply {
  map.set(session.id, session);
  session.start();
  state.sessionStarted?.(session);
  return {
    sessionId: session.id,
    pid: session.pid,
    createdAt: session.createdAt,
    subscriberId: prep.subscription?.id ?? "",
  };
}

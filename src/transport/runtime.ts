/**
 * Runtime lookups (environment, uid) for Deno, Bun and Node; which runtime this is comes
 * from `src/runtime.ts`. Globals are read lazily, inside the functions, never when the
 * module loads.
 *
 * @example
 * ```ts
 * import { resolveEndpoint, runtimeDeadlines } from "./runtime.ts";
 * const endpoint = resolveEndpoint({ scope: "ci" }); // { kind: "unix", path: ".../daemon-ci.sock" }
 * const { connectTimeoutMs, rpcTimeoutMs } = runtimeDeadlines();
 * ```
 *
 * @module
 */

import {
  CONNECT_TIMEOUT_ENV,
  connectTimeoutMs,
  type Env,
  RPC_TIMEOUT_ENV,
  rpcTimeoutMs,
  socketPath,
  type SocketPathOptions,
  XDG_RUNTIME_DIR_ENV,
} from "../endpoint.ts";
import { UnsupportedError, ValidationError } from "../errors.ts";
import type { UnixEndpoint } from "./transport.ts";
import { detectRuntime } from "../runtime.ts";

export { detectRuntime, type RuntimeName } from "../runtime.ts";

interface DenoLike {
  env: { get(name: string): string | undefined; toObject(): Record<string, string> };
  uid(): number | null;
}

interface ProcessLike {
  env?: Record<string, string | undefined>;
  getuid?: () => number;
}

function denoGlobal(): DenoLike | undefined {
  return (globalThis as unknown as { Deno?: DenoLike }).Deno;
}

function processGlobal(): ProcessLike | undefined {
  return (globalThis as { process?: ProcessLike }).process;
}

function denoPermissionError(name: string, error: unknown): UnsupportedError {
  return new UnsupportedError(
    `cannot read environment variable ${name}: Deno needs --allow-env=${name} ` +
      `(or pass env explicitly)`,
    { cause: error },
  );
}

/**
 * Reads the process environment. With `names`, only those variables are read (in Deno this
 * needs just `--allow-env=<names>`); without, the whole environment. A Deno permission
 * failure throws `UnsupportedError` rather than pretending the variable is unset.
 *
 * @example
 * ```ts
 * import { runtimeEnv } from "./runtime.ts";
 * const env = runtimeEnv(["XDG_RUNTIME_DIR"]); // { XDG_RUNTIME_DIR: "/run/user/1000" }
 * ```
 */
export function runtimeEnv(names?: readonly string[]): Env {
  const deno = detectRuntime() === "deno" ? denoGlobal() : undefined;
  if (deno) {
    if (names === undefined) {
      try {
        return deno.env.toObject();
      } catch (error) {
        throw denoPermissionError("(all)", error);
      }
    }
    const out: Env = {};
    for (const name of names) {
      try {
        out[name] = deno.env.get(name);
      } catch (error) {
        throw denoPermissionError(name, error);
      }
    }
    return out;
  }
  const env = processGlobal()?.env ?? {};
  if (names === undefined) return { ...env };
  const out: Env = {};
  for (const name of names) out[name] = env[name];
  return out;
}

/**
 * The real uid of this process (`getuid()`). Throws `UnsupportedError` when it is not
 * available (Windows, or Deno without `--allow-sys=uid`).
 *
 * @example
 * ```ts
 * import { runtimeUid } from "./runtime.ts";
 * console.log(runtimeUid()); // 1000
 * ```
 */
export function runtimeUid(): number {
  const deno = detectRuntime() === "deno" ? denoGlobal() : undefined;
  let cause: unknown;
  if (deno) {
    try {
      const uid = deno.uid();
      if (typeof uid === "number") return uid;
    } catch (error) {
      cause = error;
    }
  } else {
    const getuid = processGlobal()?.getuid;
    if (typeof getuid === "function") return getuid();
  }
  throw new UnsupportedError(
    "the uid of this process is not available" +
      (cause !== undefined ? " (Deno needs --allow-sys=uid)" : "") +
      "; set XDG_RUNTIME_DIR or pass socketPath explicitly",
    cause !== undefined ? { cause } : undefined,
  );
}

/**
 * {@link socketPath} with the runtime's environment and uid filled in when not given. Only
 * what is needed is looked up: nothing for an explicit `socketPath`, no uid when
 * `XDG_RUNTIME_DIR` is set.
 *
 * @example
 * ```ts
 * import { resolveSocketPath } from "./runtime.ts";
 * resolveSocketPath({});              // e.g. "/run/user/1000/running-process/daemon.sock"
 * resolveSocketPath({ scope: "ci" }); // e.g. "/tmp/running-process-1000/daemon-ci.sock"
 * ```
 */
export function resolveSocketPath(options: SocketPathOptions = {}): string {
  const given = options.socketPath;
  if (given !== undefined) {
    if (typeof given !== "string") {
      throw new ValidationError(`socketPath must be a string, got ${typeof given}`);
    }
    return given;
  }
  const env = options.env ?? runtimeEnv([XDG_RUNTIME_DIR_ENV]);
  const uid = options.uid ?? (env[XDG_RUNTIME_DIR_ENV] === undefined ? runtimeUid() : undefined);
  return socketPath({ scope: options.scope, env, uid });
}

/**
 * The daemon's Unix endpoint, resolved as by {@link resolveSocketPath}.
 *
 * @example
 * ```ts
 * import { resolveEndpoint } from "./runtime.ts";
 * const endpoint = resolveEndpoint({ socketPath: "/tmp/x.sock" }); // { kind: "unix", path: "/tmp/x.sock" }
 * ```
 */
export function resolveEndpoint(options: SocketPathOptions = {}): UnixEndpoint {
  return { kind: "unix", path: resolveSocketPath(options) };
}

/**
 * The client deadlines from the runtime environment (or `env` if given), parsed with
 * the protocol's rules (`connectTimeoutMs`, `rpcTimeoutMs` in `endpoint.ts`).
 *
 * @example
 * ```ts
 * import { runtimeDeadlines } from "./runtime.ts";
 * const { connectTimeoutMs, rpcTimeoutMs } = runtimeDeadlines(); // { 10000, 30000 } by default
 * ```
 */
export function runtimeDeadlines(env?: Env): { connectTimeoutMs: number; rpcTimeoutMs: number } {
  const e = env ?? runtimeEnv([CONNECT_TIMEOUT_ENV, RPC_TIMEOUT_ENV]);
  return { connectTimeoutMs: connectTimeoutMs(e), rpcTimeoutMs: rpcTimeoutMs(e) };
}

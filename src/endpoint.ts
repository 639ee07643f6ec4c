/**
 * Endpoint discovery and client deadlines, identical to upstream (docs/PROTOCOL.md#transport, docs/PROTOCOL.md#framing).
 *
 * This module is runtime-agnostic: the environment and the uid are parameters. The runtime
 * lookups live in `transport/runtime.ts` (`runtimeEnv()`, `runtimeUid()`,
 * `resolveSocketPath()`).
 *
 * @example
 * ```ts
 * import { connectTimeoutMs, socketPath } from "./endpoint.ts";
 * socketPath({ env: { XDG_RUNTIME_DIR: "/run/user/1000" } });
 * // "/run/user/1000/running-process/daemon.sock"
 * socketPath({ env: {}, uid: 1000, scope: "myscope" });
 * // "/tmp/running-process-1000/daemon-myscope.sock"
 * connectTimeoutMs({ RUNNING_PROCESS_CLIENT_CONNECT_TIMEOUT_MS: " 250 " }); // 250
 * ```
 *
 * @module
 */

import { ValidationError } from "./errors.ts";

/**
 * An environment: variable names mapped to values (`undefined` = unset).
 *
 * @example
 * ```ts
 * import type { Env } from "./endpoint.ts";
 * const env: Env = { XDG_RUNTIME_DIR: "/run/user/1000" };
 * ```
 */
export type Env = Record<string, string | undefined>;

/**
 * Environment variable selecting the runtime directory.
 *
 * @example
 * ```ts
 * import { XDG_RUNTIME_DIR_ENV } from "./endpoint.ts";
 * console.log(XDG_RUNTIME_DIR_ENV); // XDG_RUNTIME_DIR
 * ```
 */
export const XDG_RUNTIME_DIR_ENV = "XDG_RUNTIME_DIR";

/**
 * Environment variable overriding the connect timeout (decimal milliseconds).
 *
 * @example
 * ```ts
 * import { CONNECT_TIMEOUT_ENV } from "./endpoint.ts";
 * console.log(CONNECT_TIMEOUT_ENV); // RUNNING_PROCESS_CLIENT_CONNECT_TIMEOUT_MS
 * ```
 */
export const CONNECT_TIMEOUT_ENV = "RUNNING_PROCESS_CLIENT_CONNECT_TIMEOUT_MS";

/**
 * Environment variable overriding the RPC timeout (decimal milliseconds).
 *
 * @example
 * ```ts
 * import { RPC_TIMEOUT_ENV } from "./endpoint.ts";
 * console.log(RPC_TIMEOUT_ENV); // RUNNING_PROCESS_CLIENT_RPC_TIMEOUT_MS
 * ```
 */
export const RPC_TIMEOUT_ENV = "RUNNING_PROCESS_CLIENT_RPC_TIMEOUT_MS";

/**
 * Default connect timeout: 10 s.
 *
 * @example
 * ```ts
 * import { DEFAULT_CONNECT_TIMEOUT_MS } from "./endpoint.ts";
 * console.log(DEFAULT_CONNECT_TIMEOUT_MS); // 10000
 * ```
 */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/**
 * Default RPC timeout (request write plus complete response read): 30 s.
 *
 * @example
 * ```ts
 * import { DEFAULT_RPC_TIMEOUT_MS } from "./endpoint.ts";
 * console.log(DEFAULT_RPC_TIMEOUT_MS); // 30000
 * ```
 */
export const DEFAULT_RPC_TIMEOUT_MS = 30_000;

/** Rust `str::trim` whitespace (Unicode `White_Space`), which differs from JS `trim()`. */
const RUST_TRIM =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
const U64_DECIMAL = /^\+?[0-9]+$/;
const U64_MAX = 0xffff_ffff_ffff_ffffn;

/**
 * Parses a value the way upstream does: Rust `str::trim` followed by `u64::from_str` —
 * ASCII digits with an optional leading `+`, no `-`, no decimals, no inner spaces, at most
 * 2^64 − 1. Returns `undefined` when the value is unset or unparsable. Values above 2^53
 * lose precision as a JS `number`.
 *
 * @example
 * ```ts
 * import { parseEnvU64 } from "./endpoint.ts";
 * parseEnvU64(" 250 "); // 250
 * parseEnvU64("+7");    // 7
 * parseEnvU64("-5");    // undefined
 * parseEnvU64("1.5");   // undefined
 * ```
 */
export function parseEnvU64(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.replace(RUST_TRIM, "");
  if (!U64_DECIMAL.test(trimmed)) return undefined;
  const digits = trimmed.startsWith("+") ? trimmed.slice(1) : trimmed;
  if (BigInt(digits) > U64_MAX) return undefined;
  return Number(digits);
}

/**
 * The connect timeout in milliseconds from `RUNNING_PROCESS_CLIENT_CONNECT_TIMEOUT_MS`:
 * trimmed decimal, `0` accepted as 0, unset or unparsable → 10000.
 *
 * @example
 * ```ts
 * import { connectTimeoutMs } from "./endpoint.ts";
 * connectTimeoutMs({});                                                // 10000
 * connectTimeoutMs({ RUNNING_PROCESS_CLIENT_CONNECT_TIMEOUT_MS: "0" }); // 0
 * ```
 */
export function connectTimeoutMs(env: Env): number {
  return parseEnvU64(env[CONNECT_TIMEOUT_ENV]) ?? DEFAULT_CONNECT_TIMEOUT_MS;
}

/**
 * The RPC timeout in milliseconds from `RUNNING_PROCESS_CLIENT_RPC_TIMEOUT_MS`: trimmed
 * decimal; unset, `0` or unparsable → 30000.
 *
 * @example
 * ```ts
 * import { rpcTimeoutMs } from "./endpoint.ts";
 * rpcTimeoutMs({ RUNNING_PROCESS_CLIENT_RPC_TIMEOUT_MS: "1500" }); // 1500
 * rpcTimeoutMs({ RUNNING_PROCESS_CLIENT_RPC_TIMEOUT_MS: "0" });    // 30000
 * ```
 */
export function rpcTimeoutMs(env: Env): number {
  const ms = parseEnvU64(env[RPC_TIMEOUT_ENV]);
  return ms === undefined || ms === 0 ? DEFAULT_RPC_TIMEOUT_MS : ms;
}

/**
 * Joins a path component the way Rust's `PathBuf::push` does for a relative component: an
 * empty base yields the component alone, and no separator is added after a trailing `/`.
 */
function joinPath(base: string, leaf: string): string {
  if (base === "") return leaf;
  return base.endsWith("/") ? base + leaf : `${base}/${leaf}`;
}

/**
 * The daemon's runtime directory on Linux and macOS: `$XDG_RUNTIME_DIR/running-process`
 * whenever `XDG_RUNTIME_DIR` is set (even to the empty string, giving the relative path
 * `running-process`), otherwise `/tmp/running-process-<uid>`.
 *
 * `uid` is only needed (and only validated) when `XDG_RUNTIME_DIR` is unset; a missing or
 * invalid one then throws {@link ValidationError}.
 *
 * @example
 * ```ts
 * import { defaultRuntimeDir } from "./endpoint.ts";
 * defaultRuntimeDir({ XDG_RUNTIME_DIR: "/run/user/1000" }, 1000); // "/run/user/1000/running-process"
 * defaultRuntimeDir({}, 1000);                                    // "/tmp/running-process-1000"
 * ```
 */
export function defaultRuntimeDir(env: Env, uid?: number): string {
  const xdg = env[XDG_RUNTIME_DIR_ENV];
  if (xdg !== undefined) return joinPath(xdg, "running-process");
  if (uid === undefined || !Number.isInteger(uid) || uid < 0) {
    throw new ValidationError(
      `a non-negative integer uid is required for the /tmp/running-process-<uid> fallback ` +
        `(XDG_RUNTIME_DIR is unset), got ${uid}`,
    );
  }
  return `/tmp/running-process-${uid}`;
}

/**
 * Options of {@link socketPath}.
 *
 * @example
 * ```ts
 * import type { SocketPathOptions } from "./endpoint.ts";
 * const opts: SocketPathOptions = { scope: "ci", env: {}, uid: 1000 };
 * ```
 */
export interface SocketPathOptions {
  /** An explicit socket path; when given it is returned unchanged and nothing else is read. */
  socketPath?: string;
  /**
   * The daemon scope. `undefined` selects the unscoped `daemon.sock`; any string (even
   * empty) selects `daemon-<scope>.sock`, passed through raw like upstream.
   */
  scope?: string;
  /** The environment to consult for `XDG_RUNTIME_DIR`; defaults to an empty one. */
  env?: Env;
  /** The real uid, needed only for the `/tmp` fallback. */
  uid?: number;
}

/**
 * The daemon socket path: `options.socketPath` if given, else
 * `<runtime_dir>/daemon.sock` (no scope) or `<runtime_dir>/daemon-<scope>.sock`, with
 * `<runtime_dir>` from {@link defaultRuntimeDir}.
 *
 * @example
 * ```ts
 * import { socketPath } from "./endpoint.ts";
 * socketPath({ socketPath: "/srv/rp.sock" });          // "/srv/rp.sock"
 * socketPath({ env: { XDG_RUNTIME_DIR: "" } });         // "running-process/daemon.sock"
 * socketPath({ env: {}, uid: 0, scope: "x" });          // "/tmp/running-process-0/daemon-x.sock"
 * ```
 */
export function socketPath(options: SocketPathOptions = {}): string {
  if (options.socketPath !== undefined) return options.socketPath;
  const leaf = options.scope === undefined ? "daemon.sock" : `daemon-${options.scope}.sock`;
  return joinPath(defaultRuntimeDir(options.env ?? {}, options.uid), leaf);
}

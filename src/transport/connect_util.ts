/**
 * Helpers shared by the socket adapters: the connect deadline/abort race and the mapping of
 * runtime errors to the library's error classes.
 *
 * @example
 * ```ts
 * import { connectWithDeadline } from "./connect_util.ts";
 * const endpoint = { kind: "unix" as const, path: "/tmp/x.sock" };
 * const value = await connectWithDeadline(endpoint, { timeoutMs: 50 }, async () => 42, () => {});
 * console.log(value); // 42
 * ```
 *
 * @module
 */

import {
  AbortError,
  ConnectError,
  ConnectionClosedError,
  RunningProcessError,
  TimeoutError,
  ValidationError,
} from "../errors.ts";
import {
  type ConnectOptions,
  type Endpoint,
  formatEndpoint,
  validateEndpoint,
} from "./transport.ts";

/** Largest delay `setTimeout` honours (2^31 − 1 ms); longer deadlines mean "none". */
const MAX_TIMER_MS = 0x7fff_ffff;

const REASONS: Record<string, string> = {
  ENOENT: "no socket at that path (ENOENT); is the daemon running?",
  ECONNREFUSED: "connection refused; nothing is listening (ECONNREFUSED)",
  EACCES: "permission denied (EACCES)",
  EPERM: "operation not permitted (EPERM)",
  ENOTDIR: "a path component is not a directory (ENOTDIR)",
  ENOTSOCK: "not a socket (ENOTSOCK)",
  EINVAL: "invalid socket address (EINVAL)",
  ENAMETOOLONG: "socket path too long (ENAMETOOLONG)",
  ETIMEDOUT: "the operating system timed out (ETIMEDOUT)",
  EHOSTUNREACH: "host unreachable (EHOSTUNREACH)",
  ENETUNREACH: "network unreachable (ENETUNREACH)",
  ENOTFOUND: "host name not found (ENOTFOUND)",
  EAI_AGAIN: "host name lookup failed (EAI_AGAIN)",
};

/**
 * Maps a runtime's connect failure to a {@link ConnectError} naming the endpoint and the
 * reason (`ENOENT`, `ECONNREFUSED`, …). Library errors pass through unchanged.
 *
 * @example
 * ```ts
 * import { toConnectError } from "./connect_util.ts";
 * const err = Object.assign(new Error("Failed to connect"), { code: "ENOENT" });
 * const e = toConnectError(err, { kind: "unix", path: "/tmp/x.sock" });
 * console.log(e.message); // cannot connect to unix:/tmp/x.sock: no socket at that path (ENOENT); …
 * ```
 */
export function toConnectError(error: unknown, endpoint: Endpoint): RunningProcessError {
  if (error instanceof RunningProcessError) return error;
  const e = error as { code?: unknown; name?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === "string" ? e.code : undefined;
  const name = typeof e?.name === "string" ? e.name : undefined;
  let reason = code !== undefined ? REASONS[code] : undefined;
  if (reason === undefined && (name === "NotCapable" || name === "PermissionDenied")) {
    reason = `permission denied by the runtime (${name}); Deno needs ` +
      (endpoint.kind === "unix"
        ? `--allow-read --allow-write --allow-net=unix:${endpoint.path}`
        : `--allow-net=${endpoint.hostname}:${endpoint.port}`);
  }
  if (reason === undefined) {
    const message = typeof e?.message === "string" ? e.message : String(error);
    reason = code !== undefined ? `${message} (${code})` : message;
  }
  return new ConnectError(formatEndpoint(endpoint), reason, { cause: error });
}

/**
 * Wraps a socket error met after connecting as a {@link ConnectionClosedError}; library
 * errors pass through unchanged.
 *
 * @example
 * ```ts
 * import { toClosedError } from "./connect_util.ts";
 * const e = toClosedError(new Error("EPIPE"), "write failed");
 * console.log(e.message); // write failed: EPIPE
 * ```
 */
export function toClosedError(error: unknown, what: string): RunningProcessError {
  if (error instanceof RunningProcessError) return error;
  const e = error as { code?: unknown; message?: unknown } | undefined;
  const detail = typeof e?.message === "string" && e.message !== ""
    ? e.message
    : typeof e?.code === "string"
    ? e.code
    : String(error);
  return new ConnectionClosedError(`${what}: ${detail}`, { cause: error });
}

/**
 * Builds the {@link AbortError} for an aborted signal (its `reason` becomes `cause`).
 *
 * @example
 * ```ts
 * import { abortErrorFor } from "./connect_util.ts";
 * const e = abortErrorFor(AbortSignal.abort("user"), "connect to unix:/tmp/x.sock");
 * console.log(e.message); // connect to unix:/tmp/x.sock aborted
 * ```
 */
export function abortErrorFor(signal: AbortSignal, what: string): AbortError {
  return new AbortError(`${what} aborted`, { cause: signal.reason });
}

/**
 * Validates `endpoint` and `options`, then runs `attempt` racing it against
 * `options.timeoutMs` (rejecting with {@link TimeoutError}) and `options.signal`
 * (rejecting with {@link AbortError}). `attempt` receives a signal that fires when the race
 * is lost; if the attempt still succeeds later, `dispose` is called on its result. Errors
 * thrown by `attempt` are mapped with {@link toConnectError}.
 *
 * @example
 * ```ts
 * import { connectWithDeadline } from "./connect_util.ts";
 * const endpoint = { kind: "unix" as const, path: "/tmp/x.sock" };
 * const never = () => new Promise<number>(() => {});
 * await connectWithDeadline(endpoint, { timeoutMs: 10 }, never, () => {}); // TimeoutError
 * ```
 */
export function connectWithDeadline<T>(
  endpoint: Endpoint,
  options: ConnectOptions | undefined,
  attempt: (signal: AbortSignal) => Promise<T>,
  dispose: (value: T) => void,
): Promise<T> {
  validateEndpoint(endpoint);
  const timeoutMs = options?.timeoutMs;
  const signal = options?.signal;
  if (timeoutMs !== undefined && (typeof timeoutMs !== "number" || !(timeoutMs >= 0))) {
    throw new ValidationError(
      `timeoutMs must be a non-negative number of milliseconds, got ${String(timeoutMs)}`,
    );
  }
  const name = formatEndpoint(endpoint);
  if (signal?.aborted) return Promise.reject(abortErrorFor(signal, `connect to ${name}`));

  return new Promise<T>((resolve, reject) => {
    const inner = new AbortController();
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const lose = (error: RunningProcessError): void => {
      if (settled) return;
      finish();
      inner.abort(error);
      reject(error);
    };
    function onAbort(): void {
      lose(abortErrorFor(signal!, `connect to ${name}`));
    }
    signal?.addEventListener("abort", onAbort, { once: true });
    if (timeoutMs !== undefined && timeoutMs <= MAX_TIMER_MS) {
      timer = setTimeout(() => {
        lose(
          new TimeoutError(
            `daemon socket connect timed out after ${timeoutMs} ms (${name})`,
            timeoutMs,
          ),
        );
      }, timeoutMs);
    }
    let pending: Promise<T>;
    try {
      pending = attempt(inner.signal);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        if (settled) {
          try {
            dispose(value);
          } catch {
            // The loser's cleanup has nobody to report to.
          }
          return;
        }
        finish();
        resolve(value);
      },
      (error) => {
        if (settled) return;
        finish();
        reject(toConnectError(error, endpoint));
      },
    );
  });
}

/**
 * The daemon reports a program it could not start, and a stdin it could not write, as
 * generic INTERNAL errors (upstream's codes, kept on the wire). The client turns them into
 * the typed errors a local spawn would give: {@link SpawnError}, {@link StdinClosedError},
 * {@link StdinWriteError}, each with the daemon's error as its `cause`. Anything else is
 * returned unchanged.
 *
 * @example
 * ```ts
 * import { DaemonError } from "../errors.ts";
 * import { spawnFailure } from "./daemon_failures.ts";
 * const e = spawnFailure(
 *   new DaemonError(5, 'failed to spawn pipe session: "nosuch": executable not found in PATH'),
 *   "nosuch",
 * );
 * console.log(e); // SpawnError: failed to spawn "nosuch": executable not found in PATH
 * ```
 *
 * @module
 */
import { StatusCode } from "../../proto_gen/daemon_pb.ts";
import { DaemonError } from "../errors.ts";
import { SpawnError, StdinClosedError, StdinWriteError } from "../process/errors.ts";

function internalMessage(e: unknown): string | undefined {
  return e instanceof DaemonError && e.status === StatusCode.STATUS_CODE_INTERNAL
    ? e.daemonMessage
    : undefined;
}

/**
 * A spawn request's failure, as {@link SpawnError} when the daemon could not start the
 * program (missing, not executable, a bad working directory).
 *
 * @param e what the spawn call rejected with
 * @param program the program asked for (`argv[0]`)
 * @returns the error to throw
 */
export function spawnFailure(e: unknown, program: string): unknown {
  const message = internalMessage(e);
  const m = message === undefined
    ? null
    : /^failed to spawn (?:pipe session|PTY|service): (.*)$/s.exec(message);
  if (m === null) return e;
  // This package's daemon names the program first: `"<program>": <reason>`.
  // A service's: `failed to spawn process: <the OS error>`.
  const prefix = `${JSON.stringify(program)}: `;
  const named = m[1].startsWith(prefix) ? m[1].slice(prefix.length) : m[1];
  const reason = named.replace(/^failed to spawn process: /, "");
  return new SpawnError(program, reason, undefined, { cause: e });
}

/**
 * A stdin write's failure, as {@link StdinClosedError} (stdin was closed, or the child is
 * gone) or {@link StdinWriteError} (the child's pipe refused the bytes).
 *
 * @param e what the write call rejected with
 * @returns the error to throw
 */
export function stdinFailure(e: unknown): unknown {
  const message = internalMessage(e);
  if (message === undefined) return e;
  if (message === "process stdin is not available") return new StdinClosedError({ cause: e });
  const m = /^cannot write to process stdin: (.*)$/s.exec(message);
  return m === null ? e : new StdinWriteError(m[1], { cause: e });
}

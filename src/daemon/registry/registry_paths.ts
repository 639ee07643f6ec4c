/**
 * Where the process registry lives: the daemon's SQLite state database, under the state
 * directory (see `../store/sqlite.ts` for the path rules).
 *
 * @module
 */
import process from "node:process";
import { defaultDbPath, stateDir } from "../store/sqlite.ts";

/**
 * The `tracked-pids` directory of upstream's state rules (docs/PROTOCOL.md#transport), without the file name:
 * `$XDG_STATE_HOME/running-process` when `XDG_STATE_HOME` is set (presence only, like
 * upstream), else `<home>/.local/state/running-process` where `<home>` is a non-empty
 * `HOME` or the passwd home directory, else `/tmp/running-process-state`.
 *
 * @param env environment to read (default: the process environment)
 * @returns the directory
 *
 * @example
 * ```ts
 * import { registryStateDir } from "./registry_paths.ts";
 * console.log(registryStateDir({ XDG_STATE_HOME: "/var/st" })); // /var/st/running-process
 * ```
 */
export function registryStateDir(env: Record<string, string | undefined> = process.env): string {
  return stateDir(env);
}

/**
 * The default registry file of a scope: `<state dir>/tracked-pids<suffix>.sqlite3`, with
 * `<suffix>` = `-<scope>` (the raw scope, like the socket name) or empty.
 *
 * @param scope the daemon's `--scope`, if any
 * @param env environment to read (default: the process environment)
 * @returns the file path
 *
 * @example
 * ```ts
 * import { defaultRegistryPath } from "./registry_paths.ts";
 * console.log(defaultRegistryPath("proj", { XDG_STATE_HOME: "/s" }));
 * // /s/running-process/tracked-pids-proj.sqlite3
 * ```
 */
export function defaultRegistryPath(
  scope?: string,
  env: Record<string, string | undefined> = process.env,
): string {
  return defaultDbPath(scope, env);
}

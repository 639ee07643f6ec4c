/**
 * Environment of PTY and pipe session children (docs/PROTOCOL.md#environment).
 *
 * 1. The policy picks the base: the daemon's environment (INHERIT), a reconstructed login
 *    environment (USER_BASELINE: USER/LOGNAME/HOME/SHELL from the password database, a
 *    default PATH, locale/TZ/TMPDIR carried over), or nothing (CLEAR). Policy `0` is the
 *    legacy form: `clear_inherited_env` true means CLEAR, false INHERIT.
 * 2. The explicit entries are applied in order; an entry replaces the base entry with the
 *    same key (exact comparison; ASCII case-insensitive on Windows, where the replaced entry
 *    takes the explicit spelling); for duplicates the last one wins.
 * 3. `RUNNING_PROCESS_ORIGINATOR=<originator>` is applied last, so it always wins.
 *
 * @example
 * ```ts
 * import { materializeEnvironment, resolveEnvironmentPolicy } from "./environment.ts";
 * const policy = resolveEnvironmentPolicy(3, false); // "clear"
 * const env = materializeEnvironment(policy, [{ key: "A", value: "1" }], "client:me");
 * console.log(env); // { A: "1", RUNNING_PROCESS_ORIGINATOR: "client:me" }
 * ```
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import process from "node:process";
import { RunningProcessError } from "../../errors.ts";
import { processEnvironment } from "../../process/_util.ts";
import { invalidArgument } from "../connection/status_error.ts";

/** The resolved policy. */
export type EnvironmentPolicyName = "inherit" | "user_baseline" | "clear";

/** The variable the daemon always sets to the session's originator. */
export const ORIGINATOR_ENV = "RUNNING_PROCESS_ORIGINATOR";

/** PATH of the USER_BASELINE environment. */
export const BASELINE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** Raised when the base environment cannot be built (answered as INTERNAL). */
export class EnvironmentError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param message what failed
   * @param options standard error options (`cause`)
   */
  constructor(message: string, options?: ErrorOptions) {
    super("ENVIRONMENT_FAILED", message, options);
    this.name = "EnvironmentError";
  }
}

/**
 * Resolves the wire policy (`EnvironmentPolicy`) and the legacy boolean.
 *
 * @param policy `environment_policy` from the request
 * @param clearInheritedEnv `clear_inherited_env` from the request (used when policy is 0)
 * @returns the policy to apply
 * @throws {StatusError} INVALID_ARGUMENT `unknown environment policy` for values above 3
 */
export function resolveEnvironmentPolicy(
  policy: number,
  clearInheritedEnv: boolean,
): EnvironmentPolicyName {
  switch (policy) {
    case 0:
      return clearInheritedEnv ? "clear" : "inherit";
    case 1:
      return "inherit";
    case 2:
      return "user_baseline";
    case 3:
      return "clear";
    default:
      throw invalidArgument("unknown environment policy");
  }
}

const BASELINE_CARRIED = /^(LANG|LANGUAGE|LC_[A-Z_]+|TZ|TMPDIR)$/;

/**
 * USER/LOGNAME/HOME/SHELL of the current uid: from `/etc/passwd` first (Bun's
 * `os.userInfo()` can report "unknown"), else `os.userInfo()`.
 */
function loginIdentity(): { name: string; home: string; shell: string } | undefined {
  const uid = process.getuid?.();
  if (uid !== undefined) {
    try {
      for (const line of readFileSync("/etc/passwd", "utf8").split("\n")) {
        const f = line.split(":");
        if (f.length >= 7 && f[2] === String(uid)) return { name: f[0], home: f[5], shell: f[6] };
      }
    } catch { /* no passwd file */ }
  }
  try {
    const u = userInfo();
    if (u.username && u.username !== "unknown") {
      return { name: u.username, home: u.homedir ?? "", shell: u.shell ?? "" };
    }
  } catch { /* no passwd entry */ }
  return undefined;
}

function userBaseline(): Record<string, string> {
  const id = loginIdentity();
  if (!id) throw new EnvironmentError("cannot read the user's password entry");
  const out: Record<string, string> = {
    USER: id.name,
    LOGNAME: id.name,
    HOME: id.home,
    SHELL: id.shell || "/bin/sh",
    PATH: BASELINE_PATH,
  };
  for (const [k, v] of Object.entries(process.env)) {
    if (typeof v === "string" && BASELINE_CARRIED.test(k)) out[k] = v;
  }
  return out;
}

/**
 * The base environment of a policy, before the request's explicit entries: the daemon's
 * (INHERIT), a reconstructed login environment (USER_BASELINE), or none (CLEAR).
 *
 * @param policy the resolved policy
 * @returns a fresh object the caller may change
 * @throws {EnvironmentError} when the USER_BASELINE identity cannot be read
 */
export function baseEnvironment(policy: EnvironmentPolicyName): Record<string, string> {
  return policy === "inherit"
    ? processEnvironment()
    : policy === "user_baseline"
    ? userBaseline()
    : {};
}

/**
 * Builds the complete child environment.
 *
 * @param policy the resolved policy
 * @param entries explicit `env` entries, applied in order
 * @param originator value of `RUNNING_PROCESS_ORIGINATOR`, applied last
 * @returns the environment (insertion-ordered)
 * @throws {EnvironmentError} when the USER_BASELINE identity cannot be read
 */
export function materializeEnvironment(
  policy: EnvironmentPolicyName,
  entries: readonly { key: string; value: string }[],
  originator: string,
): Record<string, string> {
  return applyEntries(baseEnvironment(policy), entries, originator);
}

/** Applies the explicit entries, then the originator, to `env` (see the module docs). */
function applyEntries(
  env: Record<string, string>,
  entries: readonly { key: string; value: string }[],
  originator: string,
): Record<string, string> {
  const windows = process.platform === "win32";
  const set = (key: string, value: string) => {
    if (windows) {
      const upper = key.toUpperCase();
      for (const k of Object.keys(env)) if (k.toUpperCase() === upper) delete env[k];
    }
    env[key] = value;
  };
  for (const { key, value } of entries) set(key, value);
  set(ORIGINATOR_ENV, originator);
  return env;
}

/**
 * Like {@link materializeEnvironment}, but for INHERIT (outside Windows) it leaves the base
 * out: `env` then holds the explicit entries and the originator only, for a spawn that
 * applies them over the daemon's own environment (`SpawnOptions.inheritEnv`), which is
 * the same child environment without a copy of the daemon's on every spawn.
 *
 * @param policy the resolved policy
 * @param entries explicit `env` entries, applied in order
 * @param originator value of `RUNNING_PROCESS_ORIGINATOR`, applied last
 * @returns the entries, and whether they go over the daemon's environment
 * @throws {EnvironmentError} when the USER_BASELINE identity cannot be read
 */
export function environmentOverrides(
  policy: EnvironmentPolicyName,
  entries: readonly { key: string; value: string }[],
  originator: string,
): { env: Record<string, string>; inherit: boolean } {
  const inherit = policy === "inherit" && process.platform !== "win32";
  const base = inherit ? {} : baseEnvironment(policy);
  return { env: applyEntries(base, entries, originator), inherit };
}

/**
 * The session originator: the request's, or `client:<client_name>` when it is empty.
 *
 * @param originator `originator` from the request
 * @param clientName `client_name` of the request envelope
 * @returns the originator to record
 */
export function sessionOriginator(originator: string, clientName: string): string {
  return originator !== "" ? originator : `client:${clientName}`;
}

/**
 * Passing an exact environment through a `/bin/sh` wrapper without putting any of its
 * values on a command line (where every local user could read them in `ps`).
 *
 * The wrappers (`script -c` for PTYs, the merged-stderr pipe wrapper) run `/bin/sh`, which
 * then `exec`s `/usr/bin/env … -- program args…`. The environment travels in the spawn's
 * environment block, which only the same user (and root) can read, through the shell to the
 * program. Most variables pass the shell unchanged. The others — names that are not shell
 * identifiers (`A.B`, `X-Y`: `/bin/sh` drops them), the variables a POSIX shell manages
 * itself (`IFS`, `OPTIND`, `PPID`, `PWD`: dash resets or adds them) and those the wrapper
 * needs for itself (`SHELL` for `script`) — ride in *carrier* variables with plain names
 * (`__RP_ENV_<n>`), and the final GNU `env` puts them back under their own names:
 * `env -u <carriers> -u <managed names not asked for> -S '-- "NAME=${__RP_ENV_0}" …'`.
 * `env -S` expands `${…}` in its own memory, so its command line shows only the names.
 *
 * @example
 * ```ts
 * import { shellExecEnv } from "./shell_env.ts";
 * const { env, envArgv } = shellExecEnv({ TOKEN: "s3cret", "A.B": "x" });
 * console.log(env.TOKEN, env.__RP_ENV_0); // s3cret x
 * console.log(envArgv.join(" "));
 * // /usr/bin/env -u __RP_ENV_0 -u IFS -u OPTIND -u PPID -u PWD -S -- "A.B=${__RP_ENV_0}"
 * ```
 *
 * @module
 */

/** Variables `/bin/sh` sets or resets on its own. */
export const SHELL_MANAGED_NAMES: readonly string[] = ["IFS", "OPTIND", "PPID", "PWD"];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The two halves of {@link shellExecEnv}. */
export interface ShellExecEnv {
  /** The environment to give the wrapper process (the values travel here). */
  env: Record<string, string>;
  /**
   * The `/usr/bin/env` command that restores the exact environment; the program and its
   * arguments follow it (they are never taken as assignments or options).
   */
  envArgv: string[];
}

/** Quotes a variable name for a double-quoted `env -S` word. */
function splitQuote(name: string): string {
  return name.replace(/[\\"$\n\t\r\v\f]/g, (c) => {
    switch (c) {
      case "\n":
        return "\\n";
      case "\t":
        return "\\t";
      case "\r":
        return "\\r";
      case "\v":
        return "\\v";
      case "\f":
        return "\\f";
      default:
        return `\\${c}`;
    }
  });
}

/**
 * Splits `env` into the wrapper's environment and the `env` command that restores it
 * exactly (see the module documentation).
 *
 * @param env the environment the program must get
 * @param wrapperEnv variables the wrapper itself needs (the program gets `env`'s values of
 *   those names, or none)
 * @returns the wrapper environment and the `env` prefix of the final `exec`
 */
export function shellExecEnv(
  env: Record<string, string>,
  wrapperEnv: Record<string, string> = {},
): ShellExecEnv {
  const managed = new Set([...SHELL_MANAGED_NAMES, ...Object.keys(wrapperEnv)]);
  let prefix = "__RP_ENV_";
  while (Object.keys(env).some((k) => k.startsWith(prefix))) prefix = `_${prefix}`;
  const out: Record<string, string> = {};
  const carried: string[] = [];
  const assignments: string[] = [];
  for (const key in env) {
    if (IDENTIFIER.test(key) && !managed.has(key)) {
      out[key] = env[key]!;
      continue;
    }
    const carrier = `${prefix}${carried.length}`;
    carried.push(carrier);
    out[carrier] = env[key]!;
    assignments.push(`"${splitQuote(key)}=\${${carrier}}"`);
  }
  Object.assign(out, wrapperEnv);
  const unset: string[] = [];
  for (const c of carried) unset.push("-u", c);
  for (const name of managed) if (!Object.hasOwn(env, name)) unset.push("-u", name);
  const envArgv = assignments.length === 0
    ? ["/usr/bin/env", ...unset, "--"]
    : ["/usr/bin/env", ...unset, "-S", `-- ${assignments.join(" ")}`];
  return { env: out, envArgv };
}

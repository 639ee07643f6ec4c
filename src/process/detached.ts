/**
 * Detached children: {@link spawnDetached} starts a program in its own session and process
 * group (`setsid`), with stdin, stdout and stderr on `/dev/null`, unreferenced so that it
 * never keeps the caller alive and outlives it. This is what SPAWN_DAEMON needs; pipe and
 * PTY children live in `spawn.ts` and `pty.ts`. Implemented with `node:child_process`,
 * which Deno, Bun and Node all provide (every one of them honours `detached: true`).
 *
 * @example
 * ```ts
 * import { spawnDetached } from "./detached.ts";
 * const child = await spawnDetached(["/bin/sh", "-c", "sleep 1"], { PATH: "/usr/bin:/bin" });
 * console.log(child.pid);
 * console.log(await child.exited); // { code: 0, signal: null, exitCode: 0 }
 * ```
 *
 * @module
 */
import { spawn } from "node:child_process";
import { exitInfoOf, toSpawnError, validateSpawn } from "./_util.ts";
import type { ExitInfo } from "./types.ts";

export { SpawnError } from "./errors.ts";

/**
 * A started detached child.
 *
 * @example
 * ```ts
 * import { spawnDetached, type DetachedChild } from "./detached.ts";
 * const c: DetachedChild = await spawnDetached(["sleep", "1"], { PATH: "/usr/bin:/bin" });
 * ```
 */
export interface DetachedChild {
  /** Process id (also its session and process-group id). */
  readonly pid: number;
  /**
   * Resolves when the child exits while this process still runs; never rejects, and never
   * keeps this process alive.
   */
  readonly exited: Promise<ExitInfo>;
}

/**
 * Starts `argv` detached (own session, stdio on `/dev/null`, unreferenced).
 *
 * @param argv program and arguments; `argv[0]` without `/` is looked up in `env.PATH`
 * @param env the COMPLETE environment of the child (not merged with this process's)
 * @param cwd working directory; `undefined` or `""` inherits the current one
 * @returns the child, once it has been started
 * @throws {SpawnError} when it cannot be started (empty argv, missing program or working
 *   directory, invalid environment)
 *
 * @example
 * ```ts
 * import { spawnDetached } from "./detached.ts";
 * const c = await spawnDetached(["/bin/sh", "-c", "env > /tmp/env.txt"], { A: "1" }, "/tmp");
 * await c.exited;
 * ```
 */
export async function spawnDetached(
  argv: readonly string[],
  env: Record<string, string>,
  cwd?: string,
): Promise<DetachedChild> {
  const program = argv[0] ?? "";
  const dir = validateSpawn(argv, env, cwd);
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn(program, argv.slice(1), {
      detached: true,
      stdio: "ignore",
      env,
      ...(dir === undefined ? {} : { cwd: dir }),
    });
  } catch (e) {
    throw toSpawnError(program, e);
  }
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once("exit", (code, signal) => resolve(exitInfoOf(code, signal)));
  });
  if (child.pid === undefined) {
    // The runtimes report a failed spawn asynchronously, through "error".
    const error = await new Promise<unknown>((resolve) => {
      child.once("error", resolve);
      child.once("exit", () => resolve(new Error("the child exited before it had a pid")));
    });
    throw toSpawnError(program, error);
  }
  child.on("error", () => {}); // late errors (e.g. a failed kill) must not crash the daemon
  child.unref();
  return { pid: child.pid, exited };
}

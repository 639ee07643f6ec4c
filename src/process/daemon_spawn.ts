/**
 * Starts this package's daemon as a detached background process: the current runtime's
 * binary (`process.execPath`, i.e. `deno` or `bun`) running `src/cli/main.ts serve --socket
 * <path>`, in its own process group, with stdio ignored and unreferenced so the caller can
 * exit. Runtime access goes through `node:` modules only, which Deno, Bun and Node all
 * provide. Node has no TypeScript support for the CLI, so there it fails with
 * `UnsupportedError`.
 *
 * @example
 * ```ts
 * import { spawnDaemonProcess } from "./daemon_spawn.ts";
 * const child = spawnDaemonProcess({
 *   cliPath: new URL("../cli/main.ts", import.meta.url).href,
 *   socketPath: "/tmp/rp-demo/daemon.sock",
 * });
 * console.log(child.pid, child.command.join(" "));
 * ```
 *
 * @module
 */
import { spawn } from "node:child_process";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { UnsupportedError } from "../errors.ts";
import { detectRuntime } from "../runtime.ts";

/**
 * What to start.
 *
 * @example
 * ```ts
 * import type { DaemonSpawnOptions } from "./daemon_spawn.ts";
 * const o: DaemonSpawnOptions = { cliPath: "/opt/rp/src/cli/main.ts", socketPath: "/tmp/rp/d.sock" };
 * ```
 */
export interface DaemonSpawnOptions {
  /** The CLI module: a file path, or a `file:` URL (Deno also takes `https:`/`jsr:` URLs). */
  cliPath: string;
  /** The socket the daemon must listen on. */
  socketPath: string;
  /** The scope name to report in STATUS (passed as `--scope`). */
  scope?: string;
  /** The runtime binary (default `process.execPath`). */
  execPath?: string;
  /** Which runtime `execPath` is (default: the current one). */
  runtime?: "deno" | "bun" | "node";
  /** Environment of the daemon (default: inherited). */
  env?: Record<string, string>;
}

/**
 * A started daemon process.
 *
 * @example
 * ```ts
 * import { spawnDaemonProcess, type SpawnedDaemon } from "./daemon_spawn.ts";
 * const d: SpawnedDaemon = spawnDaemonProcess({ cliPath: "./src/cli/main.ts", socketPath: "/tmp/d/s.sock" });
 * const code = await d.exited; // only settles if it exits while we still run
 * ```
 */
export interface SpawnedDaemon {
  /** Process id (undefined when the spawn itself failed; see `exited`). */
  readonly pid: number | undefined;
  /** The command line that was run (binary first). */
  readonly command: readonly string[];
  /**
   * Settles when the process exits while this process still runs: resolves with the exit
   * code (or `128 + n` for a signal), or rejects when it could not be started at all (the
   * runtime's spawn error, e.g. `ENOENT`). Never keeps the caller alive.
   */
  readonly exited: Promise<number>;
}

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/**
 * The command line that starts the daemon for `options`, without running it. Throws
 * `UnsupportedError` under Node (no TypeScript), and under Bun for a CLI that is not a
 * local file.
 *
 * @param options what to start
 * @returns the binary followed by its arguments
 *
 * @example
 * ```ts
 * import { daemonCommand } from "./daemon_spawn.ts";
 * daemonCommand({ cliPath: "/opt/rp/src/cli/main.ts", socketPath: "/tmp/d/s.sock", runtime: "deno", execPath: "deno" });
 * // ["deno", "run", "-A", "/opt/rp/src/cli/main.ts", "serve", "--socket", "/tmp/d/s.sock"]
 * ```
 */
export function daemonCommand(options: DaemonSpawnOptions): string[] {
  const runtime = options.runtime ?? detectRuntime();
  const execPath = options.execPath ?? process.execPath;
  let cli = options.cliPath;
  if (cli.startsWith("file:")) cli = fileURLToPath(cli);
  const local = !/^[a-z][a-z0-9+.-]*:/i.test(cli);
  const args = ["serve", "--socket", options.socketPath];
  if (options.scope !== undefined) args.push("--scope", options.scope);
  if (runtime === "deno") return [execPath, "run", "-A", cli, ...args];
  if (runtime === "bun") {
    if (!local) {
      throw new UnsupportedError(
        `cannot start the daemon under Bun from ${cli}: Bun runs local files only; ` +
          `start it yourself with \`rp serve --socket ${options.socketPath}\``,
      );
    }
    return [execPath, cli, ...args];
  }
  throw new UnsupportedError(
    "cannot start the daemon from Node: the daemon is TypeScript and needs Deno or Bun; " +
      `start it yourself with \`deno run -A ${cli} serve --socket ${options.socketPath}\` ` +
      "(or `bun` instead of `deno run -A`), then connect",
  );
}

/**
 * Starts the daemon detached (own process group, stdio ignored, unreferenced). Throws
 * `UnsupportedError` where it cannot be started (see {@link daemonCommand}); a failure of
 * the spawn itself is reported through `exited`.
 *
 * @param options what to start
 * @returns the started process
 *
 * @example
 * ```ts
 * import { spawnDaemonProcess } from "./daemon_spawn.ts";
 * const d = spawnDaemonProcess({ cliPath: "./src/cli/main.ts", socketPath: "/tmp/d/s.sock" });
 * d.exited.then((code) => console.log("daemon exited early with", code), () => {});
 * ```
 */
export function spawnDaemonProcess(options: DaemonSpawnOptions): SpawnedDaemon {
  const command = daemonCommand(options);
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn(command[0], command.slice(1), {
      detached: true,
      stdio: "ignore",
      env: options.env ?? process.env,
    });
  } catch (error) {
    const exited = Promise.reject(error);
    exited.catch(() => {});
    return { pid: undefined, command, exited };
  }
  const exited = new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      resolve(code ?? (signal ? 128 + (SIGNALS[signal] ?? 0) : 1));
    });
  });
  exited.catch(() => {}); // observed by callers that care
  try {
    child.unref();
  } catch {
    // Deno's node:child_process has no handle to unref when the spawn failed ("error" follows).
  }
  return { pid: child.pid, command, exited };
}

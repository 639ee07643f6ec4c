/**
 * The process adapters: pipe and PTY children for the daemon, runtime-neutral in their
 * signatures (Deno, Bun and Node each use their own spawn API inside), plus Linux `/proc`
 * helpers.
 *
 * - {@link spawnPipe}: stdin/stdout/stderr pipes, own process group, exact environment,
 *   optional merged stderr.
 * - {@link spawnPty} / {@link ptySupport}: a program on a new PTY (Bun's terminal API, or
 *   util-linux `script`).
 * - `/proc`: {@link readProcStat}, {@link listChildren}, {@link listDescendants},
 *   {@link readCmdline}, {@link processExists}, {@link isAlive}, {@link isZombie}.
 *
 * @example
 * ```ts
 * import { spawnPipe } from "./mod.ts";
 * const child = spawnPipe({ argv: ["sh", "-c", "exit 7"], env: {} });
 * console.log((await child.exited).exitCode); // 7
 * ```
 *
 * @module
 */
export type {
  ChildProcessHandle,
  ExitInfo,
  PipeBackend,
  ProcessSignal,
  PtyBackend,
  PtyHandle,
  PtyOptions,
  PtySupport,
  SpawnOptions,
} from "./types.ts";
export { ptyExitCode } from "./types.ts";
export {
  PtyUnsupportedError,
  RunningProcessError,
  SpawnError,
  StdinClosedError,
  StdinWriteError,
} from "./errors.ts";
export { spawnPipe } from "./spawn.ts";
export { ptySupport, spawnPty } from "./pty.ts";
export {
  controllingPts,
  isAlive,
  isZombie,
  listChildren,
  listDescendants,
  processExists,
  type ProcStat,
  readCmdline,
  readProcStat,
} from "./proc.ts";

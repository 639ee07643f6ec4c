/**
 * Runtime-neutral shapes of the process adapters: what a pipe child and a PTY child
 * look like to the daemon, whatever runtime (Deno, Bun, Node) runs it. No Deno or Bun type
 * appears here.
 *
 * Exit codes follow the protocol (docs/PROTOCOL.md#terminate): {@link ExitInfo.exitCode} is the
 * pipe session code (normal status, or `-signo` for a signal death); a PTY session reports `1`
 * for any signal death, which {@link ptyExitCode} computes.
 *
 * @example
 * ```ts
 * import { type ExitInfo, ptyExitCode } from "./types.ts";
 * const killed: ExitInfo = { code: null, signal: 15, exitCode: -15 };
 * console.log(killed.exitCode, ptyExitCode(killed)); // -15 1
 * ```
 *
 * @module
 */

/**
 * Signals the adapters send by name. Numbers are the platform's (`SIGTERM` is 15 on
 * Linux).
 *
 * @example
 * ```ts
 * import type { ProcessSignal } from "./types.ts";
 * const soft: ProcessSignal = "SIGTERM";
 * ```
 */
export type ProcessSignal =
  | "SIGTERM"
  | "SIGKILL"
  | "SIGINT"
  | "SIGHUP"
  | "SIGQUIT"
  | "SIGUSR1"
  | "SIGUSR2"
  | "SIGSTOP"
  | "SIGCONT"
  | "SIGWINCH";

/**
 * How a child ended.
 *
 * @example
 * ```ts
 * import type { ExitInfo } from "./types.ts";
 * const normal: ExitInfo = { code: 7, signal: null, exitCode: 7 };
 * const killed: ExitInfo = { code: null, signal: 9, exitCode: -9 };
 * ```
 */
export interface ExitInfo {
  /** The exit status for a normal exit; `null` for a signal death. */
  code: number | null;
  /** The number of the signal that killed the child; `null` for a normal exit. */
  signal: number | null;
  /**
   * The code as pipe sessions report it: `code` for a normal exit, `-signal` for a
   * signal death (`-15` for SIGTERM, `-9` for SIGKILL).
   */
  exitCode: number;
}

/**
 * Which implementation starts pipe children. `"auto"` (the default) picks the current
 * runtime's native API; `"node"` forces `node:child_process` (which Deno and Bun also
 * provide; mostly useful for testing the Node path).
 *
 * @example
 * ```ts
 * import type { PipeBackend } from "./types.ts";
 * const b: PipeBackend = "auto";
 * ```
 */
export type PipeBackend = "auto" | "deno" | "bun" | "node";

/**
 * Options of {@link ChildProcessHandle} creation (`spawnPipe`).
 *
 * @example
 * ```ts
 * import type { SpawnOptions } from "./types.ts";
 * const opts: SpawnOptions = { argv: ["ls", "-l"], cwd: "/tmp", env: { PATH: "/usr/bin:/bin" } };
 * ```
 */
export interface SpawnOptions {
  /** Program and arguments; `argv[0]` is looked up in `env.PATH` when it has no `/`. */
  argv: string[];
  /** Working directory; `undefined` or `""` inherits the current one. */
  cwd?: string;
  /**
   * The COMPLETE environment of the child. The caller materialises it (policy, overrides,
   * originator); it is not merged with the parent's environment, unless `inheritEnv`.
   */
  env: Record<string, string>;
  /**
   * `env` holds only entries applied over this process's own environment (read at the
   * spawn). Same child environment as passing the merge in `env`, without copying the
   * whole environment into a new object on every spawn.
   */
  inheritEnv?: boolean;
  /**
   * Point the child's stderr at its stdout pipe (same pipe, so byte order is kept);
   * `stderr` is then `null`.
   */
  mergeStderr?: boolean;
  /** Implementation override; default `"auto"`. */
  backend?: PipeBackend;
}

/**
 * A running pipe child. stdin, stdout and stderr are pipes. The child always leads its own
 * process group (and session), so {@link ChildProcessHandle.signalGroup} reaches everything
 * it started that did not move away.
 *
 * The output iterables are byte-faithful (no line rewriting) and single-consumer: iterate
 * each once. Breaking out of the loop closes the read side.
 *
 * @example
 * ```ts
 * import type { ChildProcessHandle } from "./types.ts";
 * async function collect(h: ChildProcessHandle): Promise<number> {
 *   let n = 0;
 *   for await (const chunk of h.stdout!) n += chunk.length;
 *   return (await h.exited).exitCode;
 * }
 * ```
 */
export interface ChildProcessHandle {
  /** The child's pid (also its process-group id). */
  readonly pid: number;
  /** The child's stdout. */
  readonly stdout: AsyncIterable<Uint8Array> | null;
  /** The child's stderr; `null` when merged into stdout. */
  readonly stderr: AsyncIterable<Uint8Array> | null;
  /**
   * Writes all of `data` to stdin; resolves with `data.length`. Writes are applied in call
   * order. An empty write resolves 0 without touching the pipe. Rejects with
   * `StdinClosedError` after {@link ChildProcessHandle.closeStdin}, and with
   * `StdinWriteError` when the write fails (broken pipe). Do not mutate `data` until the
   * promise settles.
   */
  writeStdin(data: Uint8Array): Promise<number>;
  /** Closes stdin after the pending writes (the child sees EOF). Idempotent; never rejects. */
  closeStdin(): Promise<void>;
  /** Resolves once the child has exited (independent of output EOF). Never rejects. */
  readonly exited: Promise<ExitInfo>;
  /**
   * Resolves once the child leads its own session and process group (or has exited). On
   * Deno the session is made by `setsid` inside the child, a moment after the spawn returns;
   * elsewhere it is already settled. On Deno `/proc` is polled only once this is read. Never
   * rejects.
   */
  readonly ready: Promise<void>;
  /**
   * Sends `sig` to the child's whole process group (`kill(-pid, sig)`). Works after the
   * leader exited as long as members remain. Before the group exists (see
   * {@link ChildProcessHandle.ready}) the child itself is signalled: it has started nothing
   * yet. Returns `false` when no process received it.
   */
  signalGroup(sig: ProcessSignal): boolean;
  /** Sends `sig` to the child only. Returns `false` when it has already exited. */
  kill(sig: ProcessSignal): boolean;
}

/**
 * PTY implementations. `"bun-terminal"`: Bun's built-in PTY (`Bun.spawn({ terminal })`).
 * `"script"`: util-linux `script` as the PTY owner (Deno, Node, or forced on Bun).
 *
 * @example
 * ```ts
 * import type { PtyBackend } from "./types.ts";
 * const b: PtyBackend = "script";
 * ```
 */
export type PtyBackend = "bun-terminal" | "script";

/**
 * Options of a PTY spawn (`spawnPty`).
 *
 * @example
 * ```ts
 * import type { PtyOptions } from "./types.ts";
 * const opts: PtyOptions = { argv: ["bash"], env: { TERM: "xterm-256color" }, rows: 24, cols: 80 };
 * ```
 */
export interface PtyOptions {
  /** Program and arguments; looked up in `env.PATH` like pipe children. */
  argv: string[];
  /** Working directory; `undefined` or `""` inherits the current one. */
  cwd?: string;
  /** The COMPLETE environment of the child (not merged with the parent's). */
  env: Record<string, string>;
  /** Window rows; `0` means 24. */
  rows: number;
  /** Window columns; `0` means 80. */
  cols: number;
  /** Implementation override; default: the best one available (see `ptySupport`). */
  backend?: PtyBackend;
}

/**
 * A running PTY child. The child leads a new session whose controlling terminal is the PTY.
 *
 * Exit information is raw ({@link ExitInfo}); PTY sessions report `1` for any
 * signal death — map with {@link ptyExitCode}.
 *
 * @example
 * ```ts
 * import { ptyExitCode, type PtyHandle } from "./types.ts";
 * async function run(h: PtyHandle): Promise<number> {
 *   for await (const bytes of h.output) console.log(bytes.length);
 *   return ptyExitCode(await h.exited);
 * }
 * ```
 */
export interface PtyHandle {
  /** The pid of the program (the session pid reported to clients). */
  readonly pid: number;
  /** The implementation in use. */
  readonly backend: PtyBackend;
  /**
   * Raw PTY output (merged stdout/stderr as the terminal shows it, e.g. `\r\n` line ends).
   * Single-consumer. Ends when the terminal closes (the program exited, or `close()`). Each
   * chunk is handed over: the backend never reads or modifies it again.
   */
  readonly output: AsyncIterable<Uint8Array>;
  /**
   * Output bytes the backend dropped because `output` was not consumed fast enough
   * (cumulative). Only Bun's backend, which cannot stop reading the terminal, may drop: it
   * suspends the program's output past `PTY_PAUSE_BYTES` unread, and drops past
   * `PTY_READ_AHEAD_BYTES` only where it cannot suspend it (no `bun:ffi`). Absent means never.
   */
  readonly outputDropped?: number;
  /** Writes input bytes to the terminal. Rejects with `StdinWriteError` once it is closed. */
  write(data: Uint8Array): Promise<void>;
  /**
   * Sets the window size (`0` keeps that dimension). Resolves when applied; never rejects
   * (best effort: a no-op after exit).
   */
  resize(rows: number, cols: number): Promise<void>;
  /** The current window size as last set. */
  readonly size: { rows: number; cols: number };
  /**
   * Sends the terminal interrupt: writes `^C` (0x03) to the terminal, so the line
   * discipline delivers SIGINT to the foreground process group (in raw mode the program
   * receives the byte, as with a real terminal).
   */
  interrupt(): void;
  /** Resolves once the program has exited. Never rejects. */
  readonly exited: Promise<ExitInfo>;
  /** Sends `sig` to the program. Returns `false` when it has already exited. */
  kill(sig: ProcessSignal): boolean;
  /**
   * Sends `sig` to every descendant of the program (deepest first), then to the program —
   * the PTY termination order. Returns how many processes received it.
   */
  signalTree(sig: ProcessSignal): number;
  /** Closes the terminal (the session gets a hangup) and ends `output`. Idempotent. */
  close(): void;
}

/**
 * What `ptySupport()` reports.
 *
 * @example
 * ```ts
 * import type { PtySupport } from "./types.ts";
 * const none: PtySupport = { supported: false, backend: "none", reason: "not Linux" };
 * ```
 */
export interface PtySupport {
  /** Whether `spawnPty` can work. */
  supported: boolean;
  /** The backend `spawnPty` would use. */
  backend: PtyBackend | "none";
  /** Why PTYs are unsupported (only when `supported` is false). */
  reason?: string;
}

/**
 * The exit code a PTY session reports: the normal status, or `1` for any signal
 * death (docs/PROTOCOL.md#pty-sessions).
 *
 * @param info raw exit information
 * @returns the PTY session exit code
 *
 * @example
 * ```ts
 * import { ptyExitCode } from "./types.ts";
 * console.log(ptyExitCode({ code: 3, signal: null, exitCode: 3 })); // 3
 * console.log(ptyExitCode({ code: null, signal: 9, exitCode: -9 })); // 1
 * ```
 */
export function ptyExitCode(info: ExitInfo): number {
  return info.signal !== null ? 1 : (info.code ?? 1);
}

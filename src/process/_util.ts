/**
 * Internal helpers of the process adapters: runtime detection with local minimal Deno
 * and Bun types (never exported through a public signature), signal numbers, exit-info
 * construction, spawn argument validation, `PATH` lookup, shell quoting and a small
 * push-to-pull byte queue.
 *
 * @example
 * ```ts
 * import { exitInfoOf, runtimeName } from "./_util.ts";
 * console.log(runtimeName()); // "deno", "bun" or "node"
 * console.log(exitInfoOf(null, "SIGTERM")); // { code: null, signal: 15, exitCode: -15 }
 * ```
 *
 * @module
 */
import { accessSync, constants as fsConstants, statSync } from "node:fs";
import { constants as osConstants } from "node:os";
import process from "node:process";
import { detectRuntime, type RuntimeName } from "../runtime.ts";
import { SpawnError } from "./errors.ts";
import type { ExitInfo, ProcessSignal } from "./types.ts";

// ---------------------------------------------------------------------------------------------
// Minimal runtime shapes (only what these adapters use)

/**
 * The part of a `Deno.ChildProcess` these adapters use.
 *
 * @example
 * ```ts
 * import type { DenoChild } from "./_util.ts";
 * const pidOf = (c: DenoChild) => c.pid;
 * ```
 */
export interface DenoChild {
  /** Child pid. */
  readonly pid: number;
  /** stdin when `"piped"`. */
  readonly stdin: WritableStream<Uint8Array>;
  /** stdout when `"piped"`. */
  readonly stdout: ReadableStream<Uint8Array>;
  /** stderr when `"piped"`. */
  readonly stderr: ReadableStream<Uint8Array>;
  /** Exit status. */
  readonly status: Promise<{ success: boolean; code: number; signal: string | null }>;
}

/**
 * The part of the `Deno` namespace these adapters use.
 *
 * @example
 * ```ts
 * import { denoApi } from "./_util.ts";
 * console.log(denoApi() !== undefined); // true under Deno
 * ```
 */
export interface DenoApi {
  /** `Deno.Command`. */
  Command: new (program: string, options: Record<string, unknown>) => { spawn(): DenoChild };
}

/**
 * The part of Bun's `FileSink` (subprocess stdin) these adapters use.
 *
 * @example
 * ```ts
 * import type { BunFileSink } from "./_util.ts";
 * const end = (s: BunFileSink) => s.end();
 * ```
 */
export interface BunFileSink {
  /** Buffers a chunk (may start writing). */
  write(chunk: Uint8Array): number | Promise<number>;
  /** Writes out the buffer. */
  flush(): number | Promise<number>;
  /** Flushes and closes. */
  end(): number | Promise<number>;
}

/**
 * The part of Bun's `Terminal` these adapters use.
 *
 * @example
 * ```ts
 * import type { BunTerminal } from "./_util.ts";
 * const shrink = (t: BunTerminal) => t.resize(40, 10);
 * ```
 */
export interface BunTerminal {
  /** Writes input; returns the bytes accepted. */
  write(data: Uint8Array): number;
  /** Sets the window size — note the (cols, rows) order. */
  resize(cols: number, rows: number): void;
  /** Closes the master side. */
  close(): void;
  /** Whether it is closed. */
  readonly closed: boolean;
}

/**
 * The part of a Bun `Subprocess` these adapters use.
 *
 * @example
 * ```ts
 * import type { BunSubprocess } from "./_util.ts";
 * const pidOf = (p: BunSubprocess) => p.pid;
 * ```
 */
export interface BunSubprocess {
  /** Child pid. */
  readonly pid: number;
  /** stdin sink when `"pipe"`. */
  readonly stdin: BunFileSink | null;
  /** stdout when `"pipe"`. */
  readonly stdout: ReadableStream<Uint8Array> | null;
  /** stderr when `"pipe"`. */
  readonly stderr: ReadableStream<Uint8Array> | null;
  /** Resolves at exit. */
  readonly exited: Promise<number>;
  /** Exit status after a normal exit. */
  readonly exitCode: number | null;
  /** Signal name after a signal death. */
  readonly signalCode: string | null;
  /** The PTY when spawned with `terminal`. */
  readonly terminal?: BunTerminal;
}

/**
 * The part of the `Bun` namespace these adapters use.
 *
 * @example
 * ```ts
 * import { bunApi } from "./_util.ts";
 * console.log(typeof bunApi()?.spawn); // "function" under Bun
 * ```
 */
export interface BunApi {
  /** `Bun.spawn(argv, options)`. */
  spawn(argv: string[], options: Record<string, unknown>): BunSubprocess;
  /** `Bun.Terminal` (present since Bun 1.3.5). */
  Terminal?: unknown;
}

/**
 * The `Deno` namespace, or `undefined` outside Deno.
 *
 * @returns the namespace, typed minimally
 *
 * @example
 * ```ts
 * import { denoApi } from "./_util.ts";
 * if (denoApi()) console.log("running on Deno");
 * ```
 */
export function denoApi(): DenoApi | undefined {
  return (globalThis as any).Deno as DenoApi | undefined;
}

/**
 * The `Bun` namespace, or `undefined` outside Bun.
 *
 * @returns the namespace, typed minimally
 *
 * @example
 * ```ts
 * import { bunApi } from "./_util.ts";
 * if (bunApi()) console.log("running on Bun");
 * ```
 */
export function bunApi(): BunApi | undefined {
  return (globalThis as any).Bun as BunApi | undefined;
}

/**
 * Which runtime executes this code (as `src/runtime.ts` decides: Bun, then Deno, then Node).
 *
 * @returns `"deno"`, `"bun"` or `"node"`
 *
 * @example
 * ```ts
 * import { runtimeName } from "./_util.ts";
 * console.log(runtimeName());
 * ```
 */
export function runtimeName(): RuntimeName {
  return detectRuntime();
}

// ---------------------------------------------------------------------------------------------
// Signals and exit information

const LINUX_SIGNALS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGCHLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGWINCH: 28,
};

/**
 * The platform number of a signal name (`SIGTERM` → 15 on Linux).
 *
 * @param name signal name
 * @returns its number, or `undefined` when unknown
 *
 * @example
 * ```ts
 * import { signalNumber } from "./_util.ts";
 * console.log(signalNumber("SIGKILL")); // 9
 * ```
 */
export function signalNumber(name: string): number | undefined {
  const table = (osConstants as { signals?: Record<string, number> }).signals;
  return table?.[name] ?? LINUX_SIGNALS[name];
}

/**
 * Builds an {@link ExitInfo} from a status and a signal (name or number). A signal wins over
 * the status (Deno reports both: `code 143, signal "SIGTERM"`).
 *
 * @param code exit status, if any
 * @param signal signal name or number, if the child died from one
 * @returns the exit information
 *
 * @example
 * ```ts
 * import { exitInfoOf } from "./_util.ts";
 * console.log(exitInfoOf(7, null)); // { code: 7, signal: null, exitCode: 7 }
 * console.log(exitInfoOf(137, "SIGKILL")); // { code: null, signal: 9, exitCode: -9 }
 * ```
 */
export function exitInfoOf(
  code: number | null | undefined,
  signal: string | number | null | undefined,
): ExitInfo {
  if (signal !== null && signal !== undefined) {
    const n = typeof signal === "number" ? signal : (signalNumber(signal) ?? 0);
    if (n > 0) return { code: null, signal: n, exitCode: -n };
  }
  const c = code ?? 0;
  return { code: c, signal: null, exitCode: c };
}

/**
 * `kill(pid, sig)` that reports success instead of throwing (negative pid: a process
 * group).
 *
 * @param pid process id, or `-pgid`
 * @param sig signal name
 * @returns whether the signal was delivered
 *
 * @example
 * ```ts
 * import { sendSignal } from "./_util.ts";
 * console.log(sendSignal(2 ** 22 + 12345, "SIGTERM")); // false (no such process)
 * ```
 */
export function sendSignal(pid: number, sig: ProcessSignal): boolean {
  if (!Number.isInteger(pid) || pid === 0 || pid === -1) return false;
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Spawn validation and PATH lookup

/**
 * Checks argv, env and cwd before a spawn, so that every runtime fails the same way.
 *
 * @param argv program and arguments
 * @param env the complete child environment
 * @param cwd working directory (`""` means inherit)
 * @returns the cwd to use (`undefined` to inherit)
 * @throws {SpawnError} on an empty argv, a NUL byte, an invalid variable name or a missing
 *   working directory
 *
 * @example
 * ```ts
 * import { validateSpawn } from "./_util.ts";
 * console.log(validateSpawn(["ls"], { PATH: "/bin" }, "")); // undefined
 * ```
 */
export function validateSpawn(
  argv: readonly string[],
  env: Record<string, string>,
  cwd: string | undefined,
): string | undefined {
  const program = argv[0] ?? "";
  if (argv.length === 0 || program === "") {
    throw new SpawnError(program, "argv must not be empty");
  }
  for (const a of argv) {
    if (typeof a !== "string") throw new SpawnError(program, "argv entries must be strings");
    if (a.includes("\0")) throw new SpawnError(program, "argv entries must not contain NUL");
  }
  for (const key in env) {
    const value = env[key];
    if (key === "" || key.includes("=") || key.includes("\0")) {
      throw new SpawnError(program, `invalid environment variable name ${JSON.stringify(key)}`);
    }
    if (typeof value !== "string" || value.includes("\0")) {
      throw new SpawnError(program, `invalid value of environment variable ${key}`);
    }
  }
  if (cwd === undefined || cwd === "") return undefined;
  let isDir: boolean;
  try {
    isDir = statSync(cwd).isDirectory();
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new SpawnError(
      program,
      code === "ENOENT"
        ? `working directory does not exist: ${cwd}`
        : `working directory is not accessible: ${cwd} (${code ?? String(e)})`,
      code,
      { cause: e },
    );
  }
  if (!isDir) {
    throw new SpawnError(program, `working directory is not a directory: ${cwd}`, "ENOTDIR");
  }
  return cwd;
}

/**
 * This process's environment variables (those with a value), as a fresh object.
 *
 * @returns name → value, in the order the runtime lists them
 *
 * @example
 * ```ts
 * import { processEnvironment } from "./_util.ts";
 * console.log(typeof processEnvironment().PATH); // "string"
 * ```
 */
export function processEnvironment(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (typeof v === "string") out[k] = v;
  return out;
}

const DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";

function parentPath(): string {
  try {
    return process.env.PATH ?? DEFAULT_PATH;
  } catch {
    return DEFAULT_PATH;
  }
}

/*
 * PATH lookups of the last second, by PATH and program name. A lookup walks the PATH
 * directories, and on Deno each miss costs an exception (about 12 µs, ~100 µs a spawn on a
 * long PATH). A hit is checked once more (still an executable file), so a removed or
 * replaced program is noticed at once; a program newly installed in an earlier PATH
 * directory is found at the latest a second later (a shell's command hash never expires).
 * Only absolute PATH entries are cached: relative ones depend on the working directory.
 */
const PATH_CACHE_MS = 1000;
const PATH_CACHE_MAX = 256;
const pathCache = new Map<string, { full: string; at: number }>();

function executableState(path: string): "ok" | "missing" | "denied" {
  try {
    // Most PATH entries lack the program: a stat that does not throw keeps the walk cheap.
    const st = statSync(path, { throwIfNoEntry: false });
    if (st === undefined) return "missing";
    if (!st.isFile()) return "denied";
    accessSync(path, fsConstants.X_OK);
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code === "EACCES" ? "denied" : "missing";
  }
}

/**
 * Finds the file `program` would execute: a name with `/` is taken relative to `cwd`;
 * otherwise `env.PATH` is searched (the parent's `PATH` when `env` has none), like the
 * runtimes do.
 *
 * @param program `argv[0]`
 * @param env the child environment
 * @param cwd the child's working directory (`undefined`: the current one)
 * @returns the path of the executable
 * @throws {SpawnError} `ENOENT` when nothing is found, `EACCES` when only non-executable
 *   files are
 *
 * @example
 * ```ts
 * import { resolveExecutable } from "./_util.ts";
 * console.log(resolveExecutable("sh", { PATH: "/usr/bin:/bin" }, undefined)); // /usr/bin/sh
 * ```
 */
export function resolveExecutable(
  program: string,
  env: Record<string, string>,
  cwd: string | undefined,
): string {
  if (program.includes("/")) {
    const full = program.startsWith("/") ? program : `${cwd ?? process.cwd()}/${program}`;
    const state = executableState(full);
    if (state === "ok") return full;
    throw state === "denied"
      ? new SpawnError(program, "permission denied", "EACCES")
      : new SpawnError(program, "no such file or directory", "ENOENT");
  }
  const pathVar = Object.hasOwn(env, "PATH") ? env.PATH : parentPath();
  const key = `${pathVar}\0${program}`;
  const cached = pathCache.get(key);
  const now = performance.now();
  if (cached !== undefined && now - cached.at < PATH_CACHE_MS) {
    if (executableState(cached.full) === "ok") return cached.full;
    pathCache.delete(key);
  }
  let denied = false;
  const dirs = pathVar.split(":");
  for (const dir of dirs) {
    const base = dir === "" ? (cwd ?? process.cwd()) : dir;
    const full = `${base}/${program}`;
    const state = executableState(full);
    if (state === "ok") {
      if (dirs.every((d) => d.startsWith("/"))) {
        if (pathCache.size >= PATH_CACHE_MAX) pathCache.clear();
        pathCache.set(key, { full, at: now });
      }
      return full;
    }
    if (state === "denied") denied = true;
  }
  throw denied
    ? new SpawnError(program, "permission denied", "EACCES")
    : new SpawnError(program, "executable not found in PATH", "ENOENT");
}

/**
 * Turns a runtime's spawn exception into a {@link SpawnError}.
 *
 * @param program `argv[0]` as given
 * @param error what the runtime threw
 * @returns the typed error
 *
 * @example
 * ```ts
 * import { toSpawnError } from "./_util.ts";
 * const e = toSpawnError("x", Object.assign(new Error("boom"), { code: "ENOENT" }));
 * console.log(e.message); // failed to spawn "x": executable not found in PATH
 * ```
 */
export function toSpawnError(program: string, error: unknown): SpawnError {
  if (error instanceof SpawnError) return error;
  const code = (error as { code?: string } | null)?.code;
  const reason = code === "ENOENT"
    ? (program.includes("/") ? "no such file or directory" : "executable not found in PATH")
    : code === "EACCES"
    ? "permission denied"
    : (error instanceof Error ? error.message : String(error));
  return new SpawnError(program, reason, typeof code === "string" ? code : undefined, {
    cause: error,
  });
}

/**
 * Quotes a string for POSIX `sh` (single quotes; embedded quotes become `'\''`).
 *
 * @param s any string without NUL
 * @returns the quoted word
 *
 * @example
 * ```ts
 * import { shellQuote } from "./_util.ts";
 * console.log(shellQuote("it's")); // 'it'\''s'
 * ```
 */
export function shellQuote(s: string): string {
  return "'" + s.replaceAll("'", "'\\''") + "'";
}

/**
 * `KEY=VALUE` words of an environment, in insertion order (arguments for `env -i --`).
 *
 * @param env the environment
 * @returns one `KEY=VALUE` string per variable
 *
 * @example
 * ```ts
 * import { envAssignments } from "./_util.ts";
 * console.log(envAssignments({ A: "1", B: "x=y" })); // ["A=1", "B=x=y"]
 * ```
 */
export function envAssignments(env: Record<string, string>): string[] {
  const out: string[] = [];
  for (const key in env) out.push(`${key}=${env[key]}`);
  return out;
}

/**
 * The program word to hand to `env -i` so that it executes what `resolveExecutable` found:
 * the name as given when `env` has a `PATH` (env searches the same one), else the resolved
 * path. Names containing `=` (which env would read as an assignment) use the path too.
 *
 * @param program `argv[0]`
 * @param env the child environment
 * @param cwd the child's working directory
 * @returns the word for `env`
 * @throws {SpawnError} when the program cannot be found or executed
 *
 * @example
 * ```ts
 * import { programForEnv } from "./_util.ts";
 * console.log(programForEnv("sh", { PATH: "/bin" }, undefined)); // sh
 * ```
 */
export function programForEnv(
  program: string,
  env: Record<string, string>,
  cwd: string | undefined,
): string {
  const resolved = resolveExecutable(program, env, cwd);
  if (!program.includes("=") && (program.includes("/") || Object.hasOwn(env, "PATH"))) {
    return program;
  }
  if (resolved.includes("=")) {
    throw new SpawnError(program, "program paths containing '=' cannot be wrapped");
  }
  return resolved;
}

// ---------------------------------------------------------------------------------------------
// Byte queue

/** The byte queue behind Bun's terminal output: the one in `src/async.ts`. */
export { ByteQueue } from "../async.ts";

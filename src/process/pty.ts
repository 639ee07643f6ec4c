/**
 * PTY children: {@link spawnPty} runs a program on a new pseudo-terminal, {@link ptySupport}
 * says whether (and how) that is possible here.
 *
 * Backends:
 *
 * - **`bun-terminal`** (Bun ≥ 1.3.5): `Bun.spawn(argv, { terminal: { rows, cols, data } })`.
 *   The pid is the program's; resize is `terminal.resize(cols, rows)`; exit status and
 *   signal come straight from Bun. Bun reads the terminal on its own; output nobody reads
 *   stops the program's output past {@link PTY_PAUSE_BYTES} (`tty_flow.ts`), so the
 *   program waits as it would on a pipe.
 * - **`script`** (Deno, Node; Linux with util-linux): `script -qfec <cmd> /dev/null`, with
 *   `<cmd>` = `echo $$; stty rows R cols C; exec /usr/bin/env -u … -- argv…`, started as a
 *   pipe child. `script` owns the PTY and copies its output to our pipe byte for byte. The
 *   first output line is the pid of the shell that `exec`s the program — the program's
 *   pid, read deterministically before `spawnPty` resolves and stripped from the output;
 *   `spawnPty` also waits until that pid has `exec`'d the program. The environment is
 *   never on a command line: `script` gets it as its own environment (with `SHELL=/bin/sh`,
 *   so that it runs the command with `/bin/sh`), passes it on to the shell, and the final
 *   `env` restores what the shell manages itself (see `shell_env.ts`: `SHELL`, `IFS`,
 *   `OPTIND`, `PPID` and `PWD` are exact; names that are not shell identifiers are left
 *   out). Only the program's argv is visible in `ps`, as for any process. Resize runs
 *   `stty -F /dev/pts/N rows R cols C` against the program's controlling terminal.
 *   Exit status: `script -e` passes the program's status through, but reports a signal
 *   death as `128 + signo`; this backend maps it back to a signal only when it delivered
 *   that signal itself (`kill`, `signalTree`, `interrupt`), otherwise the raw status is
 *   reported as a normal exit.
 *
 * Exit information is raw; PTY sessions report `1` for every signal death (use
 * `ptyExitCode`).
 *
 * @example
 * ```ts
 * import { ptySupport, spawnPty } from "./pty.ts";
 * if (ptySupport().supported) {
 *   const pty = await spawnPty({ argv: ["tty"], env: { PATH: "/usr/bin:/bin" }, rows: 24, cols: 80 });
 *   for await (const bytes of pty.output) console.log(new TextDecoder().decode(bytes)); // /dev/pts/N
 *   console.log((await pty.exited).code); // 0
 * }
 * ```
 *
 * @module
 */
import { existsSync } from "node:fs";
import process from "node:process";
import { PtyUnsupportedError, SpawnError, StdinWriteError } from "./errors.ts";
import {
  bunApi,
  type BunSubprocess,
  ByteQueue,
  exitInfoOf,
  programForEnv,
  sendSignal,
  shellQuote,
  signalNumber,
  toSpawnError,
  validateSpawn,
} from "./_util.ts";
import { controllingPts, isAlive, listDescendants, readCmdline } from "./proc.ts";
import { shellExecEnv } from "./shell_env.ts";
import { spawnPipe } from "./spawn.ts";
import { openOutputFlow, type OutputFlow } from "./tty_flow.ts";
import type {
  ChildProcessHandle,
  ExitInfo,
  ProcessSignal,
  PtyBackend,
  PtyHandle,
  PtyOptions,
  PtySupport,
} from "./types.ts";

export { PtyUnsupportedError } from "./errors.ts";

const SCRIPT_CANDIDATES = ["/usr/bin/script", "/bin/script"];
const STTY_CANDIDATES = ["/usr/bin/stty", "/bin/stty"];
/** How long `spawnPty` waits for `script` to report the program's pid. */
const STARTUP_TIMEOUT_MS = 10_000;
/** How long it then waits for the `exec` of the program. */
const EXEC_WAIT_MS = 2_000;
/**
 * Most terminal output Bun's terminal backend holds unread; beyond it the oldest is dropped
 * and counted in `PtyHandle.outputDropped`. With output flow control (see
 * {@link PTY_PAUSE_BYTES}) only output already on its way when the program was stopped can
 * get that far, so this cap matters where flow control is not available.
 */
export const PTY_READ_AHEAD_BYTES = 8 * 1024 * 1024;
/**
 * Bun's terminal backend reads the terminal on its own and cannot be paused, so it stops the
 * program's output instead: once this much output is unread it suspends the terminal's
 * output (`tcflow(TCOOFF)` on the terminal's program side, through `bun:ffi`), and the
 * program blocks on write as with a pipe nobody reads. The output restarts (`TCOON`) once
 * the unread output is back under {@link PTY_RESUME_BYTES}. Where `bun:ffi` or the `ioctl`
 * is not available, output beyond {@link PTY_READ_AHEAD_BYTES} is dropped instead.
 */
export const PTY_PAUSE_BYTES = 1024 * 1024;
/** See {@link PTY_PAUSE_BYTES}. */
export const PTY_RESUME_BYTES = 256 * 1024;
/** Linux `MAX_ARG_STRLEN`: the `script` command is one argument, each variable one string. */
const MAX_ARG_BYTES = 128 * 1024;

function firstExisting(paths: readonly string[]): string | undefined {
  for (const p of paths) if (existsSync(p)) return p;
  return undefined;
}

let scriptSupport: PtySupport | undefined;
let scriptPath: string | undefined;
let sttyPath: string | undefined;

function scriptBackendSupport(): PtySupport {
  if (scriptSupport !== undefined) return scriptSupport;
  if (process.platform !== "linux") {
    scriptSupport = {
      supported: false,
      backend: "none",
      reason:
        `no PTY API in this runtime, and the util-linux \`script\` fallback needs Linux (platform: ${process.platform})`,
    };
  } else if ((scriptPath = firstExisting(SCRIPT_CANDIDATES)) === undefined) {
    scriptSupport = {
      supported: false,
      backend: "none",
      reason:
        "no PTY API in this runtime, and util-linux `script` was not found in /usr/bin or /bin",
    };
  } else if ((sttyPath = firstExisting(STTY_CANDIDATES)) === undefined) {
    scriptSupport = { supported: false, backend: "none", reason: "`stty` was not found" };
  } else if (!existsSync("/bin/sh") || !existsSync("/usr/bin/env")) {
    scriptSupport = {
      supported: false,
      backend: "none",
      reason: "the `script` backend needs /bin/sh and /usr/bin/env",
    };
  } else {
    scriptSupport = { supported: true, backend: "script" };
  }
  return scriptSupport;
}

function bunTerminalAvailable(): boolean {
  const Bun = bunApi();
  return Bun !== undefined && typeof Bun.Terminal === "function";
}

/**
 * Whether PTY sessions can be spawned here, and with which backend: Bun's built-in
 * terminal when running on Bun, else util-linux `script` (Linux only). When `supported` is
 * false, `reason` explains why (suitable for an `UNIMPLEMENTED` answer).
 *
 * @param backend ask about one backend instead of the best available
 * @returns the support report
 *
 * @example
 * ```ts
 * import { ptySupport } from "./pty.ts";
 * const s = ptySupport();
 * console.log(s.supported ? `PTY via ${s.backend}` : `no PTY: ${s.reason}`);
 * ```
 */
export function ptySupport(backend?: PtyBackend): PtySupport {
  if (backend === "bun-terminal" || (backend === undefined && bunTerminalAvailable())) {
    return bunTerminalAvailable()
      ? { supported: true, backend: "bun-terminal" }
      : { supported: false, backend: "none", reason: "Bun's terminal API is not available" };
  }
  return scriptBackendSupport();
}

function normaliseSize(rows: number, cols: number): { rows: number; cols: number } {
  const r = Math.trunc(rows) & 0xffff;
  const c = Math.trunc(cols) & 0xffff;
  return { rows: r === 0 ? 24 : r, cols: c === 0 ? 80 : c };
}

/**
 * Starts a program on a new PTY.
 *
 * - `rows`/`cols` of `0` mean 24/80 (values are truncated to 16 bits).
 * - The program gets exactly `opts.env` (set `TERM` there), leads a new session, and has the
 *   PTY as its controlling terminal.
 * - The returned `pid` is the program's, also on the `script` backend.
 *
 * @param opts what to run and the window size
 * @returns the running PTY child, once the program has been started
 * @throws {PtyUnsupportedError} when no backend is available (see {@link ptySupport})
 * @throws {SpawnError} when the program cannot be started (checked before the spawn: missing
 *   binary, permission, working directory)
 *
 * @example
 * ```ts
 * import { spawnPty } from "./pty.ts";
 * const pty = await spawnPty({ argv: ["cat"], env: { PATH: "/usr/bin:/bin" }, rows: 0, cols: 0 });
 * await pty.write(new TextEncoder().encode("hi\n"));
 * pty.interrupt(); // ^C: cat dies of SIGINT
 * console.log(await pty.exited); // { code: null, signal: 2, exitCode: -2 }
 * ```
 */
export function spawnPty(opts: PtyOptions): Promise<PtyHandle> {
  try {
    const support = ptySupport(opts.backend);
    if (!support.supported) throw new PtyUnsupportedError(support.reason ?? "unknown reason");
    if (support.backend === "bun-terminal") return spawnBunPty(opts);
    return spawnScriptPty(opts);
  } catch (e) {
    return Promise.reject(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Bun terminal backend

class BunPty implements PtyHandle {
  readonly pid: number;
  readonly backend: PtyBackend = "bun-terminal";
  readonly output: ByteQueue;
  readonly exited: Promise<ExitInfo>;
  #proc: BunSubprocess;
  get outputDropped(): number {
    return this.output.dropped;
  }
  #size: { rows: number; cols: number };
  #hasExited = false;
  #chain: Promise<unknown> = Promise.resolve();
  #drain: (() => void) | undefined;
  /** Output flow control (see `PTY_PAUSE_BYTES`), once known. */
  flow: OutputFlow | undefined;

  constructor(
    proc: BunSubprocess,
    queue: ByteQueue,
    size: { rows: number; cols: number },
    setDrain: (fn: () => void) => void,
  ) {
    this.#proc = proc;
    this.pid = proc.pid;
    this.output = queue;
    this.#size = size;
    setDrain(() => {
      const d = this.#drain;
      this.#drain = undefined;
      d?.();
    });
    const settle = () => {
      this.#hasExited = true;
      // Bun delivers all output before `exited` resolves; then release the master.
      setTimeout(() => this.close(), 0);
      return exitInfoOf(proc.exitCode, proc.signalCode);
    };
    this.exited = proc.exited.then(settle, settle);
  }

  get size(): { rows: number; cols: number } {
    return { ...this.#size };
  }

  #terminal() {
    const t = this.#proc.terminal;
    return t === undefined || t.closed ? undefined : t;
  }

  write(data: Uint8Array): Promise<void> {
    if (data.length === 0) return Promise.resolve();
    const p = this.#chain.then(async () => {
      let rest = data;
      for (;;) {
        const t = this.#terminal();
        if (t === undefined) throw new StdinWriteError("the terminal is closed");
        const n = t.write(rest);
        if (n < 0) throw new StdinWriteError("the terminal is closed");
        if (n >= rest.length) return;
        rest = rest.subarray(n);
        await new Promise<void>((resolve) => {
          this.#drain = resolve;
          setTimeout(resolve, 50); // do not rely on `drain` alone
        });
      }
    });
    this.#chain = p.catch(() => {});
    return p;
  }

  resize(rows: number, cols: number): Promise<void> {
    const r = rows === 0 ? this.#size.rows : rows;
    const c = cols === 0 ? this.#size.cols : cols;
    this.#size = normaliseSize(r, c);
    try {
      this.#terminal()?.resize(this.#size.cols, this.#size.rows);
    } catch {
      // best effort
    }
    return Promise.resolve();
  }

  interrupt(): void {
    this.write(new Uint8Array([3])).catch(() => {});
  }

  kill(sig: ProcessSignal): boolean {
    if (this.#hasExited) return false;
    return sendSignal(this.pid, sig);
  }

  signalTree(sig: ProcessSignal): number {
    if (this.#hasExited) return 0;
    let n = 0;
    for (const pid of listDescendants(this.pid).reverse()) if (sendSignal(pid, sig)) n++;
    if (sendSignal(this.pid, sig)) n++;
    return n;
  }

  close(): void {
    this.flow?.release();
    try {
      const t = this.#proc.terminal;
      if (t !== undefined && !t.closed) t.close();
    } catch {
      // already closed
    }
    this.output.end();
  }
}

async function spawnBunPty(opts: PtyOptions): Promise<PtyHandle> {
  const Bun = bunApi()!;
  const cwd = validateSpawn(opts.argv, opts.env, opts.cwd);
  const size = normaliseSize(opts.rows, opts.cols);
  let flow: OutputFlow | undefined;
  // Past PTY_PAUSE_BYTES unread the program's output is suspended; it restarts once the
  // reader brought the queue under PTY_RESUME_BYTES (the queue's drain callback).
  const queue = new ByteQueue({
    limit: PTY_READ_AHEAD_BYTES,
    highWaterMark: PTY_RESUME_BYTES,
    onDrain: () => flow?.start(),
  });
  let onDrain: () => void = () => {};
  let proc: BunSubprocess;
  try {
    proc = Bun.spawn(opts.argv.slice(), {
      cwd,
      env: opts.env,
      terminal: {
        rows: size.rows,
        cols: size.cols,
        data(_t: unknown, bytes: Uint8Array) {
          queue.push(bytes);
          if (flow !== undefined && queue.size >= PTY_PAUSE_BYTES) flow.stop();
        },
        drain() {
          onDrain();
        },
        exit() {
          flow?.release();
          queue.end();
        },
      },
    });
  } catch (e) {
    throw toSpawnError(opts.argv[0]!, e);
  }
  const handle = new BunPty(proc, queue, size, (fn) => (onDrain = fn));
  // Bun returns between fork and exec: wait until the pid runs the program (a spawn
  // returns after the exec).
  const self = readCmdline(process.pid)?.join("\0");
  await waitForExec(handle.pid, (argv) => argv.length > 0 && argv.join("\0") !== self);
  // The program leads a session whose controlling terminal is this one (a program that
  // already exited needs no flow control).
  const pts = controllingPts(handle.pid);
  if (pts !== undefined && !queue.finished) {
    flow = handle.flow = await openOutputFlow(pts);
    if (queue.finished) flow?.release();
    else if (flow !== undefined && queue.size >= PTY_PAUSE_BYTES) flow.stop();
  }
  return handle;
}

/** Polls until `pid` shows a cmdline accepted by `done`, is gone, or the wait times out. */
async function waitForExec(pid: number, done: (argv: string[]) => boolean): Promise<void> {
  const deadline = Date.now() + EXEC_WAIT_MS;
  for (;;) {
    const argv = readCmdline(pid);
    if (argv === undefined || !isAlive(pid) || done(argv) || Date.now() > deadline) return;
    await delay(1);
  }
}

// ---------------------------------------------------------------------------------------------
// util-linux `script` backend

const NL = 0x0a;
const CR = 0x0d;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

class ScriptPty implements PtyHandle {
  readonly pid: number;
  readonly backend: PtyBackend = "script";
  readonly output: AsyncIterable<Uint8Array>;
  readonly exited: Promise<ExitInfo>;
  #script: ChildProcessHandle;
  #size: { rows: number; cols: number };
  #hasExited = false;
  #delivered = new Set<number>();
  #resizeChain: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(
    script: ChildProcessHandle,
    pid: number,
    output: AsyncIterable<Uint8Array>,
    size: { rows: number; cols: number },
  ) {
    this.#script = script;
    this.pid = pid;
    this.output = output;
    this.#size = size;
    this.exited = script.exited.then((info) => {
      this.#hasExited = true;
      void this.#script.closeStdin();
      return this.#mapExit(info);
    });
  }

  #mapExit(info: ExitInfo): ExitInfo {
    // `script -e` reports the program's signal death as 128 + signo.
    if (info.code !== null && info.code > 128 && this.#delivered.has(info.code - 128)) {
      return exitInfoOf(null, info.code - 128);
    }
    return info;
  }

  get size(): { rows: number; cols: number } {
    return { ...this.#size };
  }

  write(data: Uint8Array): Promise<void> {
    if (this.#closed) return Promise.reject(new StdinWriteError("the terminal is closed"));
    return this.#script.writeStdin(data).then(() => {}, (e) => {
      throw e instanceof StdinWriteError
        ? e
        : new StdinWriteError(e instanceof Error ? e.message : String(e), { cause: e });
    });
  }

  resize(rows: number, cols: number): Promise<void> {
    const r = rows === 0 ? this.#size.rows : rows;
    const c = cols === 0 ? this.#size.cols : cols;
    const size = normaliseSize(r, c);
    this.#size = size;
    const run = async () => {
      if (this.#hasExited) return;
      const tty = controllingPts(this.pid);
      if (tty === undefined) return;
      try {
        const h = spawnPipe({
          argv: [sttyPath!, "-F", tty, "rows", String(size.rows), "cols", String(size.cols)],
          env: { PATH: "/usr/bin:/bin" },
        });
        await h.closeStdin();
        await Promise.all([drain(h.stdout), drain(h.stderr), h.exited]);
      } catch {
        // best effort
      }
    };
    this.#resizeChain = this.#resizeChain.then(run, run);
    return this.#resizeChain;
  }

  interrupt(): void {
    this.#delivered.add(signalNumber("SIGINT") ?? 2);
    this.write(new Uint8Array([3])).catch(() => {});
  }

  kill(sig: ProcessSignal): boolean {
    if (this.#hasExited) return false;
    const ok = sendSignal(this.pid, sig);
    if (ok) this.#delivered.add(signalNumber(sig) ?? 0);
    return ok;
  }

  signalTree(sig: ProcessSignal): number {
    if (this.#hasExited) return 0;
    let n = 0;
    for (const pid of listDescendants(this.pid).reverse()) if (sendSignal(pid, sig)) n++;
    if (sendSignal(this.pid, sig)) {
      n++;
      this.#delivered.add(signalNumber(sig) ?? 0);
    }
    return n;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    // Killing `script` closes the master: the session gets a hangup, output ends.
    this.#script.signalGroup("SIGKILL");
  }
}

async function drain(it: AsyncIterable<Uint8Array> | null): Promise<void> {
  if (it === null) return;
  for await (const _ of it) {
    // discard
  }
}

async function collectText(it: AsyncIterable<Uint8Array> | null, limit: number): Promise<string> {
  if (it === null) return "";
  const dec = new TextDecoder();
  let text = "";
  for await (const chunk of it) {
    if (text.length < limit) text += dec.decode(chunk, { stream: true });
  }
  return text.slice(0, limit).trim();
}

async function* continueOutput(
  leftover: Uint8Array,
  it: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array, void, undefined> {
  try {
    if (leftover.length > 0) yield leftover;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  } finally {
    await it.return?.();
  }
}

async function spawnScriptPty(opts: PtyOptions): Promise<PtyHandle> {
  const program = opts.argv[0] ?? "";
  const cwd = validateSpawn(opts.argv, opts.env, opts.cwd);
  const word = programForEnv(program, opts.env, cwd);
  const size = normaliseSize(opts.rows, opts.cols);
  // The environment goes to `script` as its own (never on a command line).
  const { env, envArgv } = shellExecEnv(opts.env, { SHELL: "/bin/sh" });
  const words = [...envArgv, word, ...opts.argv.slice(1)].map(shellQuote);
  const cmd = `echo $$; ${sttyPath} rows ${size.rows} cols ${size.cols} 2>/dev/null; ` +
    `exec ${words.join(" ")}`;
  if (new TextEncoder().encode(cmd).length >= MAX_ARG_BYTES) {
    throw new SpawnError(
      program,
      "arguments exceed 128 KiB, too large for the `script` PTY backend",
      "E2BIG",
    );
  }
  for (const key in env) {
    if (key.length + env[key]!.length + 1 >= MAX_ARG_BYTES) {
      throw new SpawnError(program, `environment variable ${key} exceeds 128 KiB`, "E2BIG");
    }
  }
  const script = spawnPipe({ argv: [scriptPath!, "-qfec", cmd, "/dev/null"], cwd, env });
  const stderrText = collectText(script.stderr, 4096);
  const it = script.stdout![Symbol.asyncIterator]();
  const fail = async (reason: string): Promise<never> => {
    script.signalGroup("SIGKILL");
    await it.return?.();
    const err = await Promise.race([stderrText, delay(200).then(() => "")]);
    throw new SpawnError(program, err ? `${reason}: ${err}` : reason);
  };

  // 1. The first line of output is the pid of the shell that will exec the program.
  let head: Uint8Array = new Uint8Array(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), STARTUP_TIMEOUT_MS);
  });
  let nl = -1;
  try {
    while (nl < 0) {
      const r = await Promise.race([it.next(), timeout]);
      if (r === "timeout") return await fail("`script` did not start the program in time");
      if (r.done) {
        const info = await script.exited;
        return await fail(`\`script\` exited early (status ${info.exitCode})`);
      }
      head = concat(head, r.value);
      nl = head.indexOf(NL);
      if (nl < 0 && head.length > 64) return await fail("unexpected output from `script`");
    }
  } finally {
    clearTimeout(timer);
  }
  const line = new TextDecoder().decode(
    head.subarray(0, nl > 0 && head[nl - 1] === CR ? nl - 1 : nl),
  );
  const pid = /^\d+$/.test(line) ? Number(line) : NaN;
  if (!(pid > 0)) return await fail(`unexpected output from \`script\`: ${JSON.stringify(line)}`);
  const leftover = head.subarray(nl + 1);

  // 2. Wait until that pid has exec'd the program (past the sh and env stages).
  await waitForExec(pid, (argv) => {
    const wrapper = argv[2] === cmd;
    const envStage = argv[0] === "/usr/bin/env" && argv.length > envArgv.length &&
      envArgv.every((w, i) => argv[i] === w);
    return argv.length > 0 && !wrapper && !envStage;
  });
  void stderrText.catch(() => {});
  const output = continueOutput(leftover, it);
  return new ScriptPty(script, pid, output, size);
}

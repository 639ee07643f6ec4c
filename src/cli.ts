/**
 * `rp`: the command line of this package — run the daemon, and talk to it.
 *
 * ```
 * rp [--socket PATH] [--scope NAME] [--json] <command> [args]
 *
 *   serve                                  run the daemon in the foreground
 *   ping | status                          check the daemon
 *   sessions [--originator NAME]           list PTY and pipe sessions
 *   spawn [--pty] [--cwd DIR] [--originator NAME] [--merge-stderr] [--] ARGV…
 *   attach SESSION [--stderr] [--steal]    follow a session (PTY: interactive, Ctrl-] detaches)
 *   logs SESSION [--stderr]                print the session's backlog
 *   terminate SESSION [--grace MS]
 *   observe SESSION [--category C]… [--capacity N] [--block] [--follow]
 *   observer-status SESSION SUBSCRIBER
 *   unobserve SESSION SUBSCRIBER
 *   watch SESSION [--category C]… [--capacity N] [--block]
 *   run [--watch] [--pty] [--category C]… [--capacity N] [--block] -- ARGV…
 *   capabilities                           what each event category can deliver here
 * ```
 *
 * Run it with `deno task rp -- …`, `deno run -A src/cli.ts …` or `bun src/cli.ts …`.
 * Output is for people by default (aligned tables; colour only on a terminal without
 * `NO_COLOR`), and JSON with `--json` (one object, or one per line for streams). Errors
 * print one line, `rp: <message>`, on stderr; the exit code is 2 for usage errors and 1
 * for other failures (`attach` and `run` exit with the session's exit code when it is
 * known; a negative code, a signal, becomes 128 + n).
 *
 * `watch` registers an observer (all four categories unless `--category` says otherwise)
 * and prints its events live, one line each — `HH:MM:SS.mmm #sequence kind category
 * details`, or `! N events lost (ring overflow)` when the daemon had to drop events — until
 * the session's `exited` event, Ctrl-C, or the end of the stream; the observer is
 * unregistered on the way out. With `--json` each event is one JSON object per line
 * (`category` as its name; 64-bit values beyond the safe range as strings).
 *
 * `run` spawns a pipe session (a PTY one with `--pty`) in the caller's environment, closes
 * the child's stdin (pipe sessions), and relays the child's stdout and stderr to ours until
 * it exits; Ctrl-C terminates the session (the daemon ends output streams at the terminate
 * request, so what the child writes after that is not shown; its exit still is, with
 * `--watch`). With `--watch` the observer is registered by the daemon before the child
 * starts (so `started` is event 1) and the event lines go to stderr, keeping stdout for the
 * child's output. With `--json`, everything goes to stdout as one object per line with a
 * `type`: `session`, `event`, `loss`, `output` (one per line of output, with `stream`),
 * `missed` and finally `exit`.
 *
 * @example
 * ```ts
 * import { main } from "./cli.ts";
 * let out = "";
 * const code = await main(["--scope", "ci", "--json", "ping"], {
 *   stdout: { write: (s) => void (out += typeof s === "string" ? s : new TextDecoder().decode(s)) },
 * });
 * console.log(code, JSON.parse(out).serverTimeMs);
 * ```
 *
 * @module
 */
import process from "node:process";
import { DaemonClient, type DaemonClientOptions } from "./client.ts";
import { connectOrStart } from "./connect_or_start.ts";
import { serve } from "./daemon/server.ts";
import { runServiceCommand } from "./cli_service.ts";
import {
  attachPipeStream,
  attachPtySession,
  type PipeStreamAttachment,
  type PtyAttachment,
} from "./attach.ts";
import { AbortError, DaemonError, TimeoutError } from "./errors.ts";
import {
  type EventCategory,
  eventCategoryName,
  getSessionObserverStatus,
  type ObserverEventRecord,
  type ObserverRecord,
  registerSessionObserver,
  type RemoteObserverSubscription,
  SessionObserverBackpressure,
  SessionObserverKind,
  SessionObserverRequest,
  type SessionObserverRequestOptions,
  type SessionObserverStatus,
  unregisterSessionObserver,
} from "./observer.ts";
import { StatusCode } from "../proto_gen/daemon_pb.ts";
import { spawnPipeSession, spawnPtySession } from "./sessions.ts";
import type { PipeStreamFrame, PtyStreamFrame } from "../proto_gen/daemon_pb.ts";

/**
 * Where the CLI writes: `write` takes text or raw bytes; `isTTY` enables colours (unless
 * `NO_COLOR` is set).
 *
 * @example
 * ```ts
 * import type { CliWriter } from "./cli.ts";
 * const chunks: (string | Uint8Array)[] = [];
 * const w: CliWriter = { write: (c) => void chunks.push(c), isTTY: false };
 * ```
 */
export interface CliWriter {
  /** Writes a chunk; may return a promise that settles once it is flushed. */
  write(chunk: string | Uint8Array): void | Promise<void>;
  /** True when this is a terminal. */
  readonly isTTY?: boolean;
  /** Terminal columns, when a terminal. */
  readonly columns?: number;
  /** Terminal rows, when a terminal. */
  readonly rows?: number;
}

/**
 * The CLI's input, used by `attach` on PTY sessions: raw byte chunks, and raw mode when it
 * is a terminal.
 *
 * @example
 * ```ts
 * import type { CliReader } from "./cli.ts";
 * const keys: CliReader = {
 *   isTTY: false,
 *   async *[Symbol.asyncIterator]() {
 *     yield new TextEncoder().encode("exit\n");
 *   },
 * };
 * ```
 */
export interface CliReader extends AsyncIterable<Uint8Array> {
  /** True when this is a terminal. */
  readonly isTTY?: boolean;
  /** Switches terminal raw mode (only called when `isTTY`). */
  setRawMode?(on: boolean): unknown;
}

/**
 * The CLI's surroundings; everything is optional and defaults to the real process.
 *
 * @example
 * ```ts
 * import type { CliIO } from "./cli.ts";
 * const ac = new AbortController();
 * const io: CliIO = { stdout: { write: () => {} }, env: {}, signal: ac.signal };
 * ```
 */
export interface CliIO {
  /** Standard output (default: the process's). */
  stdout?: CliWriter;
  /** Standard error (default: the process's). */
  stderr?: CliWriter;
  /** Standard input for PTY `attach` (default: the process's when `stdout` is the default; else none). */
  stdin?: CliReader;
  /** Environment (default: the process's). Used for `NO_COLOR`, `TERM` and `spawn`. */
  env?: Record<string, string | undefined>;
  /** Working directory for `spawn` (default: the process's). */
  cwd?: string;
  /** Stops `serve` and `attach` (default: SIGINT/SIGTERM for `serve`). */
  signal?: AbortSignal;
  /** Subscribes to terminal size changes for PTY `attach`; returns an unsubscribe function. */
  onResize?(listener: () => void): () => void;
}

/** A mistake in the command line (exit code 2). */
class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

const USAGE = `usage: rp [--socket PATH] [--scope NAME] [--json] <command> [args]

commands:
  serve                                        run the daemon in the foreground
  service <command> [args]                     supervised services (rp service --help)
  ping                                         check that the daemon answers
  status                                       show the daemon's status
  sessions [--originator NAME]                 list PTY and pipe sessions
  spawn [--pty] [--cwd DIR] [--originator NAME] [--merge-stderr] [--] ARGV...
                                               start a session, print its id
  attach SESSION [--stderr] [--steal]          follow a session (PTY: interactive, Ctrl-] detaches)
  logs SESSION [--stderr]                      print the session's backlog
  terminate SESSION [--grace MS]               terminate a session
  observe SESSION [--category lifecycle|file|network|process]... [--capacity N] [--block] [--follow]
                                               register an observer, print its id and status
  observer-status SESSION SUBSCRIBER           show an observer's counters
  unobserve SESSION SUBSCRIBER                 unregister an observer
  watch SESSION [--category lifecycle|file|network|process]... [--capacity N] [--block]
                                               print a session's events live until it exits
                                               (default: all categories)
  run [--watch] [--pty] [--category C]... [--capacity N] [--block] [--] ARGV...
                                               run a command through the daemon: its output
                                               here, its exit code ours; --watch adds its
                                               events (on stderr; all categories by default)
  capabilities                                 what each event category can deliver here

global flags:
  --socket PATH   daemon socket (default: $XDG_RUNTIME_DIR/running-process/daemon.sock)
  --scope NAME    daemon scope (daemon-NAME.sock)
  --json          machine-readable output
`;

// ---- argument parsing ------------------------------------------------------------------

type FlagKind = "bool" | "string" | "list";

interface CommandSpec {
  flags: Record<string, FlagKind>;
  /** Positional names; a trailing "..." takes the rest. */
  args: string[];
  /** The first positional stops flag parsing (the rest is an argv). */
  argvAfterFirst?: boolean;
}

const GLOBAL_FLAGS: Record<string, FlagKind> = {
  socket: "string",
  scope: "string",
  json: "bool",
  help: "bool",
};

const COMMANDS: Record<string, CommandSpec> = {
  serve: { flags: {}, args: [] },
  ping: { flags: {}, args: [] },
  status: { flags: {}, args: [] },
  sessions: { flags: { originator: "string" }, args: [] },
  spawn: {
    flags: { pty: "bool", cwd: "string", originator: "string", "merge-stderr": "bool" },
    args: ["ARGV..."],
    argvAfterFirst: true,
  },
  attach: { flags: { stderr: "bool", steal: "bool" }, args: ["SESSION"] },
  logs: { flags: { stderr: "bool" }, args: ["SESSION"] },
  terminate: { flags: { grace: "string" }, args: ["SESSION"] },
  observe: {
    flags: { category: "list", capacity: "string", block: "bool", follow: "bool" },
    args: ["SESSION"],
  },
  "observer-status": { flags: {}, args: ["SESSION", "SUBSCRIBER"] },
  unobserve: { flags: {}, args: ["SESSION", "SUBSCRIBER"] },
  watch: { flags: { category: "list", capacity: "string", block: "bool" }, args: ["SESSION"] },
  run: {
    flags: { watch: "bool", pty: "bool", category: "list", capacity: "string", block: "bool" },
    args: ["ARGV..."],
    argvAfterFirst: true,
  },
  capabilities: { flags: {}, args: [] },
  help: { flags: {}, args: [] },
};

interface Parsed {
  command: string;
  flags: Record<string, string | boolean | string[] | undefined>;
  args: string[];
}

function parseArgs(argv: readonly string[]): Parsed {
  const flags: Parsed["flags"] = {};
  const positionals: string[] = [];
  let command: string | undefined;
  let spec: CommandSpec | undefined;
  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (rest) {
      positionals.push(a);
      continue;
    }
    if (a === "--") {
      // Before the command it is ignored (`deno task rp -- ping` passes it through).
      if (command) rest = true;
      continue;
    }
    if (a === "-h") {
      flags.help = true;
      continue;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const kind = GLOBAL_FLAGS[name] ?? spec?.flags[name];
      if (!kind) {
        throw new UsageError(
          command ? `unknown flag --${name} for ${command}` : `unknown flag --${name}`,
        );
      }
      if (kind === "bool") {
        if (eq >= 0) throw new UsageError(`--${name} takes no value`);
        flags[name] = true;
        continue;
      }
      let value: string;
      if (eq >= 0) value = a.slice(eq + 1);
      else {
        if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
        value = argv[++i];
      }
      if (kind === "list") {
        const list = (flags[name] as string[] | undefined) ?? [];
        list.push(...value.split(",").filter((v) => v !== ""));
        flags[name] = list;
      } else flags[name] = value;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) throw new UsageError(`unknown flag ${a}`);
    if (!command) {
      command = a;
      spec = COMMANDS[a];
      if (!spec) throw new UsageError(`unknown command ${JSON.stringify(a)}`);
      continue;
    }
    positionals.push(a);
    if (spec?.argvAfterFirst) rest = true;
  }
  if (!command) {
    if (flags.help) return { command: "help", flags, args: [] };
    throw new UsageError("missing command");
  }
  const names = COMMANDS[command].args;
  const variadic = names.length > 0 && names[names.length - 1].endsWith("...");
  const required = variadic ? names.length - 1 : names.length;
  if (positionals.length < required || (variadic && positionals.length === required)) {
    throw new UsageError(`${command}: missing ${names[positionals.length].replace("...", "")}`);
  }
  if (!variadic && positionals.length > names.length) {
    throw new UsageError(
      `${command}: unexpected argument ${JSON.stringify(positionals[names.length])}`,
    );
  }
  return { command, flags, args: positionals };
}

// ---- output helpers --------------------------------------------------------------------

interface Ctx {
  io: Required<Pick<CliIO, "stdout" | "stderr" | "env" | "cwd">> & CliIO;
  json: boolean;
  color: boolean;
  flags: Parsed["flags"];
  args: string[];
  clientOptions: DaemonClientOptions;
}

function jsonReplacer(_key: string, v: unknown): unknown {
  if (typeof v === "bigint") return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : String(v);
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return v;
}

async function out(ctx: Ctx, text: string | Uint8Array): Promise<void> {
  await ctx.io.stdout.write(text);
}

async function outJson(ctx: Ctx, value: unknown): Promise<void> {
  await out(ctx, JSON.stringify(value, jsonReplacer) + "\n");
}

function paint(ctx: Ctx, code: string, s: string): string {
  return ctx.color ? `\x1b[${code}m${s}\x1b[0m` : s;
}

/** Aligned columns; the last column is not padded. */
function table(ctx: Ctx, header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[], style?: (s: string, i: number) => string) =>
    cells.map((c, i) => {
      const padded = i === cells.length - 1 ? c : c.padEnd(widths[i]);
      return style ? style(padded, i) : padded;
    }).join("  ").trimEnd() + "\n";
  return line(header, (s) => paint(ctx, "1", s)) + rows.map((r) => line(r)).join("");
}

function keyValues(ctx: Ctx, pairs: [string, string][]): string {
  const w = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${paint(ctx, "1", k.padEnd(w))}  ${v}\n`).join("");
}

function num(v: number | bigint): number {
  return typeof v === "bigint" ? Number(v) : v;
}

type Kind = "pty" | "pipe";

function kindOf(sessionId: string): Kind {
  if (sessionId.startsWith("pty-")) return "pty";
  if (sessionId.startsWith("pipe-")) return "pipe";
  throw new UsageError(
    `session id must start with "pty-" or "pipe-", got ${JSON.stringify(sessionId)}`,
  );
}

function nonNegativeInt(name: string, v: unknown): number {
  const s = String(v);
  if (!/^\d+$/.test(s) || Number(s) > 0xffff_ffff) {
    throw new UsageError(`--${name} must be a non-negative integer, got ${JSON.stringify(s)}`);
  }
  return Number(s);
}

/** A session exit code as a process exit status: negative codes (signals) become 128 + n. */
function exitStatus(code: number): number {
  if (!Number.isInteger(code)) return 1;
  if (code >= 0 && code <= 255) return code;
  if (code < 0 && code > -128) return 128 - code;
  return 1;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function withClient<T>(ctx: Ctx, fn: (c: DaemonClient) => Promise<T>): Promise<T> {
  const client = await DaemonClient.connect(ctx.clientOptions);
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

// ---- commands --------------------------------------------------------------------------

async function cmdServe(ctx: Ctx): Promise<number> {
  const ac = new AbortController();
  let unhook = () => {};
  if (ctx.io.signal) {
    const s = ctx.io.signal;
    if (s.aborted) ac.abort();
    else s.addEventListener("abort", () => ac.abort(), { once: true });
  } else {
    const stop = () => ac.abort();
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    unhook = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    };
  }
  try {
    const daemon = await serve({
      socketPath: ctx.clientOptions.socketPath,
      scope: ctx.clientOptions.scope,
      signal: ac.signal,
    });
    if (ctx.json) await outJson(ctx, { socketPath: daemon.socketPath, pid: process.pid });
    else {
      await out(ctx, `${daemon.socketPath}\n`);
      await ctx.io.stderr.write(`rp: daemon listening (pid ${process.pid}); Ctrl-C stops it\n`);
    }
    await daemon.finished;
    return 0;
  } finally {
    unhook();
  }
}

async function cmdPing(ctx: Ctx): Promise<number> {
  return await withClient(ctx, async (client) => {
    const t0 = performance.now();
    const { serverTimeMs } = await client.ping();
    const rttMs = Math.round((performance.now() - t0) * 1000) / 1000;
    if (ctx.json) await outJson(ctx, { ok: true, serverTimeMs, rttMs });
    else {
      const t = new Date(num(serverTimeMs)).toISOString();
      await out(
        ctx,
        `pong from ${
          client.endpoint.kind === "unix" ? client.endpoint.path : ""
        } in ${rttMs} ms (daemon time ${t})\n`,
      );
    }
    return 0;
  });
}

async function cmdStatus(ctx: Ctx): Promise<number> {
  return await withClient(ctx, async (client) => {
    const s = await client.status();
    if (ctx.json) {
      await outJson(ctx, s);
      return 0;
    }
    await out(
      ctx,
      keyValues(ctx, [
        ["version", s.version],
        ["uptime", `${num(s.uptimeSeconds)} s`],
        ["socket", s.socketPath],
        ["scope", s.scope],
        ["cwd", s.scopeCwd],
        ["connections", String(s.activeConnections)],
        ["tracked pids", String(s.trackedProcessCount)],
        ["db", s.dbPath || "-"],
        ["reserve", s.emergencyReserve],
      ]),
    );
    return 0;
  });
}

interface SessionRow {
  id: string;
  kind: Kind;
  pid: number;
  state: "running" | "exited";
  exitCode: number | null;
  attached: string[];
  command: string;
  cwd: string;
  originator: string;
  createdAt: number;
}

function isUnimplemented(e: unknown): boolean {
  return e instanceof DaemonError && e.status === StatusCode.STATUS_CODE_UNIMPLEMENTED;
}

async function cmdSessions(ctx: Ctx): Promise<number> {
  return await withClient(ctx, async (client) => {
    const originator = (ctx.flags.originator as string | undefined) ?? "";
    const [pty, pipe] = await Promise.allSettled([
      client.listPtySessions({ originator }),
      client.listPipeSessions({ originator }),
    ]);
    if (pty.status === "rejected" && pipe.status === "rejected") throw pty.reason;
    for (const r of [pty, pipe]) {
      if (r.status === "rejected" && !isUnimplemented(r.reason)) throw r.reason;
    }
    const rows: SessionRow[] = [];
    if (pty.status === "fulfilled") {
      for (const s of pty.value.sessions) {
        rows.push({
          id: s.sessionId,
          kind: "pty",
          pid: s.pid,
          state: s.exited ? "exited" : "running",
          exitCode: s.exited ? s.exitCode : null,
          attached: s.attached ? ["tty"] : [],
          command: s.command,
          cwd: s.cwd,
          originator: s.originator,
          createdAt: s.createdAt,
        });
      }
    }
    if (pipe.status === "fulfilled") {
      for (const s of pipe.value.sessions) {
        const attached = [];
        if (s.stdoutAttached) attached.push("stdout");
        if (s.stderrAttached) attached.push("stderr");
        rows.push({
          id: s.sessionId,
          kind: "pipe",
          pid: s.pid,
          state: s.exited ? "exited" : "running",
          exitCode: s.exited ? s.exitCode : null,
          attached,
          command: s.command,
          cwd: s.cwd,
          originator: s.originator,
          createdAt: s.createdAt,
        });
      }
    }
    rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    if (ctx.json) {
      await outJson(ctx, { sessions: rows });
      return 0;
    }
    if (rows.length === 0) {
      await out(ctx, "no sessions\n");
      return 0;
    }
    const stateText = (r: SessionRow) =>
      r.state === "running" ? paint(ctx, "32", "running") : paint(ctx, "2", "exited");
    const body = rows.map((r) => [
      r.id,
      r.kind,
      String(r.pid),
      r.state,
      r.exitCode === null ? "-" : String(r.exitCode),
      r.attached.length ? r.attached.join(",") : "no",
      r.command,
    ]);
    let text = table(ctx, ["ID", "KIND", "PID", "STATE", "EXIT", "ATTACHED", "COMMAND"], body);
    if (ctx.color) {
      // Colour the state column after alignment (escape codes have no width).
      const lines = text.split("\n");
      for (let i = 0; i < rows.length; i++) {
        lines[i + 1] = lines[i + 1].replace(/\b(running|exited)\b/, stateText(rows[i]));
      }
      text = lines.join("\n");
    }
    await out(ctx, text);
    return 0;
  });
}

/**
 * The caller's environment for a spawn with the `clear` policy (upstream's client default),
 * so the child sees the caller's environment rather than the long-lived daemon's.
 */
function callerEnv(ctx: Ctx): [string, string][] {
  return Object.entries(ctx.io.env).filter((e): e is [string, string] => e[1] !== undefined);
}

async function cmdSpawn(ctx: Ctx): Promise<number> {
  const pty = ctx.flags.pty === true;
  if (pty && ctx.flags["merge-stderr"]) {
    throw new UsageError("--merge-stderr applies to pipe sessions only (not with --pty)");
  }
  const common = {
    argv: ctx.args,
    cwd: (ctx.flags.cwd as string | undefined) ?? ctx.io.cwd,
    env: callerEnv(ctx),
    environment: "clear" as const,
    originator: ctx.flags.originator as string | undefined,
  };
  const stdout = ctx.io.stdout;
  // A daemon is started on demand for spawn (only).
  const client = await connectOrStart(ctx.clientOptions);
  try {
    const res = pty
      ? await spawnPtySession(client, {
        ...common,
        rows: stdout.isTTY && stdout.rows ? stdout.rows : undefined,
        cols: stdout.isTTY && stdout.columns ? stdout.columns : undefined,
      })
      : await spawnPipeSession(client, {
        ...common,
        mergeStderr: ctx.flags["merge-stderr"] === true,
      });
    if (ctx.json) {
      await outJson(ctx, { sessionId: res.sessionId, pid: res.pid, createdAt: res.createdAt });
    } else await out(ctx, `${res.sessionId}\n`);
    return 0;
  } finally {
    await client.close();
  }
}

/** The exit code of a session once it has exited (polls for `waitMs`), or undefined. */
async function sessionExitCode(
  ctx: Ctx,
  sessionId: string,
  waitMs = 1000,
): Promise<number | undefined> {
  try {
    return await withClient(ctx, async (client) => {
      for (let i = 0; i < waitMs / 50; i++) {
        const b = await client.getSessionBacklog(sessionId, 1);
        if (b.exited) return b.exitCode;
        await sleep(50);
      }
      return undefined;
    });
  } catch {
    return undefined;
  }
}

type AnyStreamFrame = PipeStreamFrame | PtyStreamFrame;

/** Prints one frame; returns the exit code when the frame is terminal. */
async function showFrame(
  ctx: Ctx,
  sessionId: string,
  f: AnyStreamFrame,
): Promise<number | undefined> {
  const fr = f.frame;
  if (!fr) return undefined;
  switch (fr.case) {
    case "bytes":
    case "output":
      if (ctx.json) {
        await outJson(ctx, { event: "output", text: new TextDecoder().decode(fr.value) });
      } else await out(ctx, fr.value);
      return undefined;
    case "missedBytes":
      if (ctx.json) await outJson(ctx, { event: "missed", bytes: fr.value });
      else await ctx.io.stderr.write(`rp: ${fr.value} bytes of output were missed\n`);
      return undefined;
    case "exitCode":
      if (ctx.json) await outJson(ctx, { event: "exit", exitCode: fr.value });
      return exitStatus(fr.value);
    case "eof": {
      const code = await sessionExitCode(ctx, sessionId);
      if (ctx.json) await outJson(ctx, { event: "eof", exitCode: code ?? null });
      return code === undefined ? 0 : exitStatus(code);
    }
    case "error": {
      if (ctx.json) await outJson(ctx, { event: "error", message: fr.value });
      else await ctx.io.stderr.write(`rp: ${fr.value}\n`);
      const code = fr.value === "detached" ? undefined : await sessionExitCode(ctx, sessionId);
      return fr.value === "detached" ? 0 : code === undefined || code === 0 ? 1 : exitStatus(code);
    }
    case "stolenBy":
      if (ctx.json) await outJson(ctx, { event: "stolen", by: fr.value });
      else await ctx.io.stderr.write(`rp: attachment taken over by ${fr.value}\n`);
      return 1;
  }
  return undefined;
}

async function cmdAttach(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  const kind = kindOf(sessionId);
  const signal = ctx.io.signal;
  if (kind === "pipe") {
    await using att = await attachPipeStream(ctx.clientOptions, {
      sessionId,
      stream: ctx.flags.stderr ? "stderr" : "stdout",
      steal: ctx.flags.steal === true,
      signal,
    });
    if (att.backlog.length) {
      if (ctx.json) {
        await outJson(ctx, { event: "backlog", text: new TextDecoder().decode(att.backlog) });
      } else await out(ctx, att.backlog);
    }
    for await (const f of att.frames) {
      const code = await showFrame(ctx, sessionId, f);
      if (code !== undefined) return code;
    }
    return 0;
  }
  if (ctx.flags.stderr) throw new UsageError("--stderr applies to pipe sessions only");
  const stdout = ctx.io.stdout;
  const stdin = ctx.io.stdin;
  const tty = stdin?.isTTY === true && stdout.isTTY === true;
  await using pty = await attachPtySession(ctx.clientOptions, {
    sessionId,
    rows: stdout.isTTY ? stdout.rows ?? 0 : 0,
    cols: stdout.isTTY ? stdout.columns ?? 0 : 0,
    steal: ctx.flags.steal === true,
    term: ctx.io.env.TERM ?? "",
    isTty: tty,
    signal,
  });
  if (pty.backlog.length) {
    if (ctx.json) {
      await outJson(ctx, { event: "backlog", text: new TextDecoder().decode(pty.backlog) });
    } else await out(ctx, pty.backlog);
  }
  let detached = false;
  let inputIt: AsyncIterator<Uint8Array> | undefined;
  const unresize = tty && ctx.io.onResize
    ? ctx.io.onResize(() => {
      if (stdout.rows && stdout.columns) {
        void pty.resize(stdout.rows, stdout.columns).catch(() => {});
      }
    })
    : () => {};
  if (stdin) {
    if (tty) stdin.setRawMode?.(true);
    inputIt = stdin[Symbol.asyncIterator]();
    const it = inputIt;
    void (async () => {
      try {
        for (;;) {
          const r = await it.next();
          if (r.done) return;
          const chunk = r.value;
          const stop = tty ? chunk.indexOf(0x1d) : -1; // Ctrl-]
          if (stop >= 0) {
            if (stop > 0) await pty.write(chunk.subarray(0, stop));
            detached = true;
            await pty.detach();
            return;
          }
          await pty.write(chunk);
        }
      } catch {
        // the attachment closed; input is no longer needed
      }
    })();
  }
  try {
    for await (const f of pty.frames) {
      const code = await showFrame(ctx, sessionId, f);
      if (code !== undefined) return code;
    }
    if (detached) {
      if (ctx.json) await outJson(ctx, { event: "detached" });
      else await ctx.io.stderr.write(`\r\nrp: detached from ${sessionId}\r\n`);
    }
    return 0;
  } finally {
    unresize();
    if (tty) stdin?.setRawMode?.(false);
    void inputIt?.return?.().catch(() => {});
  }
}

async function cmdLogs(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  return await withClient(ctx, async (client) => {
    const b = await client.getSessionBacklog(sessionId, ctx.flags.stderr ? 2 : 1);
    if (ctx.json) {
      await outJson(ctx, {
        sessionId,
        sessionKind: b.sessionKind,
        exited: b.exited,
        exitCode: b.exited ? b.exitCode : null,
        bytesMissed: b.bytesMissed,
        backlog: b.backlog,
      });
    } else if (b.backlog.length) await out(ctx, b.backlog);
    return 0;
  });
}

async function cmdTerminate(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  const kind = kindOf(sessionId);
  const grace = ctx.flags.grace === undefined ? 0 : nonNegativeInt("grace", ctx.flags.grace);
  return await withClient(ctx, async (client) => {
    if (kind === "pty") await client.terminatePtySession(sessionId, grace);
    else await client.terminatePipeSession(sessionId, grace);
    if (ctx.json) await outJson(ctx, { sessionId, terminating: true, graceMs: grace || 2000 });
    else await out(ctx, `terminating ${sessionId}\n`);
    return 0;
  });
}

const CATEGORY_BY_NAME: Record<string, EventCategory> = {
  lifecycle: 0,
  file: 1,
  network: 2,
  process: 3,
};

function observerKind(sessionId: string): SessionObserverKind {
  return kindOf(sessionId) === "pty" ? SessionObserverKind.Pty : SessionObserverKind.Pipe;
}

async function printObserverStatus(
  ctx: Ctx,
  sessionId: string,
  subscriberId: string,
  s: SessionObserverStatus,
  extra: [string, string][] = [],
): Promise<void> {
  if (ctx.json) {
    await outJson(ctx, {
      sessionId,
      subscriberId,
      deliveredEvents: s.deliveredEvents,
      missedEvents: s.missedEvents,
      disconnected: s.disconnected,
    });
    return;
  }
  await out(
    ctx,
    keyValues(ctx, [
      ["subscriber", subscriberId],
      ["session", sessionId],
      ...extra,
      ["delivered", String(s.deliveredEvents)],
      ["missed", String(s.missedEvents)],
      ["disconnected", s.disconnected ? "yes" : "no"],
    ]),
  );
}

/** One line per event: sequence, category, kind, then the fields that are set. */
function formatEvent(ctx: Ctx, e: ObserverEventRecord): string {
  const parts = [
    paint(ctx, "2", `#${e.sequence}`),
    eventCategoryName(e.category),
    paint(ctx, "1", e.kind),
    `pid=${e.pid}`,
  ];
  if (e.ppid) parts.push(`ppid=${e.ppid}`);
  if (e.kind.endsWith("exited")) parts.push(`exit=${e.exitCode}`);
  if (e.argv.length) parts.push(`argv=${JSON.stringify(e.argv.join(" "))}`);
  if (e.path) parts.push(`path=${JSON.stringify(e.path)}`);
  if (e.toPath) parts.push(`to=${JSON.stringify(e.toPath)}`);
  if (num(e.byteCount)) parts.push(`bytes=${e.byteCount}`);
  if (e.protocol) parts.push(e.protocol);
  if (e.localAddress) parts.push(`local=${e.localAddress}`);
  if (e.remoteAddress) parts.push(`remote=${e.remoteAddress}`);
  return parts.join(" ") + "\n";
}

/**
 * The observer options of `--category`, `--capacity` and `--block`; without `--category`,
 * `defaults` (undefined: the daemon's default, lifecycle only).
 */
function observeOptions(
  ctx: Ctx,
  defaults?: readonly EventCategory[],
): SessionObserverRequestOptions {
  const names = (ctx.flags.category as string[] | undefined) ?? [];
  const categories = names.map((n) => {
    const c = CATEGORY_BY_NAME[n];
    if (c === undefined) {
      throw new UsageError(
        `unknown category ${JSON.stringify(n)} (lifecycle, file, network, process)`,
      );
    }
    return c;
  });
  return {
    categories: categories.length ? categories : defaults,
    ringCapacityEvents: ctx.flags.capacity === undefined
      ? 0
      : nonNegativeInt("capacity", ctx.flags.capacity),
    backpressure: ctx.flags.block
      ? SessionObserverBackpressure.Block
      : SessionObserverBackpressure.DropOldest,
  };
}

async function cmdObserve(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  const kind = observerKind(sessionId);
  const request = new SessionObserverRequest(kind, sessionId, observeOptions(ctx));
  return await withClient(ctx, async (client) => {
    const sub = await registerSessionObserver(client, request);
    const status = await sub.status();
    await printObserverStatus(ctx, sessionId, sub.subscriberId, status, [
      ["categories", request.categories.map(eventCategoryName).join(",")],
    ]);
    if (!ctx.flags.follow) return 0;
    // Live events until the subscription ends or we are stopped; it stays registered.
    const subscriber = sub.subscriber;
    const stop = () => void subscriber.close();
    ctx.io.signal?.addEventListener("abort", stop, { once: true });
    try {
      for await (const r of subscriber) {
        if (ctx.json) await outJson(ctx, r);
        else if (r.type === "loss") await out(ctx, `lost ${r.missed} events\n`);
        else await out(ctx, formatEvent(ctx, r));
        // The session's own exit is the last event worth waiting for.
        if (r.type === "event" && r.kind === "exited") break;
      }
    } finally {
      ctx.io.signal?.removeEventListener("abort", stop);
      await subscriber.close();
    }
    return 0;
  });
}

async function cmdObserverStatus(ctx: Ctx): Promise<number> {
  const [sessionId, subscriberId] = ctx.args;
  const kind = observerKind(sessionId);
  return await withClient(ctx, async (client) => {
    const s = await getSessionObserverStatus(client, kind, sessionId, subscriberId);
    await printObserverStatus(ctx, sessionId, subscriberId, s);
    return 0;
  });
}

async function cmdUnobserve(ctx: Ctx): Promise<number> {
  const [sessionId, subscriberId] = ctx.args;
  const kind = observerKind(sessionId);
  return await withClient(ctx, async (client) => {
    await unregisterSessionObserver(client, kind, sessionId, subscriberId);
    if (ctx.json) await outJson(ctx, { sessionId, subscriberId, unregistered: true });
    else await out(ctx, `unregistered ${subscriberId}\n`);
    return 0;
  });
}

// ---- live events: watch, run, capabilities ---------------------------------------------

/** What `watch` and `run --watch` observe unless `--category` says otherwise. */
const ALL_CATEGORIES: readonly EventCategory[] = [0, 1, 2, 3];

/** ANSI colour of each category: lifecycle, file, network, process. */
const CATEGORY_COLOR: readonly string[] = ["32", "36", "35", "33"];

/** Colour on `w`: only on a terminal, and never with `NO_COLOR`. */
function colorOn(ctx: Ctx, w: CliWriter): boolean {
  return w.isTTY === true && !ctx.io.env.NO_COLOR;
}

function tint(on: boolean, code: string, s: string): string {
  return on ? `\x1b[${code}m${s}\x1b[0m` : s;
}

/** `HH:MM:SS.mmm` in local time; dashes when the event has no timestamp. */
function clock(ms: number): string {
  if (!ms) return "--:--:--.---";
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  const millis = String(d.getMilliseconds()).padStart(3, "0");
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${millis}`;
}

/** An argument as a shell would need it written. */
function shellWord(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`;
}

/** A path as-is, or JSON-quoted when it has blanks, quotes or control characters. */
function showPath(p: string): string {
  // deno-lint-ignore no-control-regex
  return /^[^\s"'\\\x00-\x1f\x7f]+$/.test(p) ? p : JSON.stringify(p);
}

/**
 * The Linux open(2) flags that are the same on every architecture (the file backend reads
 * them from `/proc/<pid>/fdinfo`); the others are left to `--json`'s raw `flags`.
 */
const OPEN_FLAGS: readonly (readonly [number, string])[] = [
  [0o100, "O_CREAT"],
  [0o200, "O_EXCL"],
  [0o400, "O_NOCTTY"],
  [0o1000, "O_TRUNC"],
  [0o2000, "O_APPEND"],
  [0o4000, "O_NONBLOCK"],
  [0o10000, "O_DSYNC"],
  [0o2000000, "O_CLOEXEC"],
];

/** `O_WRONLY|O_APPEND`, …: the access mode, then the portable flags that are set. */
function openFlags(flags: number): string {
  const mode = ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"][flags & 3];
  return [mode, ...OPEN_FLAGS.filter(([bit]) => (flags & bit) !== 0).map(([, n]) => n)]
    .join("|");
}

/** `exit=N`, with the signal spelled out for negative codes. */
function exitText(code: number): string {
  return code < 0 ? `exit=${code} (signal ${-code})` : `exit=${code}`;
}

/** The fields that matter for this event: pid first, argv last. */
function eventDetails(e: ObserverEventRecord, color: boolean): string[] {
  const d = [`pid=${e.pid}`];
  if (e.ppid) d.push(`ppid=${e.ppid}`);
  switch (e.category) {
    case 1: // file
      if (e.path) d.push(`path=${showPath(e.path)}`);
      if (e.toPath) d.push(`to=${showPath(e.toPath)}`);
      if (e.kind === "file-open" || e.flags) d.push(`flags=${openFlags(e.flags)}`);
      if (e.kind === "file-write" || num(e.byteCount)) d.push(`bytes=${e.byteCount}`);
      break;
    case 2: // network
      if (e.protocol) d.push(e.protocol);
      if (e.remoteAddress) d.push(`${e.localAddress || "?"} -> ${e.remoteAddress}`);
      else if (e.localAddress) d.push(e.localAddress);
      break;
    default: // lifecycle, process, and categories newer than this CLI
      if (e.kind === "exited") {
        d.push(tint(color && e.exitCode !== 0, "1;31", exitText(e.exitCode)));
      } else if (e.exitCode) d.push(exitText(e.exitCode));
      if (e.category > 3 && e.path) d.push(`path=${showPath(e.path)}`);
  }
  if (e.argv.length) d.push(`argv=[${e.argv.map(shellWord).join(" ")}]`);
  return d;
}

/**
 * One line for a record: `HH:MM:SS.mmm #seq kind category details`, or a loss warning.
 * Colours (by category) only when `color`.
 */
function formatRecord(r: ObserverRecord, color: boolean): string {
  if (r.type === "loss") {
    const what = `! ${r.missed} event${r.missed === 1 ? "" : "s"} lost (ring overflow)`;
    return tint(color, "1;31", what) + "\n";
  }
  const c = CATEGORY_COLOR[r.category];
  return [
    tint(color, "2", clock(num(r.timestampMs))),
    tint(color, "2", `#${r.sequence}`.padEnd(5)),
    tint(color, c ? `1;${c}` : "1", r.kind.padEnd(18)),
    tint(color, c ?? "0", eventCategoryName(r.category).padEnd(9)),
    ...eventDetails(r, color),
  ].join(" ") + "\n";
}

/** The `--json` form of a record: the event's fields, with `category` by name. */
function recordJson(r: ObserverRecord): Record<string, unknown> {
  if (r.type === "loss") return { type: "loss", missed: r.missed };
  return { ...r, category: eventCategoryName(r.category) };
}

function isSessionExit(r: ObserverRecord): r is ObserverEventRecord {
  return r.type === "event" && r.category === 0 && r.kind === "exited";
}

/**
 * What stops `watch` and `run`: `io.signal` when given, else the process's first SIGINT or
 * SIGTERM (the handlers go after it, so a second Ctrl-C ends `rp` the usual way).
 */
function interruption(ctx: Ctx): { readonly signal: AbortSignal } & Disposable {
  if (ctx.io.signal) return { signal: ctx.io.signal, [Symbol.dispose]: () => {} };
  const ac = new AbortController();
  const unhook = () => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  };
  const stop = () => {
    unhook();
    ac.abort();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return { signal: ac.signal, [Symbol.dispose]: unhook };
}

/** Calls `fn` once `signal` aborts (now, if it already has); returns the unsubscribe. */
function onAbort(signal: AbortSignal, fn: () => void): () => void {
  if (signal.aborted) {
    fn();
    return () => {};
  }
  signal.addEventListener("abort", fn, { once: true });
  return () => signal.removeEventListener("abort", fn);
}

/** The session's exit code when it has already exited; undefined if running or unknown. */
async function exitedAlready(client: DaemonClient, sessionId: string): Promise<number | undefined> {
  try {
    const b = await client.getSessionBacklog(sessionId, kindOf(sessionId) === "pipe" ? 1 : 0);
    return b.exited ? b.exitCode : undefined;
  } catch {
    return undefined;
  }
}

/** Unregisters quietly (the session may be gone, or the daemon with it). */
async function dropSubscription(sub: RemoteObserverSubscription): Promise<void> {
  await sub.subscriber.close();
  await sub.unregister().catch(() => {});
}

async function cmdWatch(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  const request = new SessionObserverRequest(
    observerKind(sessionId),
    sessionId,
    observeOptions(ctx, ALL_CATEGORIES),
  );
  using stop = interruption(ctx);
  const color = colorOn(ctx, ctx.io.stdout);
  return await withClient(ctx, async (client) => {
    const sub = await registerSessionObserver(client, request);
    const subscriber = sub.subscriber;
    const unhook = onAbort(stop.signal, () => void subscriber.close());
    try {
      // An observer registered after the session's exit would wait forever: then only what
      // arrives promptly is shown (an exit right after the registration still is).
      const before = await exitedAlready(client, sessionId);
      for (;;) {
        let r: ObserverRecord | undefined;
        try {
          r = await subscriber.recv(before === undefined ? {} : { timeoutMs: 500 });
        } catch (e) {
          if (e instanceof TimeoutError) break;
          throw e;
        }
        if (r === undefined) return 0; // interrupted, or the subscription was closed
        if (ctx.json) await outJson(ctx, recordJson(r));
        else await out(ctx, formatRecord(r, color));
        if (isSessionExit(r)) return 0;
      }
      throw new Error(`${sessionId} has already exited (exit code ${before})`);
    } finally {
      unhook();
      await dropSubscription(sub);
    }
  });
}

/** Splits output into lines for `--json`; a last unterminated line comes from `flush`. */
class OutputLines {
  #decoder = new TextDecoder();
  #rest = "";

  push(bytes: Uint8Array): string[] {
    const lines = (this.#rest + this.#decoder.decode(bytes, { stream: true })).split("\n");
    this.#rest = lines.pop() ?? "";
    return lines.map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  }

  flush(): string[] {
    const last = this.#rest + this.#decoder.decode();
    this.#rest = "";
    return last === "" ? [] : [last];
  }
}

type OutputStream = "stdout" | "stderr" | "pty";

/**
 * Relays one output stream of a session to ours (stderr to stderr; with `--json`, one
 * `output` object per line on stdout). Resolves with the exit code the stream's terminal
 * frame carried, if any. A session that exited before the attach is read from its backlog.
 */
async function relayOutput(
  ctx: Ctx,
  client: DaemonClient,
  sessionId: string,
  stream: OutputStream,
  signal: AbortSignal,
): Promise<number | undefined> {
  const lines = new OutputLines();
  const target = stream === "stderr" ? ctx.io.stderr : ctx.io.stdout;
  const emit = async (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    if (!ctx.json) await target.write(bytes);
    else for (const text of lines.push(bytes)) await outJson(ctx, { type: "output", stream, text });
  };
  const finish = async () => {
    for (const text of lines.flush()) await outJson(ctx, { type: "output", stream, text });
  };
  const missed = async (bytes: number | bigint) => {
    if (ctx.json) await outJson(ctx, { type: "missed", stream, bytes });
    else await ctx.io.stderr.write(`rp: ${bytes} bytes of ${stream} were missed\n`);
  };
  let att: PipeStreamAttachment | PtyAttachment;
  try {
    att = stream === "pty"
      ? await attachPtySession(ctx.clientOptions, { sessionId, isTty: false, signal })
      : await attachPipeStream(ctx.clientOptions, { sessionId, stream, signal });
  } catch (e) {
    if (!(e instanceof DaemonError && e.status === StatusCode.STATUS_CODE_NOT_FOUND)) throw e;
    // Gone before we attached: its output is still in the backlog.
    const b = await client.getSessionBacklog(sessionId, stream === "stderr" ? 2 : 1);
    if (!b.exited) throw e;
    await emit(b.backlog);
    await finish();
    if (num(b.bytesMissed)) await missed(b.bytesMissed);
    return b.exitCode;
  }
  let code: number | undefined;
  try {
    await emit(att.backlog);
    if (att.backlogTruncated) await missed(att.bytesMissed);
    for await (const f of att.frames as AsyncIterable<AnyStreamFrame>) {
      const fr = f.frame;
      if (!fr) continue;
      if (fr.case === "bytes" || fr.case === "output") await emit(fr.value);
      else if (fr.case === "missedBytes") await missed(fr.value);
      else if (fr.case === "exitCode") code = fr.value;
      else if (fr.case === "stolenBy") {
        await ctx.io.stderr.write(`rp: ${stream} of ${sessionId} taken over by ${fr.value}\n`);
      }
      // `eof` and `error` ("session terminated by request") end the stream as well.
    }
  } catch (e) {
    if (!(e instanceof AbortError)) throw e;
  } finally {
    await att.close();
  }
  await finish();
  return code;
}

/**
 * Prints a subscription's records (on stderr, or as JSON on stdout) until the session's
 * `exited` event; resolves with its exit code. A failing stream is reported, not thrown:
 * the command's output matters more than its events.
 */
async function relayEvents(
  ctx: Ctx,
  sub: RemoteObserverSubscription,
): Promise<number | undefined> {
  const color = !ctx.json && colorOn(ctx, ctx.io.stderr);
  try {
    for await (const r of sub.subscriber) {
      if (ctx.json) await outJson(ctx, recordJson(r));
      else await ctx.io.stderr.write(formatRecord(r, color));
      if (isSessionExit(r)) return r.exitCode;
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await ctx.io.stderr.write(`rp: events: ${message.replace(/\s*\n\s*/g, " ")}\n`);
  }
  return undefined;
}

/** Waiting for a session after Ctrl-C: its terminate grace (2 s) and some slack. */
const INTERRUPT_WAIT_MS = 5000;

async function cmdRun(ctx: Ctx): Promise<number> {
  const pty = ctx.flags.pty === true;
  const watch = ctx.flags.watch === true;
  if (!watch) {
    const stray = ["category", "capacity", "block"].find((f) => ctx.flags[f] !== undefined);
    if (stray) throw new UsageError(`--${stray} needs --watch`);
  }
  const observe = watch ? observeOptions(ctx, ALL_CATEGORIES) : undefined;
  const common = {
    argv: ctx.args,
    cwd: ctx.io.cwd,
    env: callerEnv(ctx),
    environment: "clear" as const,
    observe,
  };
  using stop = interruption(ctx);
  // Like spawn, run starts a daemon on demand.
  const client = await connectOrStart(ctx.clientOptions);
  let sub: RemoteObserverSubscription | undefined;
  let unhook = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const stdout = ctx.io.stdout;
    const res = pty
      ? await spawnPtySession(client, {
        ...common,
        rows: stdout.isTTY && stdout.rows ? stdout.rows : undefined,
        cols: stdout.isTTY && stdout.columns ? stdout.columns : undefined,
      })
      : await spawnPipeSession(client, common);
    const { sessionId } = res;
    sub = res.subscription;
    if (ctx.json) {
      await outJson(ctx, { type: "session", sessionId, pid: res.pid, createdAt: res.createdAt });
    }
    if (watch && !sub) {
      await ctx.io.stderr.write("rp: the daemon registered no observer; no events to show\n");
    }
    // Not interactive: the child reads end-of-file, as from /dev/null.
    if (!pty) void client.writePipeStdin(sessionId, new Uint8Array(0), true).catch(() => {});
    let interrupted = false;
    const streams = new AbortController();
    unhook = onAbort(stop.signal, () => {
      interrupted = true;
      const t = pty
        ? client.terminatePtySession(sessionId)
        : client.terminatePipeSession(sessionId);
      void t.catch(() => {});
      timer = setTimeout(() => {
        streams.abort();
        void sub?.subscriber.close();
      }, INTERRUPT_WAIT_MS);
    });
    const events = sub ? relayEvents(ctx, sub) : Promise.resolve(undefined);
    const names: OutputStream[] = pty ? ["pty"] : ["stdout", "stderr"];
    let codes: (number | undefined)[];
    try {
      codes = await Promise.all(
        names.map((s) => relayOutput(ctx, client, sessionId, s, streams.signal)),
      );
    } catch (e) {
      streams.abort();
      await sub?.subscriber.close();
      await events;
      throw e;
    }
    // A stream ended by someone else's terminate: the exit follows within its grace.
    const code = (await events) ?? codes.find((c) => c !== undefined) ??
      await sessionExitCode(ctx, sessionId, INTERRUPT_WAIT_MS);
    if (ctx.json) await outJson(ctx, { type: "exit", sessionId, exitCode: code ?? null });
    if (code !== undefined) return exitStatus(code);
    if (interrupted) return 130;
    throw new Error(`the exit code of ${sessionId} is unknown`);
  } finally {
    unhook();
    clearTimeout(timer);
    if (sub) await dropSubscription(sub);
    await client.close();
  }
}

const SUPPORT_COLOR: Record<string, string> = {
  supported: "32",
  partial: "33",
  unavailable: "31",
};

async function cmdCapabilities(ctx: Ctx): Promise<number> {
  return await withClient(ctx, async (client) => {
    let caps;
    try {
      caps = await client.getObserverCapabilities();
    } catch (e) {
      if (
        e instanceof DaemonError && (e.status === StatusCode.STATUS_CODE_UNIMPLEMENTED ||
          e.status === StatusCode.STATUS_CODE_UNKNOWN_REQUEST)
      ) {
        throw new Error(
          "the daemon does not report observer capabilities " +
            "(GET_OBSERVER_CAPABILITIES is an extension of this package's daemon)",
        );
      }
      throw e;
    }
    const rows = caps.categories.map((c) => ({
      category: eventCategoryName(c.category),
      support: c.support,
      backend: c.backend,
      reason: c.reason,
    }));
    if (ctx.json) {
      await outJson(ctx, { scope: caps.scope, categories: rows });
      return 0;
    }
    const header = ["CATEGORY", "SUPPORT", "BACKEND", "REASON"];
    let text = table(ctx, header, rows.map((r) => [r.category, r.support, r.backend, r.reason]));
    if (ctx.color) {
      // Colour the support column after alignment (escape codes have no width).
      const at = Math.max(header[0].length, ...rows.map((r) => r.category.length)) + 2;
      const lines = text.split("\n");
      rows.forEach((r, i) => {
        const l = lines[i + 1];
        const cell = l.slice(at, at + r.support.length);
        const code = SUPPORT_COLOR[r.support];
        if (code && cell === r.support) {
          lines[i + 1] = l.slice(0, at) + paint(ctx, code, cell) + l.slice(at + cell.length);
        }
      });
      text = lines.join("\n");
    }
    await out(ctx, text);
    return 0;
  });
}

const RUN: Record<string, (ctx: Ctx) => Promise<number>> = {
  serve: cmdServe,
  ping: cmdPing,
  status: cmdStatus,
  sessions: cmdSessions,
  spawn: cmdSpawn,
  attach: cmdAttach,
  logs: cmdLogs,
  terminate: cmdTerminate,
  observe: cmdObserve,
  "observer-status": cmdObserverStatus,
  unobserve: cmdUnobserve,
  watch: cmdWatch,
  run: cmdRun,
  capabilities: cmdCapabilities,
};

// ---- entry -----------------------------------------------------------------------------

function processWriter(stream: typeof process.stdout | typeof process.stderr): CliWriter {
  return {
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns;
    },
    get rows() {
      return stream.rows;
    },
    write: (chunk) =>
      new Promise<void>((resolve) => {
        stream.write(chunk, () => resolve());
      }),
  };
}

function defaultIO(io: CliIO): Ctx["io"] & { isDefault: boolean } {
  const isDefault = io.stdout === undefined;
  return {
    ...io,
    stdout: io.stdout ?? processWriter(process.stdout),
    stderr: io.stderr ?? processWriter(process.stderr),
    stdin: io.stdin ?? (isDefault ? (process.stdin as unknown as CliReader) : undefined),
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
    onResize: io.onResize ?? (isDefault
      ? (fn) => {
        process.stdout.on("resize", fn);
        return () => void process.stdout.off("resize", fn);
      }
      : undefined),
    isDefault,
  };
}

/**
 * Runs the `rp` command line and resolves with its exit code: 0 on success, 2 for usage
 * errors, 1 for other failures (printed as one `rp: <message>` line on stderr), or the
 * session's exit code for `attach`. Never throws.
 *
 * @param argv the arguments after the program name
 * @param io where to read and write (defaults to the process's streams and environment)
 * @returns the exit code
 *
 * @example
 * ```ts
 * import { main } from "./cli.ts";
 * const lines: string[] = [];
 * const code = await main(["--socket", "/tmp/rp/daemon.sock", "status"], {
 *   stdout: { write: (c) => void lines.push(String(c)) },
 *   stderr: { write: (c) => void lines.push(String(c)) },
 * });
 * console.log(code, lines.join(""));
 * ```
 */
export async function main(argv: readonly string[], io: CliIO = {}): Promise<number> {
  const full = defaultIO(io);
  try {
    const svc = await runServiceCommand(argv, full); // `rp service …` (src/cli_service.ts)
    if (svc !== undefined) return svc;
    const parsed = parseArgs(argv);
    if (parsed.command === "help" || parsed.flags.help) {
      await full.stdout.write(USAGE);
      return 0;
    }
    const socketPath = parsed.flags.socket as string | undefined;
    const scope = parsed.flags.scope as string | undefined;
    const ctx: Ctx = {
      io: full,
      json: parsed.flags.json === true,
      color: full.stdout.isTTY === true && !full.env.NO_COLOR,
      flags: parsed.flags,
      args: parsed.args,
      clientOptions: {
        ...(socketPath !== undefined ? { socketPath } : {}),
        ...(scope !== undefined ? { scope } : {}),
      },
    };
    return await RUN[parsed.command](ctx);
  } catch (e) {
    const usage = e instanceof UsageError;
    const message = e instanceof Error ? e.message : String(e);
    const hint = usage ? " (see rp --help)" : "";
    await full.stderr.write(`rp: ${message.replace(/\s*\n\s*/g, " ")}${hint}\n`);
    return usage ? 2 : 1;
  }
}

if (import.meta.main) {
  const code = await main(process.argv.slice(2));
  process.exit(code);
}

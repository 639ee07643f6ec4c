/**
 * The session handle: spawn a command in the daemon and use it like a local child process
 * (`Deno.Command`, `Bun.spawn`, execa): read its output as streams, lines or text, write to
 * its stdin, follow its events, wait for its exit or terminate it, and `run` a command to
 * completion in one call.
 *
 * **No output is lost, whatever the timing.** A pipe session is spawned with our
 * `hold_output` field: the daemon reads none of the child's output before the handle has
 * attached to it (the child blocks on a full pipe meanwhile), and the handle attaches in
 * `"block"` mode (lossless), so a command that exits in a millisecond and one that writes
 * 100 MiB both deliver every byte, in order. Output the handle does not read stays in the
 * pipe: like a local pipe, a child whose output nobody reads blocks after a few MiB.
 * Against a daemon without the extension (upstream), output beyond its 1 MiB backlog can be
 * lost: the handle then sets {@link SessionResult.truncated} instead of pretending.
 *
 * **Exit without polling.** The spawn registers a lifecycle observer atomically (our
 * `observe` field): the handle learns the exit from the `exited` event (or from a stream's
 * `exit_code` frame), then asks the daemon once for the outcome. Only against a daemon
 * without observer streams does it poll the session list.
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * await using client = await DaemonClient.connect();
 * const { exitCode, stdout } = await client.run(["sh", "-c", "echo hi; exit 3"]);
 * console.log(exitCode, stdout); // 3 "hi\n"
 * await using s = await client.spawn(["sh", "-c", "for i in 1 2 3; do echo $i; done"]);
 * for await (const line of s.lines()) console.log(line);
 * console.log((await s.wait()).outcome); // "natural-exit"
 * ```
 *
 * @module
 */
import {
  decodeObserverEventFrame,
  decodePipeStreamFrame,
  decodePtyStreamFrame,
  encodePtyInputFrame,
  type ObserverEvent,
  type PipeStreamFrame,
  type PtyStreamFrame,
  StatusCode,
} from "../../proto_gen/daemon_pb.ts";
import type {
  DaemonClientOptions,
  PayloadField,
  RequestPayload,
  ResponsePayload,
} from "./connection.ts";
import { isAbsolute, resolve } from "node:path";
import process from "node:process";
import { openAttach } from "./attach.ts";
import { spawnFailure, stdinFailure } from "./daemon_failures.ts";
import { processEnvironment } from "../process/_util.ts";
import { callWithSpares } from "./connection.ts";
import { AsyncQueue } from "../async.ts";
import {
  AbortError,
  ConnectError,
  ConnectionClosedError,
  DaemonError,
  RunningProcessError,
  TimeoutError,
  ValidationError,
} from "../errors.ts";
import type { FramedConnection } from "../transport/framed.ts";

/**
 * The RPC side of a client that the session handle needs (`DaemonClient` has it): its
 * connect options (attach streams open connections of their own) and `call`.
 *
 * @example
 * ```ts
 * import type { SessionRpc } from "./session.ts";
 * import { DaemonClient } from "./daemon_client.ts";
 * const rpc: SessionRpc = await DaemonClient.connect();
 * ```
 */
export interface SessionRpc {
  /** Where attach streams connect. */
  readonly options: Readonly<DaemonClientOptions>;
  /** Sends one request and resolves with its response payload. */
  call<F extends PayloadField>(
    field: F,
    payload: RequestPayload<F> | undefined,
    options?: { signal?: AbortSignal; timeoutMs?: number },
  ): Promise<ResponsePayload<F>>;
}

/**
 * How the child's environment is built: the daemon's (`"inherit"`), this process's
 * (`"caller"`, sent with the spawn, as `Deno.Command` and `Bun.spawn` would give it), a login
 * baseline, or none.
 */
export type SessionEnvironmentPolicy = "inherit" | "caller" | "user-baseline" | "clear";

/** Event categories by name, as `observe` takes them (numbers 0–3 work too). */
export type SessionEventCategory = "lifecycle" | "file" | "network" | "process";

const CATEGORY_NUMBER: Record<SessionEventCategory, number> = {
  lifecycle: 0,
  file: 1,
  network: 2,
  process: 3,
};
const CATEGORY_NAME = ["lifecycle", "file", "network", "process"] as const;

const POLICY: Record<SessionEnvironmentPolicy, { wire: number; legacyClear: boolean }> = {
  inherit: { wire: 1, legacyClear: false },
  // This process's variables go as the spawn's entries over an empty base.
  caller: { wire: 3, legacyClear: true },
  "user-baseline": { wire: 2, legacyClear: true },
  clear: { wire: 3, legacyClear: true },
};

/**
 * Options of `client.spawn` (see {@link spawnSession}).
 *
 * `stdin`:
 * - `"pipe"` (default for `spawn`): stdin stays open; use {@link Session.write} and
 *   {@link Session.closeStdin};
 * - `"null"` (default for `run`): stdin is closed at once, the child reads EOF;
 * - a string or `Uint8Array`: written to stdin, which is then closed (the stdio mode names of
 *   other APIs, `"piped"`, `"inherit"` and `"ignore"`, are refused as strings: pass such a
 *   word as a `Uint8Array`).
 *
 * `signal` / `timeoutMs`: when the signal aborts or the time is up, the session's process
 * group is killed (SIGTERM, SIGKILL right after) and {@link Session.wait} rejects with
 * `AbortError` / `TimeoutError`.
 *
 * @example
 * ```ts
 * import type { SpawnOptions } from "./session.ts";
 * const o: SpawnOptions = { cwd: "/tmp", env: { LANG: "C" }, stdin: "hello\n", timeoutMs: 5000 };
 * ```
 */
export interface SpawnOptions {
  /**
   * Working directory, as with `Deno.Command` or `Bun.spawn`: a relative path is taken from
   * this process's working directory, which is also the default (the daemon's when this
   * process may not read it).
   */
  cwd?: string;
  /** Variables applied over the base environment, in order. */
  env?: Record<string, string> | readonly (readonly [string, string])[];
  /**
   * The base environment (default `"inherit"`: the daemon's own, not this process's;
   * `"caller"`: this process's, sent with the spawn).
   */
  environment?: SessionEnvironmentPolicy;
  /** Originator tag (default on the daemon: `client:<client_name>`). */
  originator?: string;
  /** A PTY of this size instead of pipes (stdout is then the terminal output). */
  pty?: { rows?: number; cols?: number };
  /** What the child's stdin is (see the interface documentation). */
  stdin?: "pipe" | "null" | string | Uint8Array;
  /** Event categories for {@link Session.events} besides lifecycle (names or numbers). */
  observe?: readonly (SessionEventCategory | number)[];
  /** Kills the session when aborted. */
  signal?: AbortSignal;
  /** Kills the session after this many ms. */
  timeoutMs?: number;
  /** Send stderr into stdout (pipe sessions; one stream, in write order). */
  mergeStderr?: boolean;
}

/**
 * Options of `client.run`: those of {@link SpawnOptions}, plus the result's form.
 *
 * @example
 * ```ts
 * import type { RunOptions } from "./session.ts";
 * const o: RunOptions = { output: "bytes", timeoutMs: 10_000 };
 * ```
 */
export interface RunOptions extends SpawnOptions {
  /** `"text"` (default): stdout/stderr as UTF-8 strings; `"bytes"`: as `Uint8Array`s. */
  output?: "text" | "bytes";
}

/** How a session ended (`TerminationOutcome`): `"unknown"` when the daemon no longer lists it. */
export type SessionOutcome = "natural-exit" | "soft-exit" | "hard-killed" | "unknown";

/**
 * How a session ended, as {@link Session.wait} and {@link Session.terminate} report it.
 *
 * @example
 * ```ts
 * import type { SessionResult } from "./session.ts";
 * const r: SessionResult = {
 *   exitCode: -15, signal: "SIGTERM", outcome: "soft-exit", exitedAt: 1_700_000_000.5, truncated: false,
 * };
 * ```
 */
export interface SessionResult {
  /**
   * The exit code as the daemon reports it: the status of a normal exit; for a signal death
   * `-signo` in a pipe session (`-15` for SIGTERM) and `1` in a PTY session.
   */
  exitCode: number;
  /** The signal that killed a pipe session's child (`"SIGTERM"`, …), else `null`. */
  signal: string | null;
  /** `"natural-exit"`, `"soft-exit"` (ended within the terminate grace), `"hard-killed"`. */
  outcome: SessionOutcome;
  /** Unix seconds of the exit. */
  exitedAt: number;
  /** True when the daemon reported lost output (only against a daemon without `hold_output`). */
  truncated: boolean;
}

/**
 * What `client.run` resolves with.
 *
 * @example
 * ```ts
 * import type { RunResult } from "./session.ts";
 * const show = (r: RunResult) => `${r.exitCode}: ${r.stdout}`;
 * ```
 */
export interface RunResult<T extends string | Uint8Array = string> extends SessionResult {
  /** Everything the child wrote to stdout. */
  stdout: T;
  /** Everything the child wrote to stderr (empty when merged, or for a PTY). */
  stderr: T;
}

/** The event kinds the daemon emits. */
export type SessionEventKind =
  | "started"
  | "exited"
  | "descendant-started"
  | "descendant-exited"
  | "file-open"
  | "file-write"
  | "file-close"
  | "net-connect"
  | "net-listen"
  | "net-accept"
  | "net-close";

/** The fields every session event (except `"missed"`) carries. */
export interface SessionEventFields {
  /** The event's category. */
  category: SessionEventCategory | `category-${number}`;
  /** Pid the event is about. */
  pid: number;
  /** Parent pid (descendant events). */
  ppid: number;
  /** Daemon wall clock, ms. */
  timestampMs: number;
  /** Position in the subscription (1, 2, …). */
  sequence: number;
  /** Path (file events). */
  path: string;
  /** Second path (renames). */
  toPath: string;
  /** Open flags (file events). */
  flags: number;
  /** Bytes (file writes). */
  byteCount: number;
  /** Protocol (network events). */
  protocol: string;
  /** Local address (network events). */
  localAddress: string;
  /** Remote address (network events). */
  remoteAddress: string;
  /** Command line (descendant-started). */
  argv: string[];
}

/**
 * One event of a session, as {@link Session.events} yields it. `exitCode` and `outcome`
 * exist only on `exited` (`outcome` is `"unknown"` from a daemon that does not report it);
 * `"missed"` reports events lost because nobody read them (`count`).
 *
 * @example
 * ```ts
 * import type { SessionEvent } from "./session.ts";
 * const show = (e: SessionEvent) =>
 *   e.kind === "exited" ? `exit ${e.exitCode}` : e.kind === "missed" ? `lost ${e.count}` : e.kind;
 * ```
 */
export type SessionEvent =
  | (SessionEventFields & { kind: "exited"; exitCode: number; outcome: SessionOutcome })
  | (SessionEventFields & { kind: Exclude<SessionEventKind, "exited"> })
  | { kind: "missed"; count: number };

/** Most events the handle keeps for a reader that is not iterating `events`. */
const EVENT_BUFFER = 10_000;
/** Largest WRITE_PIPE_STDIN chunk. */
const STDIN_CHUNK = 1024 * 1024;
/** Polling interval against a daemon without observer streams. */
const FALLBACK_POLL_MS = 200;

const SIGNAL_NAMES: Record<number, string> = {
  1: "SIGHUP",
  2: "SIGINT",
  3: "SIGQUIT",
  4: "SIGILL",
  6: "SIGABRT",
  8: "SIGFPE",
  9: "SIGKILL",
  10: "SIGUSR1",
  11: "SIGSEGV",
  12: "SIGUSR2",
  13: "SIGPIPE",
  14: "SIGALRM",
  15: "SIGTERM",
};

function outcomeName(n: number): SessionOutcome {
  return n === 2 ? "soft-exit" : n === 3 ? "hard-killed" : n === 1 ? "natural-exit" : "unknown";
}

function checkArgv(argv: unknown): string[] {
  if (
    !Array.isArray(argv) || argv.length === 0 || argv.some((a) => typeof a !== "string")
  ) {
    throw new ValidationError(
      `argv must be a non-empty array of strings, got ${
        Array.isArray(argv) ? "an array with a non-string or no element" : typeof argv
      }`,
    );
  }
  return [...argv];
}

function checkCategories(list: readonly (SessionEventCategory | number)[] | undefined): number[] {
  const out = [0];
  if (list === undefined) return out;
  if (!Array.isArray(list)) throw new ValidationError("observe must be an array of categories");
  for (const c of list) {
    const n = typeof c === "number" ? c : CATEGORY_NUMBER[c as SessionEventCategory];
    if (n === undefined || !Number.isInteger(n) || n < 0 || n > 3) {
      throw new ValidationError(
        `observe: unknown category ${JSON.stringify(c)} (lifecycle, file, network, process or 0-3)`,
      );
    }
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** A value as an error message shows it: strings quoted, objects by kind. */
function shown(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null || typeof v !== "object") return String(v);
  return Array.isArray(v) ? "an array" : "an object";
}

/** Stdio mode names of `Deno.Command`, `Bun.spawn` and Node: not text to write. */
const FOREIGN_STDIN_MODES = new Set(["piped", "inherit", "ignore"]);

function checkStdin(v: SpawnOptions["stdin"], fallback: "pipe" | "null") {
  const s = v ?? fallback;
  if (typeof s === "string" && FOREIGN_STDIN_MODES.has(s)) {
    throw new ValidationError(
      `stdin ${shown(s)} is not a mode here: use "pipe" (write to it), "null" (end-of-file) or ` +
        `the text to write; to write the word itself, pass it as a Uint8Array`,
    );
  }
  if (s === "pipe" || s === "null" || typeof s === "string" || s instanceof Uint8Array) return s;
  throw new ValidationError(
    `stdin must be "pipe", "null", a string or a Uint8Array, got ${shown(s)}`,
  );
}

function checkTimeout(ms: number | undefined): number | undefined {
  if (ms === undefined) return undefined;
  if (typeof ms !== "number" || !(ms > 0) || !Number.isFinite(ms)) {
    throw new ValidationError(`timeoutMs must be a positive number, got ${shown(ms)}`);
  }
  return ms;
}

function checkSize(name: string, v: number | undefined): number {
  const n = v ?? 0;
  if (!Number.isInteger(n) || n < 0 || n > 0xffff) {
    throw new ValidationError(`pty.${name} must be an integer in 0..65535, got ${shown(v)}`);
  }
  return n;
}

function toEvent(e: ObserverEvent): SessionEvent {
  const base: SessionEventFields = {
    category: CATEGORY_NAME[e.category] ?? `category-${e.category}`,
    pid: e.pid,
    ppid: e.ppid,
    timestampMs: Number(e.timestampMs),
    sequence: Number(e.sequence),
    path: e.path,
    toPath: e.toPath,
    flags: e.flags,
    byteCount: Number(e.byteCount),
    protocol: e.protocol,
    localAddress: e.localAddress,
    remoteAddress: e.remoteAddress,
    argv: e.argv,
  };
  if (e.kind === "exited") {
    return {
      ...base,
      kind: "exited",
      exitCode: e.exitCode,
      outcome: outcomeName(e.terminationOutcome),
    };
  }
  return { ...base, kind: e.kind as Exclude<SessionEventKind, "exited"> };
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/** Reads a whole byte stream. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    total += value.length;
  }
  return concat(parts, total);
}

/**
 * Splits a byte stream into lines: on `\n`, a `\r` before it removed, the last line yielded
 * even without a final newline.
 *
 * @param stream UTF-8 bytes
 * @returns the lines, without their line endings
 *
 * @example
 * ```ts
 * import { linesOf } from "./session.ts";
 * const bytes = new Blob(["a\r\nb\nc"]).stream();
 * for await (const line of linesOf(bytes)) console.log(line); // a, b, c
 * ```
 */
export async function* linesOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = "";
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += decoder.decode(value, { stream: true });
      let nl: number;
      while ((nl = rest.indexOf("\n")) >= 0) {
        const line = rest.slice(0, nl);
        rest = rest.slice(nl + 1);
        yield line.endsWith("\r") ? line.slice(0, -1) : line;
      }
    }
    rest += decoder.decode();
    if (rest !== "") yield rest.endsWith("\r") ? rest.slice(0, -1) : rest;
  } finally {
    reader.releaseLock();
  }
}

type AnyFrame = PipeStreamFrame | PtyStreamFrame;

/** One output stream of the handle: an attach connection turned into a `ReadableStream`. */
class OutputPump {
  readonly readable: ReadableStream<Uint8Array>;
  #conn: FramedConnection | undefined;
  #backlog: Uint8Array | undefined;
  #decode: (b: Uint8Array) => AnyFrame;
  #onExit: (code: number) => void;
  #onLoss: () => void;
  #what: string;
  #closed = false;

  constructor(
    what: string,
    conn: FramedConnection | undefined,
    backlog: Uint8Array,
    decode: (b: Uint8Array) => AnyFrame,
    onExit: (code: number) => void,
    onLoss: () => void,
  ) {
    this.#what = what;
    this.#conn = conn;
    this.#backlog = backlog.length > 0 ? backlog : undefined;
    this.#decode = decode;
    this.#onExit = onExit;
    this.#onLoss = onLoss;
    this.readable = new ReadableStream<Uint8Array>({
      pull: (c) => this.#pull(c),
      cancel: () => this.close(),
    }, { highWaterMark: 0 });
  }

  async #pull(c: ReadableStreamDefaultController<Uint8Array>): Promise<void> {
    if (this.#backlog !== undefined) {
      c.enqueue(this.#backlog);
      this.#backlog = undefined;
      return;
    }
    for (;;) {
      const conn = this.#conn;
      if (conn === undefined || this.#closed) return c.close();
      let payload: Uint8Array | undefined;
      try {
        payload = await conn.readFrame();
      } catch (e) {
        if (this.#closed) return c.close();
        await this.close();
        return c.error(e);
      }
      if (payload === undefined) {
        if (this.#closed) return c.close();
        // Closed without a terminal frame (a detach ends with `eof`): the daemon went away,
        // and whatever the child wrote after this is not coming. A reader must not take
        // this for the end of the output.
        this.#onLoss();
        await this.close();
        return c.error(
          new ConnectionClosedError(
            `the daemon closed the ${this.#what} before its end: the rest of the output is lost`,
          ),
        );
      }
      const f = this.#decode(payload).frame;
      if (f === undefined) continue;
      switch (f.case) {
        case "bytes":
        case "output":
          if (f.value.length === 0) continue;
          return c.enqueue(f.value);
        case "missedBytes":
          this.#onLoss();
          continue;
        case "exitCode":
          this.#onExit(f.value);
          await this.close();
          return c.close();
        case "stolenBy":
          await this.close();
          return c.error(
            new RunningProcessError("STOLEN", `the output stream was taken over by ${f.value}`),
          );
        case "error":
          // upstream cuts streams on TERMINATE ("session terminated by request")
          this.#onLoss();
          await this.close();
          return c.close();
        default: // eof
          await this.close();
          return c.close();
      }
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#conn?.close().catch(() => {});
  }
}

/**
 * A spawned session (`client.spawn`). Read `stdout`/`stderr` (each once: as a stream, or
 * through `lines()`, `text()`, `bytes()`), write to stdin, follow `events`, `wait()` for
 * the exit or `terminate()` it. `await using` terminates it if it still runs.
 */
export class Session implements AsyncDisposable {
  /** The daemon's session id (`pipe-…` / `pty-…`). */
  readonly id: string;
  /** The child's pid. */
  readonly pid: number;
  /** `"pipe"` or `"pty"`. */
  readonly kind: "pipe" | "pty";
  /** The child's stdout (the terminal output for a PTY). Readable once. */
  readonly stdout: ReadableStream<Uint8Array>;
  /** The child's stderr (empty when merged, or for a PTY). Readable once. */
  readonly stderr: ReadableStream<Uint8Array>;
  #rpc: SessionRpc;
  #pumps: OutputPump[];
  #pty: FramedConnection | undefined;
  #events = new AsyncQueue<SessionEvent>({ limit: EVENT_BUFFER, weight: () => 1 });
  #eventsConn: FramedConnection | undefined;
  #eventsIterated = false;
  /** Streams handed to lines(), text() or bytes(). */
  #consumed = new Set<"stdout" | "stderr">();
  #exitCode: number | undefined;
  #exitKnown!: (code: number) => void;
  #exitLost!: (e: Error) => void;
  #exit: Promise<number>;
  /** The `exited` event's outcome and time, or `undefined` once the events ended without. */
  #exitEvent: Promise<{ outcome: number; exitedAt: number } | undefined>;
  #exitEventKnown!: (e: { outcome: number; exitedAt: number } | undefined) => void;
  #result: Promise<SessionResult> | undefined;
  #truncated = false;
  #failure: Error | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #signal: AbortSignal | undefined;
  #onAbort: (() => void) | undefined;
  #closed = false;

  /** @internal Use `client.spawn`. */
  constructor(init: {
    rpc: SessionRpc;
    id: string;
    pid: number;
    kind: "pipe" | "pty";
  }) {
    this.#rpc = init.rpc;
    this.id = init.id;
    this.pid = init.pid;
    this.kind = init.kind;
    this.#exit = new Promise<number>((resolve, reject) => {
      this.#exitKnown = resolve;
      this.#exitLost = reject;
    });
    this.#exit.catch(() => {}); // wait() reports it
    this.#exitEvent = new Promise((r) => (this.#exitEventKnown = r));
    this.#pumps = [];
    this.stdout = undefined as unknown as ReadableStream<Uint8Array>;
    this.stderr = undefined as unknown as ReadableStream<Uint8Array>;
  }

  /** @internal Wires the output streams (spawn does it once). */
  setOutputs(
    pumps: OutputPump[],
    stdout: ReadableStream<Uint8Array>,
    stderr: ReadableStream<Uint8Array>,
    pty?: FramedConnection,
  ): void {
    this.#pumps = pumps;
    (this as { stdout: ReadableStream<Uint8Array> }).stdout = stdout;
    (this as { stderr: ReadableStream<Uint8Array> }).stderr = stderr;
    this.#pty = pty;
  }

  /** @internal */
  noteExit(code: number): void {
    if (this.#exitCode !== undefined) return;
    this.#exitCode = code;
    this.#exitKnown(code);
  }

  /** The daemon went away before the exit was known: `wait()` rejects with why. */
  #lose(cause: Error): void {
    if (this.#exitCode !== undefined) return;
    this.#truncated = true;
    this.#exitLost(
      new ConnectionClosedError(
        `lost the daemon while session ${this.id} ran: its exit and the rest of its output are unknown`,
        { cause },
      ),
    );
  }

  /** @internal */
  noteLoss(): void {
    this.#truncated = true;
  }

  /** True once the daemon reported lost output (see {@link SessionResult.truncated}). */
  get truncated(): boolean {
    return this.#truncated;
  }

  /** @internal Starts the event stream of the observer registered with the spawn. */
  startEvents(subscriberId: string, spare?: Promise<FramedConnection | undefined>): void {
    if (subscriberId === "") {
      // No observer streams (an upstream daemon): learn the exit from the session list.
      this.#events.end();
      this.#exitEventKnown(undefined);
      void spare?.then((c) => c?.close()).catch(() => {});
      void this.#pollExit();
      return;
    }
    void this.#pumpEvents(subscriberId, spare);
  }

  async #pumpEvents(
    subscriberId: string,
    spare: Promise<FramedConnection | undefined> | undefined,
  ): Promise<void> {
    // What the iteration ends with when the stream ends before `exited` (set once it is
    // open): the daemon went away or closed it, and the events must not look complete.
    let cut: Error | undefined;
    let sawExit = false;
    try {
      const { connection } = await openAttach(this.#rpc.options, "attachSessionObserver", {
        sessionId: this.id,
        sessionKind: this.kind === "pty" ? 1 : 2,
        subscriberId,
        steal: false,
      }, { connection: await spare });
      this.#eventsConn = connection;
      if (this.#closed) return;
      cut = new ConnectionClosedError(
        `the daemon closed the event stream of session ${this.id} before its end`,
      );
      for await (const frame of connection) {
        const f = decodeObserverEventFrame(frame).frame;
        if (f === undefined) continue;
        if (f.case === "events") {
          for (const e of f.value.events) {
            const ev = toEvent(e);
            this.#events.push(ev);
            if (ev.kind === "exited") {
              sawExit = true;
              if (e.terminationOutcome !== 0) {
                this.#exitEventKnown({
                  outcome: e.terminationOutcome,
                  exitedAt: Number(e.timestampMs) / 1000,
                });
              }
              this.noteExit(ev.exitCode);
            }
          }
        } else if (f.case === "missedEvents") {
          this.#events.push({ kind: "missed", count: Number(f.value) });
        } else {
          // closed, error, stolenBy: the stream is over; before `exited`, the iteration
          // did not see the end (a daemon shutting down closes its subscriptions).
          if (f.case === "stolenBy") {
            cut = new RunningProcessError(
              "STOLEN",
              `the event stream was taken over by ${f.value}`,
            );
          }
          break;
        }
      }
    } catch (e) {
      // the events end; the exit is still learned from the streams or the list
      if (cut !== undefined) cut = new ConnectionClosedError(cut.message, { cause: e });
    } finally {
      if (cut !== undefined && !sawExit && !this.#closed) this.#events.fail(cut);
      else this.#events.end();
      this.#exitEventKnown(undefined);
      await this.#eventsConn?.close().catch(() => {});
    }
    if (this.#exitCode === undefined && !this.#closed) void this.#pollExit();
  }

  /** Fallback without observer streams: one LIST every {@link FALLBACK_POLL_MS}. */
  async #pollExit(): Promise<void> {
    while (this.#exitCode === undefined && !this.#closed) {
      try {
        const info = await this.#info();
        if (info === undefined || info.exited) {
          this.noteExit(info?.exitCode ?? -1);
          return;
        }
      } catch (e) {
        if (this.#closed) return;
        if (e instanceof ConnectionClosedError || e instanceof ConnectError) {
          // The daemon is gone: nobody can tell the exit any more.
          this.#lose(e);
          return;
        }
      }
      await new Promise((r) => setTimeout(r, FALLBACK_POLL_MS));
    }
  }

  async #info(): Promise<
    { exited: boolean; exitCode: number; exitedAt: number; terminationOutcome: number } | undefined
  > {
    if (this.kind === "pty") {
      const r = await this.#rpc.call("listPtySessions", {});
      return r.sessions.find((s) => s.sessionId === this.id);
    }
    const r = await this.#rpc.call("listPipeSessions", { originator: "" });
    return r.sessions.find((s) => s.sessionId === this.id);
  }

  /**
   * The session's events (lifecycle, plus the categories given in `observe`), in order. The
   * iteration ends after `exited`: also for a session that exited before anyone iterated.
   * Iterate once. Against a daemon without observer streams it ends at once.
   */
  get events(): AsyncIterable<SessionEvent> {
    return {
      [Symbol.asyncIterator]: () => {
        if (this.#eventsIterated) {
          throw new ValidationError("the events of a session can be iterated only once");
        }
        this.#eventsIterated = true;
        const q = this.#events;
        return {
          next: async () => {
            const r = await q.read();
            return r.done ? { done: true, value: undefined } : { done: false, value: r.value };
          },
          return: () => Promise.resolve({ done: true, value: undefined }),
        };
      },
    };
  }

  /**
   * The lines of stdout (or `"stderr"`): split on `\n`, a `\r` before it removed, the last
   * line yielded even without a newline. Consumes that stream.
   */
  lines(stream: "stdout" | "stderr" = "stdout"): AsyncIterable<string> {
    return linesOf(this.#take(stream, "lines()"));
  }

  /** All of stdout, decoded as UTF-8 (consumes stdout). */
  async text(): Promise<string> {
    return new TextDecoder().decode(await readAll(this.#take("stdout", "text()")));
  }

  /** All of stdout (consumes stdout). */
  async bytes(): Promise<Uint8Array> {
    return await readAll(this.#take("stdout", "bytes()"));
  }

  /**
   * The named output stream, for a reader that consumes it; throws a `ValidationError` for
   * any other name, or when the stream is already being read or was read to its end.
   */
  #take(stream: unknown, what: string): ReadableStream<Uint8Array> {
    if (stream !== "stdout" && stream !== "stderr") {
      const got = stream instanceof ReadableStream ? "a ReadableStream" : JSON.stringify(stream);
      throw new ValidationError(`${what} takes "stdout" or "stderr", got ${got}`);
    }
    const s = stream === "stderr" ? this.stderr : this.stdout;
    if (s.locked || this.#consumed.has(stream)) {
      throw new ValidationError(
        `${stream} is already being read or was read to its end: ` +
          `lines(), text(), bytes() and a reader of session.${stream} each consume it once`,
      );
    }
    this.#consumed.add(stream);
    return s;
  }

  /**
   * Writes to the child's stdin (strings as UTF-8). Resolves once the daemon handed the data
   * to the child's pipe.
   */
  async write(data: string | Uint8Array): Promise<void> {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    if (!(bytes instanceof Uint8Array)) {
      throw new ValidationError("write() takes a string or a Uint8Array");
    }
    if (this.#pty !== undefined) {
      for (let i = 0; i < bytes.length; i += 64 * 1024) {
        await this.#pty.writeFrame(
          encodePtyInputFrame({
            frame: { case: "input", value: bytes.subarray(i, i + 64 * 1024) },
          }),
        );
      }
      return;
    }
    try {
      for (let i = 0; i < bytes.length; i += STDIN_CHUNK) {
        await this.#rpc.call("writePipeStdin", {
          sessionId: this.id,
          data: bytes.subarray(i, i + STDIN_CHUNK),
          close: false,
        });
      }
    } catch (e) {
      throw stdinFailure(e);
    }
  }

  /** Closes the child's stdin (it reads EOF). For a PTY, types Ctrl-D. */
  async closeStdin(): Promise<void> {
    if (this.#pty !== undefined) return this.write("\x04");
    try {
      await this.#rpc.call("writePipeStdin", {
        sessionId: this.id,
        data: new Uint8Array(),
        close: true,
      });
    } catch (e) {
      throw stdinFailure(e);
    }
  }

  /** @internal Arms `timeoutMs` / `signal`: they kill the session and fail `wait()`. */
  arm(timeoutMs: number | undefined, signal: AbortSignal | undefined): void {
    const kill = (e: Error) => {
      if (this.#failure !== undefined || this.#exitCode !== undefined) return;
      this.#failure = e;
      void this.#terminateRequest(1).catch(() => {});
    };
    if (timeoutMs !== undefined) {
      this.#timer = setTimeout(
        () =>
          kill(new TimeoutError(`session ${this.id} timed out after ${timeoutMs} ms`, timeoutMs)),
        timeoutMs,
      );
    }
    if (signal !== undefined) {
      this.#signal = signal;
      this.#onAbort = () =>
        kill(new AbortError(`session ${this.id} aborted`, { cause: signal.reason }));
      if (signal.aborted) this.#onAbort();
      else signal.addEventListener("abort", this.#onAbort, { once: true });
    }
  }

  #disarm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#onAbort) this.#signal?.removeEventListener("abort", this.#onAbort);
  }

  /**
   * Waits for the exit. Rejects with `TimeoutError` / `AbortError` when the spawn's
   * `timeoutMs` / `signal` killed the session (after it is gone), and with
   * `ConnectionClosedError` when the daemon went away before the exit was known.
   */
  wait(): Promise<SessionResult> {
    this.#result ??= this.#resolveResult();
    return this.#result;
  }

  async #resolveResult(): Promise<SessionResult> {
    const code = await this.#exit;
    this.#disarm();
    // The `exited` event tells how the session ended; without it (a daemon that does not
    // report it, or the events ended first), the session list does.
    let info: { exitedAt: number; terminationOutcome: number } | undefined;
    const ev = await this.#exitEvent;
    if (ev !== undefined) info = { exitedAt: ev.exitedAt, terminationOutcome: ev.outcome };
    else {
      try {
        info = await this.#info();
      } catch {
        info = undefined;
      }
    }
    if (this.#failure !== undefined) throw this.#failure;
    return {
      exitCode: code,
      signal: this.kind === "pipe" && code < 0 ? SIGNAL_NAMES[-code] ?? `signal ${-code}` : null,
      outcome: info ? outcomeName(info.terminationOutcome) : "unknown",
      exitedAt: info?.exitedAt ?? Date.now() / 1000,
      truncated: this.#truncated,
    };
  }

  async #terminateRequest(graceMs: number): Promise<void> {
    try {
      if (this.kind === "pty") {
        await this.#rpc.call("terminatePtySession", { sessionId: this.id, graceMs });
      } else await this.#rpc.call("terminatePipeSession", { sessionId: this.id, graceMs });
    } catch (e) {
      // already gone: the exit is (or will be) known anyway
      if (!(e instanceof DaemonError) || e.status !== StatusCode.STATUS_CODE_NOT_FOUND) throw e;
      if (this.#exitCode === undefined) this.noteExit(-1);
    }
  }

  /**
   * Terminates the session: SIGTERM to its process group, SIGKILL after `graceMs` (default
   * 5000) if it still runs, and resolves with the exit: `outcome` is `"soft-exit"` when it
   * ended within the grace, `"hard-killed"` otherwise. Output written until the end still
   * arrives on `stdout`/`stderr`. Resolves at once with the result if it already exited.
   */
  async terminate(options: { graceMs?: number } = {}): Promise<SessionResult> {
    const graceMs = options.graceMs ?? 5000;
    if (!Number.isInteger(graceMs) || graceMs < 1 || graceMs > 0xffff_ffff) {
      throw new ValidationError(`graceMs must be an integer in 1..4294967295, got ${graceMs}`);
    }
    if (this.#exitCode === undefined) await this.#terminateRequest(graceMs);
    return this.wait();
  }

  /** Closes the handle's connections (the session keeps running). Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#disarm();
    this.#events.end();
    await Promise.all([
      ...this.#pumps.map((p) => p.close()),
      this.#eventsConn?.close().catch(() => {}),
      this.#pty?.close().catch(() => {}),
    ]);
  }

  /** Terminates the session if it still runs (grace 1 s), then closes the handle. */
  async [Symbol.asyncDispose](): Promise<void> {
    try {
      if (this.#exitCode === undefined && !this.#closed) {
        await this.terminate({ graceMs: 1000 }).catch(() => {});
      }
    } finally {
      await this.close();
    }
  }
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({ start: (c) => c.close() });
}

function isExitedNotFound(e: unknown): boolean {
  return e instanceof DaemonError && e.status === StatusCode.STATUS_CODE_NOT_FOUND;
}

/**
 * Spawns a session and returns its handle (`client.spawn`). Pipe sessions hold their output
 * until the handle is attached (see the module documentation); PTY sessions are attached
 * right after the spawn.
 *
 * @param rpc the client
 * @param argv program and arguments (a non-empty array of strings)
 * @param options see {@link SpawnOptions}
 * @returns the handle
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { spawnSession } from "./session.ts";
 * await using client = await DaemonClient.connect();
 * await using s = await spawnSession(client, ["cat"]);
 * await s.write("hi\n");
 * await s.closeStdin();
 * console.log(await s.text()); // "hi\n"
 * ```
 */
export async function spawnSession(
  rpc: SessionRpc,
  argv: readonly string[],
  options: SpawnOptions = {},
): Promise<Session> {
  return await spawnWith(rpc, argv, options, "pipe");
}

async function spawnWith(
  rpc: SessionRpc,
  argvIn: readonly string[],
  options: SpawnOptions,
  stdinDefault: "pipe" | "null",
): Promise<Session> {
  const argv = checkArgv(argvIn);
  if (options === null || typeof options !== "object") {
    throw new ValidationError("spawn options must be an object");
  }
  const policy = POLICY[options.environment ?? "inherit"];
  if (!policy) {
    throw new ValidationError(
      `environment must be "inherit", "caller", "user-baseline" or "clear", got ${
        shown(options.environment)
      }`,
    );
  }
  const stdin = checkStdin(options.stdin, stdinDefault);
  const categories = checkCategories(options.observe);
  const timeoutMs = checkTimeout(options.timeoutMs);
  if (options.env !== undefined && (options.env === null || typeof options.env !== "object")) {
    throw new ValidationError(
      `env must be an object of names to values or an array of [name, value] pairs, got ${
        shown(options.env)
      }`,
    );
  }
  for (const flag of ["mergeStderr"] as const) {
    const v = options[flag];
    if (v !== undefined && typeof v !== "boolean") {
      throw new ValidationError(`${flag} must be true or false, got ${shown(v)}`);
    }
  }
  const signal = options.signal;
  if (
    signal !== undefined &&
    (signal === null || typeof signal !== "object" || typeof signal.aborted !== "boolean" ||
      typeof signal.addEventListener !== "function")
  ) {
    throw new ValidationError(`signal must be an AbortSignal, got ${shown(signal)}`);
  }
  const given = options.env === undefined
    ? []
    : Array.isArray(options.env)
    ? options.env as readonly (readonly [string, string])[]
    : Object.entries(options.env);
  const entries = options.environment === "caller"
    ? [...Object.entries(processEnvironment()), ...given]
    : given;
  for (const e of given) {
    if (!Array.isArray(e) || typeof e[0] !== "string" || typeof e[1] !== "string") {
      throw new ValidationError("env must map names to string values");
    }
  }
  if (options.signal?.aborted) {
    throw new AbortError("spawn aborted", { cause: options.signal.reason });
  }
  const common = {
    argv,
    cwd: callerCwd(options.cwd),
    env: entries.map(([key, value]) => ({ key, value })),
    clearInheritedEnv: policy.legacyClear,
    environmentPolicy: policy.wire,
    originator: options.originator ?? "",
    observe: { categories, ringCapacityEvents: 0, backpressure: 0 },
  };
  const pty = options.pty;
  if (pty !== undefined) {
    const rows = checkSize("rows", pty.rows ?? 24);
    const cols = checkSize("cols", pty.cols ?? 80);
    const [res, [outConn, eventsConn]] = await callWithSpares(
      rpc.options,
      () => spawnCall(rpc, "spawnPtySession", { ...common, rows, cols }),
      2,
    );
    const session = new Session({ rpc, id: res.sessionId, pid: res.pid, kind: "pty" });
    session.startEvents(res.subscriberId, eventsConn);
    const onExit = (c: number) => session.noteExit(c);
    let pump: OutputPump;
    let conn: FramedConnection | undefined;
    try {
      const opened = await openAttach(rpc.options, "attachPtySession", {
        sessionId: res.sessionId,
        rows,
        cols,
        steal: false,
        term: "",
        isTty: false,
        lossless: true,
      }, { connection: await outConn });
      conn = opened.connection;
      const r = opened.response;
      if (r.backlogTruncated) session.noteLoss();
      pump = new OutputPump(
        `terminal output of session ${res.sessionId}`,
        conn,
        r.backlog,
        decodePtyStreamFrame,
        onExit,
        () => session.noteLoss(),
      );
    } catch (e) {
      if (!isExitedNotFound(e)) {
        await session.close();
        throw e;
      }
      const b = await rpc.call("getSessionBacklog", { sessionId: res.sessionId, pipeStream: 0 });
      if (Number(b.bytesMissed) > 0) session.noteLoss();
      pump = new OutputPump("", undefined, b.backlog, decodePtyStreamFrame, onExit, () => {});
    }
    session.setOutputs([pump], pump.readable, emptyStream(), conn);
    session.arm(timeoutMs, options.signal);
    if (stdin !== "pipe") {
      if (stdin !== "null") await session.write(stdin);
      await session.closeStdin();
    }
    return session;
  }
  const merged = options.mergeStderr ?? false;
  const [res, [eventsConn, outConn, errConn]] = await callWithSpares(
    rpc.options,
    () =>
      spawnCall(rpc, "spawnPipeSession", {
        ...common,
        mergeStderrIntoStdout: merged,
        holdOutput: true,
      }),
    merged ? 2 : 3,
  );
  const session = new Session({ rpc, id: res.sessionId, pid: res.pid, kind: "pipe" });
  session.startEvents(res.subscriberId, eventsConn);
  const attach = async (
    stream: 1 | 2,
    spare: Promise<FramedConnection | undefined> | undefined,
  ): Promise<OutputPump> => {
    const onExit = (c: number) => session.noteExit(c);
    try {
      const { response, connection } = await openAttach(rpc.options, "attachPipeStream", {
        sessionId: res.sessionId,
        stream,
        steal: false,
        lossless: true,
      }, { connection: await spare });
      if (response.backlogTruncated) session.noteLoss();
      return new OutputPump(
        `${stream === 1 ? "stdout" : "stderr"} of session ${res.sessionId}`,
        connection,
        response.backlog,
        decodePipeStreamFrame,
        onExit,
        () => session.noteLoss(),
      );
    } catch (e) {
      // A daemon without `hold_output` refuses to attach to an exited session: its backlog
      // is all that is left.
      if (!isExitedNotFound(e)) throw e;
      const b = await rpc.call("getSessionBacklog", {
        sessionId: res.sessionId,
        pipeStream: stream,
      });
      if (Number(b.bytesMissed) > 0) session.noteLoss();
      if (b.exited) session.noteExit(b.exitCode);
      return new OutputPump("", undefined, b.backlog, decodePipeStreamFrame, onExit, () => {});
    }
  };
  const attached = await Promise.allSettled(
    merged ? [attach(1, outConn)] : [attach(1, outConn), attach(2, errConn)],
  );
  const pumps = attached.flatMap((r) => r.status === "fulfilled" ? [r.value] : []);
  const failed = attached.find((r) => r.status === "rejected");
  if (failed !== undefined) {
    // Release what did attach (and the events stream) before reporting the failure.
    session.setOutputs(pumps, emptyStream(), emptyStream());
    await session.close();
    throw failed.reason;
  }
  session.setOutputs(pumps, pumps[0].readable, merged ? emptyStream() : pumps[1]!.readable);
  session.arm(timeoutMs, options.signal);
  if (stdin === "null") {
    // For `run`, the close travels beside the reads instead of before them (a child that
    // reads stdin sees EOF a moment later; one that exited already has no stdin to close).
    if (stdinDefault === "null") void session.closeStdin().catch(() => {});
    else await session.closeStdin();
  } else if (stdin !== "pipe") {
    await session.write(stdin);
    await session.closeStdin();
  }
  return session;
}

/**
 * Makes a spawn call; a program the daemon could not start (missing, not executable, a bad
 * working directory) rejects with `SpawnError` (`SPAWN_FAILED`, the daemon's error as
 * its `cause`) instead of the daemon's generic INTERNAL error.
 */
async function spawnCall<F extends "spawnPipeSession" | "spawnPtySession">(
  rpc: SessionRpc,
  field: F,
  payload: RequestPayload<F>,
): Promise<ResponsePayload<F>> {
  try {
    return await rpc.call(field, payload);
  } catch (e) {
    throw spawnFailure(e, payload.argv?.[0] ?? "");
  }
}

/**
 * The working directory a spawn asks for: `cwd` taken from this process's working directory
 * (the daemon runs on this machine, in a directory of its own); this process's own when
 * `cwd` is not given; `""` (the daemon's) when this process may not read its own.
 */
function callerCwd(cwd: string | undefined): string {
  if (cwd !== undefined && typeof cwd !== "string") {
    throw new ValidationError(`cwd must be a string, got ${typeof cwd}`);
  }
  if (cwd !== undefined && isAbsolute(cwd)) return cwd;
  let here: string;
  try {
    here = process.cwd();
  } catch {
    return cwd ?? ""; // no permission to read it: the daemon resolves it
  }
  return cwd === undefined ? here : resolve(here, cwd);
}

/**
 * Runs a command to completion (`client.run`): spawns it (stdin closed unless given), reads
 * stdout and stderr whole, and resolves with them and the exit. A non-zero exit code is not
 * an error. With `timeoutMs` or `signal`, the process group is killed when they fire and the
 * call rejects with `TimeoutError` / `AbortError`.
 *
 * @param rpc the client
 * @param argv program and arguments
 * @param options see {@link RunOptions}
 * @returns exit code, signal, outcome, stdout and stderr
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { runSession } from "./session.ts";
 * await using client = await DaemonClient.connect();
 * const r = await runSession(client, ["sh", "-c", "echo out; echo err >&2; exit 2"]);
 * console.log(r.exitCode, r.stdout, r.stderr); // 2 "out\n" "err\n"
 * ```
 */
export async function runSession(
  rpc: SessionRpc,
  argv: readonly string[],
  options?: RunOptions & { output?: "text" },
): Promise<RunResult<string>>;
/** Runs a command to completion with its output as bytes. */
export async function runSession(
  rpc: SessionRpc,
  argv: readonly string[],
  options: RunOptions & { output: "bytes" },
): Promise<RunResult<Uint8Array>>;
export async function runSession(
  rpc: SessionRpc,
  argv: readonly string[],
  options: RunOptions = {},
): Promise<RunResult<string> | RunResult<Uint8Array>> {
  const output = options.output ?? "text";
  if (output !== "text" && output !== "bytes") {
    throw new ValidationError(`output must be "text" or "bytes", got ${shown(output)}`);
  }
  const session = await spawnWith(rpc, argv, options, "null");
  try {
    const [out, err, result] = await Promise.all([
      readAll(session.stdout),
      readAll(session.stderr),
      session.wait(),
    ]);
    const truncated = result.truncated || session.truncated;
    if (output === "bytes") return { ...result, truncated, stdout: out, stderr: err };
    const d = new TextDecoder();
    return { ...result, truncated, stdout: d.decode(out), stderr: d.decode(err) };
  } catch (e) {
    // wait() rejected (timeout, abort): the session was killed; make sure it is gone.
    await session.wait().catch(() => {});
    throw e;
  } finally {
    await session.close();
  }
}

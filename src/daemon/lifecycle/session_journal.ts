/**
 * The session journal: what a restarted daemon needs to find the process trees of a
 * daemon that died without shutting down (SIGKILL, crash, OOM kill), and the reaping of
 * those trees — at start-up after a crash, and at every shutdown.
 *
 * **File.** `<socket path without .sock>.sessions.json` beside the socket (the socket
 * directory is private, and the socket lock guarantees one daemon per socket, so one writer
 * per journal), mode 0600. One JSON object per line: a header, then one line per session
 * event, each a complete entry (the last line of an id wins):
 *
 * ```json
 * { "format": "running-process-ts/sessions", "version": 2, "bootId": "…", "daemon": { "pid": 4200, "startTicks": 120000 } }
 * { "id": "pipe-…", "kind": "pipe", "pid": 4242, "startTicks": 123456, "createdAt": 1767000000.5, "exited": false, "originator": "tool:a", "command": "sh -c sleep 300 & sleep 300" }
 * { "id": "pipe-…", "kind": "pipe", "pid": 4242, "startTicks": 123456, "createdAt": 1767000000.5, "exited": true, "originator": "tool:a", "command": "sh -c sleep 300 & sleep 300" }
 * ```
 *
 * It describes the sessions the daemon holds (live and exited; a purged one until the next
 * rewrite, so a crash before then still reaps what the purged session left running), at most
 * {@link MAX_JOURNAL_ENTRIES} of them, with `command` cut to {@link MAX_COMMAND_CHARS}
 * characters. A spawn appends its line at once (before the spawn reply goes out), an exit
 * as soon as it is recorded: one `write` of one line each, which costs microseconds where a
 * rewrite (temporary file + rename) costs milliseconds on a journaling file system. A crash
 * in the middle of an append leaves at most an unterminated last line, which the reader
 * ignores. Once the lines appended since the last rewrite reach {@link COMPACT_MIN_LINES}
 * plus twice the sessions that rewrite wrote, the file is rewritten atomically (temporary
 * file + rename) with one line per session held (purged ones dropped): it stays within three
 * times the sessions held plus that constant, and a rewrite costs little per append. The
 * daemon's first write is such a rewrite too. A version-1 file (one JSON document, as earlier daemons wrote it) is still
 * read. A clean shutdown removes it.
 *
 * **Identity.** Every session child leads its own session and process group (the spawners
 * `setsid` it), so its pid is also its session id. The *members* of a journaled session
 * are the processes whose session id or process-group id is that pid and which started no
 * earlier than it: the child, and every descendant that did not leave with `setsid` (jobs
 * of an interactive shell, which change process group, are included). A pid is only
 * trusted with its start time (from `/proc/<pid>/stat`): when the pid exists with another
 * start time it was reused, the original session is necessarily empty (the kernel does not
 * reuse a pid that is still a session or group id), and nothing is touched. A spawn's line
 * is written before the child's start time is read (`"approx": true`, with the daemon's own
 * start time as a lower bound); the exact time follows in a line of its own a moment later.
 * A daemon that died in between leaves the lower bound: the pid is then trusted when its
 * process started after the daemon (a pid reused within that moment is not told apart).
 * Entries of another boot are ignored.
 *
 * @module
 */
import { sleep } from "../../async.ts";
import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import process from "node:process";
import { listProcesses, type ProcStat, readProcStat } from "../../process/proc.ts";
import { bootId } from "../registry/liveness.ts";
import type { SessionBase } from "../types.ts";

/** Most sessions the journal records (live ones first). */
export const MAX_JOURNAL_ENTRIES = 4096;
/** Longest `command` text kept per entry. */
export const MAX_COMMAND_CHARS = 256;
/**
 * Appended lines the journal tolerates before it is rewritten, on top of two per session
 * held (see the module documentation).
 */
export const COMPACT_MIN_LINES = 256;
/** Default grace between SIGTERM and SIGKILL when orphans are terminated (ms). */
export const DEFAULT_ORPHAN_GRACE_MS = 1000;

const FORMAT = "running-process-ts/sessions";
/** How long after a spawn its child's exact start time is read (ms; short-lived ones skip it). */
const REFINE_DELAY_MS = 20;

/** What a restarted daemon does with the survivors of a crashed one. */
export type OrphanPolicy = "terminate" | "keep";

/** One journaled session. */
export interface JournalEntry {
  /** Session id. */
  id: string;
  /** Session kind. */
  kind: "pty" | "pipe";
  /** The session child's pid (also its session and process-group id). */
  pid: number;
  /** The child's start time (clock ticks after boot); with `approx`, a lower bound of it. */
  startTicks: number;
  /**
   * `startTicks` is the daemon's own start time, written before the child's was read (see
   * the module documentation); absent once the exact time is known.
   */
  approx?: boolean;
  /** Unix seconds of the spawn. */
  createdAt: number;
  /** Whether the child had exited at the last write. */
  exited: boolean;
  /** The session's originator. */
  originator: string;
  /** The command, cut to {@link MAX_COMMAND_CHARS}. */
  command: string;
}

/** The survivors of one journaled session. */
export interface Survivors {
  /** The journal entry. */
  entry: JournalEntry;
  /** Its member processes still alive (not zombies). */
  processes: ProcStat[];
}

/**
 * The journal file of a socket path: `.sock` replaced by `.sessions.json`, or that appended.
 *
 * @param socketPath the daemon socket
 * @returns the journal path
 *
 * @example
 * ```ts
 * import { journalPathOf } from "./session_journal.ts";
 * console.log(journalPathOf("/run/user/1000/running-process/daemon.sock"));
 * // /run/user/1000/running-process/daemon.sessions.json
 * ```
 */
export function journalPathOf(socketPath: string): string {
  return socketPath.endsWith(".sock")
    ? `${socketPath.slice(0, -5)}.sessions.json`
    : `${socketPath}.sessions.json`;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseEntry(v: unknown): JournalEntry | undefined {
  if (!isObj(v)) return undefined;
  const { id, kind, pid, startTicks, createdAt, exited, originator, command, approx } = v;
  if (typeof id !== "string" || (kind !== "pty" && kind !== "pipe")) return undefined;
  if (!Number.isSafeInteger(pid) || (pid as number) <= 1) return undefined;
  if (!Number.isSafeInteger(startTicks) || (startTicks as number) < 0) return undefined;
  if (typeof createdAt !== "number" || typeof exited !== "boolean") return undefined;
  if (typeof originator !== "string" || typeof command !== "string") return undefined;
  const entry: JournalEntry = {
    id,
    kind,
    pid: pid as number,
    startTicks: startTicks as number,
    createdAt,
    exited,
    originator,
    command: command.slice(0, MAX_COMMAND_CHARS),
  };
  if (approx === true) entry.approx = true;
  return entry;
}

/** Parses a journal text (either version); a string says why it is unusable. */
function parseJournal(text: string): { bootId: string; entries: JournalEntry[] } | string {
  const nl = text.indexOf("\n");
  let doc: unknown;
  try {
    doc = JSON.parse(nl < 0 ? text : text.slice(0, nl));
  } catch (e) {
    return `not JSON (${(e as Error).message})`;
  }
  if (!isObj(doc) || doc.format !== FORMAT) return "not a session journal";
  if (typeof doc.bootId !== "string") return "malformed";
  if (doc.version === 1 && Array.isArray(doc.sessions)) {
    const entries: JournalEntry[] = [];
    for (const v of doc.sessions.slice(0, MAX_JOURNAL_ENTRIES)) {
      const e = parseEntry(v);
      if (e === undefined) return "malformed session entry";
      entries.push(e);
    }
    return { bootId: doc.bootId, entries };
  }
  if (doc.version !== 2 || nl < 0) return "not a session journal";
  const byId = new Map<string, JournalEntry>();
  const lines = text.slice(nl + 1).split("\n");
  // The last line is complete only when the file ends with a newline: an unterminated one
  // is an append cut short by a crash, and is ignored.
  lines.pop();
  for (const line of lines) {
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      return "malformed session line";
    }
    const e = parseEntry(v);
    if (e === undefined) return "malformed session entry";
    byId.delete(e.id); // the newest line of an id is its latest state
    byId.set(e.id, e);
  }
  const entries = [...byId.values()];
  return { bootId: doc.bootId, entries: entries.slice(-MAX_JOURNAL_ENTRIES) };
}

/** Pids of this process and its ancestors: never signalled. */
function protectedPids(): Set<number> {
  const out = new Set<number>([0, 1]);
  let pid = process.pid;
  for (let i = 0; i < 64 && pid > 1 && !out.has(pid); i++) {
    out.add(pid);
    pid = readProcStat(pid)?.ppid ?? 0;
  }
  return out;
}

/**
 * The live members of a session (see the module documentation), from one `/proc` scan.
 *
 * @param entry the journaled session
 * @param procs the processes (from `listProcesses()`)
 * @param guard pids never included
 * @returns its live member processes (empty when the pid was reused)
 */
export function sessionMembers(
  entry: JournalEntry,
  procs: readonly ProcStat[],
  guard: ReadonlySet<number> = protectedPids(),
): ProcStat[] {
  const leader = procs.find((p) => p.pid === entry.pid);
  if (
    leader !== undefined &&
    (entry.approx ? leader.startTime < entry.startTicks : leader.startTime !== entry.startTicks)
  ) return []; // reused
  return procs.filter((p) =>
    (p.session === entry.pid || p.pgrp === entry.pid || p.pid === entry.pid) &&
    p.startTime >= entry.startTicks && p.state !== "Z" && p.state !== "X" && !guard.has(p.pid)
  );
}

function signal(pid: number, sig: "SIGTERM" | "SIGKILL" | "SIGCONT"): void {
  try {
    process.kill(pid, sig);
  } catch { /* gone, or not ours */ }
}

/**
 * Ends every member of `entries`: SIGTERM (and SIGCONT, so stopped ones act on it), then
 * SIGKILL to whatever is left after `graceMs` (0: SIGKILL at once). Members forked meanwhile
 * are found by the later scans. Resolves when none is left, or after the SIGKILL round
 * plus one second.
 *
 * @param entries the sessions to end
 * @param graceMs grace between SIGTERM and SIGKILL
 * @returns how many processes were signalled in the first round
 */
export async function endSessions(
  entries: readonly JournalEntry[],
  graceMs: number,
): Promise<number> {
  if (entries.length === 0) return 0;
  const guard = protectedPids();
  const members = () => {
    const procs = listProcesses();
    return entries.flatMap((e) => sessionMembers(e, procs, guard));
  };
  const first = members();
  if (first.length === 0) return 0;
  if (graceMs > 0) {
    for (const p of first) signal(p.pid, "SIGTERM");
    for (const p of first) signal(p.pid, "SIGCONT");
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      await sleep(Math.min(50, Math.max(1, deadline - Date.now())));
      if (members().length === 0) return first.length;
    }
  }
  const deadline = Date.now() + 1000;
  for (;;) {
    const left = members();
    if (left.length === 0 || Date.now() > deadline) break;
    for (const p of left) signal(p.pid, "SIGKILL");
    await sleep(10);
  }
  return first.length;
}

/**
 * The journal of one daemon (see the module documentation).
 *
 * @example
 * ```ts
 * import { SessionJournal } from "./session_journal.ts";
 * const j = new SessionJournal("/tmp/rp-demo/daemon.sessions.json", () => true);
 * const survivors = j.findSurvivors(); // sessions left by a crashed daemon
 * j.close();
 * ```
 */
export class SessionJournal {
  /** The journal file. */
  readonly path: string;
  readonly #entries = new Map<string, JournalEntry>();
  readonly #present: (id: string) => boolean;
  readonly #log: (line: string) => void;
  /** The journal open for appends, once this daemon wrote it. */
  #fd: number | undefined;
  /** Lines appended since the last rewrite. */
  #lines = 0;
  /** Session lines of the last rewrite. */
  #written = 0;
  #daemonTicks: number | undefined;
  /** Entries written with the daemon's start time, their child's not read yet. */
  #unrefined: JournalEntry[] = [];
  #closed = false;
  #writeFailed = false;

  /**
   * Opens the journal (nothing is read or written yet).
   *
   * @param path the journal file
   * @param present whether a session id is still held by the daemon (purged ones are dropped)
   * @param log where one-line problems go (default: stderr)
   */
  constructor(path: string, present: (id: string) => boolean, log?: (line: string) => void) {
    this.path = path;
    this.#present = present;
    // deno-lint-ignore no-console
    this.#log = log ?? ((l) => console.error(l));
  }

  /**
   * Reads what a previous daemon left and returns the sessions that still have live
   * members. An unusable file is moved aside (`<path>.corrupt-<ms>`) with one logged line.
   *
   * @returns the survivors, one item per session with live members
   */
  findSurvivors(): Survivors[] {
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch {
      return [];
    }
    const parsed = parseJournal(text);
    if (typeof parsed === "string") {
      const aside = `${this.path}.corrupt-${Date.now()}`;
      try {
        renameSync(this.path, aside);
      } catch { /* leave it */ }
      this.#log(
        `running-process daemon: session journal ${this.path} is unusable (${parsed}); ` +
          `moved it to ${aside}`,
      );
      return [];
    }
    if (parsed.bootId !== bootId()) return [];
    const procs = listProcesses();
    const guard = protectedPids();
    const out: Survivors[] = [];
    for (const entry of parsed.entries) {
      const processes = sessionMembers(entry, procs, guard);
      if (processes.length > 0) out.push({ entry, processes });
    }
    return out;
  }

  /** Records a freshly spawned session. */
  started(s: SessionBase): void {
    const startTicks = this.#selfTicks();
    if (startTicks === undefined) return; // no /proc
    const command = (s as { command?: unknown }).command;
    const entry: JournalEntry = {
      id: s.id,
      kind: s.kind,
      pid: s.pid,
      startTicks,
      approx: true,
      createdAt: s.createdAt,
      exited: false,
      originator: s.originator,
      command: typeof command === "string" ? command.slice(0, MAX_COMMAND_CHARS) : "",
    };
    this.#entries.set(s.id, entry);
    // At once: the entry must be on disk before the spawn reply goes out. The child's own
    // start time is read a moment later: right after the spawn, the read can wait for the
    // child's exec to finish (up to a millisecond, on the spawn reply's path). Later still,
    // in batches: a short-lived child has exited by then and needs no read at all.
    this.#append(entry);
    this.#unrefined.push(entry);
    if (this.#unrefined.length === 1) setTimeout(() => this.#refine(), REFINE_DELAY_MS);
  }

  /** Replaces the lower bounds written by {@link started} with the children's start times. */
  #refine(): void {
    const batch = this.#unrefined;
    this.#unrefined = [];
    const lines: string[] = [];
    for (const entry of batch) {
      if (!entry.approx || entry.exited || this.#entries.get(entry.id) !== entry) continue;
      // A child already reaped keeps the lower bound: its members started after the daemon.
      const exact = readProcStat(entry.pid)?.startTime;
      if (exact === undefined || exact < entry.startTicks) continue;
      entry.startTicks = exact;
      delete entry.approx;
      lines.push(JSON.stringify(entry));
    }
    if (lines.length > 0) this.#appendLines(lines);
  }

  /** Records the exit of a session's child (its other members may live on). */
  exited(s: SessionBase): void {
    const e = this.#entries.get(s.id);
    if (e === undefined || e.exited) return;
    e.exited = true;
    this.#append(e);
  }

  /** The sessions currently recorded (purged ones dropped). */
  entries(): JournalEntry[] {
    for (const id of this.#entries.keys()) if (!this.#present(id)) this.#entries.delete(id);
    return [...this.#entries.values()];
  }

  /** The daemon's own start time (read once). */
  #selfTicks(): number | undefined {
    return this.#daemonTicks ??= readProcStat(process.pid)?.startTime;
  }

  /** Appends one entry's line, or rewrites the file when it is due (see the module docs). */
  #append(entry: JournalEntry): void {
    this.#appendLines([JSON.stringify(entry)]);
  }

  /** Appends lines (one `write`), or rewrites the file when it is due. */
  #appendLines(lines: string[]): void {
    if (this.#closed) return;
    if (this.#fd === undefined || this.#lines >= COMPACT_MIN_LINES + 2 * this.#written) {
      this.flush();
      return;
    }
    try {
      writeSync(this.#fd, lines.join("\n") + "\n");
      this.#lines += lines.length;
    } catch (e) {
      this.#failed(e);
      this.flush(); // a failed append leaves the file as it was: start a fresh one
    }
  }

  /** Rewrites the journal now (atomically), one line per session held. */
  flush(): void {
    if (this.#closed) return;
    this.#closeFd();
    const all = this.entries();
    const live = all.filter((e) => !e.exited);
    const kept = live.length >= MAX_JOURNAL_ENTRIES
      ? live.slice(-MAX_JOURNAL_ENTRIES)
      : [...live, ...all.filter((e) => e.exited).slice(-(MAX_JOURNAL_ENTRIES - live.length))];
    let text = JSON.stringify({
      format: FORMAT,
      version: 2,
      bootId: bootId(),
      daemon: { pid: process.pid, startTicks: this.#selfTicks() ?? 0 },
    }) + "\n";
    for (const e of kept) text += JSON.stringify(e) + "\n";
    const tmp = `${this.path}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, text, { mode: 0o600 });
      renameSync(tmp, this.path);
      this.#fd = openSync(this.path, "a", 0o600);
      this.#lines = 0;
      this.#written = kept.length;
      this.#writeFailed = false;
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch { /* not created */ }
      this.#failed(e);
    }
  }

  /** Logs the first of a run of write failures. */
  #failed(e: unknown): void {
    if (this.#writeFailed) return;
    this.#writeFailed = true;
    this.#log(
      `running-process daemon: cannot write session journal ${this.path}: ` +
        (e as Error).message,
    );
  }

  #closeFd(): void {
    if (this.#fd === undefined) return;
    try {
      closeSync(this.#fd);
    } catch { /* already closed */ }
    this.#fd = undefined;
  }

  /** Stops writing and removes the file (clean shutdown). Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#closeFd();
    try {
      unlinkSync(this.path);
    } catch { /* never written */ }
  }
}

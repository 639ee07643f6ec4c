/**
 * The daemon's process registry: the pids tracked by REGISTER and SPAWN_DAEMON
 * (docs/PROTOCOL.md#process-registry), kept in memory and persisted to table `tracked_processes` of
 * the daemon's SQLite state database (the file the service supervisor also uses), so that the
 * registry survives a daemon restart.
 *
 * **File.** `$XDG_STATE_HOME/running-process/tracked-pids<suffix>.sqlite3`, falling back to
 * `~/.local/state/running-process/…` and then `/tmp/running-process-state/…` — the state
 * path rules (docs/PROTOCOL.md#transport); `<suffix>` is `-<scope>` or empty (see {@link
 * defaultRegistryPath}). `serve({ dbPath })` overrides it. The table has the standard columns
 * (`pid`, `created_at_ms`, `kind`, `command`, `cwd`, `originator`, `containment`, `registered_at`,
 * primary key `(pid, created_at_ms)`) plus ours: `created_at` (the exact value the client
 * sent), `boot_id`, `start_ticks`, `parent_pid`, `parent_start_ticks`.
 *
 * Every change rewrites the table in one transaction. Writes are group-committed: changes
 * made while a write is running go out together in the next one, and REGISTER answers only
 * once its write has landed. A registry file of the earlier JSON format
 * (`tracked-pids<suffix>.json` next to the database) is imported once and renamed to
 * `<file>.imported-<ms>`. A database file that is not a database is moved aside to
 * `<path>.corrupt-<ms>`, one line is logged to stderr, and the daemon starts with an empty
 * registry.
 *
 * **Identity and liveness.** A pid alone is not an identity (pids are reused), so each
 * entry also records, at registration, the process's start time from `/proc/<pid>/stat`
 * (clock ticks since boot) and the boot id. An entry is *dead* when its pid no longer
 * exists, belongs to a process with another start time (pid reused), or was recorded in
 * another boot; an entry registered for a pid that did not exist at that moment is dead
 * from the start. Dead entries are pruned lazily — when the registry is loaded and whenever
 * it is listed or counted — so LIST_ACTIVE,
 * LIST_BY_ORIGINATOR and STATUS `tracked_process_count` only ever show processes that
 * still exist. A zombie (exited, not yet reaped by its parent) is still listed, with state
 * `PROCESS_STATE_ZOMBIE`; KILL_ZOMBIES removes it.
 *
 * Without `/proc` (not Linux) liveness falls back to `kill(pid, 0)` and pid reuse cannot be
 * detected.
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { ProcessRegistry } from "./process_registry.ts";
 * const reg = ProcessRegistry.open("/tmp/rp-demo/tracked-pids.json");
 * await reg.register({ pid: process.pid, createdAt: 0, kind: "subprocess", command: "me",
 *   cwd: "", originator: "demo:1", containment: "contained" });
 * console.log(reg.list().map((p) => p.pid)); // [process.pid]
 * await reg.close();
 * ```
 *
 * @module
 */
import { readFileSync, renameSync } from "node:fs";
import { ProcessState, type TrackedProcess } from "../../../proto_gen/daemon_pb.ts";
import { readProcStat } from "../../process/proc.ts";
import type { DaemonState } from "../types.ts";
import { type DatabaseSync, errorText, openStateDb } from "../store/sqlite.ts";
import { parseFile } from "./legacy_file.ts";
import { bootId, liveness, parentAlive } from "./liveness.ts";
import { defaultRegistryPath } from "./registry_paths.ts";
import { type RegistrationInput, RegistryError, type TrackedEntry } from "./tracked_entry.ts";

/** Options of {@link ProcessRegistry.open}. */
export interface ProcessRegistryOptions {
  /** Receives the one-line warnings (default: `console.error`). */
  log?: (line: string) => void;
  /**
   * When set, the file is never opened (another daemon owns it): the registry starts empty
   * and every write fails with this error.
   */
  unavailable?: Error;
}

interface Waiter {
  resolve(): void;
  reject(e: unknown): void;
}

const TABLE = `CREATE TABLE IF NOT EXISTS tracked_processes (
  pid INTEGER NOT NULL,
  created_at_ms INTEGER NOT NULL,
  kind TEXT NOT NULL,
  command TEXT NOT NULL,
  cwd TEXT NOT NULL DEFAULT '',
  originator TEXT NOT NULL DEFAULT '',
  containment TEXT NOT NULL DEFAULT 'contained',
  registered_at REAL NOT NULL,
  created_at REAL NOT NULL DEFAULT 0,
  boot_id TEXT NOT NULL DEFAULT '',
  start_ticks INTEGER,
  parent_pid INTEGER NOT NULL DEFAULT 0,
  parent_start_ticks INTEGER,
  PRIMARY KEY (pid, created_at_ms)
)`;

function rowEntry(r: Record<string, unknown>): TrackedEntry {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    pid: Number(r.pid),
    createdAt: Number(r.created_at),
    kind: String(r.kind),
    command: String(r.command),
    cwd: String(r.cwd),
    originator: String(r.originator),
    containment: String(r.containment),
    registeredAt: Number(r.registered_at),
    bootId: String(r.boot_id),
    startTicks: n(r.start_ticks),
    parentPid: Number(r.parent_pid),
    parentStartTicks: n(r.parent_start_ticks),
  };
}

/**
 * The registry: one entry per pid (a new registration of a pid replaces the old one), persisted to
 * a JSON file (see the module documentation).
 *
 * @example
 * ```ts
 * import { ProcessRegistry } from "./process_registry.ts";
 * const reg = ProcessRegistry.open("/tmp/rp-demo/tracked-pids.json");
 * console.log(reg.count(), reg.path);
 * await reg.close();
 * ```
 */
export class ProcessRegistry {
  /** The file the registry is persisted to. */
  readonly path: string;
  readonly #entries = new Map<number, TrackedEntry>();
  readonly #log: (line: string) => void;
  #waiters: Waiter[] = [];
  #writing: Promise<void> | undefined;
  #db: DatabaseSync | undefined;
  #closed = false;
  readonly #unavailable: Error | undefined;

  private constructor(path: string, log: (line: string) => void, unavailable?: Error) {
    this.path = path;
    this.#log = log;
    this.#unavailable = unavailable;
  }

  /**
   * Loads the registry from `path` (missing file: empty registry; unusable file: moved
   * aside, one line logged, empty registry) and prunes entries whose process is gone.
   *
   * @param path the registry file
   * @param options logging; `unavailable` when another daemon owns the file
   * @returns the registry
   *
   * @example
   * ```ts
   * import { ProcessRegistry } from "./process_registry.ts";
   * const reg = ProcessRegistry.open("/tmp/rp-demo/tracked-pids.json", { log: () => {} });
   * ```
   */
  static open(path: string, options: ProcessRegistryOptions = {}): ProcessRegistry {
    // deno-lint-ignore no-console
    const log = options.log ?? ((l: string) => console.error(l));
    const reg = new ProcessRegistry(path, log, options.unavailable);
    // A file owned by another daemon is neither read nor reported again (the server said so).
    if (reg.#unavailable === undefined) reg.#load();
    if (reg.#unavailable === undefined && reg.#importLegacy()) reg.#persist().catch(() => {});
    reg.#prune();
    return reg;
  }

  /** Reads the stored entries (an unusable file: one line logged, empty registry). */
  #load(): void {
    try {
      const rows = this.#openDb().prepare("SELECT * FROM tracked_processes").all();
      for (const r of rows) {
        const e = rowEntry(r as Record<string, unknown>);
        this.#entries.set(e.pid, e);
      }
    } catch (e) {
      this.#log(
        `running-process daemon: registry database ${this.path} is unusable: ${errorText(e)}; ` +
          "starting with an empty registry",
      );
    }
  }

  /** Opens the database and creates the table (moving a non-database file aside). */
  #openDb(): DatabaseSync {
    if (this.#db) return this.#db;
    if (this.#unavailable) throw this.#unavailable;
    const db = openStateDb(this.path, this.#log);
    try {
      db.exec(TABLE);
    } catch (e) {
      db.close();
      throw e;
    }
    return this.#db = db;
  }

  /** Imports a registry file of the earlier JSON format once; true when it added entries. */
  #importLegacy(): boolean {
    const legacy = this.path.replace(/\.sqlite3?$/, "") + ".json";
    if (legacy === this.path) return false;
    let text: string;
    try {
      text = readFileSync(legacy, "utf8");
    } catch {
      return false;
    }
    const parsed = parseFile(text);
    const suffix = typeof parsed === "string" ? "corrupt" : "imported";
    try {
      renameSync(legacy, `${legacy}.${suffix}-${Date.now()}`);
    } catch { /* imported again next time: entries are keyed by pid */ }
    if (typeof parsed === "string") {
      this.#log(`running-process daemon: registry file ${legacy} is unusable: ${parsed}`);
      return false;
    }
    let added = false;
    for (const e of parsed) {
      if (!this.#entries.has(e.pid)) {
        this.#entries.set(e.pid, e);
        added = true;
      }
    }
    return added;
  }

  /**
   * Adds (or replaces) the entry of `input.pid`, recording the process's start time and
   * parent from `/proc`, and resolves once the file has been written. On a write failure
   * the change is undone and {@link RegistryError} is thrown.
   *
   * @param input the registration
   * @returns the stored entry
   *
   * @example
   * ```ts
   * import process from "node:process";
   * import { ProcessRegistry } from "./process_registry.ts";
   * const reg = ProcessRegistry.open("/tmp/rp-demo/tracked-pids.json");
   * const e = await reg.register({ pid: process.pid, createdAt: 0, kind: "subprocess",
   *   command: "self", cwd: "", originator: "demo:1", containment: "contained" });
   * console.log(e.startTicks !== null); // true on Linux
   * ```
   */
  async register(input: RegistrationInput): Promise<TrackedEntry> {
    this.#checkOpen();
    const st = readProcStat(input.pid);
    const parent = st !== undefined && st.ppid > 0 ? readProcStat(st.ppid) : undefined;
    const entry: TrackedEntry = {
      pid: input.pid,
      createdAt: input.createdAt,
      kind: input.kind,
      command: input.command,
      cwd: input.cwd,
      originator: input.originator,
      containment: input.containment,
      registeredAt: Date.now() / 1000,
      bootId: bootId(),
      startTicks: st?.startTime ?? null,
      parentPid: st?.ppid ?? 0,
      parentStartTicks: parent?.startTime ?? null,
    };
    const previous = this.#entries.get(entry.pid);
    this.#entries.set(entry.pid, entry);
    try {
      await this.#persist();
    } catch (e) {
      if (this.#entries.get(entry.pid) === entry) {
        if (previous) this.#entries.set(entry.pid, previous);
        else this.#entries.delete(entry.pid);
      }
      throw e;
    }
    return entry;
  }

  /**
   * Removes the entry of `pid`. A failure to write the file is not reported
   * (the next write carries the removal).
   *
   * @param pid process id
   * @returns whether an entry existed
   *
   * @example
   * ```ts
   * import { ProcessRegistry } from "./process_registry.ts";
   * const reg = ProcessRegistry.open("/tmp/rp-demo/tracked-pids.json");
   * console.log(await reg.unregister(4_000_000)); // false
   * ```
   */
  async unregister(pid: number): Promise<boolean> {
    this.#checkOpen();
    if (!this.#entries.delete(pid)) return false;
    await this.#persist().catch(() => {});
    return true;
  }

  /**
   * Removes `entry` only if it is still the stored entry of its pid (a newer registration
   * of a reused pid is kept). Used when a SPAWN_DAEMON child exits.
   *
   * @param entry the entry returned by {@link ProcessRegistry.register}
   * @returns whether it was removed
   *
   * @example
   * ```ts
   * import { ProcessRegistry } from "./process_registry.ts";
   * import type { TrackedEntry } from "./tracked_entry.ts";
   * declare const reg: ProcessRegistry, e: TrackedEntry;
   * await reg.unregisterExact(e);
   * ```
   */
  async unregisterExact(entry: TrackedEntry): Promise<boolean> {
    if (this.#closed || this.#entries.get(entry.pid) !== entry) return false;
    this.#entries.delete(entry.pid);
    await this.#persist().catch(() => {});
    return true;
  }

  /**
   * The stored entry of `pid`, whatever its liveness.
   *
   * @param pid process id
   * @returns the entry, if any
   *
   * @example
   * ```ts
   * import { ProcessRegistry } from "./process_registry.ts";
   * declare const reg: ProcessRegistry;
   * console.log(reg.get(42)?.command);
   * ```
   */
  get(pid: number): TrackedEntry | undefined {
    return this.#entries.get(pid);
  }

  /**
   * Every stored entry, dead ones included, oldest registration first (for KILL_ZOMBIES).
   *
   * @returns the entries
   *
   * @example
   * ```ts
   * import { ProcessRegistry } from "./process_registry.ts";
   * declare const reg: ProcessRegistry;
   * for (const e of reg.entries()) console.log(e.pid, e.command);
   * ```
   */
  entries(): TrackedEntry[] {
    return [...this.#entries.values()].sort((a, b) => a.registeredAt - b.registeredAt);
  }

  /**
   * The tracked processes that still exist (dead entries are pruned first), oldest
   * registration first, as `TrackedProcess` messages: `uptime_seconds` counts from the
   * registration, `state` is ALIVE or ZOMBIE, `parent_alive` tells whether
   * the parent recorded at registration still runs, `last_validated_at` is now.
   *
   * @param originatorTool when given, only entries whose originator starts with
   *   `<tool>:` (the LIST_BY_ORIGINATOR rule)
   * @returns the processes
   *
   * @example
   * ```ts
   * import { ProcessRegistry } from "./process_registry.ts";
   * declare const reg: ProcessRegistry;
   * console.log(reg.list("codeup").map((p) => p.originator)); // ["codeup:session-a", …]
   * ```
   */
  list(originatorTool?: string): TrackedProcess[] {
    this.#prune();
    const now = Date.now() / 1000;
    const prefix = originatorTool === undefined ? undefined : `${originatorTool}:`;
    const out: TrackedProcess[] = [];
    for (const e of this.entries()) {
      if (prefix !== undefined && !e.originator.startsWith(prefix)) continue;
      out.push({
        pid: e.pid,
        createdAt: e.createdAt,
        kind: e.kind,
        command: e.command,
        cwd: e.cwd,
        originator: e.originator,
        containment: e.containment,
        registeredAt: e.registeredAt,
        uptimeSeconds: Math.max(0, now - e.registeredAt),
        parentAlive: parentAlive(e),
        state: liveness(e) === "zombie"
          ? ProcessState.PROCESS_STATE_ZOMBIE
          : ProcessState.PROCESS_STATE_ALIVE,
        lastValidatedAt: now,
      });
    }
    return out;
  }

  /**
   * The number of tracked processes that still exist (dead entries are pruned first).
   *
   * @returns the count STATUS reports as `tracked_process_count`
   *
   * @example
   * ```ts
   * import { ProcessRegistry } from "./process_registry.ts";
   * declare const reg: ProcessRegistry;
   * console.log(reg.count());
   * ```
   */
  count(): number {
    this.#prune();
    return this.#entries.size;
  }

  /**
   * Waits for the pending write and stops persisting; later changes are refused
   * ({@link RegistryError} `REGISTRY_CLOSED`) and exit notifications are ignored, so a
   * stopped daemon never overwrites the file of its successor.
   *
   * @example
   * ```ts
   * import { ProcessRegistry } from "./process_registry.ts";
   * const reg = ProcessRegistry.open("/tmp/rp-demo/tracked-pids.json");
   * await reg.close();
   * ```
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#writing?.catch(() => {}); // the loop drains every queued change
    this.#closed = true;
    this.#closeDb();
  }

  #checkOpen(): void {
    if (this.#closed) throw new RegistryError("REGISTRY_CLOSED", "the registry is closed");
  }

  /** Drops dead entries; schedules a write when something was dropped. */
  #prune(): void {
    let dropped = false;
    for (const e of [...this.#entries.values()]) {
      const l = liveness(e);
      if (l !== "alive" && l !== "zombie") {
        this.#entries.delete(e.pid);
        dropped = true;
      }
    }
    if (dropped && !this.#closed) this.#persist().catch(() => {});
  }

  /** Resolves once a write that started after this call has landed (group commit). */
  #persist(): Promise<void> {
    const p = new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    this.#writing ??= this.#writeLoop();
    return p;
  }

  async #writeLoop(): Promise<void> {
    try {
      while (this.#waiters.length > 0) {
        const batch = this.#waiters;
        this.#waiters = [];
        try {
          await Promise.resolve();
          this.#writeDb();
          for (const w of batch) w.resolve();
        } catch (e) {
          const err = new RegistryError(
            "REGISTRY_WRITE",
            `cannot write ${this.path}: ${(e as Error).message}`,
            { cause: e },
          );
          for (const w of batch) w.reject(err);
        }
      }
    } finally {
      this.#writing = undefined;
    }
  }

  /** Rewrites the table in one transaction. */
  #writeDb(): void {
    const db = this.#openDb();
    db.exec("BEGIN IMMEDIATE");
    try {
      db.exec("DELETE FROM tracked_processes");
      const ins = db.prepare(
        `INSERT OR REPLACE INTO tracked_processes (pid, created_at_ms, kind, command, cwd,
           originator, containment, registered_at, created_at, boot_id, start_ticks,
           parent_pid, parent_start_ticks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const e of this.entries()) {
        ins.run(
          e.pid,
          Math.round(e.createdAt * 1000),
          e.kind,
          e.command,
          e.cwd,
          e.originator,
          e.containment,
          e.registeredAt,
          e.createdAt,
          e.bootId,
          e.startTicks,
          e.parentPid,
          e.parentStartTicks,
        );
      }
      db.exec("COMMIT");
    } catch (e) {
      try {
        db.exec("ROLLBACK");
      } catch { /* no transaction left */ }
      throw e;
    }
  }

  /** Closes the database connection (after {@link ProcessRegistry.close}). */
  #closeDb(): void {
    try {
      this.#db?.close();
    } catch { /* already closed */ }
    this.#db = undefined;
  }
}

const registries = new WeakMap<DaemonState, ProcessRegistry>();

/**
 * The registry of a daemon, opened on first use at `state.dbPath` (or the default path of
 * `state.scope` when that is empty).
 *
 * @param state the daemon state
 * @returns its registry
 *
 * @example
 * ```ts
 * import type { DaemonState } from "../types.ts";
 * import { processRegistryOf } from "./process_registry.ts";
 * declare const state: DaemonState;
 * console.log(processRegistryOf(state).count());
 * ```
 */
export function processRegistryOf(state: DaemonState): ProcessRegistry {
  let reg = registries.get(state);
  if (reg === undefined) {
    reg = ProcessRegistry.open(state.dbPath || defaultRegistryPath(state.scope), {
      unavailable: state.stateFileError,
    });
    registries.set(state, reg);
  }
  return reg;
}

/**
 * Closes the registry of a daemon, if it was opened (see {@link ProcessRegistry.close}). It
 * stays readable (counts, lists) but refuses changes.
 *
 * @param state the daemon state
 *
 * @example
 * ```ts
 * import type { DaemonState } from "../types.ts";
 * import { closeProcessRegistry } from "./process_registry.ts";
 * declare const state: DaemonState;
 * await closeProcessRegistry(state);
 * ```
 */
export async function closeProcessRegistry(state: DaemonState): Promise<void> {
  await registries.get(state)?.close();
}

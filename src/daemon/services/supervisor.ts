/**
 * The service supervisor (docs/PROTOCOL.md#services): starts services as daemon-owned children,
 * restarts them after unintended exits with exponential backoff, and stops them (SIGTERM to
 * the process group, SIGKILL after the kill timeout).
 *
 * Properties (docs/COMPATIBILITY.md compares them with other supervisors):
 * - no global tick: every child's exit is noticed when it happens, and every service has its
 *   own backoff timer, so one service's backoff never delays another's restart;
 * - operator operations on one service are serialised, and STOP, START, RESTART and DELETE
 *   cancel a pending backoff restart for good: no child is ever left running unsupervised;
 * - every exit is recorded (`last_exit_code`, `last_exited_at`), also those followed by a
 *   restart, and the row shows pid 0 while a restart is pending;
 * - the crash limit counts only consecutive rapid crashes: operator RESTARTs do not count;
 * - lifecycle events and log lines are observable live ({@link ServiceEventHub}).
 *
 * @example
 * ```ts
 * import { Supervisor } from "./supervisor.ts";
 * const sup = new Supervisor({ dbPath: "/tmp/rp-demo/state.sqlite3", cwd: "/tmp" });
 * const row = await sup.start({
 *   name: "sleeper", cmd: ["sleep", "60"], cwd: "", env: {}, autorestart: true,
 *   maxRestarts: 0, restartDelayMs: 0, killTimeoutMs: 0, minUptimeMs: 0,
 * });
 * console.log(row.status, row.pid);
 * await sup.close();
 * ```
 *
 * @module
 */
import { sleep } from "../../async.ts";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import type { ServiceConfig } from "../../../proto_gen/daemon_pb.ts";
import { RunningProcessError } from "../../errors.ts";
import { SpawnError } from "../../process/errors.ts";
import { spawnPipe } from "../../process/spawn.ts";
import type { ChildProcessHandle, ExitInfo } from "../../process/types.ts";
import { errorText, openStateDb, StoreError } from "../store/sqlite.ts";
import {
  type RuntimeUpdate,
  type ServiceDefinition,
  type ServiceRow,
  ServicesTable,
} from "../store/services_table.ts";
import type { DatabaseSync } from "../store/sqlite.ts";
import { ServiceEventHub } from "./events.ts";
import {
  DEFAULT_LOG_MAX_BYTES,
  DEFAULT_LOG_MAX_FILES,
  type LogLimits,
  logPaths,
  LogWriter,
  truncateLog,
} from "./logs.ts";

/** Restart delay used when `restart_delay_ms` is 0. */
export const DEFAULT_RESTART_DELAY_MS = 500;
/** Kill timeout used when `kill_timeout_ms` is 0. */
export const DEFAULT_KILL_TIMEOUT_MS = 3000;
/** Stable-run threshold used when `min_uptime_ms` is 0. */
export const DEFAULT_MIN_UPTIME_MS = 2000;
/** Longest backoff delay. */
export const MAX_BACKOFF_MS = 30_000;
/** How long a hard-killed child is waited for before the stop gives up waiting. */
const KILL_DRAIN_MS = 2000;

/** Kinds of {@link ServiceError}, each mapped to a wire status by the handlers. */
export type ServiceErrorKind = "NOT_FOUND" | "ALREADY_EXISTS" | "INVALID_CONFIG" | "SPAWN" | "DB";

/**
 * A supervisor failure. `message` is the full wire text (`no service matched 'x'`,
 * `invalid service config: …`, `failed to spawn service: …`, `service db error: …`).
 *
 * @example
 * ```ts
 * import { ServiceError } from "./supervisor.ts";
 * const e = ServiceError.notFound("web");
 * console.log(e.kind, e.message); // NOT_FOUND no service matched 'web'
 * ```
 */
export class ServiceError extends RunningProcessError {
  /** Which failure. */
  readonly kind: ServiceErrorKind;

  /** Creates the error. */
  constructor(kind: ServiceErrorKind, message: string, options?: ErrorOptions) {
    super(`SERVICE_${kind}`, message, options);
    this.name = "ServiceError";
    this.kind = kind;
  }

  /** `no service matched '<target>'`. */
  static notFound(target: string): ServiceError {
    return new ServiceError("NOT_FOUND", `no service matched '${target}'`);
  }

  /** `invalid service config: <m>`. */
  static invalid(m: string): ServiceError {
    return new ServiceError("INVALID_CONFIG", `invalid service config: ${m}`);
  }

  /** `service db error: <m>`. */
  static db(m: string, cause?: unknown): ServiceError {
    return new ServiceError("DB", `service db error: ${m}`, { cause });
  }
}

/** Runs `f`, turning a {@link StoreError} into `service db error: …`. */
function db<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof StoreError) throw ServiceError.db(e.message, e);
    throw e;
  }
}

const OS_TEXT: Record<string, string> = {
  ENOENT: "No such file or directory (os error 2)",
  EACCES: "Permission denied (os error 13)",
  ENOTDIR: "Not a directory (os error 20)",
};

/** The spawn failure text: `failed to spawn process: <os error>`. */
function spawnText(e: unknown): string {
  if (e instanceof SpawnError) {
    const os = e.osCode && OS_TEXT[e.osCode];
    return `failed to spawn process: ${os ?? e.reason}`;
  }
  return `failed to spawn process: ${errorText(e)}`;
}

/**
 * Backoff before the `crashes`-th consecutive restart: `base × 2^min(crashes−1, 16)`, capped
 * at 30 s (`base` 0 means 500 ms).
 *
 * @param baseMs `restart_delay_ms`
 * @param crashes consecutive rapid crashes, counting this one (≥ 1)
 * @returns the delay in ms
 *
 * @example
 * ```ts
 * import { backoffDelay } from "./supervisor.ts";
 * console.log(backoffDelay(100, 1), backoffDelay(100, 3), backoffDelay(100, 101)); // 100 400 30000
 * ```
 */
export function backoffDelay(baseMs: number, crashes: number): number {
  const base = baseMs === 0 ? DEFAULT_RESTART_DELAY_MS : baseMs;
  return Math.min(base * 2 ** Math.min(Math.max(crashes - 1, 0), 16), MAX_BACKOFF_MS);
}

/**
 * Parses a target as Rust's `u32::from_str` does (optional `+`, digits, ≤ 4294967295).
 *
 * @param s the target
 * @returns the number, or undefined
 */
export function parseU32(s: string): number | undefined {
  if (!/^\+?[0-9]+$/.test(s)) return undefined;
  const n = Number(s.replace(/^\+/, ""));
  return n <= 0xffffffff ? n : undefined;
}

/** A running incarnation of a service. */
interface Live {
  child: ChildProcessHandle;
  pid: number;
  startedMono: number;
  intentional: boolean;
  exit?: ExitInfo;
  exitedMono?: number;
  writers: LogWriter[];
  readersDone: Promise<void>;
}

/** In-memory supervision state of one service (by name). */
class Unit {
  readonly name: string;
  live: Live | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Consecutive rapid crashes (the crash-limit counter). */
  crashes = 0;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(name: string) {
    this.name = name;
  }

  /** Runs `f` after every operation queued before it on this service. */
  run<T>(f: () => Promise<T> | T): Promise<T> {
    const p = this.#tail.then(f);
    this.#tail = p.catch(() => {});
    return p;
  }

  cancelBackoff(): boolean {
    if (this.timer === undefined) return false;
    clearTimeout(this.timer);
    this.timer = undefined;
    return true;
  }
}

/** Options of {@link Supervisor}. */
export interface SupervisorOptions {
  /** The state database file; logs go to `<dir>/services/`, the snapshot next to it. */
  dbPath: string;
  /** Directory relative `cwd`s resolve against (the daemon's cwd). */
  cwd?: string;
  /** Environment inherited by services whose `env` is empty (default: the daemon's). */
  env?: Record<string, string | undefined>;
  /** Log rotation (default 10 MiB × 3 files). */
  logLimits?: Partial<LogLimits>;
  /** An already-open database to use instead of opening `dbPath`. */
  database?: DatabaseSync;
  /** When set, the database is never opened and every use throws this (another owner). */
  unavailable?: StoreError;
  /** Diagnostics (default: stderr). */
  log?: (line: string) => void;
}

const nowSeconds = () => Date.now() / 1000;

/**
 * The supervisor: owns the `services` table, the live children, their log writers and the
 * event hub.
 */
export class Supervisor {
  /** The state database file. */
  readonly dbPath: string;
  /** The log directory. */
  readonly logDir: string;
  /** The snapshot file. */
  readonly snapshotPath: string;
  /** Live events. */
  readonly events = new ServiceEventHub();
  /** Log rotation in use. */
  readonly logLimits: LogLimits;
  readonly #cwd: string;
  readonly #env: Record<string, string | undefined>;
  readonly #log: (line: string) => void;
  readonly #units = new Map<string, Unit>();
  #db: DatabaseSync | undefined;
  #ownsDb: boolean;
  #table: ServicesTable | undefined;
  #closed = false;
  readonly #unavailable: StoreError | undefined;

  /** Creates the supervisor; the database is opened on first use. */
  constructor(options: SupervisorOptions) {
    this.dbPath = options.dbPath;
    const dir = dirname(options.dbPath);
    this.logDir = join(dir, "services");
    this.snapshotPath = join(dir, "services.snapshot.json");
    this.#cwd = options.cwd ?? process.cwd();
    this.#env = options.env ?? process.env;
    this.logLimits = {
      maxBytes: options.logLimits?.maxBytes ?? DEFAULT_LOG_MAX_BYTES,
      maxFiles: Math.max(1, options.logLimits?.maxFiles ?? DEFAULT_LOG_MAX_FILES),
    };
    this.#db = options.database;
    this.#ownsDb = options.database === undefined;
    this.#unavailable = options.unavailable;
    // deno-lint-ignore no-console
    this.#log = options.log ?? ((l) => console.error(l));
  }

  /**
   * The table, opened (and stale `online` rows reset) on first use. A database that cannot
   * be opened throws `service db error: …` now and is retried on the next request.
   */
  table(): ServicesTable {
    if (this.#table) return this.#table;
    return db(() => {
      if (this.#unavailable) throw this.#unavailable;
      this.#db ??= openStateDb(this.dbPath);
      try {
        this.#table = new ServicesTable(this.#db);
      } catch (e) {
        if (this.#ownsDb) {
          try {
            this.#db.close();
          } catch { /* ignore */ }
          this.#db = undefined;
        }
        throw e;
      }
      return this.#table;
    });
  }

  #unit(name: string): Unit {
    let u = this.#units.get(name);
    if (!u) this.#units.set(name, u = new Unit(name));
    return u;
  }

  /** True while the named service has a running child in this daemon. */
  isLive(name: string): boolean {
    const l = this.#units.get(name)?.live;
    return l !== undefined && l.exit === undefined;
  }

  /**
   * Resolves a target to rows (docs/PROTOCOL.md#services): `all` (when `allowAll`) = every row, a
   * u32 that is a row id, else an exact name.
   *
   * @throws {ServiceError} NOT_FOUND
   */
  resolve(target: string, allowAll: boolean): ServiceRow[] {
    const t = this.table();
    if (allowAll && target === "all") return db(() => t.list());
    let row: ServiceRow | undefined;
    try {
      const id = parseU32(target);
      if (id !== undefined) row = t.byId(id);
      row ??= t.byName(target);
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
      // database errors during resolution look like "not found"
    }
    if (!row) throw ServiceError.notFound(target);
    return [row];
  }

  /** Every row, by id. */
  list(): ServiceRow[] {
    const t = this.table();
    return db(() => t.list());
  }

  /**
   * SERVICE_START after validation: upsert the definition, reset the counters, spawn.
   *
   * @throws {ServiceError} ALREADY_EXISTS while the service runs; SPAWN; DB
   */
  start(config: ServiceConfig): Promise<ServiceRow> {
    const t = this.table();
    const unit = this.#unit(config.name);
    return unit.run(async () => {
      if (this.isLive(config.name)) {
        throw new ServiceError("ALREADY_EXISTS", `service '${config.name}' already exists`);
      }
      unit.cancelBackoff();
      if (unit.live) await this.#stopLive(unit, unit.live); // exited, exit not yet handled
      const existing = db(() => t.byName(config.name));
      const row = db(() => t.upsertDefinition(existing?.id ?? t.nextId(), definitionOf(config)));
      db(() => t.update(row.id, { restartCount: 0 }));
      unit.crashes = 0;
      return this.#spawn(unit, row.name);
    });
  }

  /**
   * SERVICE_STOP: stops each target.
   *
   * @returns how many were running (or waiting for a restart)
   */
  async stop(target: string): Promise<number> {
    let n = 0;
    for (const row of this.resolve(target, true)) {
      if (await this.#unit(row.name).run(() => this.#stopOne(row.name))) n++;
    }
    return n;
  }

  /**
   * SERVICE_RESTART: stop then start each target with its stored definition (stopped and
   * errored ones included); `restart_count` + 1. A spawn failure fails the request.
   */
  async restart(target: string): Promise<number> {
    const t = this.table();
    let n = 0;
    for (const r of this.resolve(target, true)) {
      const unit = this.#unit(r.name);
      const ok = await unit.run(async () => {
        const row = db(() => t.byName(r.name));
        if (!row) return false;
        await this.#stopOne(row.name);
        db(() => t.update(row.id, { restartCount: row.restartCount + 1 }));
        unit.crashes = 0;
        await this.#spawn(unit, row.name);
        return true;
      });
      if (ok) n++;
    }
    return n;
  }

  /** SERVICE_DELETE: stop, then remove the row (log files stay). */
  async delete(target: string): Promise<number> {
    const t = this.table();
    let n = 0;
    for (const r of this.resolve(target, true)) {
      const unit = this.#unit(r.name);
      n += await unit.run(async () => {
        await this.#stopOne(r.name);
        const d = db(() => t.delete(r.name));
        if (d > 0) {
          this.#units.delete(r.name);
          this.events.emit({ kind: "deleted", name: r.name, id: r.id });
        }
        return d;
      });
    }
    return n;
  }

  /** SERVICE_FLUSH: truncates both log files of each target (`all` or `""` = every row). */
  flush(target: string): number {
    const rows = target === "" ? this.resolve("all", true) : this.resolve(target, true);
    let n = 0;
    for (const row of rows) {
      const p = logPaths(this.logDir, row.name);
      const a = truncateLog(p.out, this.logLimits.maxFiles);
      const b = truncateLog(p.err, this.logLimits.maxFiles);
      for (const w of this.#units.get(row.name)?.live?.writers ?? []) w.truncated();
      if (a || b) n++;
    }
    return n;
  }

  /**
   * Upserts a definition (RESURRECT) and spawns it when `online` and not already live.
   *
   * @returns true when the definition was written
   */
  async restore(entry: ServiceDefinition & { id: number; online: boolean }): Promise<boolean> {
    const t = this.table();
    const unit = this.#unit(entry.name);
    return await unit.run(async () => {
      let row: ServiceRow;
      try {
        let id = entry.id;
        if (id === 0) id = t.nextId();
        else t.reserve(id);
        row = t.upsertDefinition(id, entry);
      } catch (e) {
        this.#log(`running-process daemon: resurrect skipped '${entry.name}': ${errorText(e)}`);
        return false;
      }
      if (entry.online && !this.isLive(row.name)) {
        unit.cancelBackoff();
        if (unit.live) await this.#stopLive(unit, unit.live);
        try {
          await this.#spawn(unit, row.name);
        } catch (e) {
          this.#log(`running-process daemon: resurrect of '${row.name}': ${errorText(e)}`);
        }
      }
      return true;
    });
  }

  /** Stops every live service (daemon shutdown) and closes the database. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const u of this.#units.values()) u.cancelBackoff();
    await Promise.all(
      [...this.#units.entries()].map(([name, u]) =>
        u.run(() => this.#stopOne(name)).catch(() => {})
      ),
    );
    this.events.closeAll();
    if (this.#ownsDb) {
      try {
        this.#db?.close();
      } catch { /* ignore */ }
    }
    this.#db = undefined;
    this.#table = undefined;
  }

  /** Stops one service (under its lock); true when something was running or pending. */
  async #stopOne(name: string): Promise<boolean> {
    const unit = this.#unit(name);
    const pending = unit.cancelBackoff();
    const t = this.#table;
    if (unit.live) {
      const live = unit.live;
      const info = await this.#stopLive(unit, live);
      const row = t?.byName(name);
      if (row) {
        db(() =>
          t!.update(row.id, {
            status: "stopped",
            pid: 0,
            lastExitCode: info?.exitCode ?? 0,
            lastExitedAt: nowSeconds(),
          })
        );
        this.events.emit({
          kind: "stopped",
          name,
          id: row.id,
          pid: live.pid,
          exitCode: info?.exitCode ?? 0,
          status: "stopped",
        });
      }
      return true;
    }
    const row = t ? db(() => t.byName(name)) : undefined;
    if (row) {
      db(() => t!.update(row.id, { status: "stopped", pid: 0 }));
      if (pending) {
        this.events.emit({ kind: "stopped", name, id: row.id, status: "stopped" });
      }
    }
    return pending;
  }

  /** SIGTERM to the group, SIGKILL after the kill timeout; closes the log writers. */
  async #stopLive(unit: Unit, live: Live): Promise<ExitInfo | undefined> {
    live.intentional = true;
    if (unit.live === live) unit.live = undefined;
    let info = live.exit;
    if (info === undefined) {
      let row: ServiceRow | undefined;
      try {
        row = this.#table?.byName(unit.name);
      } catch { /* locked: default grace */ }
      const grace = row?.killTimeoutMs || DEFAULT_KILL_TIMEOUT_MS;
      if (!live.child.signalGroup("SIGTERM")) live.child.kill("SIGTERM");
      info = await Promise.race([live.child.exited, sleep(grace).then(() => undefined)]);
      if (info === undefined) {
        if (!live.child.signalGroup("SIGKILL")) live.child.kill("SIGKILL");
        info = await Promise.race([live.child.exited, sleep(KILL_DRAIN_MS).then(() => undefined)]);
      }
    }
    // The group may outlive its leader (a grandchild that ignored SIGTERM): finish it.
    live.child.signalGroup("SIGKILL");
    await Promise.race([live.readersDone, sleep(200)]);
    for (const w of live.writers) w.close();
    return info;
  }

  /** Spawns the stored definition of `name` and marks it online. */
  #spawn(unit: Unit, name: string): ServiceRow {
    const t = this.table();
    const row = db(() => t.byName(name));
    if (!row) throw ServiceError.notFound(name);
    const env: Record<string, string> = {};
    if (row.env.length > 0) {
      for (const [k, v] of row.env) env[k] = v;
    } else {
      for (const [k, v] of Object.entries(this.#env)) if (v !== undefined) env[k] = v;
    }
    let child: ChildProcessHandle;
    try {
      mkdirSync(this.logDir, { recursive: true, mode: 0o700 });
    } catch { /* the writers report nothing; spawning still works */ }
    try {
      child = spawnPipe({
        argv: row.cmd,
        cwd: row.cwd === "" ? undefined : resolve(this.#cwd, row.cwd),
        env,
      });
    } catch (e) {
      throw new ServiceError("SPAWN", `failed to spawn service: ${spawnText(e)}`, { cause: e });
    }
    const paths = logPaths(this.logDir, name);
    const onLine = (stream: string) => (line: Uint8Array) => {
      if (this.events.wantsLogs(name)) {
        this.events.emit({
          kind: "log",
          name,
          id: row.id,
          pid: child.pid,
          stream,
          line: decode(line),
        });
      }
    };
    const out = new LogWriter(paths.out, this.logLimits, onLine("stdout"));
    const err = new LogWriter(paths.err, this.logLimits, onLine("stderr"));
    const pump = async (src: AsyncIterable<Uint8Array> | null, w: LogWriter) => {
      if (!src) return;
      try {
        for await (const c of src) w.push(c);
      } catch { /* stream error: the exit is still handled */ }
      w.close();
    };
    const live: Live = {
      child,
      pid: child.pid,
      startedMono: performance.now(),
      intentional: false,
      writers: [out, err],
      readersDone: Promise.all([pump(child.stdout, out), pump(child.stderr, err)]).then(() => {}),
    };
    unit.live = live;
    void child.exited.then((info) => {
      live.exit = info;
      live.exitedMono = performance.now();
      return this.#onExit(name, unit, live, info);
    }).catch((e) => this.#log(`running-process daemon: service '${name}': ${errorText(e)}`));
    db(() => t.update(row.id, { status: "online", pid: child.pid, lastStartedAt: nowSeconds() }));
    const fresh = db(() => t.byId(row.id))!;
    this.events.emit({
      kind: "started",
      name,
      id: row.id,
      pid: child.pid,
      restartCount: fresh.restartCount,
      status: "online",
    });
    return fresh;
  }

  /** An unintended exit: record it, then restart (after backoff), stop or give up. */
  async #onExit(name: string, unit: Unit, live: Live, info: ExitInfo): Promise<void> {
    // Let the last lines reach the log before the exit is reported (bounded).
    await Promise.race([live.readersDone, sleep(50)]);
    if (live.intentional || unit.live !== live || this.#closed) return;
    unit.live = undefined;
    for (const w of live.writers) w.close();
    const t = this.#table;
    const code = info.exitCode;
    const at = nowSeconds();
    let row: ServiceRow | undefined;
    try {
      row = t?.byName(name);
    } catch (e) {
      this.#log(`running-process daemon: service '${name}' exited (${code}); ${errorText(e)}`);
    }
    if (!t || !row) return;
    // The state as the exit found it (what follows, a restart or a stop, comes next).
    this.events.emit({
      kind: "exited",
      name,
      id: row.id,
      pid: live.pid,
      exitCode: code,
      restartCount: row.restartCount,
      status: row.status,
    });
    if (!row.autorestart) {
      this.#write(t, row.id, { status: "stopped", pid: 0, lastExitCode: code, lastExitedAt: at });
      this.events.emit({ kind: "stopped", name, id: row.id, exitCode: code, status: "stopped" });
      return;
    }
    const uptime = (live.exitedMono ?? performance.now()) - live.startedMono;
    let count = row.restartCount;
    if (uptime >= (row.minUptimeMs || DEFAULT_MIN_UPTIME_MS)) {
      unit.crashes = 0;
      count = 0;
    }
    unit.crashes++;
    count++;
    if (row.maxRestarts !== 0 && unit.crashes > row.maxRestarts) {
      this.#write(t, row.id, {
        status: "errored",
        pid: 0,
        restartCount: count,
        lastExitCode: code,
        lastExitedAt: at,
      });
      this.events.emit({
        kind: "errored",
        name,
        id: row.id,
        exitCode: code,
        restartCount: count,
        status: "errored",
      });
      return;
    }
    const delay = backoffDelay(row.restartDelayMs, unit.crashes);
    this.#write(t, row.id, { pid: 0, restartCount: count, lastExitCode: code, lastExitedAt: at });
    this.events.emit({
      kind: "restarting",
      name,
      id: row.id,
      exitCode: code,
      delayMs: delay,
      restartCount: count,
      status: "online",
    });
    const timer = setTimeout(() => {
      if (unit.timer !== timer) return;
      unit.timer = undefined;
      this.#respawn(name, unit, code);
    }, delay);
    unit.timer = timer;
  }

  /** A supervisor-side write: a database failure is logged, never thrown. */
  #write(t: ServicesTable, id: number, u: RuntimeUpdate): void {
    try {
      t.update(id, u);
    } catch (e) {
      this.#log(`running-process daemon: service row ${id}: ${errorText(e)}`);
    }
  }

  #respawn(name: string, unit: Unit, lastCode: number): void {
    if (this.#closed || unit.live) return;
    try {
      this.#spawn(unit, name);
    } catch (e) {
      const t = this.#table;
      let row: ServiceRow | undefined;
      try {
        row = t?.byName(name);
      } catch { /* reported below */ }
      if (e instanceof ServiceError && e.kind === "SPAWN" && t && row) {
        this.#write(t, row.id, {
          status: "errored",
          pid: 0,
          lastExitCode: lastCode,
          lastExitedAt: nowSeconds(),
        });
        this.events.emit({
          kind: "errored",
          name,
          id: row.id,
          exitCode: lastCode,
          status: "errored",
        });
      }
      this.#log(`running-process daemon: restart of service '${name}' failed: ${errorText(e)}`);
    }
  }
}

const textDecoder = new TextDecoder();
function decode(b: Uint8Array): string {
  return textDecoder.decode(b);
}

function definitionOf(c: ServiceConfig): ServiceDefinition {
  return {
    name: c.name,
    cmd: [...c.cmd],
    cwd: c.cwd,
    env: Object.entries(c.env),
    autorestart: c.autorestart,
    maxRestarts: c.maxRestarts,
    restartDelayMs: c.restartDelayMs,
    killTimeoutMs: c.killTimeoutMs,
    minUptimeMs: c.minUptimeMs,
  };
}

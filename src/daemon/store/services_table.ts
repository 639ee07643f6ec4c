/**
 * Table `services` of the state database: one row per supervised service, with the standard
 * columns and types (docs/PROTOCOL.md#services). Definitions are upserted by name; runtime columns
 * (status, pid, counters, times) are written by the supervisor. Every method is synchronous
 * and throws {@link StoreError} with SQLite's text on failure.
 *
 * @example
 * ```ts
 * import { openStateDb } from "./sqlite.ts";
 * import { ServicesTable } from "./services_table.ts";
 * const table = new ServicesTable(openStateDb("/tmp/rp-demo/state.sqlite3"));
 * console.log(table.list().length);
 * ```
 *
 * @module
 */
import type { ServiceConfig, ServiceState } from "../../../proto_gen/daemon_pb.ts";
import { type DatabaseSync, guard } from "./sqlite.ts";

/** The three statuses a service reports. */
export type ServiceStatus = "online" | "stopped" | "errored";

/** The definition part of a service (what START and RESURRECT write). */
export interface ServiceDefinition {
  /** Unique name. */
  name: string;
  /** argv. */
  cmd: string[];
  /** Working directory (`""` = the daemon's). */
  cwd: string;
  /** Environment pairs (empty = inherit the daemon's). */
  env: [string, string][];
  /** Restart on exits the operator did not cause. */
  autorestart: boolean;
  /** Crash limit (0 = unlimited). */
  maxRestarts: number;
  /** Base backoff delay (0 = 500 ms). */
  restartDelayMs: number;
  /** Stop grace (0 = 3000 ms). */
  killTimeoutMs: number;
  /** Stable-run threshold (0 = 2000 ms). */
  minUptimeMs: number;
}

/** One row of `services`, decoded: the definition and the runtime columns. */
export interface ServiceRow extends ServiceDefinition {
  /** Row id (≥ 1). */
  id: number;
  /** Status. */
  status: ServiceStatus;
  /** Current child pid, 0 when none. */
  pid: number;
  /** Restart counter. */
  restartCount: number;
  /** Epoch seconds of the last spawn (0 = never). */
  lastStartedAt: number;
  /** Epoch seconds of the last recorded exit (0 = never). */
  lastExitedAt: number;
  /** Code of the last recorded exit (`-signal` for a signal death). */
  lastExitCode: number;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS services (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  cmd TEXT NOT NULL,
  cwd TEXT NOT NULL DEFAULT '',
  env TEXT NOT NULL DEFAULT '[]',
  autorestart INTEGER NOT NULL DEFAULT 1,
  max_restarts INTEGER NOT NULL DEFAULT 0,
  restart_delay_ms INTEGER NOT NULL DEFAULT 0,
  kill_timeout_ms INTEGER NOT NULL DEFAULT 0,
  min_uptime_ms INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'stopped',
  pid INTEGER NOT NULL DEFAULT 0,
  restart_count INTEGER NOT NULL DEFAULT 0,
  last_started_at REAL NOT NULL DEFAULT 0,
  last_exited_at REAL NOT NULL DEFAULT 0,
  last_exit_code INTEGER NOT NULL DEFAULT 0
)`;

function parseList(text: unknown): unknown[] {
  try {
    const v = JSON.parse(String(text));
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

function decode(r: Record<string, unknown>): ServiceRow {
  const status = r.status === "online" || r.status === "errored" ? r.status : "stopped";
  return {
    id: Number(r.id),
    name: String(r.name),
    cmd: parseList(r.cmd).filter((x): x is string => typeof x === "string"),
    cwd: String(r.cwd ?? ""),
    env: parseList(r.env).filter((p): p is [string, string] =>
      Array.isArray(p) && p.length === 2 && typeof p[0] === "string" && typeof p[1] === "string"
    ),
    autorestart: Number(r.autorestart) !== 0,
    maxRestarts: Number(r.max_restarts),
    restartDelayMs: Number(r.restart_delay_ms),
    killTimeoutMs: Number(r.kill_timeout_ms),
    minUptimeMs: Number(r.min_uptime_ms),
    status,
    pid: Number(r.pid),
    restartCount: Number(r.restart_count),
    lastStartedAt: Number(r.last_started_at),
    lastExitedAt: Number(r.last_exited_at),
    lastExitCode: Number(r.last_exit_code),
  };
}

/**
 * The stored definition of `row` as a wire `ServiceConfig`.
 *
 * @param row a decoded row
 * @returns the config (literal zeros kept; defaults apply at use time)
 */
export function rowConfig(row: ServiceRow): ServiceConfig {
  return {
    name: row.name,
    cmd: [...row.cmd],
    cwd: row.cwd,
    env: Object.fromEntries(row.env),
    autorestart: row.autorestart,
    maxRestarts: row.maxRestarts,
    restartDelayMs: row.restartDelayMs,
    killTimeoutMs: row.killTimeoutMs,
    minUptimeMs: row.minUptimeMs,
  };
}

/**
 * `row` as the wire `ServiceState` (config always present).
 *
 * @param row a decoded row
 * @returns the state
 */
export function rowState(row: ServiceRow): ServiceState {
  return {
    name: row.name,
    id: row.id,
    status: row.status,
    pid: row.pid,
    restartCount: row.restartCount,
    lastStartedAt: row.lastStartedAt,
    lastExitedAt: row.lastExitedAt,
    lastExitCode: row.lastExitCode,
    config: rowConfig(row),
  };
}

/** Runtime columns a transition writes (only the given ones change). */
export interface RuntimeUpdate {
  /** New status. */
  status?: ServiceStatus;
  /** New pid. */
  pid?: number;
  /** New restart counter. */
  restartCount?: number;
  /** New last start time (epoch seconds). */
  lastStartedAt?: number;
  /** New last exit time (epoch seconds). */
  lastExitedAt?: number;
  /** New last exit code. */
  lastExitCode?: number;
}

const COLUMN: Record<keyof RuntimeUpdate, string> = {
  status: "status",
  pid: "pid",
  restartCount: "restart_count",
  lastStartedAt: "last_started_at",
  lastExitedAt: "last_exited_at",
  lastExitCode: "last_exit_code",
};

/**
 * Access to table `services`.
 *
 * @example
 * ```ts
 * import { openStateDb } from "./sqlite.ts";
 * import { ServicesTable } from "./services_table.ts";
 * const t = new ServicesTable(openStateDb("/tmp/rp-demo/state.sqlite3"));
 * t.upsertDefinition(t.nextId(), {
 *   name: "web", cmd: ["sleep", "60"], cwd: "", env: [], autorestart: true,
 *   maxRestarts: 0, restartDelayMs: 0, killTimeoutMs: 0, minUptimeMs: 0,
 * });
 * ```
 */
export class ServicesTable {
  readonly #db: DatabaseSync;
  #counter: number;

  /**
   * Creates the table when missing, marks rows left `online` by a previous daemon as
   * `stopped` (pid 0, exit fields untouched), and initialises the id counter.
   *
   * @param db an open state database
   * @throws {StoreError} when the database cannot be read or written
   */
  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#counter = guard(() => {
      db.exec(SCHEMA);
      db.exec("UPDATE services SET status='stopped', pid=0 WHERE status='online'");
      const r = db.prepare("SELECT COALESCE(MAX(id), 0) AS m FROM services").get() as
        | { m: number }
        | undefined;
      return Number(r?.m ?? 0) + 1;
    });
  }

  /** The next id to assign (ids are not reused while the daemon runs). */
  nextId(): number {
    return this.#counter++;
  }

  /** Raises the counter past `id` (RESURRECT of an explicit id). */
  reserve(id: number): void {
    this.#counter = Math.max(this.#counter, id + 1);
  }

  /** Every row, ordered by id. */
  list(): ServiceRow[] {
    return guard(() =>
      (this.#db.prepare("SELECT * FROM services ORDER BY id").all() as Record<string, unknown>[])
        .map(decode)
    );
  }

  /** The row with this id, if any. */
  byId(id: number): ServiceRow | undefined {
    return guard(() => {
      const r = this.#db.prepare("SELECT * FROM services WHERE id=?").get(id);
      return r ? decode(r as Record<string, unknown>) : undefined;
    });
  }

  /** The row with this exact name, if any. */
  byName(name: string): ServiceRow | undefined {
    return guard(() => {
      const r = this.#db.prepare("SELECT * FROM services WHERE name=?").get(name);
      return r ? decode(r as Record<string, unknown>) : undefined;
    });
  }

  /**
   * Inserts a new row (`stopped`, runtime columns 0) or, when the name exists, replaces only
   * its definition columns (id, status, pid, counters and times are kept).
   *
   * @param id the id for a new row
   * @param d the definition
   * @returns the row after the write
   */
  upsertDefinition(id: number, d: ServiceDefinition): ServiceRow {
    return guard(() => {
      this.#db.prepare(
        `INSERT INTO services (id, name, cmd, cwd, env, autorestart, max_restarts,
           restart_delay_ms, kill_timeout_ms, min_uptime_ms, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'stopped')
         ON CONFLICT(name) DO UPDATE SET cmd=excluded.cmd, cwd=excluded.cwd, env=excluded.env,
           autorestart=excluded.autorestart, max_restarts=excluded.max_restarts,
           restart_delay_ms=excluded.restart_delay_ms, kill_timeout_ms=excluded.kill_timeout_ms,
           min_uptime_ms=excluded.min_uptime_ms`,
      ).run(
        id,
        d.name,
        JSON.stringify(d.cmd),
        d.cwd,
        JSON.stringify(d.env),
        d.autorestart ? 1 : 0,
        d.maxRestarts,
        d.restartDelayMs,
        d.killTimeoutMs,
        d.minUptimeMs,
      );
      return this.byName(d.name)!;
    });
  }

  /**
   * Writes runtime columns of the row `id` (only the fields given).
   *
   * @param id the row id
   * @param u the columns to change
   */
  update(id: number, u: RuntimeUpdate): void {
    const keys = (Object.keys(u) as (keyof RuntimeUpdate)[]).filter((k) => u[k] !== undefined);
    if (keys.length === 0) return;
    guard(() => {
      this.#db.prepare(
        `UPDATE services SET ${keys.map((k) => `${COLUMN[k]}=?`).join(", ")} WHERE id=?`,
      ).run(...keys.map((k) => u[k] as string | number), id);
    });
  }

  /**
   * Deletes the row named `name`.
   *
   * @param name the service name
   * @returns the number of rows deleted (0 or 1)
   */
  delete(name: string): number {
    return guard(() =>
      Number(this.#db.prepare("DELETE FROM services WHERE name=?").run(name).changes)
    );
  }
}

/**
 * The daemon's state database: one SQLite file per scope, shared by the process registry
 * (table `tracked_processes`) and the service supervisor (table `services`), opened with
 * `node:sqlite` (built into Deno, Bun and Node ≥ 22.13) in WAL mode.
 *
 * Path rule: `$XDG_STATE_HOME/running-process/tracked-pids<suffix>.sqlite3`
 * when `XDG_STATE_HOME` is set (even empty), else `~/.local/state/running-process/…`, else
 * `/tmp/running-process-state/…`; `<suffix>` is `-<scope>` or empty. An explicit `--db-path`
 * wins.
 *
 * @example
 * ```ts
 * import { defaultDbPath, openStateDb } from "./sqlite.ts";
 * const db = openStateDb(defaultDbPath(undefined, { XDG_STATE_HOME: "/tmp/rp-demo" }));
 * db.close();
 * ```
 *
 * @module
 */
import { chmodSync, closeSync, mkdirSync, openSync, renameSync } from "node:fs";
import { homedir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import process from "node:process";
import { DatabaseSync } from "node:sqlite";
import { RunningProcessError } from "../../errors.ts";

/**
 * A failure of the state database (open, read or write). `message` is SQLite's own text
 * (`database is locked`, `UNIQUE constraint failed: services.id`, …).
 *
 * @example
 * ```ts
 * import { StoreError } from "./sqlite.ts";
 * const e = new StoreError("database is locked");
 * console.log(e.code); // STORE
 * ```
 */
export class StoreError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param message the database's error text
   * @param options standard error options (`cause`)
   */
  constructor(message: string, options?: ErrorOptions) {
    super("STORE", message, options);
    this.name = "StoreError";
  }
}

/**
 * The state directory: `$XDG_STATE_HOME/running-process` (when set, even empty), else
 * `~/.local/state/running-process`, else `/tmp/running-process-state`.
 *
 * @param env environment to read (default: the process environment)
 * @returns the directory
 *
 * @example
 * ```ts
 * import { stateDir } from "./sqlite.ts";
 * console.log(stateDir({ XDG_STATE_HOME: "/var/st" })); // /var/st/running-process
 * ```
 */
export function stateDir(env: Record<string, string | undefined> = process.env): string {
  const xdg = env.XDG_STATE_HOME;
  if (xdg !== undefined) return join(xdg, "running-process");
  let home = env.HOME ?? "";
  if (home === "") {
    try {
      home = userInfo().homedir ?? "";
    } catch {
      try {
        home = homedir();
      } catch { /* no home at all */ }
    }
  }
  if (home !== "") return join(home, ".local", "state", "running-process");
  return "/tmp/running-process-state";
}

/**
 * The default database file of a scope: `<state dir>/tracked-pids<suffix>.sqlite3`.
 *
 * @param scope the daemon's `--scope`, if any
 * @param env environment to read (default: the process environment)
 * @returns the file path
 *
 * @example
 * ```ts
 * import { defaultDbPath } from "./sqlite.ts";
 * console.log(defaultDbPath("proj", { XDG_STATE_HOME: "/s" }));
 * // /s/running-process/tracked-pids-proj.sqlite3
 * ```
 */
export function defaultDbPath(
  scope?: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const suffix = scope ? `-${scope}` : "";
  return join(stateDir(env), `tracked-pids${suffix}.sqlite3`);
}

/** The error text of a thrown SQLite / file-system error. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Runs `f`, turning any throw into a {@link StoreError} with the database's text. */
export function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw new StoreError(errorText(e), { cause: e });
  }
}

/**
 * Opens (creating it and its directory when missing) the state database at `path`, in WAL
 * mode, with no busy timeout (a locked database fails at once). The file and its `-wal` /
 * `-shm` companions are private (mode 0600): they hold service environments.
 *
 * @param path the database file
 * @param log where the one-line warning about a corrupt file goes (default: stderr)
 * @returns the connection
 * @throws {StoreError} when the file cannot be opened or is not a database
 *
 * @example
 * ```ts
 * import { openStateDb } from "./sqlite.ts";
 * const db = openStateDb("/tmp/rp-demo/state.sqlite3");
 * db.close();
 * ```
 */
export function openStateDb(path: string, log?: (line: string) => void): DatabaseSync {
  return guard(() => {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    try {
      return openWal(path);
    } catch (e) {
      if (!/file is not a database|database disk image is malformed/.test(errorText(e))) throw e;
      // Not a database (or torn beyond repair): keep it aside and start a fresh one.
      const aside = `${path}.corrupt-${Date.now()}`;
      renameSync(path, aside);
      for (const ext of ["-wal", "-shm"]) {
        try {
          renameSync(path + ext, aside + ext);
        } catch { /* absent */ }
      }
      (log ?? ((l: string) => console.error(l)))(
        `running-process daemon: state database ${path} is unusable (${errorText(e)}); ` +
          `moved it to ${aside}`,
      );
      return openWal(path);
    }
  });
}

/** Makes `path` (created empty when missing: SQLite takes it as a new database) mode 0600. */
function makePrivate(path: string, create: boolean): void {
  try {
    if (create) closeSync(openSync(path, "a", 0o600));
    chmodSync(path, 0o600);
  } catch (e) {
    if (create) throw e;
  }
}

function openWal(path: string): DatabaseSync {
  makePrivate(path, true);
  const db = new DatabaseSync(path);
  try {
    db.exec("PRAGMA journal_mode=WAL");
    // WAL + NORMAL: commits stay atomic and consistent; only the last commits before a
    // power loss may be lost. Saves an fsync per state change on the restart path.
    db.exec("PRAGMA synchronous=NORMAL");
    // SQLite gives the companions the mode of the database; an older file may be wider.
    for (const ext of ["-wal", "-shm"]) makePrivate(path + ext, false);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

export type { DatabaseSync };

/**
 * One live daemon owns a state database. A daemon takes `<db file>.lock` (the mechanism of
 * `../lifecycle/socket_lock.ts`: pid + start time, taken race-free, a dead owner's lock
 * taken over) when it starts, and releases it when it stops. A daemon that finds the file
 * owned by another live daemon leaves the file alone: it still serves sessions, while its
 * service and registry requests fail with {@link StateFileInUseError}, which names the file,
 * the owner and the remedy.
 *
 * @example
 * ```ts
 * import { claimStateFile } from "./state_owner.ts";
 * const claim = claimStateFile("/tmp/rp-demo/state.sqlite3");
 * if (claim.error) console.log(claim.error.message);
 * claim.release();
 * ```
 *
 * @module
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { acquireLockFile, type SocketLock } from "../lifecycle/socket_lock.ts";
import { errorText, StoreError } from "./sqlite.ts";

/**
 * The state database is owned by another live daemon (or its lock cannot be taken). A
 * {@link StoreError}, so that it reaches clients through the "unusable database" path
 * (`service db error: …`, `registry error: …`).
 *
 * @example
 * ```ts
 * import { StateFileInUseError } from "./state_owner.ts";
 * const e = new StateFileInUseError("/s/tracked-pids.sqlite3", 4242);
 * console.log(e.code, e.ownerPid); // STORE 4242
 * ```
 */
export class StateFileInUseError extends StoreError {
  /** The pid of the daemon that owns the file (0 when the lock could not be read). */
  readonly ownerPid: number;

  /**
   * Creates the error.
   *
   * @param path the state database file
   * @param ownerPid the owning daemon's pid
   * @param options standard error options (`cause`)
   */
  constructor(path: string, ownerPid: number, options?: ErrorOptions) {
    super(
      `state file ${path} is in use by another daemon (pid ${ownerPid}); give this daemon ` +
        "its own state file with --db-path FILE (serve({ dbPath })) or --scope NAME",
      options,
    );
    this.name = "StateFileInUseError";
    this.ownerPid = ownerPid;
  }
}

/** Outcome of {@link claimStateFile}. */
export interface StateFileClaim {
  /** The lock file. */
  readonly lockPath: string;
  /** Why this daemon must not use the file; undefined when it owns it. */
  readonly error: StoreError | undefined;
  /** Gives the file up (idempotent; nothing when it was not owned). */
  release(): void;
}

/**
 * Takes ownership of the state database `dbPath` for this process (creating its directory,
 * mode 0700, when missing).
 *
 * @param dbPath the state database file
 * @returns the claim: owned (`error` undefined) or the reason it is not
 *
 * @example
 * ```ts
 * import { claimStateFile } from "./state_owner.ts";
 * const a = claimStateFile("/tmp/rp-demo/state.sqlite3");
 * const b = claimStateFile("/tmp/rp-demo/state.sqlite3"); // same process: still held
 * console.log(a.error === undefined, b.error !== undefined); // true true
 * a.release();
 * ```
 */
export function claimStateFile(dbPath: string): StateFileClaim {
  const lockPath = `${dbPath}.lock`;
  let lock: SocketLock | undefined;
  let error: StoreError | undefined;
  try {
    mkdirSync(dirname(dbPath), { recursive: true, mode: 0o700 });
    const attempt = acquireLockFile(lockPath);
    if ("owner" in attempt) error = new StateFileInUseError(dbPath, attempt.owner.pid);
    else lock = attempt.lock;
  } catch (e) {
    error = new StoreError(`cannot take the lock ${lockPath}: ${errorText(e)}`, { cause: e });
  }
  return { lockPath, error, release: () => lock?.release() };
}

/**
 * Who owns a daemon socket: a lock file beside it, so that a second daemon never takes the
 * socket of a live one, however busy (or stopped) that one is. The same mechanism guards the
 * state database ({@link acquireLockFile}, used by `../store/state_owner.ts`).
 *
 * **File.** `<socket path without .sock>.lock` (so `daemon.sock` → `daemon.lock`,
 * `daemon-<scope>.sock` → `daemon-<scope>.lock`), mode 0600, in the socket's directory
 * (already checked to be private). Its content is one line, `<pid> <start ticks>\n`: the
 * owner's pid and its start time from `/proc/<pid>/stat` (field 22, clock ticks after
 * boot). The pair identifies a process across pid reuse.
 *
 * **Acquisition** is race-safe without `flock`: the content is written to a private
 * temporary file, which is then hard-linked to the lock name; `link` fails with `EEXIST`
 * when a lock is already there, and a lock that exists is always complete. An existing
 * lock is *held* when its pid is alive (not a zombie) and still has the recorded start time
 * — whatever that process is doing: busy, blocked or stopped with SIGSTOP all count as
 * held. Otherwise it is *stale*: it is renamed to a private name (only one contender can
 * win that rename), checked once more (a fresh lock moved by mistake is linked back), and
 * removed; then acquisition is retried.
 *
 * Without `/proc` (not Linux) the start time is recorded as 0 and a lock is held while
 * `kill(pid, 0)` succeeds.
 *
 * @module
 */
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import process from "node:process";
import { isAlive, readProcStat } from "../../process/proc.ts";

/** Who holds a lock. */
export interface LockOwner {
  /** Owner's pid. */
  pid: number;
  /** Owner's start time (clock ticks after boot; 0 when unknown). */
  startTicks: number;
}

/** Outcome of {@link acquireSocketLock}: the lock, or the live owner that holds it. */
export type LockAttempt =
  | { acquired: true; lock: SocketLock }
  | { acquired: false; owner: LockOwner };

/** A held socket lock. */
export interface SocketLock {
  /** The lock file. */
  readonly path: string;
  /** Removes the lock file if it is still ours (idempotent). */
  release(): void;
}

/**
 * The lock file of a socket path: `.sock` replaced by `.lock`, or `.lock` appended.
 *
 * @param socketPath the daemon socket
 * @returns the lock path
 *
 * @example
 * ```ts
 * import { lockPathOf } from "./socket_lock.ts";
 * console.log(lockPathOf("/run/user/1000/running-process/daemon.sock"));
 * // /run/user/1000/running-process/daemon.lock
 * ```
 */
export function lockPathOf(socketPath: string): string {
  return socketPath.endsWith(".sock") ? `${socketPath.slice(0, -5)}.lock` : `${socketPath}.lock`;
}

/** The identity of this process. */
export function selfOwner(): LockOwner {
  return { pid: process.pid, startTicks: readProcStat(process.pid)?.startTime ?? 0 };
}

function formatOwner(o: LockOwner): string {
  return `${o.pid} ${o.startTicks}\n`;
}

/** Parses a lock file's content; `undefined` when it is not one. */
export function parseOwner(text: string): LockOwner | undefined {
  const m = /^(\d+) (\d+)\n?$/.exec(text);
  if (!m) return undefined;
  const pid = Number(m[1]);
  const startTicks = Number(m[2]);
  if (!Number.isSafeInteger(pid) || pid <= 0 || !Number.isSafeInteger(startTicks)) {
    return undefined;
  }
  return { pid, startTicks };
}

/**
 * Whether the process recorded as `owner` still runs: alive (a stopped or busy process
 * counts, a zombie does not) and, when a start time was recorded, with that start time.
 *
 * @param owner the recorded owner
 * @returns true while that very process exists
 */
export function ownerAlive(owner: LockOwner): boolean {
  const st = readProcStat(owner.pid);
  if (st === undefined) {
    // No /proc: fall back to kill(pid, 0).
    if (readProcStat(process.pid) !== undefined) return false;
    try {
      process.kill(owner.pid, 0);
      return true;
    } catch (e) {
      return (e as { code?: string }).code === "EPERM";
    }
  }
  if (!isAlive(owner.pid)) return false;
  return owner.startTicks === 0 || st.startTime === owner.startTicks;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch { /* already gone */ }
}

let tmpCounter = 0;

/**
 * Takes the lock of `socketPath` for this process (see the module documentation).
 * Same as {@link acquireLockFile} on {@link lockPathOf}`(socketPath)`.
 *
 * @param socketPath the daemon socket
 * @returns the held lock, or the live process that holds it
 * @throws the file-system error when the lock cannot be created at all (permissions…)
 *
 * @example
 * ```ts
 * import { acquireSocketLock } from "./socket_lock.ts";
 * const a = acquireSocketLock("/tmp/rp-demo/daemon.sock");
 * if (a.acquired) a.lock.release();
 * else console.log(`held by pid ${a.owner.pid}`);
 * ```
 */
export function acquireSocketLock(socketPath: string): LockAttempt {
  return acquireLockFile(lockPathOf(socketPath));
}

/**
 * Takes the lock file `path` for this process, with the rules of the module documentation
 * (the state database is guarded this way too, by `<db file>.lock`).
 *
 * @param path the lock file (its directory must exist)
 * @returns the held lock, or the live process that holds it
 * @throws the file-system error when the lock cannot be created at all (permissions…)
 *
 * @example
 * ```ts
 * import { acquireLockFile } from "./socket_lock.ts";
 * const a = acquireLockFile("/tmp/rp-demo/state.sqlite3.lock");
 * if (a.acquired) a.lock.release();
 * ```
 */
export function acquireLockFile(path: string): LockAttempt {
  const self = selfOwner();
  const content = formatOwner(self);
  const tmp = `${path}.${process.pid}.${++tmpCounter}.tmp`;
  const fd = openSync(tmp, "wx", 0o600);
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        linkSync(tmp, path);
        let released = false;
        return {
          acquired: true,
          lock: {
            path,
            release() {
              if (released) return;
              released = true;
              if (readText(path) === content) tryUnlink(path);
            },
          },
        };
      } catch (e) {
        if ((e as { code?: string }).code !== "EEXIST") throw e;
      }
      const text = readText(path);
      if (text === undefined) continue; // removed meanwhile: retry
      const owner = parseOwner(text);
      if (owner !== undefined && ownerAlive(owner)) return { acquired: false, owner };
      // Stale (dead owner, reused pid, or not a lock at all): move it aside, and only
      // delete what was judged stale.
      const aside = `${path}.${process.pid}.${++tmpCounter}.stale`;
      try {
        renameSync(path, aside);
      } catch {
        continue; // another contender moved it first
      }
      if (readText(aside) !== text) {
        // A fresh lock replaced the stale one between the read and the rename: put it back.
        try {
          linkSync(aside, path);
        } catch { /* a third contender holds it now */ }
      }
      tryUnlink(aside);
    }
    throw new Error(`could not take the lock ${path} (too much contention)`);
  } finally {
    tryUnlink(tmp);
  }
}

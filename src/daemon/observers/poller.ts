/**
 * The daemon's observation poller: one adaptive timer for every live session that has a
 * subscription wanting the process, file or network categories. After a scan that found
 * something it polls again at `minIntervalMs`; while nothing happens it backs off,
 * doubling up to `maxIntervalMs` (default 100 ms). Sessions with only lifecycle
 * subscriptions cost nothing.
 *
 * @module
 */
import { existsSync } from "node:fs";
import process from "node:process";
import type { SessionBase } from "../types.ts";
import { readSocketTable, type SocketInfo } from "./procfs_net.ts";
import { CATEGORY, TreeWatcher } from "./watcher.ts";

/** Options of the poller. */
export interface PollerOptions {
  /** Longest interval between scans while a session is observed (default 100 ms). */
  maxIntervalMs?: number;
  /** Shortest interval, used right after activity (default 10 ms). */
  minIntervalMs?: number;
}

const NON_LIFECYCLE = (1 << CATEGORY.FILE) | (1 << CATEGORY.NETWORK) | (1 << CATEGORY.PROCESS);

let procfs: boolean | undefined;

/** True when this platform has the /proc features the backends need (checked once). */
export function procfsAvailable(): boolean {
  return procfs ??= process.platform === "linux" && existsSync("/proc/self/fd") &&
    existsSync("/proc/net/tcp");
}

/** Polls watched sessions' process trees. */
export class ObservationPoller {
  readonly maxIntervalMs: number;
  readonly minIntervalMs: number;
  #watched = new Map<SessionBase, TreeWatcher>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #interval: number;
  #stopped = false;
  /** Scans done (for tests and the status of the backend). */
  scans = 0;

  constructor(options: PollerOptions = {}) {
    this.maxIntervalMs = Math.max(1, options.maxIntervalMs ?? 100);
    this.minIntervalMs = Math.min(this.maxIntervalMs, Math.max(1, options.minIntervalMs ?? 10));
    this.#interval = this.minIntervalMs;
  }

  /** Starts watching a freshly spawned session. */
  watch(session: SessionBase): void {
    if (this.#stopped || !procfsAvailable()) return;
    this.#watched.set(
      session,
      new TreeWatcher(session.pid, (e) => session.observers.emit(e)),
    );
    this.#interval = this.minIntervalMs;
    this.#schedule(true);
  }

  /**
   * Stops watching a session whose root exited: one last scan reports what is still known
   * (descendants, files and sockets) as gone, so those events precede `exited`.
   */
  unwatch(session: SessionBase): void {
    const w = this.#watched.get(session);
    if (!w) return;
    this.#watched.delete(session);
    const mask = maskOf(session);
    if (mask & NON_LIFECYCLE) {
      let table: Map<number, SocketInfo> | undefined;
      w.scan(mask, () => table ??= readSocketTable(), false);
    }
  }

  /** Stops the timer for good. */
  stop(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#watched.clear();
  }

  #schedule(reset = false): void {
    if (this.#stopped || this.#watched.size === 0) return;
    if (reset && this.#timer !== undefined) clearTimeout(this.#timer);
    else if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#tick();
    }, this.#interval);
  }

  #tick(): void {
    let events = 0;
    let table: Map<number, SocketInfo> | undefined;
    const sockets = () => table ??= readSocketTable();
    for (const [session, w] of this.#watched) {
      const mask = maskOf(session);
      if ((mask & NON_LIFECYCLE) === 0) continue;
      try {
        events += w.scan(mask, sockets, !session.exited);
      } catch { /* a vanished process mid-scan: the next scan settles it */ }
    }
    this.scans++;
    this.#interval = events > 0
      ? this.minIntervalMs
      : Math.min(this.maxIntervalMs, this.#interval * 2);
    this.#schedule();
  }
}

/** Union of the category bits of a session's subscriptions. */
function maskOf(session: SessionBase): number {
  let m = 0;
  for (const s of session.observers.all()) m |= s.mask;
  return m;
}

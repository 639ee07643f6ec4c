/**
 * Is a tracked process still the process that was registered? A pid alone is not an
 * identity (pids are reused), so an entry records the process's start time (clock ticks since
 * boot, from `/proc/<pid>/stat`) and the boot id; {@link liveness} compares them with what
 * `/proc` shows now. Without `/proc` (not Linux) it falls back to `kill(pid, 0)`, and pid
 * reuse cannot be detected.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import process from "node:process";
import { readProcStat } from "../../process/proc.ts";
import type { Liveness, TrackedEntry } from "./tracked_entry.ts";

/** Clock ticks per second of `/proc/<pid>/stat` start times (`USER_HZ`, 100 on Linux). */
const CLOCK_TICKS = 100;

let bootIdCache: string | undefined;
let btimeCache: number | undefined;
let procCache: boolean | undefined;

/** Whether `/proc` is usable here (Linux). */
function haveProc(): boolean {
  return procCache ??= readProcStat(process.pid) !== undefined;
}

/** The current boot id (`/proc/sys/kernel/random/boot_id`), or `""`. */
export function bootId(): string {
  if (bootIdCache === undefined) {
    try {
      bootIdCache = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    } catch {
      bootIdCache = "";
    }
  }
  return bootIdCache;
}

/** Boot time in Unix seconds (`btime` of `/proc/stat`), or 0 when unknown. */
function bootTime(): number {
  if (btimeCache === undefined) {
    btimeCache = 0;
    try {
      const m = /^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"));
      if (m) btimeCache = Number(m[1]);
    } catch { /* not Linux */ }
  }
  return btimeCache;
}

/**
 * Converts a `/proc` start time (clock ticks after boot) to Unix seconds.
 *
 * @param ticks start time from `/proc/<pid>/stat`
 * @returns Unix seconds, or `undefined` when the boot time is unknown
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { readProcStat } from "../../process/proc.ts";
 * import { startTicksToUnixSeconds } from "./liveness.ts";
 * console.log(startTicksToUnixSeconds(readProcStat(process.pid)!.startTime)); // ~ now
 * ```
 */
export function startTicksToUnixSeconds(ticks: number): number | undefined {
  const bt = bootTime();
  return bt > 0 ? bt + ticks / CLOCK_TICKS : undefined;
}

function killZero(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === "EPERM";
  }
}

/**
 * Compares an entry with the running system (see {@link Liveness}).
 *
 * @param e the entry
 * @returns its liveness now
 *
 * @example
 * ```ts
 * import { liveness, type TrackedEntry } from "./liveness.ts";
 * declare const e: TrackedEntry;
 * if (liveness(e) === "reused") console.log(`pid ${e.pid} belongs to someone else now`);
 * ```
 */
export function liveness(e: TrackedEntry): Liveness {
  if (!haveProc()) return killZero(e.pid) ? "alive" : "gone";
  const st = readProcStat(e.pid);
  if (st === undefined || e.startTicks === null) return "gone";
  if (e.bootId !== bootId()) return "rebooted";
  if (st.startTime !== e.startTicks) return "reused";
  return st.state === "Z" || st.state === "X" ? "zombie" : "alive";
}

/**
 * Whether the parent recorded at registration is still the same running process. Always
 * `true` when the parent was unknown (no `/proc`, or the pid did not exist).
 *
 * @param e the entry
 * @returns `false` once the recorded parent died (the process was reparented)
 *
 * @example
 * ```ts
 * import { parentAlive, type TrackedEntry } from "./liveness.ts";
 * declare const e: TrackedEntry;
 * console.log(parentAlive(e) ? "parent still there" : "orphaned");
 * ```
 */
export function parentAlive(e: TrackedEntry): boolean {
  if (e.parentPid <= 0 || e.parentStartTicks === null || !haveProc()) return true;
  const st = readProcStat(e.parentPid);
  return st !== undefined && st.startTime === e.parentStartTicks && e.bootId === bootId() &&
    st.state !== "Z" && st.state !== "X";
}

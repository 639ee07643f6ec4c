/**
 * How observer events look on a terminal and in `--json` lines, shared by `rp watch` and
 * `rp run --watch`.
 *
 * @module
 */
import {
  EventCategory,
  eventCategoryName,
  type ObserverEventRecord,
  type ObserverRecord,
} from "../client/observer_api.ts";
import { num, paint } from "./output.ts";

/** What `watch` and `run --watch` observe unless `--category` says otherwise. */
export const ALL_CATEGORIES: readonly EventCategory[] = Object.values(EventCategory);

/** ANSI colour of each category: lifecycle, file, network, process. */
export const CATEGORY_COLOR: readonly string[] = ["32", "36", "35", "33"];

/** `HH:MM:SS.mmm` in local time; dashes when the event has no timestamp. */
export function clock(ms: number): string {
  if (!ms) return "--:--:--.---";
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  const millis = String(d.getMilliseconds()).padStart(3, "0");
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${millis}`;
}

/** An argument as a shell would need it written. */
export function shellWord(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`;
}

/** A path as-is, or JSON-quoted when it has blanks, quotes or control characters. */
export function showPath(p: string): string {
  // deno-lint-ignore no-control-regex
  return /^[^\s"'\\\x00-\x1f\x7f]+$/.test(p) ? p : JSON.stringify(p);
}

/**
 * The Linux open(2) flags that are the same on every architecture (the file backend reads
 * them from `/proc/<pid>/fdinfo`); the others are left to `--json`'s raw `flags`.
 */
export const OPEN_FLAGS: readonly (readonly [number, string])[] = [
  [0o100, "O_CREAT"],
  [0o200, "O_EXCL"],
  [0o400, "O_NOCTTY"],
  [0o1000, "O_TRUNC"],
  [0o2000, "O_APPEND"],
  [0o4000, "O_NONBLOCK"],
  [0o10000, "O_DSYNC"],
  [0o2000000, "O_CLOEXEC"],
];

/** `O_WRONLY|O_APPEND`, …: the access mode, then the portable flags that are set. */
export function openFlags(flags: number): string {
  const mode = ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"][flags & 3];
  return [mode, ...OPEN_FLAGS.filter(([bit]) => (flags & bit) !== 0).map(([, n]) => n)]
    .join("|");
}

/** `exit=N`, with the signal spelled out for negative codes. */
export function exitText(code: number): string {
  return code < 0 ? `exit=${code} (signal ${-code})` : `exit=${code}`;
}

/** The fields that matter for this event: pid first, argv last. */
export function eventDetails(e: ObserverEventRecord, color: boolean): string[] {
  const d = [`pid=${e.pid}`];
  if (e.ppid) d.push(`ppid=${e.ppid}`);
  switch (e.category) {
    case 1: // file
      if (e.path) d.push(`path=${showPath(e.path)}`);
      if (e.toPath) d.push(`to=${showPath(e.toPath)}`);
      if (e.kind === "file-open" || e.flags) d.push(`flags=${openFlags(e.flags)}`);
      if (e.kind === "file-write" || num(e.byteCount)) d.push(`bytes=${e.byteCount}`);
      break;
    case 2: // network
      if (e.protocol) d.push(e.protocol);
      if (e.remoteAddress) d.push(`${e.localAddress || "?"} -> ${e.remoteAddress}`);
      else if (e.localAddress) d.push(e.localAddress);
      break;
    default: // lifecycle, process, and categories newer than this CLI
      if (e.kind === "exited") {
        d.push(paint(color && e.exitCode !== 0, "1;31", exitText(e.exitCode)));
      } else if (e.exitCode) d.push(exitText(e.exitCode));
      if (e.category > 3 && e.path) d.push(`path=${showPath(e.path)}`);
  }
  if (e.argv.length) d.push(`argv=[${e.argv.map(shellWord).join(" ")}]`);
  return d;
}

/**
 * One line for a record: `HH:MM:SS.mmm #seq kind category details`, or a loss warning.
 * Colours (by category) only when `color`.
 */
export function formatRecord(r: ObserverRecord, color: boolean): string {
  if (r.type === "loss") {
    const what = `! ${r.missed} event${r.missed === 1 ? "" : "s"} lost (ring overflow)`;
    return paint(color, "1;31", what) + "\n";
  }
  const c = CATEGORY_COLOR[r.category];
  return [
    paint(color, "2", clock(num(r.timestampMs))),
    paint(color, "2", `#${r.sequence}`.padEnd(5)),
    paint(color, c ? `1;${c}` : "1", r.kind.padEnd(18)),
    paint(color, c ?? "0", eventCategoryName(r.category).padEnd(9)),
    ...eventDetails(r, color),
  ].join(" ") + "\n";
}

/** The `--json` form of a record: the event's fields, with `category` by name. */
export function recordJson(r: ObserverRecord): Record<string, unknown> {
  if (r.type === "loss") return { type: "loss", missed: r.missed };
  return { ...r, category: eventCategoryName(r.category) };
}

/** Whether `r` is the session's `exited` event. */
export function isSessionExit(r: ObserverRecord): r is ObserverEventRecord {
  return r.type === "event" && r.category === 0 && r.kind === "exited";
}

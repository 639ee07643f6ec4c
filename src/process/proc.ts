/**
 * Linux `/proc` helpers, runtime-neutral (`node:fs`, which Deno and Bun provide too). Every
 * function answers `undefined` / `[]` / `false` when the process is gone or `/proc` is not
 * there (non-Linux), never throws for a vanished pid. Reads go through one reusable buffer
 * and numbers are parsed from bytes, so the hot paths allocate little.
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { listChildren, readProcStat } from "./proc.ts";
 * console.log(readProcStat(process.pid)?.state); // "R" or "S"
 * console.log(listChildren(process.pid)); // [] unless something was spawned
 * ```
 *
 * @module
 */
import { closeSync, existsSync, openSync, readdirSync, readlinkSync, readSync } from "node:fs";

/**
 * The fields of `/proc/<pid>/stat` this library uses.
 *
 * @example
 * ```ts
 * import type { ProcStat } from "./proc.ts";
 * const isLeader = (s: ProcStat) => s.pgrp === s.pid;
 * ```
 */
export interface ProcStat {
  /** Process id. */
  pid: number;
  /** Command name (`comm`, at most 15 bytes, as the kernel shows it). */
  comm: string;
  /** State letter: `R`, `S`, `D`, `Z` (zombie), `T`, `t`, `X`, `I`, … */
  state: string;
  /** Parent pid. */
  ppid: number;
  /** Process-group id. */
  pgrp: number;
  /** Session id. */
  session: number;
  /** Controlling terminal device number (`0` for none). */
  ttyNr: number;
  /** Foreground process group of the controlling terminal (`-1` for none). */
  tpgid: number;
  /** Start time in clock ticks after boot (with `pid`, identifies a process across reuse). */
  startTime: number;
}

const decoder = new TextDecoder();

/** The shared read buffer (grown when a file is larger). */
let buf: Uint8Array = new Uint8Array(8192);

/** Reads a whole /proc file into the shared buffer; returns its length, or -1 on error. */
function readInto(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return -1;
  }
  try {
    let len = 0;
    for (;;) {
      if (len === buf.length) {
        const bigger = new Uint8Array(buf.length * 2);
        bigger.set(buf);
        buf = bigger;
      }
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n <= 0) break;
      len += n;
    }
    return len;
  } catch {
    return -1;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads `/proc/<pid>/stat`.
 *
 * @param pid process id
 * @returns the parsed fields, or `undefined` when the process does not exist
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { readProcStat } from "./proc.ts";
 * const s = readProcStat(process.pid)!;
 * console.log(s.pid === process.pid, s.ppid > 0); // true true
 * ```
 */
export function readProcStat(pid: number): ProcStat | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const len = readInto(`/proc/${pid}/stat`);
  if (len <= 0) return undefined;
  const b = buf;
  // "pid (comm) S ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime
  //  stime cutime cstime priority nice num_threads itrealvalue starttime …"
  let open = 0;
  while (open < len && b[open] !== 0x28) open++;
  let close = len - 1;
  while (close > open && b[close] !== 0x29) close--;
  if (open >= len || close <= open) return undefined;
  const comm = decoder.decode(b.subarray(open + 1, close));
  let i = close + 2; // past ") "
  const state = String.fromCharCode(b[i]!);
  i += 2;
  // Fields after the state, numbered from 0 (ppid) ; starttime is field 18 of them.
  const nums = [0, 0, 0, 0, 0, 0];
  let field = 0;
  let startTime = 0;
  while (i < len && field <= 18) {
    let neg = false;
    if (b[i] === 0x2d) {
      neg = true;
      i++;
    }
    let v = 0;
    while (i < len) {
      const c = b[i]!;
      if (c < 0x30 || c > 0x39) break;
      v = v * 10 + (c - 0x30);
      i++;
    }
    if (neg) v = -v;
    if (field < 5) nums[field] = v;
    else if (field === 18) startTime = v;
    field++;
    i++; // the space
  }
  return {
    pid,
    comm,
    state,
    ppid: nums[0]!,
    pgrp: nums[1]!,
    session: nums[2]!,
    ttyNr: nums[3]!,
    tpgid: nums[4]!,
    startTime,
  };
}

/**
 * Whether a process with this pid exists (zombies included; see {@link isAlive}).
 *
 * @param pid process id
 * @returns `true` when `/proc/<pid>/stat` is readable
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { processExists } from "./proc.ts";
 * console.log(processExists(process.pid)); // true
 * ```
 */
export function processExists(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  return readInto(`/proc/${pid}/stat`) > 0;
}

/**
 * Whether the process is a zombie (exited, not yet reaped by its parent).
 *
 * @param pid process id
 * @returns `true` only for an existing zombie
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { isZombie } from "./proc.ts";
 * console.log(isZombie(process.pid)); // false
 * ```
 */
export function isZombie(pid: number): boolean {
  const s = readProcStat(pid);
  return s !== undefined && (s.state === "Z" || s.state === "X");
}

/**
 * Whether the process exists and has not exited (not a zombie).
 *
 * @param pid process id
 * @returns `true` for a running/sleeping/stopped process
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { isAlive } from "./proc.ts";
 * console.log(isAlive(process.pid)); // true
 * ```
 */
export function isAlive(pid: number): boolean {
  const s = readProcStat(pid);
  return s !== undefined && s.state !== "Z" && s.state !== "X";
}

/**
 * Reads `/proc/<pid>/cmdline` as an argv.
 *
 * @param pid process id
 * @returns the arguments (`[]` for kernel threads and zombies), or `undefined` when the
 *   process does not exist
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { readCmdline } from "./proc.ts";
 * console.log(readCmdline(process.pid)?.[0]); // the runtime's executable
 * ```
 */
export function readCmdline(pid: number): string[] | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const len = readInto(`/proc/${pid}/cmdline`);
  if (len < 0) return undefined;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < len; i++) {
    if (buf[i] === 0) {
      out.push(decoder.decode(buf.subarray(start, i)));
      start = i + 1;
    }
  }
  if (start < len) out.push(decoder.decode(buf.subarray(start, len)));
  return out;
}

function parsePidList(len: number, into: number[]): void {
  let v = 0;
  let inNum = false;
  for (let i = 0; i < len; i++) {
    const c = buf[i]!;
    if (c >= 0x30 && c <= 0x39) {
      v = v * 10 + (c - 0x30);
      inNum = true;
    } else if (inNum) {
      into.push(v);
      v = 0;
      inNum = false;
    }
  }
  if (inNum) into.push(v);
}

let childrenFileSupported: boolean | undefined;

function hasChildrenFile(): boolean {
  if (childrenFileSupported === undefined) {
    try {
      const self = readlinkSync("/proc/self");
      childrenFileSupported = existsSync(`/proc/${self}/task/${self}/children`);
    } catch {
      childrenFileSupported = false;
    }
  }
  return childrenFileSupported;
}

function scanChildren(pid: number): number[] {
  const out: number[] = [];
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return out;
  }
  for (const name of names) {
    const c = name.charCodeAt(0);
    if (c < 0x30 || c > 0x39) continue;
    const child = Number(name);
    const s = readProcStat(child);
    if (s !== undefined && s.ppid === pid) out.push(child);
  }
  return out;
}

/**
 * The direct children of a process, from `/proc/<pid>/task/<tid>/children` for every thread
 * (a child belongs to the thread that forked it), or a scan of `/proc` when the kernel lacks
 * those files.
 *
 * @param pid process id
 * @returns child pids (`[]` when none or the process is gone)
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { listChildren } from "./proc.ts";
 * console.log(Array.isArray(listChildren(process.pid))); // true
 * ```
 */
export function listChildren(pid: number): number[] {
  if (!Number.isInteger(pid) || pid <= 0) return [];
  if (!hasChildrenFile()) return scanChildren(pid);
  const out: number[] = [];
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    const len = readInto(`/proc/${pid}/task/${tid}/children`);
    if (len > 0) parsePidList(len, out);
  }
  return out;
}

/**
 * All descendants of a process, breadth-first (parents before their children). Reverse the
 * result for a deepest-first order.
 *
 * @param pid process id (not included in the result)
 * @returns descendant pids
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { listDescendants } from "./proc.ts";
 * const deepestFirst = listDescendants(process.pid).reverse();
 * ```
 */
export function listDescendants(pid: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>([pid]);
  let frontier = [pid];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const p of frontier) {
      for (const c of listChildren(p)) {
        if (seen.has(c)) continue;
        seen.add(c);
        out.push(c);
        next.push(c);
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * The `/dev/pts/N` path of a process's controlling terminal, decoded from `tty_nr`.
 *
 * @param pid process id
 * @returns the pseudo-terminal path, or `undefined` when it has none (or not a pts)
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { controllingPts } from "./proc.ts";
 * console.log(controllingPts(process.pid)); // e.g. "/dev/pts/3", or undefined
 * ```
 */
export function controllingPts(pid: number): string | undefined {
  const s = readProcStat(pid);
  if (s === undefined || s.ttyNr === 0) return undefined;
  const major = (s.ttyNr >> 8) & 0xfff;
  const minor = (s.ttyNr & 0xff) | ((s.ttyNr >> 12) & 0xfff00);
  if (major < 136 || major > 143) return undefined;
  return `/dev/pts/${(major - 136) * 256 + minor}`;
}

/**
 * Every process visible in `/proc`, with its `/proc/<pid>/stat` fields (processes that
 * vanish during the scan are left out).
 *
 * @returns one {@link ProcStat} per process (`[]` without `/proc`)
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { listProcesses } from "./proc.ts";
 * const mine = listProcesses().filter((p) => p.session === process.pid);
 * ```
 */
export function listProcesses(): ProcStat[] {
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  const out: ProcStat[] = [];
  for (const name of names) {
    const c = name.charCodeAt(0);
    if (c < 0x30 || c > 0x39) continue;
    const s = readProcStat(Number(name));
    if (s !== undefined) out.push(s);
  }
  return out;
}

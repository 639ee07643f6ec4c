/**
 * Service log files (docs/PROTOCOL.md#services): two files per service in
 * `<dbdir>/services/`, `<sanitized-name>-out.log` and `-err.log`, one captured line per file
 * line (no prefix, no timestamp; `\r\n` becomes `\n`; empty lines dropped).
 *
 * Files are bounded by size-capped rotation
 * (`<file>.1`, `<file>.2`, … up to `maxFiles` files of at most `maxBytes` each), lines are
 * written synchronously in arrival order (nothing queued in memory, so nothing is lost at
 * stop), and a partial line longer than {@link MAX_LINE_BYTES} is cut into pieces instead of
 * growing without bound.
 *
 * @example
 * ```ts
 * import { logPaths, sanitizeName } from "./logs.ts";
 * console.log(sanitizeName("../../etc/passwd")); // .._.._etc_passwd
 * console.log(logPaths("/tmp/rp/services", "web").out); // /tmp/rp/services/web-out.log
 * ```
 *
 * @module
 */
import {
  closeSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";

/** Default size cap of one log file (10 MiB). */
export const DEFAULT_LOG_MAX_BYTES = 10 * 1024 * 1024;
/** Default number of files kept per stream (the live one plus rotated ones). */
export const DEFAULT_LOG_MAX_FILES = 3;
/** A partial line longer than this is written out as a line of its own. */
export const MAX_LINE_BYTES = 64 * 1024;
/** Byte budget of one SERVICE_LOGS reply (upstream's). */
export const LOG_REPLY_BUDGET = 65536;

/** Rotation settings of the log files. */
export interface LogLimits {
  /** Size cap of one file in bytes. */
  maxBytes: number;
  /** Files kept per stream, the live one included (≥ 1). */
  maxFiles: number;
}

/**
 * Upstream's file-name rule: every character outside `[A-Za-z0-9._-]` becomes one `_`, so
 * the result is a single path component that cannot leave the log directory.
 *
 * @param name the service name
 * @returns the sanitised name
 */
export function sanitizeName(name: string): string {
  let out = "";
  for (const ch of name) out += /^[A-Za-z0-9._-]$/.test(ch) ? ch : "_";
  return out;
}

/**
 * The two log files of a service.
 *
 * @param dir the log directory
 * @param name the service name
 * @returns the stdout and stderr file paths
 */
export function logPaths(dir: string, name: string): { out: string; err: string } {
  const s = sanitizeName(name);
  return { out: join(dir, `${s}-out.log`), err: join(dir, `${s}-err.log`) };
}

const NL = 0x0a;
const CR = 0x0d;

/**
 * Appends one stream's lines to its file, rotating when the file would pass `maxBytes`.
 * Writes are synchronous, so the file order is the arrival order and nothing waits in
 * memory. File errors (disk full, directory removed) drop the affected lines and never
 * throw.
 */
export class LogWriter {
  /** The live file. */
  readonly path: string;
  readonly #limits: LogLimits;
  readonly #onLine: ((line: Uint8Array) => void) | undefined;
  #fd: number | undefined;
  #size = 0;
  #partial: Uint8Array[] = [];
  #partialLen = 0;
  #closed = false;

  /**
   * Opens (create + append) the file.
   *
   * @param path the live file
   * @param limits rotation settings
   * @param onLine called with every line written (without its `\n`)
   */
  constructor(path: string, limits: LogLimits, onLine?: (line: Uint8Array) => void) {
    this.path = path;
    this.#limits = limits;
    this.#onLine = onLine;
    this.#open();
  }

  #open(): void {
    try {
      this.#fd = openSync(this.path, "a", 0o600);
      this.#size = fstatSync(this.#fd).size;
    } catch {
      this.#fd = undefined;
    }
  }

  /** The file was truncated by FLUSH: the next write lands at offset 0. */
  truncated(): void {
    this.#size = 0;
  }

  /**
   * Feeds captured bytes; complete lines are written at once.
   *
   * @param chunk bytes as read from the child
   */
  push(chunk: Uint8Array): void {
    if (this.#closed) return;
    const lines: Uint8Array[] = [];
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NL, start);
      if (nl < 0) break;
      let piece = chunk.subarray(start, nl);
      if (this.#partialLen > 0) {
        this.#partial.push(piece);
        piece = this.#takePartial();
      }
      if (piece.length > 0 && piece[piece.length - 1] === CR) piece = piece.subarray(0, -1);
      if (piece.length > 0) lines.push(piece.slice());
      start = nl + 1;
    }
    let rest = chunk.subarray(start);
    while (this.#partialLen + rest.length > MAX_LINE_BYTES) {
      const take = MAX_LINE_BYTES - this.#partialLen;
      this.#partial.push(rest.subarray(0, take));
      this.#partialLen += take;
      lines.push(this.#takePartial());
      rest = rest.subarray(take);
    }
    if (rest.length > 0) {
      this.#partial.push(rest.slice());
      this.#partialLen += rest.length;
    }
    this.#write(lines);
  }

  #takePartial(): Uint8Array {
    const out = new Uint8Array(this.#partial.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of this.#partial) {
      out.set(p, o);
      o += p.length;
    }
    this.#partial = [];
    this.#partialLen = 0;
    return out;
  }

  #write(lines: Uint8Array[]): void {
    if (lines.length === 0) return;
    let batch: Uint8Array[] = [];
    let batchLen = 0;
    const flush = () => {
      if (batchLen === 0) return;
      const buf = new Uint8Array(batchLen);
      let o = 0;
      for (const l of batch) {
        buf.set(l, o);
        o += l.length;
        buf[o++] = NL;
      }
      this.#writeBytes(buf);
      batch = [];
      batchLen = 0;
    };
    for (const line of lines) {
      const need = line.length + 1;
      if (this.#size + batchLen + need > this.#limits.maxBytes && this.#size + batchLen > 0) {
        flush();
        this.#rotate();
      }
      batch.push(line);
      batchLen += need;
      this.#onLine?.(line);
    }
    flush();
  }

  #writeBytes(buf: Uint8Array): void {
    if (this.#fd === undefined) this.#open();
    if (this.#fd === undefined) return;
    try {
      let o = 0;
      while (o < buf.length) o += writeSync(this.#fd, buf, o, buf.length - o);
      this.#size += buf.length;
    } catch {
      // Disk full or file gone: these lines are dropped; the next write reopens.
      try {
        closeSync(this.#fd);
      } catch { /* already closed */ }
      this.#fd = undefined;
    }
  }

  #rotate(): void {
    if (this.#fd !== undefined) {
      try {
        closeSync(this.#fd);
      } catch { /* already closed */ }
      this.#fd = undefined;
    }
    rotateFiles(this.path, this.#limits.maxFiles);
    this.#open();
  }

  /** Writes a final unterminated line (EOF) and closes the file. Idempotent. */
  close(): void {
    if (this.#closed) return;
    if (this.#partialLen > 0) this.#write([this.#takePartial()]);
    this.#closed = true;
    if (this.#fd !== undefined) {
      try {
        closeSync(this.#fd);
      } catch { /* already closed */ }
      this.#fd = undefined;
    }
  }
}

/** Shifts `path.N-1` → `path.N` … `path` → `path.1`, dropping what falls off. */
function rotateFiles(path: string, maxFiles: number): void {
  if (maxFiles <= 1) {
    try {
      const fd = openSync(path, "r+");
      try {
        ftruncateSync(fd, 0);
      } finally {
        closeSync(fd);
      }
    } catch { /* missing */ }
    return;
  }
  try {
    rmSync(`${path}.${maxFiles - 1}`, { force: true });
  } catch { /* ignore */ }
  for (let i = maxFiles - 2; i >= 1; i--) {
    try {
      renameSync(`${path}.${i}`, `${path}.${i + 1}`);
    } catch { /* missing */ }
  }
  try {
    renameSync(path, `${path}.1`);
  } catch { /* missing */ }
}

/**
 * Truncates a log file (no create) and removes its rotated siblings.
 *
 * @param path the live file
 * @param maxFiles how many files rotation keeps
 * @returns true when the file was truncated or did not exist (upstream's "flushed")
 */
export function truncateLog(path: string, maxFiles: number): boolean {
  let ok = false;
  try {
    const fd = openSync(path, "r+");
    try {
      ftruncateSync(fd, 0);
      ok = true;
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") ok = true;
  }
  for (let i = 1; i < Math.max(maxFiles, 2) + 8; i++) {
    try {
      rmSync(`${path}.${i}`, { force: true });
    } catch { /* ignore */ }
  }
  return ok;
}

const decoder = new TextDecoder();

function fileLines(path: string): string[] {
  let text: string;
  try {
    text = decoder.decode(readFileSync(path));
  } catch {
    return [];
  }
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * The last `n` lines of a stream: the live file, topped up from the newest rotated file
 * when the live one has fewer lines.
 */
export function tailLines(path: string, n: number): string[] {
  let lines = fileLines(path);
  if (lines.length < n) lines = [...fileLines(`${path}.1`), ...lines];
  return lines.slice(Math.max(0, lines.length - n));
}

const encoder = new TextEncoder();

/** Cuts `s` to at most `max` UTF-8 bytes at a character boundary. */
function utf8Prefix(s: string, max: number): string {
  const b = encoder.encode(s);
  if (b.length <= max) return s;
  let end = max;
  while (end > 0 && (b[end]! & 0xc0) === 0x80) end--;
  return decoder.decode(b.subarray(0, end));
}

/**
 * Upstream's SERVICE_LOGS text: `[stdout] <line>` for the last `lines` stdout lines, then
 * `[stderr] <line>` for the last `lines` stderr lines, within a 65536-byte budget (a line
 * longer than the room left, or than 4096 bytes, is cut and marked `...(truncated)`).
 *
 * @param paths the two log files
 * @param lines lines per stream (0 = 100)
 * @returns the reply text
 */
export function formatLogs(paths: { out: string; err: string }, lines: number): string {
  const n = lines === 0 ? 100 : lines;
  let remaining = LOG_REPLY_BUDGET;
  let text = "";
  const emit = (prefix: string, line: string): boolean => {
    if (remaining <= 10) return false;
    const room = Math.min(remaining - 10, 4096);
    let body = line;
    if (encoder.encode(line).length > room) {
      body = utf8Prefix(line, Math.max(0, room - 14)) + "...(truncated)";
    }
    const piece = `${prefix} ${body}\n`;
    text += piece;
    remaining -= encoder.encode(piece).length;
    return true;
  };
  for (const l of tailLines(paths.out, n)) if (!emit("[stdout]", l)) return text;
  for (const l of tailLines(paths.err, n)) if (!emit("[stderr]", l)) return text;
  return text;
}

/**
 * Where the `rp` commands write and how: the I/O the CLI runs with, the per-run context,
 * JSON and text output, aligned tables, and the one colour helper (`paint`).
 *
 * @module
 */
import type { DaemonClientOptions } from "../client/daemon_client.ts";
import { DaemonError, RunningProcessError } from "../errors.ts";
import type { Parsed } from "./args.ts";

/**
 * Where the CLI writes: `write` takes text or raw bytes; `isTTY` enables colours (unless
 * `NO_COLOR` is set).
 *
 * @example
 * ```ts
 * import type { CliWriter } from "./main.ts";
 * const chunks: (string | Uint8Array)[] = [];
 * const w: CliWriter = { write: (c) => void chunks.push(c), isTTY: false };
 * ```
 */
export interface CliWriter {
  /** Writes a chunk; may return a promise that settles once it is flushed. */
  write(chunk: string | Uint8Array): void | Promise<void>;
  /** True when this is a terminal. */
  readonly isTTY?: boolean;
  /** Terminal columns, when a terminal. */
  readonly columns?: number;
  /** Terminal rows, when a terminal. */
  readonly rows?: number;
}

/**
 * The CLI's input, used by `attach` on PTY sessions: raw byte chunks, and raw mode when it
 * is a terminal.
 *
 * @example
 * ```ts
 * import type { CliReader } from "./main.ts";
 * const keys: CliReader = {
 *   isTTY: false,
 *   async *[Symbol.asyncIterator]() {
 *     yield new TextEncoder().encode("exit\n");
 *   },
 * };
 * ```
 */
export interface CliReader extends AsyncIterable<Uint8Array> {
  /** True when this is a terminal. */
  readonly isTTY?: boolean;
  /** Switches terminal raw mode (only called when `isTTY`). */
  setRawMode?(on: boolean): unknown;
}

/**
 * The CLI's surroundings; everything is optional and defaults to the real process.
 *
 * @example
 * ```ts
 * import type { CliIO } from "./main.ts";
 * const ac = new AbortController();
 * const io: CliIO = { stdout: { write: () => {} }, env: {}, signal: ac.signal };
 * ```
 */
export interface CliIO {
  /** Standard output (default: the process's). */
  stdout?: CliWriter;
  /** Standard error (default: the process's). */
  stderr?: CliWriter;
  /** Standard input for PTY `attach` (default: the process's when `stdout` is the default; else none). */
  stdin?: CliReader;
  /** Environment (default: the process's). Used for `NO_COLOR`, `TERM` and `spawn`. */
  env?: Record<string, string | undefined>;
  /** Working directory for `spawn` (default: the process's). */
  cwd?: string;
  /** Stops `serve` and `attach` (default: SIGINT/SIGTERM for `serve`). */
  signal?: AbortSignal;
  /** Subscribes to terminal size changes for PTY `attach`; returns an unsubscribe function. */
  onResize?(listener: () => void): () => void;
}

/** What a command runs with: the I/O, output mode, parsed flags and arguments, connect options. */
export interface Ctx {
  io: Required<Pick<CliIO, "stdout" | "stderr" | "env" | "cwd">> & CliIO;
  json: boolean;
  color: boolean;
  flags: Parsed["flags"];
  args: string[];
  clientOptions: DaemonClientOptions;
}

/** `JSON.stringify` replacer: bigints as numbers when safe (else strings), bytes as text. */
export function jsonReplacer(_key: string, v: unknown): unknown {
  if (typeof v === "bigint") return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : String(v);
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return v;
}

/** Writes `text` to stdout. */
export async function out(ctx: Ctx, text: string | Uint8Array): Promise<void> {
  await ctx.io.stdout.write(text);
}

/** Writes `value` as one JSON line to stdout. */
export async function outJson(ctx: Ctx, value: unknown): Promise<void> {
  await out(ctx, JSON.stringify(value, jsonReplacer) + "\n");
}

/**
 * `s` in the ANSI colour `code` when `on` (see {@link colorOn}; a command's own stdout
 * colour is `ctx.color`), else `s` unchanged.
 */
export function paint(on: boolean, code: string, s: string): string {
  return on ? `\x1b[${code}m${s}\x1b[0m` : s;
}

/** Aligned columns; the last column is not padded. */
export function table(ctx: Ctx, header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[], style?: (s: string, i: number) => string) =>
    cells.map((c, i) => {
      const padded = i === cells.length - 1 ? c : c.padEnd(widths[i]);
      return style ? style(padded, i) : padded;
    }).join("  ").trimEnd() + "\n";
  return line(header, (s) => paint(ctx.color, "1", s)) + rows.map((r) => line(r)).join("");
}

/** Aligned `key  value` lines, keys in bold when colour is on. */
export function keyValues(ctx: Ctx, pairs: [string, string][]): string {
  const w = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${paint(ctx.color, "1", k.padEnd(w))}  ${v}\n`).join("");
}

/** A 64-bit value as a number (for display). */
export function num(v: number | bigint): number {
  return typeof v === "bigint" ? Number(v) : v;
}

/** Colour on `w`: only on a terminal, and never with `NO_COLOR`. */
export function colorOn(ctx: Ctx, w: CliWriter): boolean {
  return w.isTTY === true && !ctx.io.env.NO_COLOR;
}

/**
 * The `--json` form of an error: one object with `code` (the error's, `ERROR` for an
 * untyped one) and `message`, plus `status` for a daemon error.
 *
 * @param e the error
 * @param message the message to show
 * @returns the object to print
 */
export function errorObject(e: unknown, message: string): Record<string, unknown> {
  const code = e instanceof RunningProcessError ? e.code : "ERROR";
  const o: Record<string, unknown> = { code, message };
  if (e instanceof DaemonError) o.status = e.statusName;
  return o;
}

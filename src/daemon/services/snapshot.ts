/**
 * SERVICE_SAVE / SERVICE_RESURRECT (docs/PROTOCOL.md#services): a JSON snapshot of every
 * service row at `<dbdir>/services.snapshot.json`, written atomically (temp file, fsync,
 * rename) in upstream's layout (serde_json pretty form, keys in column order, floats with a
 * fraction), and read back strictly: every field is required, unknown keys are ignored, and
 * errors name the file.
 *
 * @example
 * ```ts
 * import { renderSnapshot } from "./snapshot.ts";
 * console.log(renderSnapshot([], 0)); // {"version": 1, "saved_at_ms": 0, "services": []} (pretty)
 * ```
 *
 * @module
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { errorText } from "../store/sqlite.ts";
import type { ServiceRow } from "../store/services_table.ts";
import { ServiceError, type Supervisor } from "./supervisor.ts";

/** The only snapshot version. */
export const SNAPSHOT_VERSION = 1;

/** A float that must print with a fraction (`0.0`), as serde_json does. */
class Float {
  constructor(readonly value: number) {}
}

function render(v: unknown, indent: string): string {
  if (v instanceof Float) {
    return Number.isInteger(v.value) && Math.abs(v.value) < 1e16 ? `${v.value}.0` : String(v.value);
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    const inner = indent + "  ";
    return `[\n${v.map((x) => inner + render(x, inner)).join(",\n")}\n${indent}]`;
  }
  if (typeof v === "object" && v !== null) {
    const entries = Object.entries(v);
    if (entries.length === 0) return "{}";
    const inner = indent + "  ";
    return `{\n${
      entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${render(x, inner)}`).join(",\n")
    }\n${indent}}`;
  }
  return JSON.stringify(v);
}

/**
 * The snapshot text of `rows` (upstream's key order, 2-space indent, no trailing newline).
 *
 * @param rows service rows in id order
 * @param savedAtMs the save time
 * @returns the JSON text
 */
export function renderSnapshot(rows: ServiceRow[], savedAtMs: number): string {
  return render({
    version: SNAPSHOT_VERSION,
    saved_at_ms: savedAtMs,
    services: rows.map((r) => ({
      id: r.id,
      name: r.name,
      cmd: r.cmd,
      cwd: r.cwd,
      env: r.env,
      autorestart: r.autorestart,
      max_restarts: r.maxRestarts,
      restart_delay_ms: r.restartDelayMs,
      kill_timeout_ms: r.killTimeoutMs,
      min_uptime_ms: r.minUptimeMs,
      status: r.status,
      pid: r.pid,
      restart_count: r.restartCount,
      last_started_at: new Float(r.lastStartedAt),
      last_exited_at: new Float(r.lastExitedAt),
      last_exit_code: r.lastExitCode,
    })),
  }, "");
}

/**
 * SERVICE_SAVE: writes the snapshot of every row.
 *
 * @returns the snapshot path and the number of services
 * @throws {ServiceError} `service db error: snapshot … failed …`
 */
export function saveSnapshot(sup: Supervisor): { path: string; count: number } {
  const rows = sup.list();
  const path = sup.snapshotPath;
  const tmp = `${path}.tmp`;
  const text = renderSnapshot(rows, Date.now());
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (e) {
    throw ServiceError.db(`snapshot mkdir failed: ${errorText(e)}`, e);
  }
  try {
    rmSync(tmp, { force: true });
  } catch { /* best effort */ }
  let fd: number;
  try {
    fd = openSync(tmp, "w", 0o600);
  } catch (e) {
    throw ServiceError.db(`snapshot tmp open failed (${tmp}): ${errorText(e)}`, e);
  }
  try {
    const bytes = new TextEncoder().encode(text);
    let o = 0;
    while (o < bytes.length) o += writeSync(fd, bytes, o, bytes.length - o);
    try {
      fsyncSync(fd);
    } catch { /* ignored, as upstream */ }
  } catch (e) {
    throw ServiceError.db(`snapshot write failed: ${errorText(e)}`, e);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (e) {
    throw ServiceError.db(`snapshot rename failed (${tmp} -> ${path}): ${errorText(e)}`, e);
  }
  return { path, count: rows.length };
}

/** One parsed snapshot entry. */
export interface SnapshotEntry {
  /** Saved id (0 = assign). */
  id: number;
  /** Name. */
  name: string;
  /** argv. */
  cmd: string[];
  /** cwd. */
  cwd: string;
  /** env pairs. */
  env: [string, string][];
  /** Autorestart flag. */
  autorestart: boolean;
  /** Crash limit. */
  maxRestarts: number;
  /** Base backoff. */
  restartDelayMs: number;
  /** Stop grace. */
  killTimeoutMs: number;
  /** Stable-run threshold. */
  minUptimeMs: number;
  /** Status when saved. */
  status: string;
}

const isU32 = (v: unknown) =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0xffffffff;

/**
 * Parses snapshot text strictly (every field required, right types; unknown keys ignored).
 *
 * @param text the file content
 * @returns the version and entries, or an error text
 */
export function parseSnapshot(
  text: string,
): { version: number; entries: SnapshotEntry[] } | string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return errorText(e);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    return "expected a JSON object at the top level";
  }
  const d = doc as Record<string, unknown>;
  if (!("version" in d)) return "missing field `version`";
  if (!isU32(d.version)) return "invalid type for `version`: expected u32";
  if (!("saved_at_ms" in d)) return "missing field `saved_at_ms`";
  if (!Number.isInteger(d.saved_at_ms) || (d.saved_at_ms as number) < 0) {
    return "invalid type for `saved_at_ms`: expected u64";
  }
  if (!("services" in d)) return "missing field `services`";
  if (!Array.isArray(d.services)) return "invalid type for `services`: expected a sequence";
  const entries: SnapshotEntry[] = [];
  const spec: [string, (v: unknown) => boolean, string][] = [
    ["id", isU32, "u32"],
    ["name", (v) => typeof v === "string", "a string"],
    ["cmd", (v) => Array.isArray(v) && v.every((x) => typeof x === "string"), "a list of strings"],
    ["cwd", (v) => typeof v === "string", "a string"],
    [
      "env",
      (v) =>
        Array.isArray(v) &&
        v.every((p) =>
          Array.isArray(p) && p.length === 2 && typeof p[0] === "string" &&
          typeof p[1] === "string"
        ),
      "a list of [key, value] string pairs",
    ],
    ["autorestart", (v) => typeof v === "boolean", "a boolean"],
    ["max_restarts", isU32, "u32"],
    ["restart_delay_ms", isU32, "u32"],
    ["kill_timeout_ms", isU32, "u32"],
    ["min_uptime_ms", isU32, "u32"],
    ["status", (v) => typeof v === "string", "a string"],
    ["pid", isU32, "u32"],
    ["restart_count", isU32, "u32"],
    ["last_started_at", (v) => typeof v === "number", "a number"],
    ["last_exited_at", (v) => typeof v === "number", "a number"],
    ["last_exit_code", (v) => Number.isInteger(v), "i32"],
  ];
  for (const [i, s] of (d.services as unknown[]).entries()) {
    if (typeof s !== "object" || s === null || Array.isArray(s)) {
      return `services[${i}]: expected an object`;
    }
    const r = s as Record<string, unknown>;
    for (const [k, ok, what] of spec) {
      if (!(k in r)) return `services[${i}]: missing field \`${k}\``;
      if (!ok(r[k])) return `services[${i}]: invalid type for \`${k}\`: expected ${what}`;
    }
    entries.push({
      id: r.id as number,
      name: r.name as string,
      cmd: r.cmd as string[],
      cwd: r.cwd as string,
      env: r.env as [string, string][],
      autorestart: r.autorestart as boolean,
      maxRestarts: r.max_restarts as number,
      restartDelayMs: r.restart_delay_ms as number,
      killTimeoutMs: r.kill_timeout_ms as number,
      minUptimeMs: r.min_uptime_ms as number,
      status: r.status as string,
    });
  }
  return { version: d.version as number, entries };
}

/**
 * SERVICE_RESURRECT: re-creates the snapshot's definitions and starts the entries saved as
 * `online` that are not already running.
 *
 * @returns the number of definitions restored, and of services started
 * @throws {ServiceError} NOT_FOUND (no snapshot), INVALID_CONFIG (bad file), DB
 */
export async function resurrect(sup: Supervisor): Promise<{ restored: number; started: number }> {
  const path = sup.snapshotPath;
  sup.table(); // a broken database fails before the file is read
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") {
      throw ServiceError.notFound(`no snapshot found at ${path}`);
    }
    throw ServiceError.db(`snapshot read failed (${path}): ${errorText(e)}`, e);
  }
  const parsed = parseSnapshot(text);
  if (typeof parsed === "string") {
    throw ServiceError.invalid(`snapshot at ${path} is not valid JSON: ${parsed}`);
  }
  if (parsed.version !== SNAPSHOT_VERSION) {
    throw ServiceError.invalid(
      `snapshot version ${parsed.version} is not supported (expected ${SNAPSHOT_VERSION})`,
    );
  }
  let restored = 0;
  let started = 0;
  for (const e of parsed.entries) {
    const wasLive = sup.isLive(e.name);
    if (await sup.restore({ ...e, online: e.status === "online" })) {
      restored++;
      if (!wasLive && sup.isLive(e.name)) started++;
    }
  }
  return { restored, started };
}

/**
 * The earlier registry file format, a JSON document (`tracked-pids<suffix>.json`), which the
 * registry imports once into its database: validation of the document and of each entry.
 *
 * @module
 */
import type { TrackedEntry } from "./tracked_entry.ts";

/** The `format` value of the registry file. */
export const REGISTRY_FILE_FORMAT = "running-process-ts/tracked-pids";
/** The `version` of the registry file this code writes and reads. */
export const REGISTRY_FILE_VERSION = 1;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function nullableInt(v: unknown): v is number | null {
  return v === null || (Number.isInteger(v) && (v as number) >= 0);
}

/** Validates one stored entry; returns it or a reason. */
function parseEntry(v: unknown, i: number): TrackedEntry | string {
  if (!isObj(v)) return `processes[${i}] is not an object`;
  const { pid, createdAt, registeredAt, startTicks, parentPid, parentStartTicks } = v;
  if (!Number.isInteger(pid) || (pid as number) <= 0 || (pid as number) > 0xffffffff) {
    return `processes[${i}].pid is not a positive integer`;
  }
  for (const k of ["kind", "command", "cwd", "originator", "containment", "bootId"]) {
    if (typeof v[k] !== "string") return `processes[${i}].${k} is not a string`;
  }
  if (typeof createdAt !== "number" || typeof registeredAt !== "number") {
    return `processes[${i}] has a non-numeric time`;
  }
  if (!nullableInt(startTicks) || !nullableInt(parentStartTicks) || !nullableInt(parentPid)) {
    return `processes[${i}] has an invalid start time or parent`;
  }
  return {
    pid: pid as number,
    createdAt,
    kind: v.kind as string,
    command: v.command as string,
    cwd: v.cwd as string,
    originator: v.originator as string,
    containment: v.containment as string,
    registeredAt,
    bootId: v.bootId as string,
    startTicks: startTicks as number | null,
    parentPid: (parentPid as number | null) ?? 0,
    parentStartTicks: parentStartTicks as number | null,
  };
}

/** Parses the file text; returns the entries or the reason it is unusable. */
export function parseFile(text: string): TrackedEntry[] | string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return `invalid JSON (${(e as Error).message})`;
  }
  if (!isObj(doc) || doc.format !== REGISTRY_FILE_FORMAT) return "not a tracked-pids file";
  if (doc.version !== REGISTRY_FILE_VERSION) return `unsupported version ${String(doc.version)}`;
  if (!Array.isArray(doc.processes)) return "processes is not an array";
  const out: TrackedEntry[] = [];
  for (let i = 0; i < doc.processes.length; i++) {
    const e = parseEntry(doc.processes[i], i);
    if (typeof e === "string") return e;
    out.push(e);
  }
  return out;
}

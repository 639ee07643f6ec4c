/**
 * Small run-time helpers shared by the generated codecs in `proto_gen/daemon_pb.ts`:
 * the codec registry type, map-entry insertion, and the proto3 JSON mapping primitives
 * (64-bit integers as strings, bytes as base64, enums as names).
 *
 * @example
 * ```ts
 * import { base64Encode, base64Decode } from "./pbruntime.ts";
 * const b64 = base64Encode(new Uint8Array([1, 2, 3])); // "AQID"
 * console.log(base64Decode(b64, "x")); // Uint8Array [1, 2, 3]
 * ```
 *
 * @module
 */
import { RunningProcessError } from "./error_base.ts";
import type { Int64 } from "./wire.ts";

/** A generated message codec, as listed in the generated `MESSAGES` registry. */
export interface MessageCodec<T, I = T> {
  /** Fully qualified protobuf name, e.g. `running_process.daemon.v1.DaemonRequest`. */
  readonly typeName: string;
  /** Encodes into an owned `Uint8Array`. */
  encode(message: I): Uint8Array;
  /** Decodes from bytes (bytes fields are views into `bytes`). */
  decode(bytes: Uint8Array): T;
  /** proto3 JSON mapping. */
  toJson(message: I): Record<string, unknown>;
  /** Parses the proto3 JSON mapping. */
  fromJson(json: unknown): T;
  /** A message with every field at its default. */
  create(): T;
}

/** A JSON value handed to a `fromJson*` function that does not fit the schema. */
export class JsonMappingError extends RunningProcessError {
  /** Stable code. */
  declare readonly code: "INVALID_JSON";
  /** Where in the JSON document the problem is, e.g. `DaemonRequest.id`. */
  readonly path: string;
  /** Creates the error: `path` locates the value in the JSON document. */
  constructor(path: string, message: string) {
    super("INVALID_JSON", `${path}: ${message}`);
    this.name = "JsonMappingError";
    this.path = path;
  }
}

/** The shared empty `bytes` default (never mutate it). */
export const EMPTY_BYTES: Uint8Array = new Uint8Array(0);

/** Sets a map entry, also for keys such as `__proto__` that plain assignment would misuse. */
export function setMapEntry<V>(map: { [key: string]: V }, key: string, value: V): void {
  if (key === "__proto__") {
    Object.defineProperty(map, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else map[key] = value;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) t[B64.charCodeAt(i)] = i;
  t["-".charCodeAt(0)] = 62;
  t["_".charCodeAt(0)] = 63;
  return t;
})();

/** Standard base64 with padding. */
export function base64Encode(b: Uint8Array): string {
  let s = "";
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    s += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  if (i < b.length) {
    const n = (b[i] << 16) | ((i + 1 < b.length ? b[i + 1] : 0) << 8);
    s += B64[n >> 18] + B64[(n >> 12) & 63];
    s += i + 1 < b.length ? B64[(n >> 6) & 63] + "=" : "==";
  }
  return s;
}

/** Decodes standard or URL-safe base64, padded or not. */
export function base64Decode(s: string, path: string): Uint8Array {
  let end = s.length;
  while (end > 0 && s[end - 1] === "=") end--;
  if (end % 4 === 1) throw new JsonMappingError(path, "invalid base64 length");
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c] : -1;
    if (v < 0) throw new JsonMappingError(path, `invalid base64 character at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

function typeError(path: string, want: string, v: unknown): never {
  throw new JsonMappingError(path, `expected ${want}, got ${JSON.stringify(v) ?? typeof v}`);
}

/** A JSON object (not null, not an array). */
export function jsonObject(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) typeError(path, "an object", v);
  return v as Record<string, unknown>;
}

/** A JSON array. */
export function jsonArray(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) typeError(path, "an array", v);
  return v;
}

/** A JSON string. */
export function jsonString(v: unknown, path: string): string {
  if (typeof v !== "string") typeError(path, "a string", v);
  return v;
}

/** A JSON bool. */
export function jsonBool(v: unknown, path: string): boolean {
  if (typeof v !== "boolean") typeError(path, "a boolean", v);
  return v;
}

/** base64 bytes. */
export function jsonBytes(v: unknown, path: string): Uint8Array {
  return base64Decode(jsonString(v, path), path);
}

/** A 32-bit integer given as a number or a decimal string; `unsigned` selects the range. */
export function jsonInt32(v: unknown, path: string, unsigned: boolean): number {
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isInteger(n)) typeError(path, "an integer", v);
  const ok = unsigned ? n >= 0 && n <= 0xffffffff : n >= -0x80000000 && n <= 0x7fffffff;
  if (!ok) throw new JsonMappingError(path, `${n} is out of range for ${unsigned ? "u" : ""}int32`);
  return n;
}

/** A 64-bit integer given as a number or a decimal string. */
export function jsonInt64(v: unknown, path: string, unsigned: boolean): Int64 {
  let b: bigint;
  if (typeof v === "number") {
    if (!Number.isInteger(v)) typeError(path, "an integer", v);
    b = BigInt(v);
  } else if (typeof v === "string" && /^-?\d+$/.test(v.trim())) {
    b = BigInt(v.trim());
  } else typeError(path, "an integer or a decimal string", v);
  const min = unsigned ? 0n : -(1n << 63n);
  const max = unsigned ? (1n << 64n) - 1n : (1n << 63n) - 1n;
  if (b < min || b > max) {
    throw new JsonMappingError(path, `${b} is out of range for ${unsigned ? "u" : ""}int64`);
  }
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** A float/double: a number, a numeric string, or "NaN" / "Infinity" / "-Infinity". */
export function jsonDouble(v: unknown, path: string): number {
  if (typeof v === "number") return v;
  if (v === "NaN") return NaN;
  if (v === "Infinity") return Infinity;
  if (v === "-Infinity") return -Infinity;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  typeError(path, "a number", v);
}

/** A double in JSON form: non-finite values become strings. */
export function doubleToJson(v: number): number | string {
  if (Number.isFinite(v)) return v;
  return Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
}

/** An enum given as its value name or number. */
export function jsonEnum(
  values: { readonly [name: string]: number | string },
  v: unknown,
  path: string,
): number {
  if (typeof v === "number") return jsonInt32(v, path, false);
  if (typeof v === "string") {
    const n = values[v];
    if (typeof n === "number") return n;
    throw new JsonMappingError(path, `unknown enum value "${v}"`);
  }
  typeError(path, "an enum name or number", v);
}

/** An enum number in JSON form: its name when known, the number otherwise. */
export function enumToJson(
  values: { readonly [value: number]: string | number },
  v: number,
): string | number {
  const name = values[v];
  return typeof name === "string" ? name : v;
}

/** A 64-bit integer in JSON form (a decimal string). */
export function int64ToJson(v: Int64): string {
  return String(v);
}

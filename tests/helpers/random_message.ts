/**
 * Test helpers for the protocol layer: a seeded PRNG, a schema-driven random instance
 * generator producing `XInit` values in our representation, a canonical normaliser for
 * comparing decoded values, and converters to/from the protobufjs object form.
 *
 * The schema is read at run time from `proto_gen/daemon.proto` and parsed with our own
 * `parseProto`, so every message of the schema is covered without a hand-written list.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import {
  type EnumDef,
  type FieldDef,
  type MessageDef,
  parseProto,
  type ProtoFile,
} from "../../proto_gen/parser.ts";
import { jsonName } from "../../proto_gen/generate.ts";
import type { Int64 } from "../../src/wire.ts";

// ---------------------------------------------------------------------------------------------
// Schema

/** The parsed daemon schema. */
export const SCHEMA: ProtoFile = parseProto(
  readFileSync(new URL("../../proto_gen/daemon.proto", import.meta.url), "utf8"),
);

/** The raw schema text (for protobufjs). */
export const SCHEMA_TEXT: string = readFileSync(
  new URL("../../proto_gen/daemon.proto", import.meta.url),
  "utf8",
);

const MESSAGE_DEFS = new Map<string, MessageDef>(SCHEMA.messages.map((m) => [m.name, m]));
const ENUM_DEFS = new Map<string, EnumDef>(SCHEMA.enums.map((e) => [e.name, e]));

/** Fully qualified name of a message (`running_process.daemon.v1.X`). */
export function fullName(name: string): string {
  return SCHEMA.package ? `${SCHEMA.package}.${name}` : name;
}

/** Short name of a fully qualified message name. */
export function shortName(full: string): string {
  const i = full.lastIndexOf(".");
  return i < 0 ? full : full.slice(i + 1);
}

/** The definition of a message by short or fully qualified name. */
export function messageDef(name: string): MessageDef {
  const m = MESSAGE_DEFS.get(shortName(name));
  if (!m) throw new Error(`unknown message ${name}`);
  return m;
}

/** The definition of an enum by short name. */
export function enumDef(name: string): EnumDef {
  const e = ENUM_DEFS.get(name);
  if (!e) throw new Error(`unknown enum ${name}`);
  return e;
}

const SIXTY_FOUR = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);
const UNSIGNED_64 = new Set(["uint64", "fixed64"]);
const UNSIGNED_32 = new Set(["uint32", "fixed32"]);
const SIGNED_32 = new Set(["int32", "sint32", "sfixed32"]);

/** Whether a scalar type is a 64-bit integer. */
export function is64(type: string): boolean {
  return SIXTY_FOUR.has(type);
}

// ---------------------------------------------------------------------------------------------
// PRNG

/**
 * A small seeded PRNG (sfc32 seeded through splitmix32). Deterministic across runtimes; no
 * `Math.random` anywhere in the tests.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** The seed this generator was created with. */
  readonly seed: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    let s = this.seed;
    const split = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A uniformly random unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** An integer in [lo, hi] (inclusive). */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** A random element. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** A random unsigned 64-bit bigint. */
  u64(): bigint {
    return (BigInt(this.u32()) << 32n) | BigInt(this.u32());
  }

  /** `n` random bytes. */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const v = this.u32();
      out[i] = v;
      out[i + 1] = v >>> 8;
      out[i + 2] = v >>> 16;
      out[i + 3] = v >>> 24;
    }
    for (; i < n; i++) out[i] = this.u32();
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Edge values

/** Converts a bigint to our canonical {@link Int64} (number when safe). */
export function canonicalInt64(v: Int64): Int64 {
  if (typeof v === "number") return v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Interesting uint32 values. */
export const UINT32_EDGES: readonly number[] = [
  0,
  1,
  2,
  127,
  128,
  255,
  256,
  16383,
  16384,
  2097151,
  2097152,
  268435455,
  268435456,
  2147483647,
  2147483648,
  4294967294,
  4294967295,
];

/** Interesting int32 values. */
export const INT32_EDGES: readonly number[] = [
  0,
  1,
  -1,
  2,
  -2,
  127,
  128,
  -128,
  -129,
  16383,
  16384,
  2147483647,
  -2147483648,
  -2147483647,
  1000000,
  -1000000,
];

/** Interesting uint64 values (canonical form). */
export const UINT64_EDGES: readonly Int64[] = [
  0n,
  1n,
  127n,
  128n,
  16383n,
  16384n,
  2147483647n,
  2147483648n,
  4294967295n,
  4294967296n,
  34359738367n,
  34359738368n,
  1700000000000n,
  (1n << 53n) - 1n,
  1n << 53n,
  (1n << 53n) + 1n,
  (1n << 56n) - 1n,
  1n << 56n,
  (1n << 63n) - 1n,
  1n << 63n,
  (1n << 63n) + 1n,
  (1n << 64n) - 2n,
  (1n << 64n) - 1n,
].map(canonicalInt64);

/** Interesting int64 values (canonical form). */
export const INT64_EDGES: readonly Int64[] = [
  0n,
  1n,
  -1n,
  127n,
  128n,
  -128n,
  2147483647n,
  -2147483648n,
  4294967295n,
  -4294967296n,
  (1n << 53n) - 1n,
  -((1n << 53n) - 1n),
  1n << 53n,
  -(1n << 53n),
  (1n << 53n) + 1n,
  -((1n << 53n) + 1n),
  (1n << 63n) - 1n,
  -(1n << 63n),
  -(1n << 63n) + 1n,
].map(canonicalInt64);

/** Interesting doubles (no −0, see {@link normalize}; NaN compares equal under SameValue). */
export const DOUBLE_EDGES: readonly number[] = [
  0,
  1,
  -1,
  0.5,
  -1.5,
  1700000000.123456,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2.2250738585072014e-308,
  Number.EPSILON,
  Number.MAX_SAFE_INTEGER,
  2 ** 64,
  Infinity,
  -Infinity,
  NaN,
  1e-300,
  123456789.987654321,
];

const UNICODE_PIECES: readonly string[] = [
  "a",
  "Z",
  " ",
  "0",
  "\n",
  "\t",
  "\u0000",
  "\u007f",
  "é",
  "ß",
  "\u0080",
  "\u07ff",
  "\u0800",
  "中",
  "文",
  "\uffff",
  "\ufffd",
  "\ufeff",
  "😀",
  "🚀",
  "👍🏽",
  "\u{10ffff}",
  "\u{10000}",
  "𝄞",
  "नमस्ते",
  "🏳️‍🌈",
];

/** A random string: empty, ASCII, multi-byte/emoji, or long. Always valid UTF-16 (no lone surrogates). */
export function randomString(rng: Rng, opts: GenOptions = {}): string {
  const r = rng.float();
  if (r < 0.15) return "";
  if (r < 0.45) {
    const n = rng.range(1, 24);
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(rng.range(0x20, 0x7e));
    return s;
  }
  if (r < 0.8) {
    const n = rng.range(1, 20);
    let s = "";
    for (let i = 0; i < n; i++) s += rng.pick(UNICODE_PIECES);
    return s;
  }
  if (r < 0.97) {
    // Long enough that the length prefix needs two bytes (and ASCII strings > 32 bytes).
    const n = rng.range(33, 600);
    let s = "";
    const uni = rng.chance(0.5);
    for (let i = 0; i < n; i++) {
      s += uni && rng.chance(0.2)
        ? rng.pick(UNICODE_PIECES)
        : String.fromCharCode(rng.range(0x20, 0x7e));
    }
    return s;
  }
  if (opts.large !== false && rng.chance(0.5)) {
    // Rare: long enough for a 3-byte length prefix (≥ 16384 bytes).
    const base = rng.chance(0.5) ? "xyz-0123456789 " : "é中😀a";
    const reps = rng.range(Math.ceil(16384 / base.length), Math.ceil(40000 / base.length));
    return base.repeat(reps);
  }
  return "x".repeat(rng.range(100, 2000));
}

/** Random bytes: empty, short, medium, or (rarely) up to ~100 KB. */
export function randomBytes(rng: Rng, opts: GenOptions = {}): Uint8Array {
  const r = rng.float();
  if (r < 0.2) return new Uint8Array(0);
  if (r < 0.7) return rng.bytes(rng.range(1, 16));
  if (r < 0.95) return rng.bytes(rng.range(17, 400));
  if (r < 0.99 || opts.large === false) return rng.bytes(rng.range(400, 5000));
  return rng.bytes(rng.range(16384, 100 * 1024));
}

/** A random value of a scalar type (64-bit as canonical {@link Int64}, sometimes as bigint). */
export function randomScalar(rng: Rng, type: string, opts: GenOptions = {}): unknown {
  switch (type) {
    case "string":
      return randomString(rng, opts);
    case "bytes":
      return randomBytes(rng, opts);
    case "bool":
      return rng.chance(0.5);
    case "double":
    case "float": {
      const v = rng.chance(0.5)
        ? rng.pick(DOUBLE_EDGES)
        : (rng.float() - 0.5) * 10 ** rng.range(-10, 20);
      if (type === "float") return Math.fround(v);
      return v;
    }
    case "uint32":
    case "fixed32":
      return rng.chance(0.5) ? rng.pick(UINT32_EDGES) : rng.u32();
    case "int32":
    case "sint32":
    case "sfixed32":
      return rng.chance(0.5) ? rng.pick(INT32_EDGES) : rng.u32() | 0;
    case "uint64":
    case "fixed64": {
      const r = rng.float();
      if (r < 0.5) return rng.pick(UINT64_EDGES);
      if (r < 0.6) return BigInt(rng.u32()); // non-canonical bigint input: encoders accept it
      if (r < 0.8) return rng.u32();
      return canonicalInt64(rng.u64() >> BigInt(rng.int(64)));
    }
    case "int64":
    case "sint64":
    case "sfixed64": {
      const r = rng.float();
      if (r < 0.5) return rng.pick(INT64_EDGES);
      if (r < 0.6) return BigInt(rng.u32() | 0);
      if (r < 0.8) return rng.u32() | 0;
      return canonicalInt64(BigInt.asIntN(64, rng.u64() >> BigInt(rng.int(64))));
    }
  }
  throw new Error(`unknown scalar ${type}`);
}

/** A random enum value: mostly declared numbers, sometimes unknown ones (open enums). */
export function randomEnum(rng: Rng, type: string): number {
  const e = enumDef(type);
  const r = rng.float();
  if (r < 0.8) return rng.pick(e.values).number;
  if (r < 0.9) return rng.pick([1000, 99, 127, 128, -1, 2147483647, -2147483648]);
  return rng.u32() | 0;
}

// ---------------------------------------------------------------------------------------------
// Random messages

/** Options of the random instance generator. */
export interface GenOptions {
  /** Probability that a singular field / oneof is set (default 0.55). */
  presence?: number;
  /** Maximum number of repeated elements / map entries (default 5). */
  maxRepeated?: number;
  /** Allow rare very large strings/bytes (default true). */
  large?: boolean;
  /** Avoid inputs that protobufjs cannot represent (the `__proto__` map key). */
  protobufjsSafe?: boolean;
  /** Probability that a set oneof member carries its default value (default 0.25). */
  oneofDefault?: number;
  /** Maximum nesting depth (default 12; the schema is not recursive). */
  maxDepth?: number;
}

const MAP_KEY_EDGES = ["", "PATH", "a b", "é", "😀", "constructor", "toString", "0", "10", "2"];

/** The default value of a singular non-message field. */
export function defaultScalar(type: string): unknown {
  if (is64(type)) return 0;
  switch (type) {
    case "string":
      return "";
    case "bytes":
      return new Uint8Array(0);
    case "bool":
      return false;
    default:
      return 0;
  }
}

function randomValue(
  rng: Rng,
  kind: "scalar" | "message" | "enum",
  type: string,
  opts: GenOptions,
  depth: number,
): unknown {
  if (kind === "message") return randomMessage(rng, type, opts, depth + 1);
  if (kind === "enum") return randomEnum(rng, type);
  return randomScalar(rng, type, opts);
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A random `XInit` for message `name` (short or fully qualified). Fields are omitted or
 * present; present fields may hold their default value.
 */
export function randomMessage(
  rng: Rng,
  name: string,
  opts: GenOptions = {},
  depth = 0,
): Record<string, unknown> {
  const m = messageDef(name);
  const presence = opts.presence ?? 0.55;
  const maxRep = opts.maxRepeated ?? 5;
  const maxDepth = opts.maxDepth ?? 12;
  const out: Record<string, unknown> = {};
  for (const f of m.fields) {
    if (f.oneof) continue;
    if (f.kind === "message" && depth >= maxDepth) continue;
    if (!rng.chance(presence)) continue;
    const prop = jsonName(f.name);
    if (f.kind === "map") {
      const map: Record<string, unknown> = {};
      const n = rng.int(maxRep + 1);
      for (let i = 0; i < n; i++) {
        let key: string;
        const r = rng.float();
        if (r < 0.3) key = rng.pick(MAP_KEY_EDGES);
        else if (r < 0.32 && !opts.protobufjsSafe) key = "__proto__";
        else key = randomString(rng, { ...opts, large: false });
        if (f.mapKey !== "string") throw new Error("only string map keys are generated");
        setOwn(map, key, randomValue(rng, f.mapValueKind!, f.mapValue!, opts, depth));
      }
      out[prop] = map;
    } else if (f.repeated) {
      const n = rng.int(maxRep + 1);
      const list: unknown[] = [];
      for (let i = 0; i < n; i++) list.push(randomValue(rng, f.kind, f.type, opts, depth));
      out[prop] = list;
    } else {
      out[prop] = randomValue(rng, f.kind, f.type, opts, depth);
    }
  }
  for (const o of m.oneofs) {
    if (!rng.chance(presence)) continue;
    const members = m.fields.filter((f) => f.oneof === o);
    const f = rng.pick(members);
    if (f.kind === "message" && depth >= maxDepth) continue;
    let value: unknown;
    if (rng.chance(opts.oneofDefault ?? 0.25)) {
      value = f.kind === "message" ? {} : f.kind === "enum" ? 0 : defaultScalar(f.type);
    } else value = randomValue(rng, f.kind as "scalar", f.type, opts, depth);
    out[jsonName(o)] = { case: jsonName(f.name), value };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

const HEX_TABLE: readonly string[] = Array.from(
  { length: 256 },
  (_, i) => i.toString(16).padStart(2, "0"),
);

/** Lower-case hex of bytes. */
export function hex(b: Uint8Array): string {
  const parts = new Array<string>(b.length);
  for (let i = 0; i < b.length; i++) parts[i] = HEX_TABLE[b[i]];
  return parts.join("");
}

/** Whether two byte arrays hold the same bytes. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A short hex excerpt for failure messages. */
export function hexHead(b: Uint8Array, max = 160): string {
  return hex(b.subarray(0, max)) + (b.length > max ? `…(${b.length} bytes)` : "");
}

/** Bytes from hex, ignoring whitespace. */
export function unhex(s: string): Uint8Array {
  const t = s.replace(/\s+/g, "");
  const out = new Uint8Array(t.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(t.slice(2 * i, 2 * i + 2), 16);
  return out;
}

class NormalizeError extends Error {}

function normScalar(type: string, v: unknown, strict: boolean, path: string): unknown {
  if (is64(type)) {
    if (typeof v !== "number" && typeof v !== "bigint") {
      throw new NormalizeError(`${path}: expected an Int64, got ${typeof v}`);
    }
    if (strict) {
      // Decoded form must be canonical: number iff safe integer.
      if (typeof v === "number" && !Number.isSafeInteger(v)) {
        throw new NormalizeError(`${path}: ${v} is a number but not a safe integer`);
      }
      if (typeof v === "bigint" && v >= -9007199254740991n && v <= 9007199254740991n) {
        throw new NormalizeError(`${path}: ${v}n should have been decoded as a number`);
      }
      const b = BigInt(v);
      const unsigned = UNSIGNED_64.has(type);
      const min = unsigned ? 0n : -(1n << 63n);
      const max = unsigned ? (1n << 64n) - 1n : (1n << 63n) - 1n;
      if (b < min || b > max) throw new NormalizeError(`${path}: ${b} out of range for ${type}`);
    }
    return `i64:${BigInt(v)}`;
  }
  switch (type) {
    case "bytes":
      if (!(v instanceof Uint8Array)) throw new NormalizeError(`${path}: expected Uint8Array`);
      return `hex:${hex(v)}`;
    case "string":
      if (typeof v !== "string") throw new NormalizeError(`${path}: expected string`);
      return v;
    case "bool":
      if (typeof v !== "boolean") throw new NormalizeError(`${path}: expected boolean`);
      return v;
    case "double":
    case "float":
      if (typeof v !== "number") throw new NormalizeError(`${path}: expected number`);
      return v;
  }
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new NormalizeError(`${path}: expected an integer, got ${String(v)}`);
  }
  if (strict) {
    if (UNSIGNED_32.has(type) && (v < 0 || v > 0xffffffff)) {
      throw new NormalizeError(`${path}: ${v} out of uint32 range`);
    }
    if (SIGNED_32.has(type) && (v < -0x80000000 || v > 0x7fffffff)) {
      throw new NormalizeError(`${path}: ${v} out of int32 range`);
    }
  }
  return v;
}

function normValue(
  kind: "scalar" | "message" | "enum",
  type: string,
  v: unknown,
  strict: boolean,
  path: string,
): unknown {
  if (kind === "message") {
    if (v === undefined || v === null) throw new NormalizeError(`${path}: missing message`);
    return normalize(type, v, strict, path);
  }
  if (kind === "enum") {
    if (typeof v !== "number" || !Number.isInteger(v)) {
      throw new NormalizeError(`${path}: expected an enum number, got ${String(v)}`);
    }
    if (strict && (v < -0x80000000 || v > 0x7fffffff)) {
      throw new NormalizeError(`${path}: enum ${v} out of int32 range`);
    }
    return v;
  }
  return normScalar(type, v, strict, path);
}

function fieldDefault(f: FieldDef): unknown {
  if (f.kind === "enum") return 0;
  return defaultScalar(f.type);
}

/**
 * A canonical, plain form of a message value (an `XInit` or a decoded `X`), suitable for
 * `assert.deepStrictEqual`: every field present (absent singular messages as `null`),
 * 64-bit integers as `"i64:<decimal>"`, bytes as `"hex:…"`, map entries sorted by key,
 * oneofs as `{ case, value }`.
 *
 * With `strict`, the value must be in decoded form: every field present with the right
 * JavaScript type (no `undefined` scalars), 64-bit integers canonical (number iff safe), no
 * unexpected properties. Use it on the output of a decoder.
 */
export function normalize(
  name: string,
  value: unknown,
  strict = false,
  path = shortName(name),
): unknown {
  const m = messageDef(name);
  if (typeof value !== "object" || value === null) {
    throw new NormalizeError(`${path}: expected an object`);
  }
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const expectedKeys = new Set<string>();
  for (const f of m.fields) {
    if (f.oneof) continue;
    const prop = jsonName(f.name);
    expectedKeys.add(prop);
    const v = obj[prop];
    const p = `${path}.${prop}`;
    if (strict && v === undefined && !(f.kind === "message" && !f.repeated)) {
      throw new NormalizeError(`${p}: missing in decoded value`);
    }
    if (f.kind === "map") {
      const map = (v ?? {}) as Record<string, unknown>;
      const keys = Object.keys(map).sort();
      out[prop] = keys.map((
        k,
      ) => [
        k,
        normValue(f.mapValueKind!, f.mapValue!, map[k], strict, `${p}[${JSON.stringify(k)}]`),
      ]);
    } else if (f.repeated) {
      const list = (v ?? []) as unknown[];
      if (!Array.isArray(list)) throw new NormalizeError(`${p}: expected an array`);
      out[prop] = list.map((e, i) =>
        normValue(f.kind as "scalar", f.type, e, strict, `${p}[${i}]`)
      );
    } else if (f.kind === "message") {
      out[prop] = v === undefined || v === null ? null : normalize(f.type, v, strict, p);
    } else {
      out[prop] = normValue(f.kind as "scalar", f.type, v ?? fieldDefault(f), strict, p);
    }
  }
  for (const o of m.oneofs) {
    const prop = jsonName(o);
    expectedKeys.add(prop);
    const v = obj[prop] as { case: string; value: unknown } | undefined;
    if (v === undefined || v === null) {
      out[prop] = null;
      continue;
    }
    const f = m.fields.find((x) => x.oneof === o && jsonName(x.name) === v.case);
    if (!f) throw new NormalizeError(`${path}.${prop}: unknown case ${String(v.case)}`);
    out[prop] = {
      case: v.case,
      value: normValue(f.kind as "scalar", f.type, v.value, strict, `${path}.${prop}.${v.case}`),
    };
  }
  // Fields kept from the wire that the schema does not know: compared as hex, in order.
  expectedKeys.add("$unknown");
  const unknown = obj.$unknown;
  if (unknown !== undefined) {
    if (!(unknown instanceof Uint8Array)) {
      throw new NormalizeError(`${path}.$unknown: expected a Uint8Array`);
    }
    out.$unknown = hex(unknown);
  }
  if (strict) {
    for (const k of Object.keys(obj)) {
      if (!expectedKeys.has(k)) throw new NormalizeError(`${path}: unexpected property ${k}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// protobufjs object form

/** Minimal structural type of the `long` package's Long (avoids a type dependency here). */
export interface LongLike {
  toString(): string;
}

/** A factory for Long values, injected by the test (the `long` package's `Long.fromString`). */
export type LongFromString = (s: string, unsigned: boolean) => LongLike;

function isDefaultScalar(type: string, v: unknown): boolean {
  if (is64(type)) return v === 0 || v === 0n;
  switch (type) {
    case "string":
      return v === "";
    case "bytes":
      return (v as Uint8Array).length === 0;
    case "bool":
      return v === false;
    default:
      return v === 0; // also true for -0, matching our encoder (and prost)
  }
}

function toPbjsValue(
  kind: "scalar" | "message" | "enum",
  type: string,
  v: unknown,
  long: LongFromString,
): unknown {
  if (kind === "message") return toProtobufjs(type, v as Record<string, unknown>, long);
  if (kind === "enum") return v;
  if (is64(type)) return long(String(v), UNSIGNED_64.has(type));
  return v;
}

/**
 * Converts one of our `XInit` values to protobufjs `fromObject` input: lowerCamelCase names,
 * 64-bit values as Long, enums as numbers, oneofs as their member field. protobufjs encodes
 * every field that is set, even to its default, so default-valued singular scalars are
 * dropped here (proto3 implicit presence); oneof members are always kept.
 */
export function toProtobufjs(
  name: string,
  value: Record<string, unknown>,
  long: LongFromString,
): Record<string, unknown> {
  const m = messageDef(name);
  const out: Record<string, unknown> = {};
  for (const f of m.fields) {
    if (f.oneof) continue;
    const prop = jsonName(f.name);
    const v = value[prop];
    if (v === undefined || v === null) continue;
    if (f.kind === "map") {
      const map = v as Record<string, unknown>;
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(map)) {
        if (k === "__proto__") throw new Error("protobufjs cannot represent the __proto__ key");
        o[k] = toPbjsValue(f.mapValueKind!, f.mapValue!, map[k], long);
      }
      out[prop] = o;
    } else if (f.repeated) {
      const list = v as unknown[];
      if (list.length) {
        out[prop] = list.map((e) => toPbjsValue(f.kind as "scalar", f.type, e, long));
      }
    } else if (f.kind === "message") {
      out[prop] = toProtobufjs(f.type, v as Record<string, unknown>, long);
    } else if (f.kind === "enum") {
      if (v !== 0) out[prop] = v;
    } else if (!isDefaultScalar(f.type, v)) {
      out[prop] = toPbjsValue("scalar", f.type, v, long);
    }
  }
  for (const o of m.oneofs) {
    const v = value[jsonName(o)] as { case: string; value: unknown } | undefined;
    if (v === undefined || v === null) continue;
    const f = m.fields.find((x) => x.oneof === o && jsonName(x.name) === v.case)!;
    out[v.case] = toPbjsValue(f.kind as "scalar", f.type, v.value, long);
  }
  return out;
}

function fromPbjsValue(kind: "scalar" | "message" | "enum", type: string, v: unknown): unknown {
  if (kind === "message") return fromProtobufjs(type, v as Record<string, unknown>);
  if (kind === "enum") return v;
  if (is64(type)) return canonicalInt64(BigInt(String(v)));
  if (type === "bytes") {
    const b = v as Uint8Array;
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  }
  return v;
}

/**
 * Converts the output of protobufjs `toObject(msg, { longs: String, enums: Number })` (no
 * defaults, no virtual oneof names) to our `XInit` form, ready for {@link normalize}.
 */
export function fromProtobufjs(
  name: string,
  obj: Record<string, unknown>,
): Record<string, unknown> {
  const m = messageDef(name);
  const out: Record<string, unknown> = {};
  for (const f of m.fields) {
    const prop = jsonName(f.name);
    if (!Object.prototype.hasOwnProperty.call(obj, prop)) continue;
    const v = obj[prop];
    if (v === undefined || v === null) continue;
    if (f.oneof) {
      out[jsonName(f.oneof)] = { case: prop, value: fromPbjsValue(f.kind as "scalar", f.type, v) };
    } else if (f.kind === "map") {
      const map = v as Record<string, unknown>;
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(map)) {
        setOwn(o, k, fromPbjsValue(f.mapValueKind!, f.mapValue!, map[k]));
      }
      out[prop] = o;
    } else if (f.repeated) {
      out[prop] = (v as unknown[]).map((e) => fromPbjsValue(f.kind as "scalar", f.type, e));
    } else {
      out[prop] = fromPbjsValue(f.kind as "scalar", f.type, v);
    }
  }
  return out;
}

/** Names (short) of every message of the schema, in declaration order. */
export const MESSAGE_NAMES: readonly string[] = SCHEMA.messages.map((m) => m.name);

/**
 * Unit tests of the hand-written wire layer (`src/wire.ts`): every scalar's encoding and
 * round trip at its edges, strings and bytes, Writer buffer management (view/finish, growth,
 * reset, length-prefixed bodies of every prefix size), and a malformed-input corpus in which
 * every case asserts the exact `WireError.code` and offset.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  type Int64,
  MAX_NESTING_DEPTH,
  Reader,
  utf8ByteLength,
  varintSize32,
  WireError,
  type WireErrorCode,
  Writer,
} from "../src/wire.ts";
import {
  decodeDaemonRequest,
  decodeDaemonResponse,
  decodeRegisterSessionObserverRequest,
} from "../proto_gen/daemon_pb.ts";
import { hex, Rng, unhex } from "./helpers/random_message.ts";

function written(f: (w: Writer) => void, cap = 8): Uint8Array {
  const w = new Writer(cap);
  f(w);
  return w.finish();
}

function reader(bytes: Uint8Array | string): Reader {
  return new Reader(typeof bytes === "string" ? unhex(bytes) : bytes);
}

function wireError(fn: () => unknown): WireError {
  try {
    fn();
  } catch (e) {
    if (e instanceof WireError) return e;
    throw new Error(
      `expected a WireError, got ${e instanceof Error ? e.name + ": " + e.message : e}`,
    );
  }
  throw new Error("expected a WireError, but the call succeeded");
}

function expectError(
  fn: () => unknown,
  code: WireErrorCode,
  offset: number | undefined,
  what: string,
): void {
  const e = wireError(fn);
  assert.equal(e.code, code, `${what}: ${e.message}`);
  if (offset !== undefined) assert.equal(e.offset, offset, `${what}: offset (${e.message})`);
  assert.ok(e instanceof Error);
  assert.equal(e.name, "WireError");
}

/** Encodes `v` as a varint (reference implementation with bigint). */
function refVarint(v: bigint): string {
  let u = BigInt.asUintN(64, v);
  const out: number[] = [];
  do {
    let b = Number(u & 0x7fn);
    u >>= 7n;
    if (u !== 0n) b |= 0x80;
    out.push(b);
  } while (u !== 0n);
  return hex(new Uint8Array(out));
}

const U32 = [
  0,
  1,
  127,
  128,
  255,
  300,
  16383,
  16384,
  2097151,
  2097152,
  268435455,
  268435456,
  2147483647,
  2147483648,
  4294967295,
];
const I32 = [
  0,
  1,
  -1,
  63,
  -64,
  64,
  -65,
  127,
  -128,
  2147483647,
  -2147483648,
  -2147483647,
  1 << 30,
  -(1 << 30),
];
const U64: bigint[] = [
  0n,
  1n,
  127n,
  128n,
  4294967295n,
  4294967296n,
  (1n << 35n) - 1n,
  1n << 35n,
  (1n << 49n) - 1n,
  1n << 49n,
  (1n << 53n) - 1n,
  1n << 53n,
  (1n << 53n) + 1n,
  (1n << 56n) - 1n,
  1n << 56n,
  (1n << 63n) - 1n,
  1n << 63n,
  (1n << 64n) - 1n,
];
const I64: bigint[] = [
  0n,
  1n,
  -1n,
  -2n,
  2147483647n,
  -2147483648n,
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
];

/** Canonical decoded form: number when safe, bigint otherwise. */
function canon(v: bigint): Int64 {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

describe("varints", () => {
  test("uint32: known bytes, size and round trip", () => {
    assert.equal(hex(written((w) => w.uint32(150))), "9601");
    assert.equal(hex(written((w) => w.uint32(300))), "ac02");
    for (const v of U32) {
      const b = written((w) => w.uint32(v));
      assert.equal(hex(b), refVarint(BigInt(v)), `${v}`);
      assert.equal(b.length, varintSize32(v));
      const r = reader(b);
      assert.equal(r.uint32(), v);
      assert.equal(r.pos, b.length);
    }
    // Values are taken modulo 2^32 (>>> 0), as in every implementation.
    assert.equal(hex(written((w) => w.uint32(-1))), "ffffffff0f");
  });

  test("uint32 reading of longer varints keeps the low 32 bits and consumes all bytes", () => {
    // A negative int32 (10 bytes) read as uint32, with and without trailing bytes (fast/slow path).
    for (const tail of ["", "0000000000"]) {
      const r = reader("ffffffffffffffffff01" + tail);
      assert.equal(r.uint32(), 4294967295);
      assert.equal(r.pos, 10);
    }
    // 2^32 + 5 as a uint32: low bits.
    const r = reader(refVarint((1n << 32n) + 5n));
    assert.equal(r.uint32(), 5);
  });

  test("int32: negatives take 10 bytes; 5-byte negatives (old writers) read back too", () => {
    for (const v of I32) {
      const b = written((w) => w.int32(v));
      assert.equal(hex(b), refVarint(BigInt(v)), `${v}`);
      assert.equal(b.length, v < 0 ? 10 : varintSize32(v));
      assert.equal(reader(b).int32(), v);
    }
    assert.equal(reader("ffffffff0f").int32(), -1);
    assert.equal(reader("8080808008").int32(), -2147483648);
  });

  test("sint32 zigzag", () => {
    const pairs: [number, number][] = [
      [0, 0],
      [-1, 1],
      [1, 2],
      [-2, 3],
      [2147483647, 4294967294],
      [-2147483648, 4294967295],
    ];
    for (const [v, z] of pairs) {
      const b = written((w) => w.sint32(v));
      assert.equal(hex(b), refVarint(BigInt(z)), `${v}`);
      assert.equal(reader(b).sint32(), v);
    }
  });

  test("uint64: exact for 2^53+1 and 2^64-1, number or bigint input, canonical output", () => {
    for (const v of U64) {
      const want = refVarint(v);
      assert.equal(hex(written((w) => w.uint64(v))), want, `${v}n`);
      if (v <= 9007199254740991n) {
        assert.equal(hex(written((w) => w.uint64(Number(v)))), want, `${v}`);
      }
      const got = reader(unhex(want)).uint64();
      assert.equal(got, canon(v), `${v}`);
      assert.equal(typeof got, v <= 9007199254740991n ? "number" : "bigint");
      // Also through the slow path (no room for the 4-byte fast path) and the skip path.
      const r = new Reader(unhex(want + "00"), 0, unhex(want).length);
      assert.equal(r.uint64(), canon(v));
      const s = reader(unhex(want));
      s.skip(0);
      assert.equal(s.pos, unhex(want).length);
    }
    assert.equal(hex(written((w) => w.uint64((1n << 53n) + 1n))), "8180808080808010");
    assert.equal(hex(written((w) => w.uint64((1n << 64n) - 1n))), "ffffffffffffffffff01");
  });

  test("int64: exact for -2^63, 2^63-1, ±(2^53+1); negatives take 10 bytes", () => {
    for (const v of I64) {
      const want = refVarint(v);
      assert.equal(hex(written((w) => w.int64(v))), want, `${v}n`);
      if (v >= -9007199254740991n && v <= 9007199254740991n) {
        assert.equal(hex(written((w) => w.int64(Number(v)))), want, `${v}`);
      }
      assert.equal(reader(unhex(want)).int64(), canon(v), `${v}`);
      if (v < 0n) assert.equal(unhex(want).length, 10);
    }
    assert.equal(hex(written((w) => w.int64(-(1n << 63n)))), "80808080808080808001");
  });

  test("sint64 zigzag, incl. -2^63 → 2^64-1", () => {
    const pairs: [bigint, bigint][] = [
      [0n, 0n],
      [-1n, 1n],
      [1n, 2n],
      [-2n, 3n],
      [(1n << 53n) + 1n, (1n << 54n) + 2n],
      [-((1n << 53n) + 1n), (1n << 54n) + 1n],
      [(1n << 63n) - 1n, (1n << 64n) - 2n],
      [-(1n << 63n), (1n << 64n) - 1n],
      [2147483647n, 4294967294n],
      [-2147483648n, 4294967295n],
    ];
    for (const [v, z] of pairs) {
      const want = refVarint(z);
      assert.equal(hex(written((w) => w.sint64(v))), want, `${v}`);
      if (v >= -9007199254740991n && v <= 9007199254740991n) {
        assert.equal(hex(written((w) => w.sint64(Number(v)))), want, `${v} as number`);
      }
      assert.equal(reader(unhex(want)).sint64(), canon(v), `${v}`);
    }
  });

  test("64-bit values out of range or not integers are rejected on encode", () => {
    expectError(() => new Writer().uint64(1n << 64n), "VALUE_OUT_OF_RANGE", -1, "2^64");
    expectError(() => new Writer().uint64(-1), "VALUE_OUT_OF_RANGE", -1, "uint64 -1");
    expectError(() => new Writer().uint64(-1n), "VALUE_OUT_OF_RANGE", -1, "uint64 -1n");
    expectError(() => new Writer().int64(1n << 63n), "VALUE_OUT_OF_RANGE", -1, "int64 2^63");
    expectError(
      () => new Writer().int64(-(1n << 63n) - 1n),
      "VALUE_OUT_OF_RANGE",
      -1,
      "int64 < -2^63",
    );
    expectError(() => new Writer().int64(0.5), "VALUE_OUT_OF_RANGE", -1, "0.5");
    expectError(() => new Writer().uint64(NaN), "VALUE_OUT_OF_RANGE", -1, "NaN");
    expectError(() => new Writer().fixed64(-1), "VALUE_OUT_OF_RANGE", -1, "fixed64 -1");
    // Unsafe but integral numbers are accepted exactly (2^60 is a double).
    assert.equal(hex(written((w) => w.uint64(2 ** 60))), refVarint(1n << 60n));
    assert.equal(hex(written((w) => w.int64(-(2 ** 60)))), refVarint(-(1n << 60n)));
  });

  test("bool", () => {
    assert.equal(hex(written((w) => w.bool(true).bool(false))), "0100");
    const r = reader("01 00 02 8001 8000 ffffffffffffffffff01");
    assert.deepEqual([r.bool(), r.bool(), r.bool(), r.bool(), r.bool(), r.bool()], [
      true,
      false,
      true,
      true,
      false,
      true,
    ]);
  });

  test("random varints agree with the bigint reference (10,000 values)", () => {
    const rng = new Rng(42);
    for (let i = 0; i < 10000; i++) {
      const v = BigInt.asUintN(64, rng.u64() >> BigInt(rng.int(64)));
      const want = refVarint(v);
      assert.equal(hex(written((w) => w.uint64(v))), want);
      assert.equal(BigInt(reader(unhex(want)).uint64()), v);
      const s = BigInt.asIntN(64, v);
      assert.equal(BigInt(reader(unhex(want)).int64()), s);
      assert.equal(hex(written((w) => w.int64(s))), want);
      const z = written((w) => w.sint64(s));
      assert.equal(BigInt(reader(z).sint64()), s);
    }
  });
});

describe("fixed-width", () => {
  test("fixed32 / sfixed32 little-endian", () => {
    assert.equal(hex(written((w) => w.fixed32(0x01020304))), "04030201");
    assert.equal(hex(written((w) => w.fixed32(4294967295))), "ffffffff");
    assert.equal(hex(written((w) => w.sfixed32(-2))), "feffffff");
    for (const v of [0, 1, 2147483647, 2147483648, 4294967295]) {
      assert.equal(reader(written((w) => w.fixed32(v))).fixed32(), v);
    }
    for (const v of [0, -1, 2147483647, -2147483648]) {
      assert.equal(reader(written((w) => w.sfixed32(v))).sfixed32(), v);
    }
  });

  test("fixed64 / sfixed64 exact", () => {
    assert.equal(hex(written((w) => w.fixed64((1n << 64n) - 1n))), "ffffffffffffffff");
    assert.equal(hex(written((w) => w.fixed64((1n << 53n) + 1n))), "0100000000002000");
    assert.equal(hex(written((w) => w.sfixed64(-(1n << 63n)))), "0000000000000080");
    assert.equal(hex(written((w) => w.sfixed64(-1))), "ffffffffffffffff");
    for (const v of U64) {
      assert.equal(reader(written((w) => w.fixed64(v))).fixed64(), canon(v), `${v}`);
    }
    for (const v of I64) {
      assert.equal(reader(written((w) => w.sfixed64(v))).sfixed64(), canon(v), `${v}`);
    }
  });

  test("float / double, incl. NaN, ±Infinity, -0, subnormals", () => {
    assert.equal(hex(written((w) => w.double(1))), "000000000000f03f");
    assert.equal(hex(written((w) => w.float(1))), "0000803f");
    assert.equal(hex(written((w) => w.double(-0))), "0000000000000080");
    for (
      const v of [
        0,
        -0,
        1,
        -1.5,
        Math.PI,
        Number.MAX_VALUE,
        Number.MIN_VALUE,
        Infinity,
        -Infinity,
        NaN,
        1e-310,
      ]
    ) {
      assert.ok(Object.is(reader(written((w) => w.double(v))).double(), v), `double ${v}`);
      assert.ok(
        Object.is(reader(written((w) => w.float(v))).float(), Math.fround(v)),
        `float ${v}`,
      );
    }
    assert.equal(reader(written((w) => w.float(0.1))).float(), Math.fround(0.1));
  });
});

describe("strings", () => {
  const samples = [
    "",
    "a",
    "hello",
    "x".repeat(32),
    "y".repeat(33),
    "z".repeat(300),
    "é",
    "héllo wörld",
    "中文字符",
    "😀",
    "a😀b👍🏽c",
    "\u0000\u007f\u0080\u07ff\u0800\uffff",
    "\ufeffBOM kept",
    "\u{10ffff}\u{10000}",
    "mixed " + "é中😀".repeat(100),
    "ascii-then-é".repeat(20),
  ];

  test("round trips and byte lengths", () => {
    for (const s of samples) {
      const enc = new TextEncoder().encode(s);
      const b = written((w) => w.string(s));
      assert.equal(hex(b), hex(written((w) => w.bytes(enc))), JSON.stringify(s).slice(0, 40));
      assert.equal(utf8ByteLength(s), enc.length);
      const r = reader(b);
      assert.equal(r.string(), s);
      assert.equal(r.pos, b.length);
    }
  });

  test("length prefixes of 1, 2 and 3 bytes (ASCII and multi-byte)", () => {
    for (const n of [127, 128, 16383, 16384, 70000]) {
      const s = "a".repeat(n);
      const b = written((w) => w.string(s), 1);
      assert.equal(b.length, varintSize32(n) + n, `${n}`);
      assert.equal(reader(b).string(), s);
    }
    // Multi-byte: the writer reserves the prefix for the worst case (3 bytes per unit) and
    // shifts the body when the real length needs a shorter prefix.
    for (
      const [piece, count] of [
        ["é", 64],
        ["é", 63],
        ["中", 43],
        ["中", 5462],
        ["😀", 4096],
        ["😀", 32],
        ["é", 8192],
        ["é", 6000],
        ["a", 50],
      ] as const
    ) {
      const s = piece.repeat(count);
      const n = new TextEncoder().encode(s).length;
      const b = written((w) => w.uint32(7).string(s).uint32(9), 1);
      assert.equal(b.length, 1 + varintSize32(n) + n + 1, `${piece}×${count}`);
      const r = reader(b);
      assert.equal(r.uint32(), 7);
      assert.equal(r.string(), s);
      assert.equal(r.uint32(), 9);
    }
  });

  test("lone surrogates are written as U+FFFD (as TextEncoder does); lengths agree", () => {
    for (const s of ["\ud800", "a\udc00b", "\udc00\ud800", "x\ud83d", "\ud83dy" + "é".repeat(40)]) {
      const b = written((w) => w.string(s));
      const r = reader(b);
      const back = r.string();
      assert.equal(back, new TextDecoder().decode(new TextEncoder().encode(s)));
      assert.ok(back.includes("\ufffd"));
      assert.equal(utf8ByteLength(s), new TextEncoder().encode(s).length, JSON.stringify(s));
      assert.equal(b.length - 1, utf8ByteLength(s));
    }
  });

  test("utf8ByteLength agrees with TextEncoder on long strings, wherever the first non-ASCII is", () => {
    const tails = ["", "é", "€", "😀", "\ud800", "\udc00x", "a\ud83d"];
    for (const len of [63, 64, 65, 200, 4096]) {
      for (const tail of tails) {
        for (const at of [0, 1, len >> 1, len - 1, len]) {
          const s = "a".repeat(at) + tail + "b".repeat(len - at);
          assert.equal(
            utf8ByteLength(s),
            new TextEncoder().encode(s).length,
            `${len} ${at} ${tail}`,
          );
        }
      }
    }
  });

  test("strict UTF-8 decoding agrees with TextDecoder(fatal) on random near-UTF-8 input", () => {
    // Exercises the engine-specific short-string paths and the TextDecoder path alike:
    // lengths around every threshold, with valid, overlong, surrogate and truncated sequences.
    const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const rng = new Rng(7);
    const pieces = [
      [0x41],
      [0x7f],
      [0xc3, 0xa9],
      [0xe4, 0xb8, 0xad],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xef, 0xbb, 0xbf],
      [0xc0, 0x80],
      [0xc1, 0xbf],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf5, 0x80, 0x80, 0x80],
      [0xf8],
      [0xff],
      [0x80],
      [0xc3],
      [0xe4, 0xb8],
      [0xf0, 0x9f, 0x98],
    ];
    const lengths = [1, 2, 3, 4, 9, 10, 11, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 255, 256, 300];
    let invalid = 0;
    for (let i = 0; i < 6000; i++) {
      const target = rng.pick(lengths);
      const bytes: number[] = [];
      const bad = rng.chance(0.5);
      while (bytes.length < target) {
        const p = bad && rng.chance(0.05)
          ? rng.pick(pieces)
          : rng.chance(0.7)
          ? [rng.range(0x20, 0x7e)]
          : rng.pick(pieces.slice(0, 6));
        bytes.push(...p);
      }
      const body = new Uint8Array(bytes);
      let want: string | undefined;
      try {
        want = fatal.decode(body);
      } catch {
        want = undefined;
      }
      const b = written((w) => w.uint32(5).bytes(body));
      const r = reader(b);
      assert.equal(r.uint32(), 5);
      if (want === undefined) {
        invalid++;
        expectError(() => r.string(), "INVALID_UTF8", 1 + varintSize32(body.length), hex(body));
      } else {
        assert.equal(r.string(), want, hex(body));
      }
    }
    assert.ok(invalid > 1000, `only ${invalid} invalid inputs`);
  });

  test("every string length from 0 to 40 encodes as TextEncoder does, non-ASCII anywhere", () => {
    // Crosses each engine's switch between the JS loop and the native writer.
    const enc = new TextEncoder();
    for (let n = 0; n <= 40; n++) {
      for (const at of [-1, 0, n >> 1, n - 1]) {
        if (at >= n) continue;
        const chars = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26)));
        if (at >= 0) chars[at] = at % 2 ? "é" : "中";
        const s = chars.join("");
        const b = written((w) => w.string(s));
        const want = enc.encode(s);
        assert.equal(hex(b), hex(new Uint8Array([want.length, ...want])), `${n} @${at}`);
        assert.equal(reader(b).string(), s);
      }
    }
  });

  test("a leading BOM and a real U+FFFD survive decoding, at every length path", () => {
    // Bun's native decoder marks bad input with U+FFFD: a genuine U+FFFD must not be taken
    // for an error, and a BOM must not be stripped.
    for (const core of ["\uFEFF", "\uFFFD", "x\uFFFD", "é\uFFFD", "\uFEFFé"]) {
      for (const pad of [0, 5, 9, 20, 60, 300]) {
        const s = core + "a".repeat(pad) + "ü";
        const b = written((w) => w.string(s));
        assert.equal(reader(b).string(), s, JSON.stringify(s.slice(0, 12)));
      }
    }
  });
});

describe("bytes and Writer buffers", () => {
  test("bytes(): a view; bytesCopy(): an owned copy", () => {
    const b = written((w) => w.bytes(new Uint8Array([1, 2, 3])).bytes(new Uint8Array(0)));
    assert.equal(hex(b), "0301020300");
    const r = reader(b);
    const v = r.bytes();
    assert.equal(v.buffer, b.buffer);
    assert.equal(r.bytes().length, 0);
    const r2 = reader(b);
    const c = r2.bytesCopy();
    assert.notEqual(c.buffer, b.buffer);
    b[1] = 9;
    assert.equal(v[0], 9);
    assert.equal(c[0], 1);
    // Large bytes.
    const big = new Rng(1).bytes(300000);
    const bb = written((w) => w.bytes(big), 1);
    assert.equal(hex(reader(bb).bytes().subarray(299990)), hex(big.subarray(299990)));
  });

  test("bytes of every size are copied exactly, from any view, even one of the writer's own buffer", () => {
    // Short values are copied in a loop, longer ones natively (Buffer#copy on Bun, set() on
    // V8): both paths, odd source offsets, and a source that overlaps the destination.
    const rng = new Rng(7);
    for (const n of [0, 1, 15, 16, 17, 31, 64, 127, 128, 1000]) {
      const backing = rng.bytes(n + 3);
      const v = backing.subarray(3, 3 + n);
      const b = written((w) => w.uint32(5).bytes(v).uint32(6));
      const r = reader(b);
      assert.equal(r.uint32(), 5);
      assert.equal(hex(r.bytes()), hex(v), `length ${n}`);
      assert.equal(r.uint32(), 6);
    }
    const w = new Writer(256);
    w.uint32(0x7f).uint32(1).uint32(2).uint32(3);
    for (let i = 0; i < 60; i++) w.uint32(i);
    const head = w.buf.slice(0, 40);
    w.bytes(w.buf.subarray(0, 40)); // the source is the start of the buffer being written
    const out = w.finish();
    assert.equal(hex(out.subarray(64)), "28" + hex(head));
  });

  test("view() shares the buffer, finish() copies", () => {
    const w = new Writer(64);
    w.uint32(1).uint32(2);
    const view = w.view();
    const owned = w.finish();
    assert.equal(view.buffer, w.buf.buffer);
    assert.notEqual(owned.buffer, w.buf.buffer);
    assert.deepEqual([...view], [1, 2]);
    w.reset().uint32(7);
    assert.equal(view[0], 7); // the view sees later writes (documented: invalidated)
    assert.deepEqual([...owned], [1, 2]);
    assert.deepEqual([...w.finish()], [7]);
  });

  test("beginLen/endLen with bodies of 0, 127, 128, 16383, 16384 and 2 MiB bytes", () => {
    for (const n of [0, 1, 127, 128, 129, 16383, 16384, 2097151, 2097152, 2 * 1024 * 1024 + 1]) {
      const body = new Uint8Array(n);
      for (let i = 0; i < n; i++) body[i] = (i * 31 + 7) & 0xff;
      const w = new Writer(4);
      w.uint32(0xaa);
      const k = w.beginLen();
      for (let i = 0; i < n; i += 4096) {
        const chunk = body.subarray(i, Math.min(n, i + 4096));
        w.ensure(chunk.length);
        w.buf.set(chunk, w.pos);
        w.pos += chunk.length;
      }
      w.endLen(k);
      w.uint32(0xbb);
      const out = w.finish();
      const want = written((x) => x.uint32(0xaa).bytes(body).uint32(0xbb), 1);
      assert.equal(out.length, want.length, `${n}`);
      assert.ok(out.every((x, i) => x === want[i]), `body ${n}`);
      const r = reader(out);
      assert.equal(r.uint32(), 0xaa);
      const pe = r.enter();
      assert.equal(r.end - r.pos, n);
      r.leave(pe);
      assert.equal(r.uint32(), 0xbb);
      assert.equal(r.pos, out.length);
    }
  });

  test("nested beginLen/endLen where every level needs a longer prefix", () => {
    const w = new Writer(1);
    const marks: number[] = [];
    for (let d = 0; d < 5; d++) {
      w.tag(d + 1, 2);
      marks.push(w.beginLen());
    }
    w.string("q".repeat(20000));
    while (marks.length) w.endLen(marks.pop()!);
    const r = reader(w.finish());
    for (let d = 0; d < 5; d++) {
      assert.equal(r.tag(), ((d + 1) << 3) | 2);
      r.enter();
    }
    assert.equal(r.string().length, 20000);
    assert.equal(r.depth, 5);
  });

  test("growth from tiny capacities (0 and 1) and reuse after reset()", () => {
    for (const cap of [0, 1, 2, 3]) {
      const w = new Writer(cap);
      for (let i = 0; i < 1000; i++) w.uint32(i);
      w.string("é".repeat(1000));
      const r = reader(w.finish());
      for (let i = 0; i < 1000; i++) assert.equal(r.uint32(), i);
      assert.equal(r.string(), "é".repeat(1000));
    }
    const w = new Writer(16);
    w.bytes(new Uint8Array(100000));
    const grown = w.buf;
    assert.ok(grown.length >= 100000);
    w.reset();
    assert.equal(w.pos, 0);
    w.uint32(5).string("ok");
    assert.equal(w.buf, grown); // the buffer is kept
    assert.equal(hex(w.finish()), "05026f6b");
    assert.equal(w.view().length, 4);
  });

  test("tag() and packedUint32()", () => {
    assert.equal(hex(written((w) => w.tag(1, 0))), "08");
    assert.equal(hex(written((w) => w.tag(40, 2))), "c202");
    assert.equal(hex(written((w) => w.tag(536870911, 5))), "fdffffff0f");
    assert.equal(reader("fdffffff0f").tag(), 0xfffffffd);
    assert.equal(
      hex(written((w) => w.packedUint32(3, [1, 300, 4294967295]))),
      "1a0801ac02ffffffff0f",
    );
    assert.equal(written((w) => w.packedUint32(3, [])).length, 0);
  });

  test("varintSize32", () => {
    for (const v of U32) assert.equal(varintSize32(v), unhex(refVarint(BigInt(v))).length, `${v}`);
  });

  test("a Reader window (offset, end) never reads outside it", () => {
    const buf = unhex("ff 08 96 01 ff");
    const r = new Reader(buf, 1, 4);
    assert.equal(r.tag(), 8);
    assert.equal(r.uint32(), 150);
    assert.equal(r.pos, 4);
    const r2 = new Reader(buf, 1, 3);
    r2.tag();
    expectError(() => r2.uint32(), "TRUNCATED", 2, "varint crossing the window end");
  });
});

describe("malformed input corpus", () => {
  type Case = [
    what: string,
    input: string,
    read: (r: Reader) => unknown,
    code: WireErrorCode,
    offset: number,
  ];
  const readers: [string, (r: Reader) => unknown][] = [
    ["uint32", (r) => r.uint32()],
    ["int32", (r) => r.int32()],
    ["sint32", (r) => r.sint32()],
    ["uint64", (r) => r.uint64()],
    ["int64", (r) => r.int64()],
    ["sint64", (r) => r.sint64()],
    ["bool", (r) => r.bool()],
    ["skip(0)", (r) => r.skip(0)],
  ];

  test("truncated varints (every reader, every length 1..9, with a prefix)", () => {
    for (const [name, read] of readers) {
      for (let n = 1; n <= 9; n++) {
        const v = "80".repeat(n);
        expectError(() => read(reader(v)), "TRUNCATED", 0, `${name} ${v}`);
        // With something before it: the offset is the varint's start.
        const r = reader("07" + v);
        r.uint32();
        expectError(() => read(r), "TRUNCATED", 1, `${name} 07 ${v}`);
      }
      expectError(() => read(reader("")), "TRUNCATED", 0, `${name} empty`);
    }
  });

  test("varints longer than 10 bytes, and 10th bytes above 1, are rejected (every reader)", () => {
    for (const [name, read] of readers) {
      for (const tail of ["", "00", "0000000000000000"]) {
        expectError(
          () => read(reader("8080808080808080808001" + tail)),
          "VARINT_TOO_LONG",
          0,
          `${name} 11 bytes`,
        );
        expectError(
          () => read(reader("ffffffffffffffffff80" + "01" + tail)),
          "VARINT_TOO_LONG",
          0,
          `${name} 10th cont`,
        );
        // A 10th byte of 2..127 carries bits above 2^64: rejected, as prost does.
        expectError(
          () => read(reader("ffffffffffffffffff02" + tail)),
          "VARINT_TOO_LONG",
          0,
          `${name} 10th=02`,
        );
        expectError(
          () => read(reader("ffffffffffffffffff7f" + tail)),
          "VARINT_TOO_LONG",
          0,
          `${name} 10th=7f`,
        );
      }
    }
  });

  test("length prefixes: past the end, negative, absurd", () => {
    const cases: Case[] = [
      ["past the end", "05 010203", (r) => r.bytes(), "LENGTH_OUT_OF_RANGE", 0],
      ["past the end (string)", "05 616263", (r) => r.string(), "LENGTH_OUT_OF_RANGE", 0],
      ["past the end (enter)", "05 616263", (r) => r.enter(), "LENGTH_OUT_OF_RANGE", 0],
      ["past the end (skip 2)", "05 616263", (r) => r.skip(2), "LENGTH_OUT_OF_RANGE", 0],
      ["past the end (packed)", "05 0102", (r) => r.beginPacked(), "LENGTH_OUT_OF_RANGE", 0],
      ["one byte short", "8001" + "00".repeat(127), (r) => r.bytes(), "LENGTH_OUT_OF_RANGE", 0],
      [
        "negative (10-byte -1)",
        "ffffffffffffffffff01 00",
        (r) => r.bytes(),
        "LENGTH_OUT_OF_RANGE",
        0,
      ],
      ["negative int32 min", "80808080f8ffffffff01", (r) => r.string(), "LENGTH_OUT_OF_RANGE", 0],
      ["2^31 (does not fit 31 bits)", "8080808008 00", (r) => r.bytes(), "LENGTH_OUT_OF_RANGE", 0],
      ["2^31-1", "ffffffff07 00", (r) => r.bytes(), "LENGTH_OUT_OF_RANGE", 0],
      ["2^32", "8080808010", (r) => r.bytes(), "LENGTH_OUT_OF_RANGE", 0],
      ["absurd 2^40", "808080808020 00", (r) => r.bytes(), "LENGTH_OUT_OF_RANGE", 0],
      ["absurd 2^40 (enter)", "808080808020 00", (r) => r.enter(), "LENGTH_OUT_OF_RANGE", 0],
      ["truncated length", "80", (r) => r.bytes(), "TRUNCATED", 0],
      ["fixed32 short", "010203", (r) => r.fixed32(), "TRUNCATED", 0],
      ["fixed64 short", "01020304050607", (r) => r.fixed64(), "TRUNCATED", 0],
      ["sfixed64 short", "01020304", (r) => r.sfixed64(), "TRUNCATED", 0],
      ["double short", "0102", (r) => r.double(), "TRUNCATED", 0],
      ["float short", "", (r) => r.float(), "TRUNCATED", 0],
      ["skip(1) short", "00", (r) => r.skip(1), "TRUNCATED", 0],
      ["skip(5) short", "000000", (r) => r.skip(5), "TRUNCATED", 0],
    ];
    for (const [what, input, read, code, offset] of cases) {
      expectError(() => read(reader(input)), code, offset, what);
    }
  });

  test("wire types 3, 4, 6, 7 and field number 0 are rejected by tag()", () => {
    for (const wt of [3, 4, 6, 7]) {
      for (const field of [1, 15, 16, 2047, 536870911]) {
        const b = written((w) => w.uint32(((field << 3) | wt) >>> 0));
        expectError(() => reader(b).tag(), "INVALID_WIRE_TYPE", 0, `field ${field} wt ${wt}`);
        // At a non-zero offset, through a generated decoder.
        const m = new Uint8Array([0x08, 0x01, ...b, 0, 0, 0, 0, 0, 0, 0, 0]);
        expectError(
          () => decodeDaemonRequest(m),
          "INVALID_WIRE_TYPE",
          2,
          `decode field ${field} wt ${wt}`,
        );
      }
      expectError(() => reader("00").skip(wt), "INVALID_WIRE_TYPE", undefined, `skip(${wt})`);
    }
    for (const t of ["00", "02", "05", "8000", "808000", "8080808000"]) {
      expectError(() => reader(t).tag(), "INVALID_FIELD_NUMBER", 0, `tag ${t}`);
      expectError(
        () => decodeDaemonRequest(unhex("0801" + t + "00")),
        "INVALID_FIELD_NUMBER",
        2,
        `decode ${t}`,
      );
    }
    // A key above 32 bits.
    expectError(() => reader("8880808080808001").tag(), "INVALID_FIELD_NUMBER", 0, "64-bit key");
    expectError(() => reader("88").tag(), "TRUNCATED", 0, "truncated key");
    expectError(() => reader("8888").tag(), "TRUNCATED", 0, "truncated 2-byte key");
  });

  test("nesting deeper than MAX_NESTING_DEPTH (Reader.enter)", () => {
    // The schema is not recursive (deepest path 5 levels), so no valid daemon message can nest
    // 100 deep; the limit is tested on Reader.enter directly, with nested length prefixes.
    const build = (levels: number): Uint8Array => {
      let inner: number[] = [];
      for (let i = 0; i < levels; i++) {
        const len = unhex(refVarint(BigInt(inner.length)));
        inner = [...len, ...inner];
      }
      return new Uint8Array(inner);
    };
    const ok = reader(build(MAX_NESTING_DEPTH));
    const ends: number[] = [];
    for (let i = 0; i < MAX_NESTING_DEPTH; i++) ends.push(ok.enter());
    assert.equal(ok.depth, MAX_NESTING_DEPTH);
    while (ends.length) ok.leave(ends.pop()!);
    assert.equal(ok.depth, 0);
    assert.equal(ok.pos, ok.end);
    const deep = build(MAX_NESTING_DEPTH + 1);
    const r = reader(deep);
    for (let i = 0; i < MAX_NESTING_DEPTH; i++) r.enter();
    const e = wireError(() => r.enter());
    assert.equal(e.code, "NESTING_TOO_DEEP");
    assert.ok(e.offset >= MAX_NESTING_DEPTH && e.offset <= deep.length, `offset ${e.offset}`);
    // Sequential (not nested) sub-messages never accumulate depth.
    const flat = new Uint8Array(2000); // 2000 × empty length prefix
    const f = reader(flat);
    while (f.pos < f.end) f.leave(f.enter());
    assert.equal(f.depth, 0);
  });

  test("invalid UTF-8 in a string field is INVALID_UTF8 (offset: the string's first byte)", () => {
    const bad = [
      "ff",
      "80",
      "c0 80",
      "c1 bf",
      "e0 80 80",
      "ed a0 80",
      "f4 90 80 80",
      "f5 80 80 80",
      "e4 b8",
      "61 62 63 c3",
      "61".repeat(40) + "ff",
      "61".repeat(300) + "ed b0 80",
      "c3 a9".repeat(20) + "c3",
    ];
    for (const s of bad) {
      const body = unhex(s);
      // DaemonRequest.client_name = 4.
      const m = new Uint8Array([0x08, 0x01, ...written((w) => w.tag(4, 2).bytes(body))]);
      const at = 2 + 1 + varintSize32(body.length);
      expectError(() => decodeDaemonRequest(m), "INVALID_UTF8", at, s.slice(0, 30));
    }
    // Inside a sub-message.
    const nested = unhex("d2 02 03 0a 01 ff"); // DaemonResponse.status.version
    expectError(() => decodeDaemonResponse(nested), "INVALID_UTF8", 5, "nested");
    // The same bytes in a bytes field are fine.
    const ok = unhex("c2 02 00"); // ping {}
    assert.ok(decodeDaemonRequest(ok).ping);
  });

  test("a sub-message whose inner field overruns the declared length", () => {
    const cases: [string, string, WireErrorCode, number, (b: Uint8Array) => unknown][] = [
      // DaemonResponse.status (42) of length 3 holding a 5-byte string.
      [
        "string past sub-message",
        "d2 02 03 0a 05 61 62 63 64 65",
        "LENGTH_OUT_OF_RANGE",
        4,
        decodeDaemonResponse,
      ],
      // DaemonResponse.ping (40) of length 2: server_time_ms varint crosses the end.
      ["varint past sub-message", "c2 02 02 08 96 01", "TRUNCATED", 4, decodeDaemonResponse],
      [
        "long varint past sub-message",
        "c2 02 03 08 ff ff ff ff ff ff 01",
        "TRUNCATED",
        4,
        decodeDaemonResponse,
      ],
      // ListActiveResponse (20) → TrackedProcess (1) with a double (created_at = 2) cut short.
      [
        "double past sub-message",
        "a2 01 06 0a 04 11 00 00 00 00 00 00 00",
        "TRUNCATED",
        6,
        decodeDaemonResponse,
      ],
      // A tag that crosses the sub-message end.
      ["tag past sub-message", "d2 02 01 80 01", "TRUNCATED", 3, decodeDaemonResponse],
      // The sub-message itself longer than what is left.
      [
        "sub-message past the end",
        "c2 02 05 08 01",
        "LENGTH_OUT_OF_RANGE",
        2,
        decodeDaemonResponse,
      ],
      // Packed repeated uint32 (RegisterSessionObserverRequest.categories = 3) inside bounds.
      [
        "packed past its length",
        "1a 02 01 80 01",
        "TRUNCATED",
        3,
        decodeRegisterSessionObserverRequest,
      ],
      [
        "packed with a 10-byte element past its length",
        "1a 03 ff ff ff ff ff ff ff ff ff 01",
        "TRUNCATED",
        2,
        decodeRegisterSessionObserverRequest,
      ],
      // Unknown field inside a sub-message overrunning it.
      [
        "unknown LEN past sub-message",
        "d2 02 03 fa 01 05 00 00 00",
        "LENGTH_OUT_OF_RANGE",
        5,
        decodeDaemonResponse,
      ],
      [
        "unknown I64 past sub-message",
        "d2 02 03 f9 01 00 00 00 00 00 00 00 00",
        "TRUNCATED",
        5,
        decodeDaemonResponse,
      ],
    ];
    for (const [what, input, code, offset, decode] of cases) {
      expectError(() => decode(unhex(input)), code, offset, what);
    }
  });

  test("a known field with the wrong wire type", () => {
    // DaemonRequest.id (1) as LEN / I64 / I32; client_name (4) as VARINT.
    expectError(() => decodeDaemonRequest(unhex("0a 00")), "INVALID_WIRE_TYPE", 1, "id LEN");
    expectError(() => decodeDaemonRequest(unhex("09 00")), "INVALID_WIRE_TYPE", 1, "id I64");
    expectError(() => decodeDaemonRequest(unhex("0d 00")), "INVALID_WIRE_TYPE", 1, "id I32");
    expectError(
      () => decodeDaemonRequest(unhex("08 01 20 00")),
      "INVALID_WIRE_TYPE",
      3,
      "client_name VARINT",
    );
    expectError(() => reader("00").checkWireType(0, 2), "INVALID_WIRE_TYPE", 0, "checkWireType");
    // Unknown field numbers with any valid wire type are skipped instead.
    assert.equal(
      decodeDaemonRequest(unhex("30 01 39 0000000000000000 3a 01 00 3d 00000000 08 07")).id,
      7,
    );
  });

  test("errors are WireError instances with a message naming the offset", () => {
    const e = wireError(() => reader("0a05").bytes());
    assert.ok(e instanceof WireError);
    assert.match(e.message, /at byte \d+/);
  });
});

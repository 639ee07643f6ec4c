// The codec's two engines ("native": Buffer's string methods, "portable": TextDecoder and
// JavaScript loops) forced one after the other under one runtime: identical bytes, identical
// values, the same strict UTF-8 errors. Buffer exists under Deno, Bun and Node, so both engines
// run everywhere (natively fast only where detection picks them).
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { MESSAGES } from "../proto_gen/daemon_pb.ts";
import {
  putBytes,
  putString,
  Reader,
  setWireEngine,
  type WireEngine,
  wireEngine,
  WireError,
  Writer,
} from "../src/wire.ts";
import {
  bytesEqual,
  fullName,
  hexHead,
  normalize,
  randomMessage,
  Rng,
} from "./helpers/random_message.ts";

const initial = wireEngine();
after(() => void setWireEngine(initial));

/** Strings around every length threshold of both engines, ASCII and not. */
function corpus(): string[] {
  const out = [""];
  for (const n of [1, 4, 9, 10, 11, 12, 13, 16, 17, 63, 64, 127, 128, 255, 256, 257, 1000, 70000]) {
    out.push("a".repeat(n));
    out.push("é" + "b".repeat(Math.max(0, n - 1)));
    out.push("c".repeat(Math.max(0, n - 1)) + "€");
    out.push("x".repeat(n >> 1) + "😀" + "y".repeat(n >> 1));
  }
  out.push("\u0000\u007f\u0080\u07ff\u0800\uffff", "日本語のテキスト、少し長めの文字列です");
  return out;
}

/** Malformed UTF-8 payloads of several lengths (both engines' short and long paths). */
function badUtf8(): Uint8Array[] {
  const bad: Uint8Array[] = [];
  for (const n of [1, 5, 10, 11, 40, 300]) {
    for (const tail of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xe2, 0x28, 0xa1]]) {
      bad.push(new Uint8Array([...new Array(n).fill(0x61), ...tail]));
    }
  }
  return bad;
}

for (const engine of ["portable", "native"] as WireEngine[]) {
  describe(`wire engine "${engine}"`, () => {
    test("can be forced, and reports itself", () => {
      setWireEngine(engine);
      assert.equal(wireEngine(), engine);
    });

    test("strings encode exactly as TextEncoder and decode back", () => {
      setWireEngine(engine);
      const enc = new TextEncoder();
      for (const s of corpus()) {
        const utf8 = enc.encode(s);
        const w = new Writer(0).string(s);
        const r = new Reader(w.view());
        assert.equal(r.uint32(), utf8.length);
        assert.ok(bytesEqual(w.view().subarray(r.pos), utf8), `string of ${s.length} chars`);
        assert.equal(new Reader(w.view()).string(), s);
        // putString into a buffer with something before it (an offset other than 0).
        const b = new Uint8Array(8 + 5 + 3 * s.length);
        const end = putString(b, 3, s);
        assert.equal(new Reader(b.subarray(3, end)).string(), s);
      }
    });

    test("malformed UTF-8 is a WireError INVALID_UTF8", () => {
      setWireEngine(engine);
      for (const payload of badUtf8()) {
        const framed = new Writer().bytes(payload).finish(); // same wire shape as a string
        assert.throws(
          () => new Reader(framed).string(),
          (e: unknown) => e instanceof WireError && e.code === "INVALID_UTF8",
          hexHead(payload),
        );
      }
    });

    test("bytes fields of every size are copied exactly", () => {
      setWireEngine(engine);
      for (const n of [0, 1, 16, 17, 64, 4096]) {
        const v = new Uint8Array(n).map((_, i) => (i * 7 + n) & 0xff);
        const b = new Uint8Array(n + 16).fill(0xee);
        const end = putBytes(b, 2, v);
        assert.equal(b[0], 0xee);
        assert.ok(bytesEqual(new Reader(b.subarray(2, end)).bytes(), v));
        const owned = new Writer().bytes(v).finish();
        assert.ok(bytesEqual(new Reader(owned).bytes(), v));
      }
    });

    test("random DaemonRequest/DaemonResponse round trips are byte-identical", () => {
      setWireEngine(engine);
      for (const name of ["DaemonRequest", "DaemonResponse", "ObserverEventFrame"]) {
        const codec = MESSAGES[fullName(name)];
        for (let i = 0; i < 150; i++) {
          const rng = new Rng(0x5eed + i);
          const value = randomMessage(rng, name, { presence: [0.1, 0.5, 0.9][i % 3] });
          const bytes = codec.encode(value);
          const ctx = `${name} #${i} ${hexHead(bytes)}`;
          assert.deepStrictEqual(
            normalize(name, codec.decode(bytes), true),
            normalize(name, value),
            ctx,
          );
          // The other engine produces and reads the very same bytes.
          const other = setWireEngine(engine === "native" ? "portable" : "native");
          assert.ok(bytesEqual(codec.encode(value), bytes), ctx);
          assert.deepStrictEqual(
            normalize(name, codec.decode(bytes), true),
            normalize(name, value),
            ctx,
          );
          setWireEngine(other);
        }
      }
    });
  });
}

test("auto goes back to detection; an unknown engine is refused and changes nothing", () => {
  setWireEngine("portable");
  setWireEngine("auto");
  assert.equal(wireEngine(), initial);
  assert.throws(
    () => setWireEngine("fast" as WireEngine),
    (e: unknown) => (e as { code?: string }).code === "INVALID_ARGUMENT",
  );
  assert.equal(wireEngine(), initial);
});

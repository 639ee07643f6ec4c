/**
 * Round trips of the generated codecs (`proto_gen/daemon_pb.ts`) for every message of the
 * schema, plus the protobuf decoding rules called out one by one: 64-bit exactness, 10-byte
 * negative varints, oneof members at their default, packed/unpacked repeated fields,
 * last-one-wins scalars, merged sub-messages, unknown fields, wrong wire types, and the
 * docs/PROTOCOL.md#wire-examples hex examples.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  type DaemonRequest,
  type DaemonResponse,
  decodeDaemonRequest,
  decodeDaemonResponse,
  decodePingResponse,
  decodePipeStreamFrame,
  decodePtyInputFrame,
  decodeRegisterSessionObserverRequest,
  decodeServiceConfig,
  encodeDaemonRequest,
  encodeDaemonResponse,
  encodePingResponse,
  encodePipeStreamFrame,
  encodePtyInputFrame,
  encodeServiceConfig,
  fromJsonDaemonRequest,
  fromJsonPipeStreamFrame,
  MESSAGES,
  readDaemonRequest,
  RequestType,
  StatusCode,
  toJsonDaemonRequest,
  toJsonPipeStreamFrame,
  writeDaemonRequest,
} from "../proto_gen/daemon_pb.ts";
import { Reader, WireError, Writer } from "../src/wire.ts";
import { encodeFrame, FrameDecoder } from "../src/frame.ts";
import { JsonMappingError } from "../src/pbruntime.ts";
import {
  bytesEqual,
  fullName,
  hex,
  hexHead,
  MESSAGE_NAMES,
  messageDef,
  normalize,
  randomMessage,
  Rng,
  SCHEMA,
  unhex,
} from "./helpers/random_message.ts";

const HEAVY: Record<string, number> = {
  DaemonRequest: 2000,
  DaemonResponse: 2000,
  PipeStreamFrame: 2000,
  PtyStreamFrame: 1000,
  PtyInputFrame: 1000,
  ObserverEventFrame: 1000,
};
const PER_MESSAGE = 200;

function seedFor(name: string, i: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < name.length; k++) h = Math.imul(h ^ name.charCodeAt(k), 0x01000193);
  return (h + Math.imul(i, 0x9e3779b1)) >>> 0;
}

function expectWireError(fn: () => unknown, code: string, what: string): WireError {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof WireError)) throw new Error(`${what}: expected WireError ${code}, got ${e}`);
    assert.equal(e.code, code, `${what}: ${e.message}`);
    return e;
  }
  assert.fail(`${what}: expected WireError ${code}, decoded successfully`);
}

/** A Writer-built input (helper for hand-crafted wire bytes). */
function build(f: (w: Writer) => void): Uint8Array {
  const w = new Writer(16);
  f(w);
  return w.finish();
}

function sub(w: Writer, field: number, body: (w: Writer) => void): void {
  w.tag(field, 2);
  const k = w.beginLen();
  body(w);
  w.endLen(k);
}

describe("schema and registry", () => {
  test("MESSAGES has one codec per schema message; ENUMS-free create() is all defaults", () => {
    assert.equal(Object.keys(MESSAGES).length, SCHEMA.messages.length);
    for (const name of MESSAGE_NAMES) {
      const codec = MESSAGES[fullName(name)];
      assert.ok(codec, name);
      assert.equal(codec.typeName, fullName(name));
      // create() is the decoded form of the empty message.
      assert.deepStrictEqual(normalize(name, codec.create(), true), normalize(name, {}));
      assert.deepStrictEqual(codec.create(), codec.decode(new Uint8Array(0)));
    }
  });

  test("the upstream core (>= 99 messages, 17 enums, the map, 3 upstream oneofs) is present", () => {
    assert.ok(SCHEMA.messages.length >= 99);
    assert.equal(SCHEMA.enums.length, 17);
    const maps = SCHEMA.messages.flatMap((m) => m.fields.filter((f) => f.kind === "map"));
    assert.equal(maps.length, 1);
    for (const n of ["PtyStreamFrame", "PtyInputFrame", "PipeStreamFrame"]) {
      assert.deepEqual(messageDef(n).oneofs, ["frame"]);
    }
  });
});

describe("random round trips, every message", () => {
  let total = 0;
  for (const name of MESSAGE_NAMES) {
    const n = HEAVY[name] ?? PER_MESSAGE;
    test(`${name} × ${n}`, () => {
      const codec = MESSAGES[fullName(name)];
      // The empty message.
      assert.equal(codec.encode({}).length, 0);
      assert.deepStrictEqual(
        normalize(name, codec.decode(new Uint8Array(0)), true),
        normalize(name, {}),
      );
      for (let i = 0; i < n; i++) {
        const seed = seedFor(name, i);
        const rng = new Rng(seed);
        const presence = [0.1, 0.5, 0.9][i % 3];
        const value = randomMessage(rng, name, { presence });
        const expected = normalize(name, value);
        const bytes = codec.encode(value);
        const decoded = codec.decode(bytes);
        const ctx = `${name} seed=${seed} bytes=${hexHead(bytes)}`;
        assert.deepStrictEqual(normalize(name, decoded, true), expected, ctx);
        // Re-encoding the decoded value is byte-identical (canonical encoding).
        assert.ok(bytesEqual(codec.encode(decoded), bytes), ctx);
        // JSON mapping, through real JSON text.
        const json = JSON.parse(JSON.stringify(codec.toJson(value)));
        assert.deepStrictEqual(
          normalize(name, codec.fromJson(json), true),
          expected,
          `${ctx} json`,
        );
        assert.deepStrictEqual(codec.toJson(decoded), codec.toJson(value), `${ctx} toJson`);
        total++;
      }
    });
  }
  test("in total thousands of instances", () => {
    assert.ok(total >= 20000, `${total}`);
  });
});

describe("the generator exercises the interesting values", () => {
  test("coverage of edges across DaemonRequest/DaemonResponse/frames", () => {
    const seen = new Set<string>();
    const visit = (v: unknown): void => {
      if (typeof v === "bigint") {
        seen.add("bigint");
        if (v === (1n << 64n) - 1n) seen.add("u64max");
        if (v === (1n << 53n) + 1n) seen.add("2^53+1");
        if (v === -(1n << 63n)) seen.add("i64min");
      } else if (typeof v === "number") {
        if (Number.isNaN(v)) seen.add("NaN");
        if (v === Infinity) seen.add("Infinity");
        if (v === -2147483648) seen.add("i32min");
      } else if (typeof v === "string") {
        if (v === "") seen.add("empty string");
        if (/[\u{10000}-\u{10ffff}]/u.test(v)) seen.add("astral");
        if (v.length > 16384) seen.add("long string");
      } else if (v instanceof Uint8Array) {
        if (v.length === 0) seen.add("empty bytes");
        if (v.length > 16384) seen.add("large bytes");
      } else if (Array.isArray(v)) {
        if (v.length === 0) seen.add("empty list");
        if (v.length > 3) seen.add("long list");
        v.forEach(visit);
      } else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if ("case" in o && "value" in o) {
          const x = o.value;
          if (x === 0 || x === false || x === "" || (x instanceof Uint8Array && !x.length)) {
            seen.add("oneof default");
          }
        }
        if (Object.prototype.hasOwnProperty.call(o, "__proto__")) seen.add("__proto__ key");
        Object.values(o).forEach(visit);
      }
    };
    for (const name of ["DaemonRequest", "DaemonResponse", "PipeStreamFrame", "PtyInputFrame"]) {
      for (let i = 0; i < 2000; i++) {
        visit(randomMessage(new Rng(seedFor(name, i)), name, { presence: 0.5 }));
      }
    }
    for (
      const k of [
        "bigint",
        "u64max",
        "2^53+1",
        "NaN",
        "Infinity",
        "i32min",
        "empty string",
        "astral",
        "long string",
        "empty bytes",
        "large bytes",
        "empty list",
        "long list",
        "oneof default",
        "__proto__ key",
      ]
    ) {
      assert.ok(seen.has(k), `generator never produced: ${k}`);
    }
  });
});

describe("edge cases", () => {
  test("uint64 2^53+1 and 2^64-1 are exact (decoded as bigint), 2^53-1 stays a number", () => {
    for (const v of [(1n << 53n) + 1n, (1n << 64n) - 1n, 1n << 63n, 1n << 53n]) {
      const req = decodeDaemonRequest(encodeDaemonRequest({ id: v }));
      assert.equal(typeof req.id, "bigint");
      assert.equal(req.id, v);
      const f = decodePipeStreamFrame(
        encodePipeStreamFrame({ frame: { case: "missedBytes", value: v } }),
      );
      assert.deepStrictEqual(f.frame, { case: "missedBytes", value: v });
    }
    const safe = decodeDaemonRequest(encodeDaemonRequest({ id: 2 ** 53 - 1 }));
    assert.equal(safe.id, Number.MAX_SAFE_INTEGER);
    // Small values given as bigint decode as numbers.
    assert.equal(decodeDaemonRequest(encodeDaemonRequest({ id: 7n })).id, 7);
    assert.equal(hex(encodeDaemonRequest({ id: (1n << 64n) - 1n })), "08ffffffffffffffffff01");
    assert.equal(hex(encodeDaemonRequest({ id: (1n << 53n) + 1n })), "088180808080808010");
    // int64 edges.
    for (const v of [-(1n << 63n), (1n << 63n) - 1n, -(1n << 53n) - 1n]) {
      assert.equal(decodePingResponse(encodePingResponse({ serverTimeMs: v })).serverTimeMs, v);
    }
    assert.equal(decodePingResponse(encodePingResponse({ serverTimeMs: -1 })).serverTimeMs, -1);
    assert.equal(hex(encodePingResponse({ serverTimeMs: -1 })), "08ffffffffffffffffff01");
  });

  test("out-of-range 64-bit values are rejected on encode", () => {
    expectWireError(() => encodeDaemonRequest({ id: 1n << 64n }), "VALUE_OUT_OF_RANGE", "2^64");
    expectWireError(() => encodeDaemonRequest({ id: -1 }), "VALUE_OUT_OF_RANGE", "uint64 -1");
    expectWireError(
      () => encodePingResponse({ serverTimeMs: 1n << 63n }),
      "VALUE_OUT_OF_RANGE",
      "2^63",
    );
    expectWireError(() => encodeDaemonRequest({ id: 1.5 }), "VALUE_OUT_OF_RANGE", "1.5");
  });

  test("negative int32 and negative enum values encode as 10-byte varints", () => {
    const b = encodePipeStreamFrame({ frame: { case: "exitCode", value: -1 } });
    assert.equal(hex(b), "18ffffffffffffffffff01");
    assert.equal(b.length, 11);
    assert.deepStrictEqual(decodePipeStreamFrame(b).frame, { case: "exitCode", value: -1 });
    const min = encodePipeStreamFrame({ frame: { case: "exitCode", value: -2147483648 } });
    assert.equal(hex(min), "1880808080f8ffffffff01");
    assert.equal(decodePipeStreamFrame(min).frame?.value, -2147483648);
    const e = encodeDaemonRequest({ type: -5 });
    assert.equal(hex(e), "10fbffffffffffffffff01");
    assert.equal(decodeDaemonRequest(e).type, -5);
    // Unknown enum numbers survive (open enums), and map to the number in JSON.
    const u = decodeDaemonRequest(encodeDaemonRequest({ type: 999 }));
    assert.equal(u.type, 999);
  });

  test("a oneof member set to its default value is still encoded", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ frame: { case: "bytes", value: new Uint8Array(0) } }, "0a00"],
      [{ frame: { case: "eof", value: false } }, "1000"],
      [{ frame: { case: "exitCode", value: 0 } }, "1800"],
      [{ frame: { case: "missedBytes", value: 0 } }, "2000"],
      [{ frame: { case: "missedBytes", value: 0n } }, "2000"],
      [{ frame: { case: "error", value: "" } }, "2a00"],
      [{ frame: { case: "stolenBy", value: "" } }, "3200"],
    ];
    for (const [value, want] of cases) {
      const b = encodePipeStreamFrame(value);
      assert.equal(hex(b), want);
      const back = decodePipeStreamFrame(b);
      assert.deepStrictEqual(
        normalize("PipeStreamFrame", back, true),
        normalize("PipeStreamFrame", value),
      );
      assert.notEqual(back.frame, undefined);
      // The JSON mapping keeps it too.
      assert.equal(Object.keys(toJsonPipeStreamFrame(value)).length, 1);
    }
    // A message-typed member that is empty.
    const r = encodePtyInputFrame({ frame: { case: "resize", value: {} } });
    assert.equal(hex(r), "1200");
    assert.deepStrictEqual(decodePtyInputFrame(r).frame, {
      case: "resize",
      value: { rows: 0, cols: 0 },
    });
    // An absent oneof writes nothing.
    assert.equal(encodePipeStreamFrame({}).length, 0);
  });

  test("an empty present sub-message is encoded (docs/PROTOCOL.md#wire-examples ping {})", () => {
    assert.equal(hex(encodeDaemonRequest({ ping: {} })), "c20200");
    assert.deepStrictEqual(decodeDaemonRequest(unhex("c20200")).ping, {});
    assert.equal(decodeDaemonRequest(new Uint8Array(0)).ping, undefined);
  });

  test("-0 and NaN doubles", () => {
    // Like prost (`value != 0.0`), -0.0 counts as the default and is not written.
    assert.equal(encodeMessage("TrackedProcess", { createdAt: -0 }).length, 0);
    const nan = encodeMessage("TrackedProcess", { createdAt: NaN });
    assert.equal(hex(nan), "11000000000000f87f");
    const back = MESSAGES[fullName("TrackedProcess")].decode(nan) as { createdAt: number };
    assert.ok(Number.isNaN(back.createdAt));
    // A -0 on the wire decodes as -0.
    const neg = MESSAGES[fullName("TrackedProcess")].decode(unhex("110000000000000080")) as {
      createdAt: number;
    };
    assert.ok(Object.is(neg.createdAt, -0));
  });

  test("repeated uint32 decodes packed, unpacked and both mixed", () => {
    // RegisterSessionObserverRequest.categories = 3 (repeated uint32).
    const packed = unhex("1a 04 00 01 80 01");
    const unpacked = unhex("18 00 18 01 18 80 01");
    const mixed = unhex("18 00 1a 03 01 80 01 18 07 1a 00");
    assert.deepEqual(decodeRegisterSessionObserverRequest(packed).categories, [0, 1, 128]);
    assert.deepEqual(decodeRegisterSessionObserverRequest(unpacked).categories, [0, 1, 128]);
    assert.deepEqual(decodeRegisterSessionObserverRequest(mixed).categories, [0, 1, 128, 7]);
    // Our encoder packs.
    assert.equal(
      hex(MESSAGES[fullName("RegisterSessionObserverRequest")].encode({ categories: [0, 1, 128] })),
      "1a0400018001",
    );
    // A packed run whose last varint overruns the packed length is an error.
    expectWireError(
      () => decodeRegisterSessionObserverRequest(unhex("1a 02 01 80 01")),
      "TRUNCATED",
      "overrunning packed varint",
    );
  });

  test("a scalar field repeated in the input: the last value wins", () => {
    const b = build((w) => {
      w.tag(1, 0).uint64(1);
      w.tag(4, 2).string("first");
      w.tag(2, 0).int32(RequestType.REQUEST_TYPE_PING);
      w.tag(1, 0).uint64(2);
      w.tag(4, 2).string("second");
      w.tag(2, 0).int32(RequestType.REQUEST_TYPE_STATUS);
    });
    const req = decodeDaemonRequest(b);
    assert.equal(req.id, 2);
    assert.equal(req.clientName, "second");
    assert.equal(req.type, RequestType.REQUEST_TYPE_STATUS);
    // Oneof: the last member seen wins, even across members.
    const f = decodePipeStreamFrame(unhex("18 05 2a 01 78 10 01"));
    assert.deepStrictEqual(f.frame, { case: "eof", value: true });
  });

  test("a sub-message appearing twice is merged", () => {
    // DaemonResponse.status (42) in two pieces.
    const b = build((w) => {
      sub(w, 42, (w) => w.tag(1, 2).string("v1").tag(3, 0).uint32(9));
      w.tag(1, 0).uint64(5);
      sub(w, 42, (w) => w.tag(2, 0).uint64(77).tag(3, 0).uint32(10));
      // Repeated fields inside a merged sub-message are appended.
      sub(w, 20, (w) => sub(w, 1, (w) => w.tag(1, 0).uint32(100)));
      sub(w, 20, (w) => sub(w, 1, (w) => w.tag(1, 0).uint32(200)));
    });
    const res: DaemonResponse = decodeDaemonResponse(b);
    assert.equal(res.requestId, 5);
    assert.equal(res.status?.version, "v1");
    assert.equal(res.status?.uptimeSeconds, 77);
    assert.equal(res.status?.trackedProcessCount, 10);
    assert.deepEqual(res.listActive?.processes.map((p) => p.pid), [100, 200]);
    // A message-typed oneof member twice: merged as well.
    const r = decodePtyInputFrame(unhex("12 02 08 18 12 02 10 50"));
    assert.deepStrictEqual(r.frame, { case: "resize", value: { rows: 24, cols: 80 } });
    // ...but a different member in between resets it.
    const r2 = decodePtyInputFrame(unhex("12 02 08 18 18 01 12 02 10 50"));
    assert.deepStrictEqual(r2.frame, { case: "resize", value: { rows: 0, cols: 80 } });
    // A map sub-message: duplicate keys, last wins.
    const env = build((w) => {
      sub(w, 4, (w) => w.tag(1, 2).string("K").tag(2, 2).string("a"));
      sub(w, 4, (w) => w.tag(1, 2).string("K").tag(2, 2).string("b"));
    });
    assert.deepEqual(decodeServiceConfig(env).env, { K: "b" });
  });

  test("map entries: missing key/value default; __proto__ is an ordinary key", () => {
    const b = build((w) => {
      sub(w, 4, (w) => w.tag(2, 2).string("only-value"));
      sub(w, 4, (w) => w.tag(1, 2).string("only-key"));
      sub(w, 4, () => {});
      sub(w, 4, (w) => w.tag(2, 2).string("v").tag(1, 2).string("swapped"));
    });
    const cfg = decodeServiceConfig(b);
    assert.equal(cfg.env[""], "");
    assert.equal(cfg.env["only-key"], "");
    assert.equal(cfg.env.swapped, "v");
    const env: Record<string, string> = {};
    Object.defineProperty(env, "__proto__", {
      value: "x",
      enumerable: true,
      configurable: true,
      writable: true,
    });
    const back = decodeServiceConfig(encodeServiceConfig({ env }));
    assert.ok(Object.prototype.hasOwnProperty.call(back.env, "__proto__"));
    assert.equal(Object.getPrototypeOf(back.env), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(back.env, "__proto__")?.value, "x");
    // Unknown fields inside a map entry are skipped; a wrong wire type for the key is an error.
    const extra = build((w) =>
      sub(w, 4, (w) => w.tag(1, 2).string("k").tag(9, 0).uint32(1).tag(2, 2).string("v"))
    );
    assert.deepEqual(decodeServiceConfig(extra).env, { k: "v" });
    expectWireError(
      () => decodeServiceConfig(build((w) => sub(w, 4, (w) => w.tag(1, 0).uint32(1)))),
      "INVALID_WIRE_TYPE",
      "map key with wire type 0",
    );
  });

  test("unknown fields of every wire type are kept, at every level, and written back", () => {
    const unknowns = (w: Writer) => {
      w.tag(900, 0).uint64((1n << 64n) - 1n);
      w.tag(901, 1).fixed64(123);
      w.tag(902, 2).bytes(new Uint8Array([1, 2, 3]));
      sub(w, 903, (w) => w.tag(1, 0).uint32(1)); // an unknown "message"
      w.tag(904, 5).fixed32(7);
      w.tag(536870911, 0).uint32(1); // the largest field number
    };
    const b = build((w) => {
      unknowns(w);
      w.tag(5, 0).uint32(3); // a gap in DaemonRequest's numbers (4 → 10)
      w.tag(1, 0).uint64(9);
      sub(w, 60, (w) => {
        unknowns(w);
      });
      unknowns(w);
      sub(w, 40, unknowns);
    });
    const req = decodeDaemonRequest(b);
    assert.equal(req.id, 9);
    assert.ok(req.spawnPtySession);
    // One byte run per message: every unknown field, key and value, in arrival order.
    const six = build(unknowns);
    assert.equal(hex(req.ping!.$unknown!), hex(six));
    assert.equal(hex(req.spawnPtySession!.$unknown!), hex(six));
    assert.equal(hex(req.$unknown!), hex(six) + "2803" + hex(six));
    // Re-encoding writes them back after the known fields, in the order they came.
    const again = encodeDaemonRequest(req);
    const want = build((w) => {
      w.tag(1, 0).uint64(9);
      sub(w, 40, unknowns);
      sub(w, 60, unknowns);
      unknowns(w);
      w.tag(5, 0).uint32(3);
      unknowns(w);
    });
    assert.equal(hex(again), hex(want));
    assert.deepStrictEqual(
      normalize("DaemonRequest", decodeDaemonRequest(again), true),
      normalize("DaemonRequest", req, true),
    );
    // They are owned copies: the input buffer can be reused.
    b.fill(0);
    assert.equal(hex(encodeDaemonRequest(req)), hex(want));
    // The JSON form has no place for them.
    assert.equal(JSON.stringify(toJsonDaemonRequest(req)).includes("unknown"), false);
  });

  test("kept unknown fields: the exact-size encoders, a padded key, a message built by hand", () => {
    // Stream frames are encoded by exact-size code; a kept field must still come back.
    const frame = unhex("0a 02 6869" + "a0 06 01");
    const f = decodePipeStreamFrame(frame);
    assert.equal(hex(f.$unknown!), "a00601");
    assert.equal(hex(encodePipeStreamFrame(f)), hex(frame));
    // A key in a longer form than needed is kept in its shortest form (same field, same value).
    const padded = decodePipeStreamFrame(unhex("a0 86 00 01"));
    assert.equal(hex(encodePipeStreamFrame(padded)), "a00601");
    // Users may set $unknown themselves, e.g. to forward a field of a newer schema.
    const b = encodeDaemonRequest({ id: 1, $unknown: unhex("a0 06 01") });
    assert.equal(hex(b), "0801a00601");
  });

  test("a run of unknown fields: padded keys and known fields between them, budget exact", () => {
    // PipeStreamFrame: field 100 unknown (shortest "a0 06", padded "a0 86 00"), field 1 known.
    const f = decodePipeStreamFrame(
      unhex("a0 06 01" + "a8 06 02" + "a0 86 00 03" + "b0 06 04" + "0a 01 7a" + "a0 06 05"),
    );
    assert.equal(hex(f.$unknown!), "a00601" + "a80602" + "a00603" + "b00604" + "a00605");
    assert.equal(hex(encodePipeStreamFrame(f)), "0a017a" + hex(f.$unknown!));
    // Each unknown field of a run counts against the element budget, one by one.
    const run = (n: number) => {
      const b = new Uint8Array(2 * n);
      for (let i = 0; i < b.length; i += 2) b[i] = 0x28; // field 5, varint 0
      return b;
    };
    assert.equal(decodeDaemonRequest(run(1000), 1000).$unknown!.length, 2000);
    expectWireError(() => decodeDaemonRequest(run(1001), 1000), "TOO_MANY_ELEMENTS", "budget");
  });

  test("many unknown fields make ONE owned run per message, not one object per field", () => {
    // 100,000 two-byte unknown fields (field 5, varint 0) inside PING.
    const body = new Uint8Array(200_000);
    for (let i = 0; i < body.length; i += 2) body[i] = 0x28;
    const b = build((w) => {
      w.tag(1, 0).uint64(7);
      sub(w, 40, (w) => w.unknown(body));
    });
    const req = decodeDaemonRequest(b);
    const run = req.ping!.$unknown!;
    assert.ok(run instanceof Uint8Array);
    assert.equal(run.length, body.length);
    assert.equal(hex(run.subarray(0, 6)), "280028002800");
    // The run never holds more than twice its bytes, and written back it is the input.
    assert.ok(run.buffer.byteLength <= 2 * run.length + 32);
    assert.equal(hex(encodeDaemonRequest(req)), hex(b));
    // Merging into a message whose run is shared with another leaves the other one intact.
    const other = { ...req.ping! };
    const merged = readDaemonRequest(
      new Reader(build((w) => sub(w, 40, (w) => w.tag(6, 0).uint32(1)))),
      {
        ...req,
        ping: req.ping,
      },
    );
    assert.equal(merged.ping!.$unknown!.length, body.length + 2);
    assert.equal(other.$unknown!.length, body.length);
    assert.equal(hex(merged.ping!.$unknown!.subarray(body.length)), "3001");
  });

  test("a frame that decodes to too many elements is a TOO_MANY_ELEMENTS WireError", () => {
    const repeat = (pair: number[], n: number) => {
      const out = new Uint8Array(pair.length * n);
      for (let i = 0; i < out.length; i += pair.length) out.set(pair, i);
      return out;
    };
    const n = 140_000; // past the 131,072-element floor of the default budget
    const cases: [string, Uint8Array][] = [
      ["unknown fields", build((w) => sub(w, 40, (w) => w.unknown(repeat([0x28, 0x00], n))))],
      [
        "empty env sub-messages",
        build((w) => sub(w, 65, (w) => w.unknown(repeat([0x1a, 0x00], n)))),
      ],
      ["empty argv strings", build((w) => sub(w, 65, (w) => w.unknown(repeat([0x0a, 0x00], n))))],
    ];
    for (const [what, bytes] of cases) {
      const e = expectWireError(() => decodeDaemonRequest(bytes), "TOO_MANY_ELEMENTS", what);
      assert.match(e.message, /more than 131072 elements/, what);
    }
    // An explicit budget: exactly maxElements elements decode, one more does not.
    const ten = build((w) => sub(w, 65, (w) => w.unknown(repeat([0x0a, 0x00], 9))));
    assert.equal(decodeDaemonRequest(ten, 10).spawnPipeSession!.argv.length, 9);
    expectWireError(() => decodeDaemonRequest(ten, 9), "TOO_MANY_ELEMENTS", "one over");
  });

  test("a known field with the wrong wire type is a WireError", () => {
    const cases: [string, Uint8Array][] = [
      ["uint64 id as LEN", unhex("0a 01 00")],
      ["uint64 id as I64", unhex("09 0000000000000000")],
      ["uint64 id as I32", unhex("0d 00000000")],
      ["enum type as LEN", unhex("12 00")],
      ["string client_name as VARINT", unhex("20 01")],
      ["string client_name as I32", unhex("25 00000000")],
      ["message ping as VARINT", unhex("c0 02 00")],
      ["message ping as I64", unhex("c1 02 0000000000000000")],
    ];
    for (const [what, b] of cases) {
      const e = expectWireError(() => decodeDaemonRequest(b), "INVALID_WIRE_TYPE", what);
      assert.ok(e.offset >= 0 && e.offset <= b.length, `${what}: offset ${e.offset}`);
    }
    // Inside a sub-message too, with an offset inside the sub-message.
    const badInner = build((w) => sub(w, 42, (w) => w.tag(1, 0).uint32(1))); // StatusResponse.version as VARINT
    const e = expectWireError(() => decodeDaemonResponse(badInner), "INVALID_WIRE_TYPE", "nested");
    assert.ok(e.offset >= 3, `offset ${e.offset}`);
    // Wire types 3/4 (groups) are rejected outright, even for unknown field numbers.
    expectWireError(() => decodeDaemonRequest(unhex("fb 0f")), "INVALID_WIRE_TYPE", "SGROUP");
    expectWireError(() => decodeDaemonRequest(unhex("fc 0f")), "INVALID_WIRE_TYPE", "EGROUP");
  });

  test("writeX into a shared Writer and readX with `into` (merge API)", () => {
    const w = new Writer(4);
    w.tag(1, 0).uint32(1); // a prefix that belongs to someone else
    const start = w.pos;
    writeDaemonRequest(w, { id: 3, clientName: "c" });
    const bytes = w.finish();
    const r = new Reader(bytes, start);
    const into: DaemonRequest = decodeDaemonRequest(encodeDaemonRequest({ type: 40 }));
    const merged = readDaemonRequest(r, into);
    assert.equal(merged, into);
    assert.equal(merged.id, 3);
    assert.equal(merged.type, 40);
    assert.equal(merged.clientName, "c");
  });

  test("decoded bytes are views of the input; encode copies", () => {
    const payload = new Uint8Array([1, 2, 3]);
    const b = encodePipeStreamFrame({ frame: { case: "bytes", value: payload } });
    payload[0] = 9;
    const f = decodePipeStreamFrame(b);
    assert.deepEqual([...(f.frame!.value as Uint8Array)], [1, 2, 3]);
    b[2] = 42;
    assert.equal((f.frame!.value as Uint8Array)[0], 42);
  });
});

describe("JSON mapping details", () => {
  test("canonical output: 64-bit as strings, enums by name, bytes base64, defaults omitted", () => {
    const req = {
      id: (1n << 64n) - 1n,
      type: RequestType.REQUEST_TYPE_PING,
      protocolVersion: 0,
      clientName: "c",
      ping: {},
    };
    assert.deepStrictEqual(toJsonDaemonRequest(req), {
      id: "18446744073709551615",
      type: "REQUEST_TYPE_PING",
      clientName: "c",
      ping: {},
    });
    assert.deepStrictEqual(toJsonDaemonRequest({ type: 999 }), { type: 999 });
    assert.deepStrictEqual(
      toJsonPipeStreamFrame({ frame: { case: "bytes", value: new Uint8Array([1, 2, 3, 4]) } }),
      { bytes: "AQIDBA==" },
    );
  });

  test("input: proto names, numbers for 64-bit and enums, null as absent, url-safe base64", () => {
    const m = fromJsonDaemonRequest({
      id: 5,
      type: 40,
      protocol_version: 1,
      client_name: null,
      ping: {},
    });
    assert.equal(m.id, 5);
    assert.equal(m.type, 40);
    assert.equal(m.protocolVersion, 1);
    assert.equal(m.clientName, "");
    assert.deepStrictEqual(m.ping, {});
    assert.equal(fromJsonDaemonRequest({ id: "9007199254740993" }).id, (1n << 53n) + 1n);
    const f = MESSAGES[fullName("PipeStreamFrame")].fromJson({ bytes: "-_8" }) as {
      frame: { value: Uint8Array };
    };
    assert.deepEqual([...f.frame.value], [0xfb, 0xff]);
  });

  test("bad JSON is a JsonMappingError naming the path", () => {
    const bad: unknown[] = [
      { nope: 1 },
      { id: "12x" },
      { id: "18446744073709551616" },
      { id: -1 },
      { type: "REQUEST_TYPE_NOPE" },
      { protocolVersion: 4294967296 },
      { protocolVersion: 1.5 },
      { clientName: 5 },
      { ping: [] },
      [],
      null,
    ];
    for (const j of bad) {
      assert.throws(
        () => fromJsonDaemonRequest(j),
        (e: unknown) => e instanceof JsonMappingError && e.path.startsWith("DaemonRequest"),
        JSON.stringify(j),
      );
    }
    assert.throws(
      () => fromJsonPipeStreamFrame({ eof: true, error: "x" }),
      (e: unknown) => e instanceof JsonMappingError,
    );
  });
});

describe("docs/PROTOCOL.md#wire-examples wire examples", () => {
  const PING_REQUEST = "00 00 00 21 08 01 10 28 18 01 22 16 72 75 6e 6e 69 6e 67 2d 70 72 6f 63" +
    " 65 73 73 2d 63 6c 69 65 6e 74 c2 02 00";
  const PING_RESPONSE = "00 00 00 0c 08 01 c2 02 07 08 80 d0 95 ff bc 31";

  test("ping request", () => {
    const framed = unhex(PING_REQUEST);
    const body = framed.subarray(4);
    const req = {
      id: 1,
      type: RequestType.REQUEST_TYPE_PING,
      protocolVersion: 1,
      clientName: "running-process-client",
      ping: {},
    };
    assert.equal(hex(encodeDaemonRequest(req)), hex(body));
    assert.equal(hex(encodeFrame(encodeDaemonRequest(req))), hex(framed));
    assert.equal(new DataView(framed.buffer).getUint32(0), body.length);
    const back = decodeDaemonRequest(body);
    assert.deepStrictEqual(normalize("DaemonRequest", back, true), normalize("DaemonRequest", req));
    const dec = new FrameDecoder(1 << 20);
    dec.push(framed);
    const frame = dec.next();
    assert.ok(frame);
    assert.equal(hex(frame), hex(body));
  });

  test("ping response", () => {
    const framed = unhex(PING_RESPONSE);
    const body = framed.subarray(4);
    const res = {
      requestId: 1,
      code: StatusCode.STATUS_CODE_OK,
      ping: { serverTimeMs: 1700000000000 },
    };
    assert.equal(hex(encodeDaemonResponse(res)), hex(body));
    assert.equal(hex(encodeFrame(encodeDaemonResponse(res))), hex(framed));
    const back = decodeDaemonResponse(body);
    assert.equal(back.requestId, 1);
    assert.equal(back.code, 0);
    assert.equal(back.message, "");
    assert.equal(back.ping?.serverTimeMs, 1700000000000);
    // A zero-length frame decodes as an all-defaults DaemonRequest (docs/PROTOCOL.md#framing).
    assert.deepStrictEqual(
      normalize("DaemonRequest", decodeDaemonRequest(new Uint8Array(0)), true),
      normalize("DaemonRequest", {}),
    );
  });
});

function encodeMessage(name: string, value: Record<string, unknown>): Uint8Array {
  return MESSAGES[fullName(name)].encode(value);
}

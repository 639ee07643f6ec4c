/**
 * Independent peer check against protobufjs: the schema is loaded by protobufjs at run time
 * from `proto_gen/daemon.proto` (its own parser, its own codec), and for every message and
 * many seeded random instances:
 *
 * - our encoding is byte-identical to `encode(fromObject(...)).finish()`;
 * - we decode protobufjs's bytes to the original value;
 * - protobufjs decodes our bytes to the original value.
 *
 * Byte identity holds because both sides write fields in field-number order (every message of
 * the schema declares its fields in ascending number order, and the messages with a oneof have
 * no other fields — asserted below), both write map entries with key and value even when they
 * are defaults, both pack repeated scalars, and both write negative int32/enums as 10-byte
 * varints. protobufjs writes every field that is set, so {@link toProtobufjs} hands it only the
 * non-default singular scalars (proto3 implicit presence) plus any set oneof member.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import protobuf from "protobufjs";
import Long from "long";
import { MESSAGES } from "../proto_gen/daemon_pb.ts";
import {
  bytesEqual,
  fromProtobufjs,
  fullName,
  type GenOptions,
  hex,
  hexHead,
  type LongFromString,
  MESSAGE_NAMES,
  messageDef,
  normalize,
  randomMessage,
  Rng,
  SCHEMA,
  SCHEMA_TEXT,
  toProtobufjs,
  unhex,
} from "./helpers/random_message.ts";

protobuf.util.Long = Long;
protobuf.configure();

const root = protobuf.parse(SCHEMA_TEXT, { keepCase: false }).root;
root.resolveAll();

const long: LongFromString = (s, unsigned) => Long.fromString(s, unsigned);

const TO_OBJECT = { longs: String, enums: Number, defaults: false, oneofs: false };

const BIG = new Set([
  "DaemonRequest",
  "DaemonResponse",
  "PipeStreamFrame",
  "PtyStreamFrame",
  "PtyInputFrame",
]);

function iterationsFor(name: string): number {
  return BIG.has(name) ? 600 : 120;
}

// deno-lint-ignore no-explicit-any
type PbType = any;

function pbType(name: string): PbType {
  return root.lookupType(fullName(name));
}

function checkInstance(
  name: string,
  T: PbType,
  value: Record<string, unknown>,
  seed: number,
): number {
  const codec = MESSAGES[fullName(name)];
  const expected = normalize(name, value);
  const ours = codec.encode(value);
  const pbMsg = T.fromObject(toProtobufjs(name, value, long));
  const theirs: Uint8Array = T.encode(pbMsg).finish();
  const ctx = () => `${name} seed=${seed} ours=${hexHead(ours)} theirs=${hexHead(theirs)}`;
  if (!bytesEqual(ours, theirs)) {
    let i = 0;
    while (i < ours.length && ours[i] === theirs[i]) i++;
    assert.fail(`bytes differ at ${i}: ${ctx()}`);
  }
  // We decode protobufjs's bytes.
  assert.deepStrictEqual(normalize(name, codec.decode(theirs), true), expected, ctx());
  // protobufjs decodes our bytes.
  const back = T.toObject(T.decode(ours), TO_OBJECT);
  assert.deepStrictEqual(normalize(name, fromProtobufjs(name, back)), expected, ctx());
  return 1;
}

describe("protobufjs peer", () => {
  test("protobufjs sees the same schema (messages, fields, numbers, oneofs)", () => {
    for (const m of SCHEMA.messages) {
      const T = pbType(m.name);
      const ours = m.fields.map((f) => `${f.number}`).sort().join();
      const theirs = T.fieldsArray.map((f: { id: number }) => `${f.id}`).sort().join();
      assert.equal(theirs, ours, m.name);
      assert.deepEqual(
        (T.oneofsArray ?? []).map((o: { name: string }) => o.name).sort(),
        [...m.oneofs].sort(),
        m.name,
      );
    }
  });

  test("field declaration order is ascending and oneofs stand alone (byte identity premise)", () => {
    for (const name of MESSAGE_NAMES) {
      const m = messageDef(name);
      const nums = m.fields.map((f) => f.number);
      assert.deepEqual(nums, [...nums].sort((a, b) => a - b), name);
      if (m.oneofs.length) assert.ok(m.fields.every((f) => f.oneof), name);
    }
  });

  describe("every message: byte-identical encodings and cross decoding", () => {
    const opts: GenOptions = { protobufjsSafe: true };
    let instances = 0;
    MESSAGE_NAMES.forEach((name, mi) => {
      const n = iterationsFor(name);
      test(`${name} × ${n}`, () => {
        const T = pbType(name);
        // The empty message is byte-identical too (zero bytes).
        checkInstance(name, T, {}, -1);
        for (let i = 0; i < n; i++) {
          const seed = (0x5eed0000 + mi * 1000 + i) >>> 0;
          const rng = new Rng(seed);
          // Vary density: sparse, medium and dense instances.
          const presence = [0.15, 0.55, 0.9][i % 3];
          instances += checkInstance(
            name,
            T,
            randomMessage(rng, name, { ...opts, presence }),
            seed,
          );
        }
      });
    });
    test("in total thousands of instances", () => {
      assert.ok(instances >= 5000, `only ${instances} instances`);
    });
  });

  test("64-bit edges agree exactly (uint64 2^53+1, 2^64-1; int64 -2^63)", () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        "PipeStreamFrame",
        { frame: { case: "missedBytes", value: (1n << 53n) + 1n } },
        "208180808080808010",
      ],
      [
        "PipeStreamFrame",
        { frame: { case: "missedBytes", value: (1n << 64n) - 1n } },
        "20ffffffffffffffffff01",
      ],
      ["PingResponse", { serverTimeMs: -(1n << 63n) }, "0880808080808080808001"],
      ["PingResponse", { serverTimeMs: (1n << 63n) - 1n }, "08ffffffffffffffff7f"],
      ["PipeStreamFrame", { frame: { case: "exitCode", value: -1 } }, "18ffffffffffffffffff01"],
      ["PipeStreamFrame", { frame: { case: "missedBytes", value: 0 } }, "2000"],
    ];
    for (const [name, value, want] of cases) {
      checkInstance(name, pbType(name), value, 0);
      assert.equal(hex(MESSAGES[fullName(name)].encode(value)), want, name);
    }
  });

  test("we decode protobufjs's unpacked repeated uint32 and protobufjs decodes our packed form", () => {
    // ObserverSpec has repeated uint32 categories = 1 in our extension; GetSessionObserverStatus
    // upstream has repeated uint32 categories = 3 (RegisterSessionObserverRequest).
    const name = "RegisterSessionObserverRequest";
    const T = pbType(name);
    const f = messageDef(name).fields.find((x) => x.repeated && x.type === "uint32");
    assert.ok(f, "schema has a repeated uint32");
    const key = (f.number << 3) >>> 0;
    // Unpacked, as proto2 writers or protobufjs with packed=false would write it.
    const unpacked = new Uint8Array([key, 1, key, 0x80, 0x01, key, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    const ours = MESSAGES[fullName(name)].decode(unpacked) as Record<string, unknown>;
    assert.deepEqual(ours.categories, [1, 128, 4294967295]);
    const theirs = T.toObject(T.decode(unpacked), TO_OBJECT);
    assert.deepEqual(theirs.categories, [1, 128, 4294967295]);
    const packed = MESSAGES[fullName(name)].encode({ categories: [1, 128, 4294967295] });
    assert.equal(hex(packed), hex(unhex(`${(key | 2).toString(16)} 08 01 80 01 ff ff ff ff 0f`)));
    assert.deepEqual(T.toObject(T.decode(packed), TO_OBJECT).categories, [1, 128, 4294967295]);
  });
});

// Our schema must stay wire-identical to upstream's (../shared/protocol/daemon.facts.proto):
// every upstream message, field, number, type, label, oneof and enum value is unchanged, and
// every addition uses a new number and is documented where it is declared.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { type FieldDef, type MessageDef, parseProto } from "../proto_gen/parser.ts";

const oursText = readFileSync(new URL("../proto_gen/daemon.proto", import.meta.url), "utf8");
const upstreamText = readFileSync(
  new URL("../../shared/protocol/daemon.facts.proto", import.meta.url),
  "utf8",
);
const ours = parseProto(oursText);
const upstream = parseProto(upstreamText);

describe("schema compatibility with upstream", () => {
  test("upstream counts: 99 messages, 17 enums, 3 oneofs, 1 map", () => {
    assert.equal(upstream.messages.length, 99);
    assert.equal(upstream.enums.length, 17);
    assert.equal(upstream.messages.reduce((n, m) => n + m.oneofs.length, 0), 3);
    assert.equal(
      upstream.messages.reduce((n, m) => n + m.fields.filter((f) => f.kind === "map").length, 0),
      1,
    );
    assert.equal(ours.package, upstream.package);
  });

  test("every upstream message and field is unchanged", () => {
    for (const um of upstream.messages) {
      const om: MessageDef | undefined = ours.messages.find((m) => m.name === um.name);
      assert.ok(om, `message ${um.name} missing`);
      for (const uf of um.fields) {
        const mine: FieldDef | undefined = om.fields.find((f) => f.number === uf.number);
        assert.ok(mine, `${um.name}.${uf.name} (${uf.number}) missing`);
        const shape = (f: typeof uf) => ({
          name: f.name,
          type: f.type,
          kind: f.kind,
          repeated: f.repeated,
          oneof: f.oneof,
        });
        assert.deepEqual(shape(mine), shape(uf), `${um.name}.${uf.name}`);
      }
    }
  });

  test("every upstream enum value is unchanged", () => {
    for (const ue of upstream.enums) {
      const oe = ours.enums.find((e) => e.name === ue.name);
      assert.ok(oe, `enum ${ue.name} missing`);
      for (const v of ue.values) {
        assert.ok(oe.values.some((o) => o.name === v.name && o.number === v.number), v.name);
      }
    }
  });

  test("additions use new numbers and are documented at their declaration", () => {
    const lines = oursText.split("\n");
    const documented = (line: number) => {
      // the comment is on one of the lines just above the declaration
      for (let l = line - 2; l >= Math.max(0, line - 4); l--) {
        if (/^\s*\/\//.test(lines[l])) return true;
      }
      return false;
    };
    let additions = 0;
    for (const om of ours.messages) {
      const um = upstream.messages.find((m) => m.name === om.name);
      if (!um) {
        additions++;
        assert.ok(documented(om.line), `new message ${om.name} is not documented`);
        continue;
      }
      for (const of of om.fields) {
        if (um.fields.some((f) => f.number === of.number)) continue;
        additions++;
        assert.ok(
          !um.fields.some((f) => f.name === of.name),
          `${om.name}.${of.name} reuses a name`,
        );
        assert.ok(documented(of.line), `${om.name}.${of.name} is not documented`);
      }
    }
    for (const oe of ours.enums) {
      const ue = upstream.enums.find((e) => e.name === oe.name)!;
      for (const v of oe.values) {
        if (ue.values.some((u) => u.name === v.name)) continue;
        additions++;
        assert.ok(!ue.values.some((u) => u.number === v.number), `${v.name} reuses a number`);
      }
    }
    assert.ok(additions > 0);
  });
});

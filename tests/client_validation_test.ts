// Every generated typed method of DaemonClient validates its options against the schema: for
// every field of every request message (nested ones too), a value of the wrong kind rejects
// with a ValidationError that names the method and the field path, and nothing is sent.
// The expectations come from parsing proto_gen/daemon.proto here, not from the generated code.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { checkRequestOptions, REQUEST_METHODS } from "../src/client/generated_methods.ts";
import { ValidationError } from "../src/errors.ts";
import { type FieldDef, type MessageDef, parseProto } from "../proto_gen/parser.ts";

const schema = parseProto(
  readFileSync(new URL("../proto_gen/daemon.proto", import.meta.url), "utf8"),
);
const messages = new Map(schema.messages.map((m) => [m.name, m]));
/** The field kinds the cases covered ("repeated", "map", "enum", "message" or a scalar type). */
const kinds = new Set<string>();
const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A value of the wrong kind for a (non-repeated) value of this type, and what the error says. */
function wrongValue(type: string, kind: string): { value: unknown; says: RegExp } {
  if (kind === "message") return { value: "x", says: /must be an object, got "x"/ };
  if (kind === "enum") return { value: "no-such-name", says: /must be one of "/ };
  switch (type) {
    case "string":
      return { value: 42, says: /must be a string, got 42/ };
    case "bool":
      return { value: "yes", says: /must be a boolean, got "yes"/ };
    case "bytes":
      return { value: 42, says: /must be a Uint8Array or a string, got 42/ };
    case "double":
    case "float":
      return { value: "1", says: /must be a number, got "1"/ };
    case "uint32":
      return { value: -1, says: /must be an integer in 0\.\.4294967295, got -1/ };
    case "int32":
      return { value: 1.5, says: /must be an integer in -2147483648\.\.2147483647, got 1\.5/ };
    default:
      if (type.endsWith("64")) return { value: "7", says: /must be a safe integer or a bigint/ };
      throw new Error(`no wrong value for ${type}`);
  }
}

/** Every (options, path, pattern) case of a message, with nested messages recursed into. */
function* cases(
  m: MessageDef,
  wrap: (inner: unknown) => unknown,
  prefix: string,
  depth = 0,
): Generator<{ options: unknown; path: string; says: RegExp }> {
  yield {
    options: wrap({ noSuchField: 1 }),
    path: `${prefix}noSuchField`,
    says: /unknown field/,
  };
  for (const f of m.fields as FieldDef[]) {
    const name = camel(f.name);
    const path = prefix + name;
    const at = (v: unknown) => wrap({ [name]: v });
    kinds.add(
      f.kind === "map" ? "map" : f.repeated ? "repeated" : f.kind === "scalar" ? f.type : f.kind,
    );
    if (f.kind === "map") {
      yield { options: at([]), path, says: /must be an object, got an array/ };
      const w = wrongValue(f.mapValue!, f.mapValueKind!);
      yield { options: at({ k: w.value }), path: `${path}["k"]`, says: w.says };
      continue;
    }
    const w = wrongValue(f.type, f.kind);
    if (f.repeated) {
      yield { options: at("x"), path, says: /must be an array, got "x"/ };
      yield { options: at([w.value]), path: `${path}[0]`, says: w.says };
    } else yield { options: at(w.value), path, says: w.says };
    if (f.kind === "message" && depth < 3) {
      const inner = messages.get(f.type)!;
      const nest = f.repeated ? (v: unknown) => at([v]) : at;
      yield* cases(inner, nest, f.repeated ? `${path}[0].` : `${path}.`, depth + 1);
    }
  }
}

describe("typed method validation (generated from the schema)", () => {
  test("every method rejects every wrong field kind with a ValidationError naming the path", {
    timeout: 30_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "rpv-"));
    const socketPath = join(dir, "d.sock");
    let received = 0;
    const server = createServer((s) => s.on("data", (b) => (received += b.length)));
    await new Promise<void>((r) => server.listen(socketPath, r));
    const client = await DaemonClient.connect({ socketPath });
    try {
      assert.ok(REQUEST_METHODS.length >= 40, `only ${REQUEST_METHODS.length} methods`);
      let checked = 0;
      for (const info of REQUEST_METHODS) {
        const fn = (client as unknown as Record<string, unknown>)[info.method];
        assert.equal(typeof fn, "function", `no method ${info.method}`);
        const call = (o: unknown) =>
          (fn as (o: unknown) => Promise<unknown>).call(client, o).then(
            () => assert.fail(`${info.method} accepted ${JSON.stringify(o)}`),
            (e) => e,
          );
        const whole = await call("x");
        assert.ok(whole instanceof ValidationError, `${info.method}("x"): ${whole}`);
        assert.equal(whole.message, `${info.method}: options must be an object, got "x"`);
        const m = messages.get(info.message)!;
        for (const c of cases(m, (v) => v, "")) {
          const e = await call(c.options);
          assert.ok(e instanceof ValidationError, `${info.method} ${c.path}: ${e}`);
          assert.equal(e.code, "INVALID_ARGUMENT");
          assert.ok(
            e.message.startsWith(`${info.method}: `) && e.message.includes(c.path),
            `${info.method}: message ${JSON.stringify(e.message)} does not name ${c.path}`,
          );
          assert.match(e.message, c.says, `${info.method} ${c.path}`);
          checked++;
        }
      }
      // The schema's request messages exercise every field kind the validators know.
      for (
        const k of [
          "string",
          "bool",
          "bytes",
          "uint32",
          "uint64",
          "double",
          "enum",
          "message",
          "map",
          "repeated",
        ]
      ) {
        assert.ok(kinds.has(k), `no request field of kind ${k}`);
      }
      assert.ok(checked > 150, `only ${checked} cases`);
      // Call options: a misplaced one is an unknown field; a wrong one is named.
      const misplaced = await client.ping({ timeoutMs: 200 } as never).catch((e) => e);
      assert.ok(misplaced instanceof ValidationError);
      assert.match(misplaced.message, /^ping: unknown field "timeoutMs"/);
      const badCall = await client.status({}, { timeout: 5 } as never).catch((e) => e);
      assert.match(String(badCall?.message), /^status: unknown call option "timeout"/);
      const badDeadline = await client.status({}, { timeoutMs: "5" } as never).catch((e) => e);
      assert.equal(
        badDeadline?.message,
        'status: callOptions.timeoutMs must be a number >= 0, got "5"',
      );
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(received, 0, "a rejected call must send nothing");
    } finally {
      await client.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the message names the method, the field and the value", () => {
    const e = checkThrows(() =>
      checkRequestOptions("terminatePipeSession", { sessionId: "pipe-1", graceMs: "x" })
    );
    assert.equal(
      e.message,
      'terminatePipeSession: graceMs must be an integer in 0..4294967295, got "x"',
    );
    const nested = checkThrows(() =>
      checkRequestOptions("spawnPipeSessionRaw", { argv: ["sh"], env: [{ key: "A", value: 1 }] })
    );
    assert.equal(nested.message, "spawnPipeSessionRaw: env[0].value must be a string, got 1");
    const enumErr = checkThrows(() =>
      checkRequestOptions("getSessionBacklog", { sessionId: "p", pipeStream: 1.5 })
    );
    assert.equal(
      enumErr.message,
      'getSessionBacklog: pipeStream must be one of "stdout", "stderr", got 1.5',
    );
  });

  test("names map to wire numbers and strings to bytes; valid options pass unchanged", () => {
    assert.deepEqual(
      checkRequestOptions("getSessionBacklog", { sessionId: "p", pipeStream: "stderr" }),
      { sessionId: "p", pipeStream: 2 },
    );
    const w = checkRequestOptions("writePipeStdin", { sessionId: "p", data: "hé" }) as {
      data: Uint8Array;
    };
    assert.deepEqual([...w.data], [...new TextEncoder().encode("hé")]);
    const plain = { sessionId: "p", graceMs: 10 };
    assert.equal(checkRequestOptions("terminatePipeSession", plain), plain);
    assert.deepEqual(checkRequestOptions("ping", undefined), {});
  });
});

function checkThrows(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  assert.fail("did not throw");
}

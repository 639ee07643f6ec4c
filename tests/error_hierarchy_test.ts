// Every error thrown on purpose, including the wire codec's, the JSON mapping's and the
// daemon's handler failures, is a RunningProcessError with a stable `code`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { RunningProcessError } from "../src/errors.ts";
import { RunningProcessError as BaseFromEntry } from "../mod.ts";
import { Reader, WireError } from "../src/wire.ts";
import { fromJsonKeyValue } from "../proto_gen/daemon_pb.ts";
import { JsonMappingError } from "../src/pbruntime.ts";
import { StatusCode } from "../proto_gen/daemon_pb.ts";
import { invalidArgument, StatusError } from "../src/daemon/connection/status_error.ts";

test("errors.ts and the package entry name one base class", () => {
  assert.equal(BaseFromEntry, RunningProcessError);
});

test("WireError is a RunningProcessError carrying its wire code", () => {
  const e = (() => {
    try {
      new Reader(new Uint8Array([0x80])).uint32();
    } catch (e) {
      return e;
    }
  })();
  assert.ok(e instanceof WireError);
  assert.ok(e instanceof RunningProcessError);
  assert.equal(e.code, "TRUNCATED");
  assert.equal(e.name, "WireError");
  assert.match(e.message, /\(at byte \d+\)$/);
});

test("JsonMappingError is a RunningProcessError with code INVALID_JSON and a path", () => {
  assert.throws(
    () => fromJsonKeyValue({ key: 42 }),
    (e: unknown) =>
      e instanceof JsonMappingError && e instanceof RunningProcessError &&
      e.code === "INVALID_JSON" && e.path.startsWith("KeyValue") && e.name === "JsonMappingError",
  );
});

test("the daemon's StatusError is a RunningProcessError with code DAEMON_STATUS", () => {
  const e = invalidArgument("bad");
  assert.ok(e instanceof StatusError);
  assert.ok(e instanceof RunningProcessError);
  assert.equal(e.code, "DAEMON_STATUS");
  assert.equal(e.status, StatusCode.STATUS_CODE_INVALID_ARGUMENT);
  assert.equal(e.name, "StatusError");
  assert.equal(e.message, "bad");
});

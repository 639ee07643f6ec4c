// The daemon's idle timeout on request/response connections (docs/PROTOCOL.md#transport: the daemon
// waits up to 60 s for the next complete frame, then closes without replying). Tests shorten it.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Handler } from "../src/daemon/types.ts";
import { connectTransport } from "../src/transport/auto.ts";
import { FramedConnection } from "../src/transport/framed.ts";
import { decodeDaemonResponse, encodeDaemonRequest, StatusCode } from "../proto_gen/daemon_pb.ts";
import { delay } from "./helpers/rp_fixtures.ts";
import { startDaemon, type TestDaemon } from "./helpers/session_fixtures.ts";

const SLOW = { timeout: 30_000 };
const IDLE_MS = 300;
/** A test-only request type whose handler takes three idle periods. */
const SLOW_TYPE = 1000;

/** A daemon whose idle timeout is IDLE_MS, with a handler for SLOW_TYPE; disposable. */
async function startIdleDaemon(): Promise<TestDaemon & AsyncDisposable> {
  const slow: Handler = async () => {
    await delay(3 * IDLE_MS);
    return { ping: { serverTimeMs: 1 } };
  };
  const d = await startDaemon({
    idleTimeoutMs: IDLE_MS,
    modules: [() => new Map([[SLOW_TYPE, slow]])],
  });
  return { ...d, [Symbol.asyncDispose]: () => d.close() };
}

async function rawConnection(path: string): Promise<FramedConnection> {
  return new FramedConnection(await connectTransport({ kind: "unix", path }));
}

describe("daemon idle timeout", () => {
  test("a connection that sends nothing is closed after the timeout", SLOW, async () => {
    await using d = await startIdleDaemon();
    await using conn = await rawConnection(d.socketPath);
    const t0 = Date.now();
    assert.equal(await conn.readFrame(), undefined, "closed without a reply");
    const waited = Date.now() - t0;
    assert.ok(waited >= IDLE_MS - 50 && waited < IDLE_MS + 2000, `closed after ${waited} ms`);
  });

  test("requests keep it open; the clock restarts after each reply", SLOW, async () => {
    await using d = await startIdleDaemon();
    const { client } = d;
    const until = Date.now() + 4 * IDLE_MS;
    let calls = 0;
    while (Date.now() < until) {
      await client.ping();
      calls++;
      await delay(IDLE_MS / 3);
    }
    assert.ok(calls >= 6 && !client.isClosed);
    await client.ping();
    const last = Date.now();
    await client.closed;
    const waited = Date.now() - last;
    assert.ok(waited >= IDLE_MS - 50 && waited < IDLE_MS + 2000, `closed after ${waited} ms`);
    // A client left idle is not dead: its next calls go out on a new connection.
    assert.equal(client.isClosed, false);
    const [a, b] = await Promise.all([client.ping(), client.status()]);
    assert.ok(a.serverTimeMs > 0 && b.version !== "");
    const s = await client.spawn(["sh", "-c", "echo again"]);
    assert.equal(await s.text(), "again\n");
    await s.wait();
  });

  test("a handler slower than the timeout still answers", SLOW, async () => {
    await using d = await startIdleDaemon();
    await using conn = await rawConnection(d.socketPath);
    const t0 = Date.now();
    await conn.writeFrame(encodeDaemonRequest({ id: 7, type: SLOW_TYPE, protocolVersion: 1 }));
    const frame = await conn.readFrame();
    assert.ok(frame, "answered, not closed");
    const res = decodeDaemonResponse(frame);
    assert.equal(res.requestId, 7);
    assert.equal(res.code, StatusCode.STATUS_CODE_OK);
    assert.ok(Date.now() - t0 >= 3 * IDLE_MS - 50);
    // Then the clock starts again: idle after the reply closes it.
    const replied = Date.now();
    assert.equal(await conn.readFrame(), undefined);
    assert.ok(Date.now() - replied >= IDLE_MS - 50);
  });
});

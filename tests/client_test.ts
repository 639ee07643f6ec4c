import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import process from "node:process";
import { DaemonClient, EARLY_FLUSH_BYTES, resolveDeadlines } from "../src/client/daemon_client.ts";
import {
  AbortError,
  ConnectError,
  ConnectionClosedError,
  DaemonError,
  FrameTooLargeError,
  ProtocolError,
  TimeoutError,
} from "../src/errors.ts";
import { connectTransport } from "../src/transport/auto.ts";
import { FramedConnection } from "../src/transport/framed.ts";
import { decodeDaemonResponse, encodeDaemonRequest, StatusCode } from "../proto_gen/daemon_pb.ts";
import { DAEMON_MAX_FRAME } from "../src/frame.ts";
import { delay, reply, startDaemon, tempDir, waitRequests } from "./helpers/rp_fixtures.ts";
import { startServer } from "./helpers/socket_server.ts";
import { openServiceEvents } from "../src/client/service_events.ts";

const SLOW = { timeout: 30_000 };

describe("DaemonClient against the real daemon", () => {
  test("ping and status", SLOW, async () => {
    await using d = await startDaemon();
    await using client = await DaemonClient.connect({ socketPath: d.socketPath });
    const before = Date.now();
    const { serverTimeMs } = await client.ping();
    assert.ok(Math.abs(Number(serverTimeMs) - before) < 5000);
    const s = await client.status();
    assert.equal(s.socketPath, d.socketPath);
    assert.equal(s.scope, "global");
    assert.ok(s.version.length > 0);
    assert.ok(s.activeConnections >= 1);
    assert.deepEqual(client.endpoint, { kind: "unix", path: d.socketPath });
  });

  test("64 pipelined calls in flight resolve, each with its own answer", SLOW, async () => {
    await using d = await startDaemon();
    await using client = await DaemonClient.connect({ socketPath: d.socketPath });
    const calls = Array.from(
      { length: 64 },
      (_, i) =>
        i % 2 === 0
          ? client.request("ping", {}).then((r) => (r.ping ? "ping" : "?"))
          : client.request("status", {}).then((r) => (r.status ? "status" : "?")),
    );
    const results = await Promise.all(calls);
    assert.deepEqual(results, Array.from({ length: 64 }, (_, i) => (i % 2 ? "status" : "ping")));
    // The connection stays usable afterwards.
    assert.ok((await client.ping()).serverTimeMs);
  });

  test("a non-OK answer is a DaemonError with status number, name and message", SLOW, async () => {
    await using d = await startDaemon();
    await using client = await DaemonClient.connect({ socketPath: d.socketPath });
    const err = await client.call("getSessionObserverStatus", {
      sessionId: "pipe-0000000000000000-00000001",
      sessionKind: 2,
      subscriberId: "nobody",
    }, { clientName: "" }).then(() => undefined, (e) => e);
    assert.ok(err instanceof DaemonError, String(err));
    assert.equal(err.code, "DAEMON");
    assert.equal(err.status, StatusCode.STATUS_CODE_NOT_FOUND);
    assert.equal(err.statusName, "STATUS_CODE_NOT_FOUND");
    assert.equal(err.daemonMessage, "pipe session not found");
    assert.match(err.message, /STATUS_CODE_NOT_FOUND \(4\): pipe session not found/);
    // Still connected.
    assert.ok((await client.ping()).serverTimeMs);
  });

  test("an unknown request type is surfaced as UNKNOWN_REQUEST", SLOW, async () => {
    await using d = await startDaemon();
    // Through the client: a field the schema does not know sends type 0.
    await using client = await DaemonClient.connect({ socketPath: d.socketPath });
    const e0 = await client.request("noSuchField" as "ping", {}).then(() => undefined, (e) => e);
    assert.ok(e0 instanceof DaemonError);
    assert.equal(e0.status, StatusCode.STATUS_CODE_UNKNOWN_REQUEST);
    assert.equal(e0.daemonMessage, "unspecified request type");
    // Raw: a number outside the enum is echoed in the message.
    await using conn = new FramedConnection(
      await connectTransport({ kind: "unix", path: d.socketPath }),
    );
    await conn.writeFrame(encodeDaemonRequest({ id: 9, type: 999, protocolVersion: 1 }));
    const res = decodeDaemonResponse((await conn.readFrame())!);
    assert.equal(res.requestId, 9);
    assert.equal(res.code, StatusCode.STATUS_CODE_UNKNOWN_REQUEST);
    assert.equal(res.message, "unknown request type: 999");
  });

  test("SHUTDOWN answers, then the daemon stops and removes its socket", SLOW, async () => {
    await using d = await startDaemon();
    const client = await DaemonClient.connect({ socketPath: d.socketPath });
    const res = await client.request("shutdown", {});
    assert.equal(res.message, "shutting down");
    await d.server.finished;
    await client.closed;
    const err = await DaemonClient.connect({ socketPath: d.socketPath, connectTimeoutMs: 1000 })
      .then(() => undefined, (e) => e);
    assert.ok(err instanceof ConnectError, String(err));
    await client.close();
  });
});

describe("DaemonClient against a scripted server", () => {
  test("request ids start at 1 and increase; payload and client name are sent", async () => {
    await using server = await startServer();
    await using client = await DaemonClient.connect({ socketPath: server.path });
    const conn = await server.accept();
    const p = [client.ping(), client.status(), client.ping({}, { clientName: "other" })];
    const reqs = await waitRequests(conn, 3);
    assert.deepEqual(reqs.map((r) => Number(r.id)), [1, 2, 3]);
    assert.deepEqual(reqs.map((r) => r.type), [40, 42, 40]);
    assert.deepEqual(reqs.map((r) => r.protocolVersion), [1, 1, 1]);
    assert.deepEqual(reqs.map((r) => r.clientName), [
      "running-process-client",
      "running-process-client",
      "other",
    ]);
    assert.ok(reqs[0].ping && reqs[1].status);
    await reply(conn, { requestId: 1, ping: { serverTimeMs: 11 } });
    await reply(conn, { requestId: 2, status: { version: "x" } });
    await reply(conn, { requestId: 3, ping: { serverTimeMs: 33 } });
    const [a, b, c] = await Promise.all(p);
    assert.equal(Number((a as { serverTimeMs: number }).serverTimeMs), 11);
    assert.equal((b as { version: string }).version, "x");
    assert.equal(Number((c as { serverTimeMs: number }).serverTimeMs), 33);
  });

  test("a big batch starts leaving before its tick ends, in order, in ~1 KiB writes", async () => {
    await using server = await startServer();
    const writes: number[] = [];
    await using client = await DaemonClient.connect({
      socketPath: server.path,
      transportFactory: async (endpoint, options) => {
        const t = await connectTransport(endpoint, options);
        const write = t.write.bind(t);
        t.write = (bytes) => {
          writes.push(bytes.length);
          return write(bytes);
        };
        return t;
      },
    });
    const conn = await server.accept();
    const name = "n".repeat(60); // ~70-byte frames: 40 calls are 2.8 KB
    const calls = Array.from({ length: 40 }, () => client.ping({}, { clientName: name }));
    // Still inside the tick that issued them: the first full batches are already written.
    assert.ok(writes.length >= 2, `writes during the tick: ${writes}`);
    for (const n of writes) assert.ok(n >= EARLY_FLUSH_BYTES && n < EARLY_FLUSH_BYTES + 100);
    const reqs = await waitRequests(conn, 40);
    assert.deepEqual(reqs.map((r) => Number(r.id)), Array.from({ length: 40 }, (_, i) => i + 1));
    assert.equal(writes.length, 3, `the rest leaves at the end of the tick: ${writes}`);
    for (let i = 1; i <= 40; i++) await reply(conn, { requestId: i, ping: { serverTimeMs: i } });
    const got = await Promise.all(calls);
    assert.deepEqual(got.map((p) => Number(p.serverTimeMs)), reqs.map((r) => Number(r.id)));
  });

  test("a per-call timeout fails in bounded time; the late reply is discarded", SLOW, async () => {
    await using server = await startServer();
    await using client = await DaemonClient.connect({ socketPath: server.path });
    const conn = await server.accept();
    const t0 = Date.now();
    const err = await client.ping({}, { timeoutMs: 200 }).then(() => undefined, (e) => e);
    const took = Date.now() - t0;
    assert.ok(err instanceof TimeoutError, String(err));
    assert.equal(err.timeoutMs, 200);
    assert.ok(took >= 150 && took < 3000, `took ${took} ms`);
    // The next call gets id 2; the late reply to id 1 arrives first and must not be taken.
    const next = client.status();
    await waitRequests(conn, 2);
    await reply(conn, { requestId: 1, ping: { serverTimeMs: 1 } });
    await reply(conn, { requestId: 2, status: { version: "second" } });
    assert.equal((await next).version, "second");
  });

  test("an AbortSignal cancels a call in flight", SLOW, async () => {
    await using server = await startServer();
    await using client = await DaemonClient.connect({ socketPath: server.path });
    const conn = await server.accept();
    const ac = new AbortController();
    const call = client.ping({}, { signal: ac.signal });
    await waitRequests(conn, 1);
    setTimeout(() => ac.abort(), 20);
    const err = await call.then(() => undefined, (e) => e);
    assert.ok(err instanceof AbortError, String(err));
    assert.equal(err.code, "ABORTED");
    // An already aborted signal rejects without sending.
    const pre = await client.ping({}, { signal: AbortSignal.abort() }).then(
      () => undefined,
      (e) => e,
    );
    assert.ok(pre instanceof AbortError);
    const next = client.ping();
    await waitRequests(conn, 2);
    await reply(conn, { requestId: 1, ping: { serverTimeMs: 1 } });
    await reply(conn, { requestId: 2, ping: { serverTimeMs: 2 } });
    assert.equal(Number((await next).serverTimeMs), 2);
  });

  test("the daemon closing the connection fails every pending call at once", SLOW, async () => {
    await using server = await startServer();
    await using client = await DaemonClient.connect({
      socketPath: server.path,
      rpcTimeoutMs: 20_000,
    });
    const conn = await server.accept();
    const calls = [client.ping(), client.status(), client.ping()].map((p) =>
      p.then(() => undefined, (e) => e)
    );
    await waitRequests(conn, 3);
    const t0 = Date.now();
    conn.socket.destroy();
    const errs = await Promise.all(calls);
    assert.ok(Date.now() - t0 < 2000, "failed only after a delay");
    for (const e of errs) assert.ok(e instanceof ConnectionClosedError, String(e));
    // The client is not dead: the next call goes out on a new connection.
    assert.equal(client.isClosed, false);
    const later = client.ping();
    const next = await server.accept();
    const [req] = await waitRequests(next, 1);
    await reply(next, { requestId: req.id, ping: { serverTimeMs: 5 } });
    assert.equal((await later).serverTimeMs, 5);
  });

  test(
    "a connection the daemon closed while idle is replaced by the next calls",
    SLOW,
    async () => {
      await using server = await startServer();
      await using client = await DaemonClient.connect({ socketPath: server.path });
      const first = await server.accept();
      first.socket.destroy(); // the daemon's idle timeout: nothing was in flight
      await client.closed;
      assert.equal(client.isClosed, false);
      // Calls issued while the new connection opens go out on it, in order.
      const calls = Promise.all([client.ping(), client.status(), client.ping()]);
      const second = await server.accept();
      const reqs = await waitRequests(second, 3);
      const ids = reqs.map((r) => Number(r.id));
      assert.deepEqual(ids, [ids[0], ids[0] + 1, ids[0] + 2], "in the order issued");
      for (const r of reqs) {
        await reply(second, {
          requestId: r.id,
          ...(r.ping ? { ping: { serverTimeMs: 7 } } : { status: { version: "t" } }),
        });
      }
      const [a, b, c] = await calls;
      assert.equal(a.serverTimeMs, 7);
      assert.equal(b.version, "t");
      assert.equal(c.serverTimeMs, 7);
      // No daemon any more: each call fails to connect; the client stays usable.
      second.socket.destroy();
      await client.closed;
      await server.close();
      for (let i = 0; i < 2; i++) {
        const gone = await client.ping().then(() => undefined, (e) => e);
        assert.ok(gone instanceof ConnectError, String(gone));
      }
      assert.equal(client.isClosed, false);
    },
  );

  test("a service event stream cut without its closing frame fails; one closed by us ends", async () => {
    await using server = await startServer();
    const opts = { socketPath: server.path };
    for (const cut of [true, false]) {
      const opening = openServiceEvents(opts, { lifecycle: true });
      const conn = await server.accept();
      const [req] = await waitRequests(conn, 1);
      await reply(conn, { requestId: req.id, attachServiceEvents: { services: [] } });
      const stream = await opening;
      if (cut) conn.socket.destroy();
      else await stream.close();
      const end = await (async () => {
        for await (const _ of stream.events) { /* none */ }
      })().then(() => "ended", (e) => e);
      if (cut) assert.ok(end instanceof ConnectionClosedError, String(end));
      else assert.equal(end, "ended");
    }
  });

  test("a mismatched request_id is a ProtocolError", async () => {
    await using server = await startServer();
    await using client = await DaemonClient.connect({ socketPath: server.path });
    const conn = await server.accept();
    const call = client.ping().then(() => undefined, (e) => e);
    await waitRequests(conn, 1);
    await reply(conn, { requestId: 7, ping: { serverTimeMs: 1 } });
    const err = await call;
    assert.ok(err instanceof ProtocolError, String(err));
    assert.match(err.message, /request_id 7/);
  });

  test("an OK reply without its payload is a ProtocolError", async () => {
    await using server = await startServer();
    await using client = await DaemonClient.connect({ socketPath: server.path });
    const conn = await server.accept();
    const call = client.status().then(() => undefined, (e) => e);
    await waitRequests(conn, 1);
    await reply(conn, { requestId: 1 });
    const err = await call;
    assert.ok(err instanceof ProtocolError, String(err));
    assert.match(err.message, /status response missing payload/);
  });

  test("a request above 4 MiB is refused before anything is sent", async () => {
    await using server = await startServer();
    await using client = await DaemonClient.connect({ socketPath: server.path });
    const conn = await server.accept();
    const big = new Uint8Array(DAEMON_MAX_FRAME);
    const err = await client.writePipeStdin({ sessionId: "pipe-x", data: big }).then(
      () => undefined,
      (e) => e,
    );
    assert.ok(err instanceof FrameTooLargeError, String(err));
    assert.equal(err.limit, DAEMON_MAX_FRAME);
    assert.ok(err.size > DAEMON_MAX_FRAME);
    await delay(50);
    assert.equal(conn.received().length, 0);
    // The client still works.
    const next = client.ping();
    const [req] = await waitRequests(conn, 1);
    await reply(conn, { requestId: req.id, ping: { serverTimeMs: 5 } });
    assert.equal(Number((await next).serverTimeMs), 5);
  });
});

describe("deadlines from the environment", () => {
  const RPC = "RUNNING_PROCESS_CLIENT_RPC_TIMEOUT_MS";
  const CONNECT = "RUNNING_PROCESS_CLIENT_CONNECT_TIMEOUT_MS";

  function withEnv(vars: Record<string, string | undefined>, fn: () => void | Promise<void>) {
    return async () => {
      const saved: Record<string, string | undefined> = {};
      for (const k of Object.keys(vars)) {
        saved[k] = process.env[k];
        if (vars[k] === undefined) delete process.env[k];
        else process.env[k] = vars[k];
      }
      try {
        await fn();
      } finally {
        for (const k of Object.keys(saved)) {
          if (saved[k] === undefined) delete process.env[k];
          else process.env[k] = saved[k];
        }
      }
    };
  }

  test(
    "RPC and connect deadlines come from the env; explicit options win",
    withEnv({ [RPC]: " 300 ", [CONNECT]: "1234" }, async () => {
      assert.deepEqual(resolveDeadlines({}), { connectTimeoutMs: 1234, rpcTimeoutMs: 300 });
      assert.deepEqual(resolveDeadlines({ rpcTimeoutMs: 5, connectTimeoutMs: 6 }), {
        connectTimeoutMs: 6,
        rpcTimeoutMs: 5,
      });
      await using server = await startServer();
      await using client = await DaemonClient.connect({ socketPath: server.path });
      assert.equal(client.rpcTimeoutMs, 300);
      const t0 = Date.now();
      const err = await client.ping().then(() => undefined, (e) => e);
      assert.ok(err instanceof TimeoutError, String(err));
      assert.equal(err.timeoutMs, 300);
      assert.ok(Date.now() - t0 < 3000);
    }),
  );

  test(
    "unset, zero or unparsable values give the defaults (0 is kept for connect)",
    withEnv({ [RPC]: "0", [CONNECT]: "abc" }, () => {
      assert.deepEqual(resolveDeadlines({}), { connectTimeoutMs: 10_000, rpcTimeoutMs: 30_000 });
      process.env[CONNECT] = "0";
      delete process.env[RPC];
      assert.deepEqual(resolveDeadlines({}), { connectTimeoutMs: 0, rpcTimeoutMs: 30_000 });
    }),
  );

  test("connecting where nothing listens is a ConnectError naming the endpoint", async () => {
    const dir = tempDir();
    const path = `${dir}/none.sock`;
    const err = await DaemonClient.connect({ socketPath: path }).then(() => undefined, (e) => e);
    fs.rmSync(dir, { recursive: true, force: true });
    assert.ok(err instanceof ConnectError, String(err));
    assert.equal(err.endpoint, `unix:${path}`);
  });
});

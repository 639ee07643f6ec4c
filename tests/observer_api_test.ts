// The session observer API (port of upstream's client/observer.rs) against a peer that speaks
// upstream's behaviour (docs/PROTOCOL.md#observers), as upstream's client_observer_coverage.rs pins it:
// the request bytes, status mapping, NOT_FOUND surfaced with its message, OK without payload.
// Plus client-side validation, and the subscriber's recv/tryRecv/drain/readable views.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { DaemonClient, DEFAULT_CLIENT_NAME } from "../src/client/daemon_client.ts";
import { DaemonError, ProtocolError, ValidationError } from "../src/errors.ts";
import {
  type EventCategory,
  getSessionObserverStatus,
  registerSessionObserver,
  SessionObserverBackpressure,
  SessionObserverKind,
  SessionObserverRequest,
  unregisterSessionObserver,
} from "../src/client/observer_api.ts";
import type { DaemonRequest, DaemonResponseInit } from "../proto_gen/daemon_pb.ts";
import { serve } from "../src/daemon/server.ts";
import type { DaemonState, Handler } from "../src/daemon/types.ts";
import { fakeSession } from "./helpers/fake_session.ts";
import { reply, splitFrames, waitRequests } from "./helpers/rp_fixtures.ts";
import { startServer } from "./helpers/socket_server.ts";

const SLOW = { timeout: 30_000 };

/** A scripted daemon: `answer` decides the reply to each request; requests are recorded. */
async function scripted(answer: (req: DaemonRequest) => DaemonResponseInit) {
  const server = await startServer();
  const seen: { req: DaemonRequest; frame: Uint8Array }[] = [];
  let stop = false;
  void (async () => {
    while (!stop) {
      const conn = await server.accept().catch(() => undefined);
      if (!conn) return;
      void (async () => {
        let handled = 0;
        while (!stop) {
          const reqs = await waitRequests(conn, handled + 1).catch(() => undefined);
          if (!reqs) return;
          const frames = splitFrames(conn.received());
          for (; handled < reqs.length; handled++) {
            seen.push({ req: reqs[handled], frame: frames[handled] });
            await reply(conn, { requestId: reqs[handled].id, ...answer(reqs[handled]) });
          }
        }
      })();
    }
  })();
  const client = await DaemonClient.connect({ socketPath: server.path });
  return {
    client,
    seen,
    async close() {
      stop = true;
      await client.close();
      await server.close();
    },
  };
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

describe("session observer API", () => {
  test("request defaults and client-side validation", () => {
    const r = SessionObserverRequest.pipe("pipe-1");
    assert.deepEqual(r.toWire(), {
      sessionId: "pipe-1",
      sessionKind: 2,
      categories: [0],
      ringCapacityEvents: 0,
      backpressure: 0,
    });
    assert.equal(SessionObserverRequest.kindOf("pty-abc"), SessionObserverKind.Pty);
    assert.equal(SessionObserverRequest.kindOf("other"), undefined);
    const bad: [string, () => unknown][] = [
      ["category 4", () => r.withCategories(4 as EventCategory)],
      ["category -1", () => r.withCategories(-1 as EventCategory)],
      ["capacity 2^32", () => r.withRingCapacity(2 ** 32)],
      ["capacity -1", () => r.withRingCapacity(-1)],
      ["capacity 1.5", () => r.withRingCapacity(1.5)],
      ["backpressure 2", () => r.withBackpressure(2 as SessionObserverBackpressure)],
      ["empty id", () => SessionObserverRequest.pty("")],
      ["kind 0", () => new SessionObserverRequest(0 as SessionObserverKind, "x")],
    ];
    for (const [what, f] of bad) assert.throws(f, ValidationError, what);
    // fluent overrides return new requests and keep the rest
    const r2 = r.withRingCapacity(17).withBackpressure(SessionObserverBackpressure.Block);
    assert.equal(r.ringCapacityEvents, 0);
    assert.equal(r2.ringCapacityEvents, 17);
    assert.deepEqual(r2.categories, [0]);
  });

  test(
    "register sends upstream's bytes: categories [0,1,2,3], capacity 17, BLOCK",
    SLOW,
    async () => {
      const peer = await scripted(() => ({
        message: "OK",
        registerSessionObserver: { subscriberId: "6c0a46e2-93f4-4d5e-9a1c-1b2c3d4e5f60" },
      }));
      try {
        const sub = await registerSessionObserver(
          peer.client,
          SessionObserverRequest.pty("pty-18a3f2c4d5e6f708-00000001", {
            categories: [0, 1, 2, 3],
            ringCapacityEvents: 17,
            backpressure: SessionObserverBackpressure.Block,
          }),
        );
        assert.equal(sub.subscriberId, "6c0a46e2-93f4-4d5e-9a1c-1b2c3d4e5f60");
        const { req, frame } = peer.seen[0];
        assert.equal(req.type, 78);
        assert.equal(req.protocolVersion, 1);
        assert.equal(req.clientName, "", "observer calls send an empty client_name, like upstream");
        assert.deepEqual(req.registerSessionObserver, {
          sessionId: "pty-18a3f2c4d5e6f708-00000001",
          sessionKind: 1,
          categories: [0, 1, 2, 3],
          ringCapacityEvents: 17,
          backpressure: 1,
        });
        // payload bytes: 0a 1d <id> 10 01 1a 04 00 01 02 03 20 11 28 01 (packed categories)
        assert.ok(hex(frame).endsWith("1001" + "1a0400010203" + "2011" + "2801"), hex(frame));
      } finally {
        await peer.close();
      }
    },
  );

  test("status fields are mapped through, 64-bit exact", SLOW, async () => {
    const peer = await scripted(() => ({
      message: "OK",
      getSessionObserverStatus: {
        missedEvents: 3,
        disconnected: true,
        deliveredEvents: 9007199254740993n,
      },
    }));
    try {
      const st = await getSessionObserverStatus(peer.client, SessionObserverKind.Pipe, "p", "s");
      assert.deepEqual(st, {
        missedEvents: 3,
        disconnected: true,
        deliveredEvents: 9007199254740993n,
      });
      assert.deepEqual(peer.seen[0].req.getSessionObserverStatus, {
        sessionId: "p",
        sessionKind: 2,
        subscriberId: "s",
      });
    } finally {
      await peer.close();
    }
  });

  test("NOT_FOUND is surfaced with its message; unknown codes are preserved", SLOW, async () => {
    let code = 4;
    const peer = await scripted(() => ({ code, message: "gone" }));
    try {
      await assert.rejects(
        () => unregisterSessionObserver(peer.client, SessionObserverKind.Pty, "x", "y"),
        (e: unknown) =>
          e instanceof DaemonError && e.status === 4 &&
          e.statusName === "STATUS_CODE_NOT_FOUND" && e.daemonMessage === "gone",
      );
      code = 42;
      await assert.rejects(
        () => getSessionObserverStatus(peer.client, SessionObserverKind.Pty, "x", "y"),
        (e: unknown) =>
          e instanceof DaemonError && e.status === 42 && e.statusName === "STATUS_CODE_42",
      );
    } finally {
      await peer.close();
    }
  });

  test("an OK reply without its payload is a ProtocolError", SLOW, async () => {
    const peer = await scripted(() => ({ message: "OK" }));
    try {
      await assert.rejects(
        () => registerSessionObserver(peer.client, SessionObserverRequest.pipe("x")),
        (e: unknown) =>
          e instanceof ProtocolError &&
          /register_session_observer response missing payload/.test(e.message),
      );
      await assert.rejects(
        () => getSessionObserverStatus(peer.client, SessionObserverKind.Pipe, "x", "y"),
        ProtocolError,
      );
    } finally {
      await peer.close();
    }
  });

  test(
    "the subscriber attaches through the attach handshake: request id checked, default name",
    SLOW,
    async () => {
      const peer = await scripted((req) =>
        req.type === 81
          ? { requestId: 9, message: "OK", attachSessionObserver: {} }
          : { message: "OK", registerSessionObserver: { subscriberId: "sub-1" } }
      );
      try {
        const sub = await registerSessionObserver(peer.client, SessionObserverRequest.pipe("p"));
        // A reply to another request id is refused at once (no waiting for stream frames).
        await assert.rejects(
          () => sub.subscriber.recv({ timeoutMs: 5_000 }),
          (e: unknown) => e instanceof ProtocolError && /request_id 9, expected 1/.test(e.message),
        );
        const attach = peer.seen.find((s) => s.req.type === 81)?.req;
        assert.equal(attach?.id, 1);
        assert.equal(attach?.clientName, DEFAULT_CLIENT_NAME);
        assert.deepEqual(attach?.attachSessionObserver, {
          sessionId: "p",
          sessionKind: 2,
          subscriberId: "sub-1",
          steal: false,
        });
      } finally {
        await peer.close();
      }
    },
  );

  test("subscriber views: tryRecv, drain, recv timeout, readable", SLOW, async () => {
    const fake = fakeSession();
    const dir = mkdtempSync("/tmp/rp-");
    const server = await serve({
      socketPath: `${dir}/d/s.sock`,
      dbPath: `${dir}/t.json`,
      modules: [(st: DaemonState) => {
        st.pipeSessions.set(fake.id, fake);
        return new Map<number, Handler>();
      }],
    });
    const client = await DaemonClient.connect({ socketPath: server.socketPath });
    try {
      const sub = await registerSessionObserver(client, SessionObserverRequest.pipe(fake.id));
      const s = sub.subscriber;
      assert.equal(s.tryRecv(), undefined, "nothing yet (this starts the attach)");
      await assert.rejects(() => s.recv({ timeoutMs: 50 }), { code: "TIMEOUT" });
      const ac = new AbortController();
      const pending = s.recv({ signal: ac.signal });
      ac.abort();
      await assert.rejects(pending, { code: "ABORTED" });
      for (let i = 1; i <= 3; i++) fake.observers.emit({ category: 0, kind: "started", pid: i });
      const first = await s.recv({ timeoutMs: 5000 });
      assert.equal(first?.type === "event" && first.pid, 1);
      for (let i = 0; i < 50 && s.drain().length === 0; i++) {
        await new Promise((r) => setTimeout(r, 10));
      }
      fake.observers.emit({ category: 0, kind: "exited", pid: 9, exitCode: 0 });
      const reader = s.readable.getReader();
      const { value } = await reader.read();
      assert.ok(value?.type === "event" && value.kind === "exited" && Number(value.sequence) === 4);
      reader.releaseLock();
      const st = await sub.status();
      assert.equal(Number(st.deliveredEvents), 4);
      assert.equal(Number(st.missedEvents), 0);
      await sub[Symbol.asyncDispose]();
      await assert.rejects(
        () => sub.status(),
        (e: unknown) => e instanceof DaemonError && /subscriber_id not found/.test(e.message),
      );
    } finally {
      await client.close();
      await server.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

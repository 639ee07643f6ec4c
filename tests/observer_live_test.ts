// Live observer events (issue 5) end to end, over the real socket with real processes:
// spawn-with-observe, the /proc backends (process, file, network), sequences without gaps,
// DropOldest overflow and Block backpressure through the attach stream, capabilities, and the
// UnsupportedError against a daemon without the extension.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { DaemonError, UnsupportedError } from "../src/errors.ts";
import {
  type ObserverEventRecord,
  type ObserverRecord,
  registerSessionObserver,
  RemoteObserverSubscription,
  SessionObserverBackpressure,
  SessionObserverKind,
  SessionObserverRequest,
} from "../src/client/observer_api.ts";
import { spawnPipeSession } from "../src/client/spawn_helpers.ts";
import { openFramed } from "../src/client/connection.ts";
import { serve } from "../src/daemon/server.ts";
import type { DaemonState, Handler, SessionBase } from "../src/daemon/types.ts";
import { fakeSession } from "./helpers/fake_session.ts";
import { reply, waitRequests } from "./helpers/rp_fixtures.ts";
import { type ServerConn, startServer } from "./helpers/socket_server.ts";

const SLOW = { timeout: 60_000 };
const LINUX = process.platform === "linux";

async function daemonWith(session?: SessionBase) {
  const dir = mkdtempSync("/tmp/rp-");
  const modules = session
    ? [(st: DaemonState) => {
      st.pipeSessions.set(session.id, session);
      return new Map<number, Handler>();
    }]
    : [];
  const server = await serve({
    socketPath: `${dir}/d/s.sock`,
    dbPath: `${dir}/tracked.json`,
    modules,
    observeIntervalMs: 50,
  });
  const client = await DaemonClient.connect({ socketPath: server.socketPath });
  return {
    server,
    client,
    async close() {
      await client.close();
      await server.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Collects records until `stop` says so (or the stream ends). */
async function collect(
  source: AsyncIterable<ObserverRecord>,
  stop: (r: ObserverRecord) => boolean,
): Promise<ObserverRecord[]> {
  const out: ObserverRecord[] = [];
  for await (const r of source) {
    out.push(r);
    if (stop(r)) break;
  }
  return out;
}

const port = (addr: string | undefined) => Number(addr?.slice(addr.lastIndexOf(":") + 1));

describe("live observer events", () => {
  test("a session's own stdio (pipes, or Bun's socket pairs) is not network use", {
    ...SLOW,
    skip: !LINUX,
  }, async () => {
    const d = await daemonWith();
    try {
      const s = await spawnPipeSession(d.client, {
        argv: ["sh", "-c", "sleep 0.4; sh -c 'sleep 0.4'; echo done"],
        observe: { categories: [0, 2, 3] },
      });
      const records = await collect(
        s.subscription!.subscriber,
        (r) => r.type === "event" && r.kind === "exited",
      );
      const events = records as ObserverEventRecord[];
      assert.ok(events.some((e) => e.kind === "descendant-started"), "the tree was watched");
      const network = events.filter((e) => e.category === 2);
      assert.deepEqual(network.map((e) => `${e.kind} ${e.protocol} fd of ${e.pid}`), []);
    } finally {
      await d.close();
    }
  });

  test("a real process tree: started first, descendants, file, network, exited 7 last", {
    ...SLOW,
    skip: !LINUX,
  }, async () => {
    const d = await daemonWith();
    const dir = mkdtempSync("/tmp/rp-obs-");
    const file = `${dir}/out.txt`;
    const node = `
      const net = require("net");
      const srv = net.createServer(() => {}).listen(0, "127.0.0.1", () => {
        const c = net.connect(srv.address().port, "127.0.0.1", () => {
          setTimeout(() => { c.destroy(); srv.close(); setTimeout(() => process.exit(0), 300); }, 500);
        });
      });`;
    const script = [
      "sh -c 'sleep 0.5; true' &", // a child shell and its grandchild `sleep`
      "wait",
      `exec 3>"${file}"`,
      "printf hello >&3",
      "sleep 0.4",
      "exec 3>&-",
      `node -e '${node}'`,
      "sleep 0.3",
      "exit 7",
    ].join("\n");
    try {
      const s = await spawnPipeSession(d.client, {
        argv: ["sh", "-c", script],
        observe: { categories: [0, 1, 2, 3], ringCapacityEvents: 65536 },
      });
      assert.ok(s.subscription, "spawn with observe returns the subscription");
      const records = await collect(
        s.subscription.subscriber,
        (r) => r.type === "event" && r.kind === "exited",
      );
      assert.ok(records.every((r) => r.type === "event"), "no loss records");
      const events = records as ObserverEventRecord[];
      // sequences 1..n without gaps, started first and exited last
      events.forEach((e, i) => assert.equal(Number(e.sequence), i + 1));
      assert.equal(events[0].kind, "started");
      assert.equal(events[0].pid, s.pid);
      const last = events[events.length - 1];
      assert.equal(last.kind, "exited");
      assert.equal(last.exitCode, 7);
      assert.equal(last.pid, s.pid);
      // process: a child of the session and a grandchild
      const started = events.filter((e) => e.kind === "descendant-started");
      const child = started.find((e) => e.ppid === s.pid && e.argv[0] === "sh");
      assert.ok(child, `child shell seen: ${JSON.stringify(started.map((e) => e.argv))}`);
      const grandchild = started.find((e) => e.ppid === child.pid);
      assert.ok(grandchild, "grandchild seen");
      assert.equal(grandchild.argv[0], "sleep");
      for (const p of [child.pid, grandchild.pid]) {
        assert.ok(events.some((e) => e.kind === "descendant-exited" && e.pid === p), `exit ${p}`);
      }
      // file: open, write with its byte count, close — by the session's own pid
      const fileEvents = events.filter((e) => e.path === file);
      assert.deepEqual(fileEvents.map((e) => e.kind), ["file-open", "file-write", "file-close"]);
      assert.ok(fileEvents.every((e) => e.pid === s.pid));
      assert.equal(Number(fileEvents[1].byteCount), 5);
      assert.equal(readFileSync(file, "utf8"), "hello");
      // network: listen, connect to it, accept from it, all on loopback
      const listen = events.find((e) => e.kind === "net-listen" && e.protocol === "tcp");
      assert.ok(listen, "net-listen seen");
      assert.match(listen.localAddress, /^127\.0\.0\.1:\d+$/);
      const p = port(listen.localAddress);
      const connect = events.find((e) => e.kind === "net-connect" && port(e.remoteAddress) === p);
      assert.ok(connect, "net-connect to the listening port seen");
      const accept = events.find((e) => e.kind === "net-accept" && port(e.localAddress) === p);
      assert.ok(accept, "net-accept on the listening port seen");
      assert.ok(events.some((e) => e.kind === "net-close"));
      const nodePid = listen.pid;
      assert.ok(started.some((e) => e.pid === nodePid), "the node process is a descendant");
      // counters balance: everything matched was delivered
      const st = await s.subscription.status();
      assert.equal(Number(st.missedEvents), 0);
      assert.equal(Number(st.deliveredEvents), events.length);
      await s.subscription[Symbol.asyncDispose]();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await d.close();
    }
  });

  test("a descendant caught between fork and exec is announced with the argv it execs", {
    ...SLOW,
    skip: !LINUX,
  }, async () => {
    const d = await daemonWith();
    try {
      // The subshell keeps the parent's command line until stdin says go, then execs sleep.
      const s = await spawnPipeSession(d.client, {
        argv: ["sh", "-c", "exec 3<&0; (read x <&3; exec sleep 0.2) & wait"],
        observe: { categories: [0, 3] },
      });
      await new Promise((r) => setTimeout(r, 60)); // several scans see the un-exec'd subshell
      await d.client.writePipeStdin({ sessionId: s.sessionId, data: "go\n" });
      const records = await collect(
        s.subscription!.subscriber,
        (r) => r.type === "event" && r.kind === "exited",
      );
      const started = (records as ObserverEventRecord[])
        .filter((e) => e.kind === "descendant-started")
        .map((e) => ({ ppid: e.ppid, argv: e.argv }));
      assert.deepEqual(started, [{ ppid: s.pid, argv: ["sleep", "0.2"] }]);
    } finally {
      await d.close();
    }
  });

  test("DropOldest overflow: one loss record of 996, then the newest 4", SLOW, async () => {
    const fake = fakeSession();
    const d = await daemonWith(fake);
    try {
      const sub = await registerSessionObserver(
        d.client,
        SessionObserverRequest.pipe(fake.id).withRingCapacity(4),
      );
      for (let i = 1; i <= 1000; i++) fake.observers.emit({ category: 0, kind: "started", pid: i });
      const first = await sub.subscriber.recv({ timeoutMs: 10_000 });
      assert.deepEqual(first, { type: "loss", missed: 996 });
      const rest: ObserverRecord[] = [];
      for (let i = 0; i < 4; i++) rest.push((await sub.subscriber.recv({ timeoutMs: 10_000 }))!);
      assert.deepEqual(
        rest.map((r) => r.type === "event" ? [Number(r.sequence), r.pid] : r),
        [[997, 997], [998, 998], [999, 999], [1000, 1000]],
      );
      const st = await sub.status();
      assert.equal(Number(st.missedEvents), 996);
      assert.equal(Number(st.deliveredEvents), 4);
      assert.equal(st.disconnected, false);
      // the consumer goes away: the subscription stays, marked disconnected
      await sub.subscriber.close();
      for (let i = 0; i < 50 && !(await sub.status()).disconnected; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.equal((await sub.status()).disconnected, true);
      await sub.unregister();
    } finally {
      await d.close();
    }
  });

  test("Block: the emitter waits for the consumer and nothing is missed", SLOW, async () => {
    const fake = fakeSession();
    const d = await daemonWith(fake);
    try {
      const sub = await registerSessionObserver(
        d.client,
        SessionObserverRequest.pipe(fake.id)
          .withRingCapacity(4)
          .withBackpressure(SessionObserverBackpressure.Block),
      );
      for (let i = 1; i <= 1000; i++) fake.observers.emit({ category: 0, kind: "started", pid: i });
      let drained = false;
      void fake.observers.flushed().then(() => (drained = true));
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(drained, false, "the emitter is waiting for room");
      const inner = fake.observers.get(sub.subscriberId)!;
      assert.equal(inner.status().buffered, 4);
      const got: number[] = [];
      while (got.length < 1000) {
        const r = await sub.subscriber.recv({ timeoutMs: 10_000 });
        assert.ok(r && r.type === "event", "only events under Block");
        got.push(Number(r.sequence));
      }
      assert.deepEqual(got, Array.from({ length: 1000 }, (_, i) => i + 1));
      await fake.observers.flushed();
      const st = await sub.status();
      assert.equal(Number(st.missedEvents), 0);
      assert.equal(Number(st.deliveredEvents), 1000);
      await sub[Symbol.asyncDispose]();
    } finally {
      await d.close();
    }
  });

  test(
    "one consumer at a time: a second needs steal; unregister ends the stream",
    SLOW,
    async () => {
      const fake = fakeSession();
      const d = await daemonWith(fake);
      try {
        const sub = await registerSessionObserver(d.client, SessionObserverRequest.pipe(fake.id));
        fake.observers.emit({ category: 0, kind: "started", pid: 1 });
        assert.equal((await sub.subscriber.recv({ timeoutMs: 10_000 }))?.type, "event");
        const second = sub.openSubscriber();
        await assert.rejects(
          () => second.recv({ timeoutMs: 10_000 }),
          (e: unknown) =>
            e instanceof DaemonError && e.statusName === "STATUS_CODE_ALREADY_ATTACHED",
        );
        const thief = sub.openSubscriber({ steal: true });
        assert.equal(await thief.recv({ timeoutMs: 300 }).catch((e) => e.code), "TIMEOUT");
        await assert.rejects(
          () => sub.subscriber.recv({ timeoutMs: 10_000 }),
          (e: unknown) => (e as { code?: string }).code === "STOLEN",
        );
        fake.observers.emit({ category: 0, kind: "exited", pid: 1, exitCode: 3 });
        const r = await thief.recv({ timeoutMs: 10_000 });
        assert.ok(r?.type === "event" && r.kind === "exited" && Number(r.sequence) === 2);
        await sub.unregister();
        assert.equal(await thief.recv({ timeoutMs: 10_000 }), undefined);
        assert.equal(thief.ended, true);
      } finally {
        await d.close();
      }
    },
  );

  test("capabilities are graded honestly", SLOW, async () => {
    const d = await daemonWith();
    try {
      const caps = await d.client.getObserverCapabilities();
      assert.equal(caps.scope, "global");
      assert.deepEqual(caps.categories.map((c) => c.category), [0, 1, 2, 3]);
      assert.equal(caps.categories[0].support, "supported");
      for (const c of caps.categories.slice(1)) {
        assert.equal(c.support, LINUX ? "partial" : "unavailable");
        assert.ok(c.reason.length > 10, "a reason is given");
        if (LINUX) assert.match(c.reason, /50 ms/);
      }
    } finally {
      await d.close();
    }
  });

  test(
    "against a daemon without the extension: UnsupportedError, status still works",
    SLOW,
    async () => {
      // A scripted daemon that speaks upstream's behaviour: 78/80 work, 81 is unknown.
      const upstream = await startServer();
      let stop = false;
      const serveConn = async (conn: ServerConn) => {
        let handled = 0;
        while (!stop) {
          const reqs = await waitRequests(conn, handled + 1).catch(() => undefined);
          if (!reqs) return;
          for (const req of reqs.slice(handled)) {
            handled++;
            if (req.type === 81) {
              await reply(conn, {
                requestId: req.id,
                code: 2,
                message: "unknown request type: 81",
                attachSessionObserver: {},
              });
              conn.socket.destroy();
              return;
            }
            if (req.type === 78) {
              await reply(conn, {
                requestId: req.id,
                message: "OK",
                registerSessionObserver: { subscriberId: "0f0e0d0c-0b0a-4908-8706-050403020100" },
              });
            } else {
              await reply(conn, {
                requestId: req.id,
                message: "OK",
                getSessionObserverStatus: { missedEvents: 1, disconnected: true },
              });
            }
          }
        }
      };
      void (async () => {
        while (!stop) {
          const conn = await upstream.accept().catch(() => undefined);
          if (!conn) return;
          void serveConn(conn);
        }
      })();
      const client = await DaemonClient.connect({ socketPath: upstream.path });
      try {
        const sub = await registerSessionObserver(client, SessionObserverRequest.pty("pty-x"));
        await assert.rejects(() => sub.subscriber.recv({ timeoutMs: 10_000 }), UnsupportedError);
        const st = await sub.status();
        assert.equal(st.disconnected, true);
        assert.equal(Number(st.missedEvents), 1);
      } finally {
        stop = true;
        await client.close();
        await upstream.close();
      }
    },
  );
});

describe("the subscriber's connection of a spawn with observe", () => {
  /** A daemon (idle connections closed after `idleTimeoutMs`) and a client. */
  async function withServer(
    idleTimeoutMs: number,
    fn: (client: DaemonClient, connections: () => Promise<number>) => Promise<void>,
  ) {
    const dir = mkdtempSync("/tmp/rp-");
    const server = await serve({
      socketPath: `${dir}/d/s.sock`,
      dbPath: `${dir}/tracked.json`,
      idleTimeoutMs,
    });
    const client = await DaemonClient.connect({ socketPath: server.socketPath });
    try {
      await fn(client, async () => (await client.call("status", {})).activeConnections);
    } finally {
      await client.close();
      await server.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Reads lifecycle events until `exited`. */
  async function kinds(s: Awaited<ReturnType<typeof spawnPipeSession>>): Promise<string[]> {
    const out: string[] = [];
    for await (const r of s.subscription!.subscriber) {
      if (r.type === "event") out.push(r.kind);
      if (r.type === "event" && r.kind === "exited") break;
    }
    return out;
  }

  test("is the spawn's own: the events follow the reply on it, no attach", SLOW, async () => {
    await withServer(60_000, async (client, connections) => {
      const s = await spawnPipeSession(client, { argv: ["sleep", "30"], observe: true });
      // The client's own connection, the spawn's (it carries the events), and the one
      // reserved for the next spawn.
      await waitUntil(async () => (await connections()) === 3, 5000, "the reserved connection");
      const first = await s.subscription!.subscriber.recv();
      assert.equal(first?.type === "event" && first.kind, "started");
      assert.equal(first?.type === "event" && Number(first.sequence), 1);
      assert.equal(await connections(), 3, "no connection for an attach");
      await client.call("terminatePipeSession", { sessionId: s.sessionId, graceMs: 0 });
      assert.deepEqual(await kinds(s), ["exited"]);
      await waitUntil(async () => (await connections()) === 2, 5000, "closed after exited");
      await s.subscription!.subscriber.close();
      // The next spawn goes on the reserved connection and reserves another one; a
      // subscriber closed before it was read releases its connection too.
      const t = await spawnPipeSession(client, { argv: ["sleep", "30"], observe: true });
      await waitUntil(async () => (await connections()) === 3, 5000, "reserved again");
      await t.subscription!.subscriber.close();
      await waitUntil(async () => (await connections()) === 2, 5000, "released unread");
      await client.call("terminatePipeSession", { sessionId: t.sessionId, graceMs: 0 });
      // Closing the client closes its reserved connection.
      await client.close();
      const other = await DaemonClient.connect(client.options);
      try {
        const count = async () => (await other.call("status", {})).activeConnections;
        await waitUntil(async () => (await count()) === 1, 5000, "reserve closed");
      } finally {
        await other.close();
      }
    });
  });

  test(
    "a reserved connection the daemon closed as idle: the spawn goes on a new one",
    SLOW,
    async () => {
      await withServer(300, async (client) => {
        const s = await spawnPipeSession(client, { argv: ["true"], observe: true });
        for await (const _ of s.subscription!.subscriber) { /* to the end */ }
        // The reserved connection is closed as idle (the client's own is kept busy).
        const busy = setInterval(() => void client.call("status", {}).catch(() => {}), 50);
        try {
          await new Promise((r) => setTimeout(r, 800));
          const t = await spawnPipeSession(client, { argv: ["sh", "-c", "exit 3"], observe: true });
          const got: string[] = [];
          for await (const r of t.subscription!.subscriber) {
            if (r.type === "event") got.push(`${r.kind}${r.kind === "exited" ? r.exitCode : ""}`);
          }
          assert.deepEqual(got, ["started", "exited3"]);
        } finally {
          clearInterval(busy);
        }
      });
    },
  );

  test("a streaming spawn connection is not closed as idle", SLOW, async () => {
    await withServer(300, async (client) => {
      const s = await spawnPipeSession(client, {
        argv: ["sh", "-c", "sleep 1; exit 4"],
        observe: true,
      });
      // Longer than the idle timeout before anything is read.
      await new Promise((r) => setTimeout(r, 700));
      const got: string[] = [];
      for await (const r of s.subscription!.subscriber) {
        if (r.type === "event") got.push(`${r.kind}${r.kind === "exited" ? r.exitCode : ""}`);
      }
      assert.deepEqual(got, ["started", "exited4"]);
    });
  });

  test(
    "a daemon that does not stream on the spawn's connection gets an attach on it",
    SLOW,
    async () => {
      for (const idleMs of [60_000, 300]) {
        await withServer(idleMs, async (client, connections) => {
          // As a daemon without the `stream` field answers: a subscription, no stream.
          const res = await client.call("spawnPipeSession", {
            argv: ["sleep", "30"],
            observe: { categories: [0], ringCapacityEvents: 0, backpressure: 0 },
          });
          assert.equal(res.observerStreaming, false);
          const spare = openFramed(client.options);
          const sub = new RemoteObserverSubscription(
            client,
            SessionObserverKind.Pipe,
            res.sessionId,
            res.subscriberId,
            spare,
          );
          await spare;
          if (idleMs < 1000) {
            // Left unused until the daemon closed it: the attach goes on a new connection.
            await waitUntil(async () => (await connections()) === 1, 5000, "the spare closed");
          } else assert.equal(await connections(), 2);
          const first = await sub.subscriber.recv();
          assert.equal(first?.type === "event" && first.kind, "started");
          assert.equal(await connections(), 2, "one connection for the events");
          await client.call("terminatePipeSession", { sessionId: res.sessionId, graceMs: 0 });
          await sub.subscriber.close();
        });
      }
    },
  );
});

async function waitUntil(fn: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

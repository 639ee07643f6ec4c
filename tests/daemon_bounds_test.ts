/**
 * The daemon's bounds against hostile or careless peers: a frame cannot decode to unbounded
 * memory, a half-closed client still gets every reply, peer-supplied timeouts cannot overflow
 * timers, stdin queues are capped and released when their client leaves, spawn requests are
 * bounded, and the number of connections is capped.
 *
 * @module
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import process from "node:process";
import {
  type DaemonRequestInit,
  type DaemonResponse,
  decodeDaemonResponse,
  encodeDaemonRequest,
  RequestType,
  StatusCode,
} from "../proto_gen/daemon_pb.ts";
import { encodeFrame } from "../src/frame.ts";
import { setLongTimeout } from "../src/daemon/sessions/termination.ts";
import { MAX_SPAWN_ARGS, MAX_SPAWN_ENV } from "../src/daemon/sessions/spawn_request.ts";
import { DEFAULT_MAX_CONNECTIONS } from "../src/daemon/server.ts";
import { DaemonError } from "../src/errors.ts";
import { Writer } from "../src/wire.ts";
import { pidAlive, sleep, startDaemon, waitFor } from "./helpers/session_fixtures.ts";

/** A raw node:net connection that collects every response frame until the daemon closes. */
interface RawConn {
  socket: net.Socket;
  /** Responses decoded so far. */
  responses: DaemonResponse[];
  /** Resolves when the daemon ended its side of the connection (or it closed). */
  closed: Promise<void>;
  /** Resolves with the next response (waits up to `ms`). */
  next(ms?: number): Promise<DaemonResponse>;
  send(req: DaemonRequestInit): void;
  sendRaw(payload: Uint8Array): void;
}

function rawConnect(path: string): Promise<RawConn> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection({ path, allowHalfOpen: true });
    let buf = new Uint8Array(0);
    const responses: DaemonResponse[] = [];
    const waiters: (() => void)[] = [];
    let taken = 0;
    let resolveClosed!: () => void;
    const closed = new Promise<void>((r) => (resolveClosed = r));
    socket.on("data", (d: Uint8Array) => {
      const nb = new Uint8Array(buf.length + d.length);
      nb.set(buf);
      nb.set(d, buf.length);
      buf = nb;
      while (buf.length >= 4) {
        const n = ((buf[0] << 24) | (buf[1] << 16) | (buf[2] << 8) | buf[3]) >>> 0;
        if (buf.length < 4 + n) break;
        responses.push(decodeDaemonResponse(buf.slice(4, 4 + n)));
        buf = buf.slice(4 + n);
      }
      for (const w of waiters.splice(0)) w();
    });
    socket.on("error", () => {});
    socket.on("end", () => resolveClosed()); // the daemon ended its side
    socket.on("close", () => {
      resolveClosed();
      for (const w of waiters.splice(0)) w();
    });
    socket.once("connect", () => {
      const conn: RawConn = {
        socket,
        responses,
        closed,
        async next(ms = 5000) {
          const deadline = Date.now() + ms;
          while (responses.length <= taken) {
            if (Date.now() > deadline) throw new Error(`no response within ${ms} ms`);
            if (socket.destroyed) throw new Error("connection closed before a response");
            await new Promise<void>((r) => {
              waiters.push(r);
              setTimeout(r, 50);
            });
          }
          return responses[taken++];
        },
        send(req) {
          socket.write(encodeFrame(encodeDaemonRequest(req)));
        },
        sendRaw(payload) {
          socket.write(encodeFrame(payload));
        },
      };
      resolve(conn);
    });
    socket.once("error", reject);
  });
}

/** A STATUS request whose sub-message `field` is `pair` repeated over about `bytes` bytes. */
function hostile(field: number, pair: number[], bytes: number): Uint8Array {
  const body = new Uint8Array(bytes - (bytes % pair.length));
  for (let i = 0; i < body.length; i += pair.length) body.set(pair, i);
  const w = new Writer(bytes + 32);
  w.tag(1, 0).uint64(7);
  w.tag(2, 0).uint32(RequestType.REQUEST_TYPE_STATUS);
  w.tag(field, 2).uint32(body.length);
  const head = w.finish();
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

const rssMiB = () => process.memoryUsage().rss / (1 << 20);

describe("daemon bounds: decoded frame size", () => {
  test(
    "hostile frames are refused cheaply; memory stays bounded; others are served",
    { timeout: 60_000 },
    async () => {
      // STATUS is answered by a slow handler that holds every request it gets, as a handler
      // blocked on a child would: whatever a frame decodes to stays alive.
      const held: unknown[] = [];
      let release!: () => void;
      const released = new Promise<void>((r) => (release = r));
      const d = await startDaemon({
        modules: [
          () =>
            new Map([[RequestType.REQUEST_TYPE_STATUS, async (ctx: { request: unknown }) => {
              held.push(ctx.request);
              await released;
              return { status: {} };
            }]]),
        ],
      });
      try {
        const before = rssMiB();
        const size = 1 << 20;
        const frames = [
          hostile(42, [0x28, 0x00], size), // 2-byte unknown fields
          hostile(65, [0x1a, 0x00], size), // empty env sub-messages
          hostile(65, [0x0a, 0x00], size), // empty argv strings
        ];
        const conns = await Promise.all(
          Array.from({ length: 10 }, () => rawConnect(d.socketPath)),
        );
        const watcher = await rawConnect(d.socketPath);
        conns.forEach((c, i) => c.sendRaw(frames[i % frames.length]));
        // Another connection keeps getting PING answered promptly meanwhile.
        let maxRtt = 0;
        let peak = rssMiB();
        const deadline = Date.now() + 20_000;
        for (let i = 1; conns.some((c) => c.responses.length === 0); i++) {
          if (Date.now() > deadline) break;
          const t0 = Date.now();
          watcher.send({ id: i, type: RequestType.REQUEST_TYPE_PING, ping: {} });
          const r = await watcher.next(10_000);
          assert.equal(r.code, StatusCode.STATUS_CODE_OK);
          maxRtt = Math.max(maxRtt, Date.now() - t0);
          peak = Math.max(peak, rssMiB());
          await sleep(20);
        }
        await sleep(200);
        peak = Math.max(peak, rssMiB());
        // Before the element budget, such frames held by a handler grew the daemon by
        // hundreds of MiB each (an object per 2 input bytes).
        console.log(`RSS growth under hostile frames: ${Math.round(peak - before)} MiB`);
        assert.ok(peak - before < 200, `RSS grew ${Math.round(peak - before)} MiB`);
        assert.ok(maxRtt < 5000, `PING took ${maxRtt} ms`);
        assert.equal(held.length, 0, "no hostile frame reached the handler");
        for (const c of conns) {
          const r = await c.next(1000);
          assert.equal(r.code, StatusCode.STATUS_CODE_INVALID_ARGUMENT);
          assert.match(r.message, /protobuf decode error: .*more than 65536 elements/);
        }
        // A refused frame does not cost the connection: it keeps serving.
        conns[0].send({ id: 99, type: RequestType.REQUEST_TYPE_PING, ping: {} });
        assert.equal((await conns[0].next()).requestId, 99);
        for (const c of [...conns, watcher]) c.socket.destroy();
      } finally {
        release();
        await d.close();
      }
    },
  );
});

describe("daemon bounds: half-closed clients", () => {
  test("a client that shuts down its write side gets every reply that was due", async () => {
    const d = await startDaemon();
    try {
      const c = await rawConnect(d.socketPath);
      for (let i = 1; i <= 20; i++) {
        c.send({
          id: i,
          type: RequestType.REQUEST_TYPE_REGISTER,
          register: { pid: 100_000 + i, command: `cmd ${i}`, kind: "subprocess" },
        });
      }
      c.socket.end(); // shutdown(SHUT_WR): the read side stays open
      await Promise.race([c.closed, sleep(10_000)]);
      assert.equal(c.responses.length, 20);
      assert.deepEqual(
        c.responses.map((r) => r.requestId),
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      for (const r of c.responses) assert.equal(r.code, StatusCode.STATUS_CODE_OK, r.message);
    } finally {
      await d.close();
    }
  });

  test("a truncated frame then EOF is answered 'bytes remaining on stream'", async () => {
    const d = await startDaemon();
    try {
      const c = await rawConnect(d.socketPath);
      c.send({ id: 1, type: RequestType.REQUEST_TYPE_PING, ping: {} });
      const whole = encodeFrame(
        encodeDaemonRequest({ id: 2, type: RequestType.REQUEST_TYPE_PING }),
      );
      c.socket.write(whole.subarray(0, whole.length - 1));
      c.socket.end();
      await Promise.race([c.closed, sleep(10_000)]);
      assert.equal(c.responses.length, 2);
      assert.equal(c.responses[0].requestId, 1);
      assert.equal(c.responses[1].code, StatusCode.STATUS_CODE_INVALID_ARGUMENT);
      assert.equal(c.responses[1].message, "frame decode error: bytes remaining on stream");
    } finally {
      await d.close();
    }
  });
});

describe("daemon bounds: peer-supplied timeouts", () => {
  test("setLongTimeout: a delay past 2^31 - 1 ms does not fire at once", async () => {
    let fired = 0;
    const cancels = [2 ** 31, 2 ** 32 - 1, 1e15].map((ms) => setLongTimeout(() => fired++, ms));
    const soon = setLongTimeout(() => fired += 100, 5);
    await sleep(100);
    assert.equal(fired, 100);
    for (const c of [...cancels, soon]) c();
  });

  test(
    "TERMINATE with grace_ms 2^32-1 leaves a SIGTERM-trapping child running",
    { timeout: 30_000 },
    async () => {
      const d = await startDaemon();
      try {
        const script = "trap 'echo got-term' TERM; echo armed; while :; do sleep 0.05; done";
        const pipe = await d.client.call("spawnPipeSession", { argv: ["/bin/sh", "-c", script] });
        const pty = await d.client.call("spawnPtySession", {
          argv: ["/bin/sh", "-c", script],
          environmentPolicy: 3,
          env: [{ key: "PATH", value: process.env.PATH ?? "/usr/bin:/bin" }],
        });
        const bulk = await d.client.call("spawnPipeSession", { argv: ["/bin/sh", "-c", script] });
        for (const id of [pipe.sessionId, pty.sessionId, bulk.sessionId]) {
          await waitFor(
            async () => {
              const b = await d.client.call("getSessionBacklog", { sessionId: id });
              return new TextDecoder().decode(b.backlog).includes("armed");
            },
            10_000,
            "trap armed",
          );
        }
        const huge = 2 ** 32 - 1;
        await d.client.call("terminatePipeSession", { sessionId: pipe.sessionId, graceMs: huge });
        await d.client.call("terminatePtySession", { sessionId: pty.sessionId, graceMs: huge });
        await d.client.call("bulkTerminateSessions", { originator: "", graceMs: huge });
        await sleep(1000);
        const pipes = (await d.client.call("listPipeSessions", {})).sessions;
        const ptys = (await d.client.call("listPtySessions", {})).sessions;
        for (const s of [...pipes, ...ptys]) {
          assert.equal(s.exited, false, `${s.sessionId} was killed`);
          assert.notEqual(s.terminationOutcome, 3, "HARD_KILLED");
          assert.ok(pidAlive(s.pid));
        }
        assert.equal(pipes.length + ptys.length, 3);
      } finally {
        await d.close();
      }
    },
  );
});

describe("daemon bounds: stdin queues", () => {
  test(
    "writes to a child that never reads: capped, released when clients vanish, close answers",
    { timeout: 60_000 },
    async () => {
      const d = await startDaemon();
      try {
        const s = await d.client.call("spawnPipeSession", {
          argv: ["/bin/sh", "-c", "exec sleep 60"],
        });
        const mib = new Uint8Array(1 << 20).fill(0x61);
        const conns = await Promise.all(
          Array.from({ length: 50 }, () => rawConnect(d.socketPath)),
        );
        conns.forEach((c, i) =>
          c.send({
            id: i + 1,
            type: RequestType.REQUEST_TYPE_WRITE_PIPE_STDIN,
            writePipeStdin: { sessionId: s.sessionId, data: mib },
          })
        );
        // Past the 8 MiB cap, writes fail at once with a clear status.
        const refused = await waitFor(
          () => {
            const r = conns.flatMap((c) => c.responses);
            return r.length >= 40 ? r : undefined;
          },
          15_000,
          "fast refusals",
        );
        for (const r of refused) {
          assert.equal(r.code, StatusCode.STATUS_CODE_RATE_LIMITED);
          assert.match(r.message, /^stdin queue full: \d+ bytes wait for the child/);
        }
        // The clients vanish: their pending writes are given up and their connections released.
        for (const c of conns) c.socket.destroy();
        await waitFor(
          async () => (await d.client.call("status", {})).activeConnections === 1,
          10_000,
          "connections released",
        );
        // A close is not starved behind the held data: it answers within its drain bound.
        const t0 = Date.now();
        await d.client.call("writePipeStdin", { sessionId: s.sessionId, close: true });
        assert.ok(Date.now() - t0 < 5000, `close took ${Date.now() - t0} ms`);
        await assert.rejects(
          d.client.call("writePipeStdin", { sessionId: s.sessionId, data: mib }),
          /process stdin is not available/,
        );
      } finally {
        await d.close();
      }
    },
  );

  test("close=true answers within its bound; a write still queued then fails with a clear error", {
    timeout: 30_000,
  }, async () => {
    const d = await startDaemon();
    try {
      // The child reads one line, then stops reading.
      const s = await d.client.call("spawnPipeSession", {
        argv: ["/bin/sh", "-c", "read l; echo got:$l; exec sleep 60"],
      });
      const enc = new TextEncoder();
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc.encode("hi\n") });
      await waitFor(
        async () => {
          const b = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
          return new TextDecoder().decode(b.backlog).includes("got:hi");
        },
        10_000,
        "first line read",
      );
      // 3 MiB writes, one connection each, until one is refused: from then on more than
      // 5 MiB are held (one write in the pipe, at least one queued behind it).
      const big = new Uint8Array(3 << 20);
      const writers: RawConn[] = [];
      for (let i = 0; writers.length < 6; i++) {
        const c = await rawConnect(d.socketPath);
        writers.push(c);
        c.send({
          id: i + 1,
          type: RequestType.REQUEST_TYPE_WRITE_PIPE_STDIN,
          writePipeStdin: { sessionId: s.sessionId, data: big },
        });
        const refused = await waitFor(
          () => c.responses.length > 0 ? true : undefined,
          1000,
          "a refusal",
        ).catch(() => false);
        if (refused) break;
      }
      const t0 = Date.now();
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, close: true });
      assert.ok(Date.now() - t0 < 5000, `close took ${Date.now() - t0} ms`);
      // Every write is answered: the one in the pipe may stay pending; each queued one was
      // withdrawn with a clear error; the others were refused as over the cap.
      await sleep(500);
      const answers = writers.flatMap((c) => c.responses);
      assert.ok(answers.length >= writers.length - 1, `${answers.length} of ${writers.length}`);
      const withdrawn = answers.filter((r) =>
        r.code === StatusCode.STATUS_CODE_INTERNAL &&
        /stdin was closed before the child read this data/.test(r.message)
      );
      assert.ok(withdrawn.length >= 1, JSON.stringify(answers.map((r) => r.message)));
      for (const r of answers) {
        assert.ok(
          withdrawn.includes(r) || r.code === StatusCode.STATUS_CODE_RATE_LIMITED,
          r.message,
        );
      }
      for (const c of writers) c.socket.destroy();
    } finally {
      await d.close();
    }
  });
});

describe("daemon bounds: spawn requests and connections", () => {
  test("spawn argv/env past the limits: INVALID_ARGUMENT naming the limit", {
    timeout: 30_000,
  }, async () => {
    const d = await startDaemon();
    try {
      const x = (n: number) => Array.from({ length: n }, () => "x");
      const kv = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `K${i}`, value: "v" }));
      const cases: [string, Record<string, unknown>, RegExp][] = [
        [
          "argv entries",
          { argv: ["/bin/true", ...x(MAX_SPAWN_ARGS)] },
          /^argv has 16385 entries, over the limit of 16384$/,
        ],
        [
          "env entries",
          { argv: ["/bin/true"], env: kv(MAX_SPAWN_ENV + 1) },
          /^env has 4097 entries, over the limit of 4096$/,
        ],
        [
          "argv bytes",
          { argv: ["/bin/true", "a".repeat(1 << 20), "b".repeat(1 << 20)] },
          /^argv and env exceed the limit of 2097152 bytes/,
        ],
        [
          "env bytes",
          {
            argv: ["/bin/true"],
            env: [{ key: "A", value: "é".repeat(600_000) }, {
              key: "B",
              value: "x".repeat(900_000),
            }],
          },
          /^argv and env exceed the limit of 2097152 bytes/,
        ],
      ];
      for (const [what, payload, re] of cases) {
        for (const kind of ["spawnPipeSession", "spawnPtySession"] as const) {
          const e = await d.client.call(kind, payload as never).then(
            () => assert.fail(`${what}/${kind}: spawned`),
            (e: DaemonError) => e,
          );
          assert.ok(e instanceof DaemonError, `${what}/${kind}: ${e}`);
          assert.equal(e.status, StatusCode.STATUS_CODE_INVALID_ARGUMENT, `${what}/${kind}`);
          assert.match(e.daemonMessage, re, `${what}/${kind}`);
        }
      }
      // Right at the limits the spawn works.
      const ok = await d.client.call("spawnPipeSession", {
        argv: ["/bin/true", ...x(MAX_SPAWN_ARGS - 1)],
        env: kv(MAX_SPAWN_ENV),
      });
      assert.ok(ok.pid > 0);
    } finally {
      await d.close();
    }
  });

  test("connections past maxConnections get one UNAVAILABLE answer and are closed", {
    timeout: 30_000,
  }, async () => {
    const d = await startDaemon({ maxConnections: 4 }); // the fixture's client is one of them
    try {
      const kept = await Promise.all([1, 2, 3].map(() => rawConnect(d.socketPath)));
      for (const c of kept) {
        c.send({ id: 1, type: RequestType.REQUEST_TYPE_PING, ping: {} });
        assert.equal((await c.next()).code, StatusCode.STATUS_CODE_OK);
      }
      const extra = await rawConnect(d.socketPath);
      await Promise.race([extra.closed, sleep(5000)]);
      assert.equal(extra.responses.length, 1);
      assert.equal(extra.responses[0].code, StatusCode.STATUS_CODE_UNAVAILABLE);
      assert.equal(extra.responses[0].message, "too many connections (limit 4)");
      assert.ok(extra.socket.destroyed || extra.socket.readableEnded);
      assert.equal((await d.client.call("status", {})).activeConnections, 4);
      // A slot freed is a slot available again.
      kept[0].socket.destroy();
      await waitFor(
        async () => (await d.client.call("status", {})).activeConnections === 3,
        5000,
        "slot freed",
      );
      const again = await rawConnect(d.socketPath);
      again.send({ id: 2, type: RequestType.REQUEST_TYPE_PING, ping: {} });
      assert.equal((await again.next()).requestId, 2);
      for (const c of [...kept, again]) c.socket.destroy();
    } finally {
      await d.close();
    }
  });

  test("the default cap is 1024 connections", () => {
    assert.equal(DEFAULT_MAX_CONNECTIONS, 1024);
  });
});

describe("daemon bounds: output kept by exited sessions", () => {
  test("exited sessions keep 64 MiB of backlog in all; the oldest ones' is dropped first", {
    timeout: 120_000,
  }, async () => {
    const d = await startDaemon();
    try {
      const n = 72; // 72 MiB of backlog over the 64 MiB budget
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const r = await d.client.spawnPipeSessionRaw({
          argv: ["head", "-c", "1048576", "/dev/zero"],
          env: [],
        });
        ids.push(r.sessionId);
      }
      await waitFor(async () => {
        const list = (await d.client.listPipeSessions({})).sessions;
        return list.filter((s) => ids.includes(s.sessionId)).every((s) => s.exited);
      }, 60_000);
      let kept = 0;
      const backlogs = [];
      for (const id of ids) {
        const b = await d.client.getSessionBacklog({ sessionId: id, pipeStream: "stdout" });
        kept += b.backlog.length;
        backlogs.push(b);
      }
      assert.ok(kept <= 64 * 1048576, `kept ${kept} bytes`);
      assert.ok(kept >= 60 * 1048576, `kept only ${kept} bytes`);
      // The first to exit lost theirs (counted as missed), the last kept all of it.
      assert.equal(backlogs[0].backlog.length, 0);
      assert.equal(Number(backlogs[0].bytesMissed), 1048576);
      assert.equal(backlogs[n - 1].backlog.length, 1048576);
      // Every session is still listed, with its exit code.
      const list = (await d.client.listPipeSessions({})).sessions;
      assert.equal(list.filter((s) => ids.includes(s.sessionId) && s.exitCode === 0).length, n);
    } finally {
      await d.close();
    }
  });
});

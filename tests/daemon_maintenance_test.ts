// Cross-kind maintenance RPCs over the real socket (docs/PROTOCOL.md#maintenance): GET_SESSION_BACKLOG,
// PURGE_EXITED_SESSIONS, BULK_TERMINATE_SESSIONS.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  type DaemonRequestInit,
  type DaemonResponse,
  decodeDaemonResponse,
  decodeObserverEventFrame,
  decodePipeStreamFrame,
  encodeDaemonRequest,
  RequestType,
} from "../proto_gen/daemon_pb.ts";
import { openFramed } from "../src/client/daemon_client.ts";
import { ptySupport } from "../src/process/pty.ts";
import {
  dec,
  enc,
  expectStatus,
  pidAlive,
  rawAttach,
  sleep,
  startDaemon,
  type TestDaemon,
  waitFor,
} from "./helpers/session_fixtures.ts";

const SLOW = { timeout: 30_000 };
const PTY = ptySupport().supported;

/** One request on a fresh connection; returns the raw response (payload presence visible). */
async function rawRequest(d: TestDaemon, req: DaemonRequestInit): Promise<DaemonResponse> {
  const conn = await openFramed({ socketPath: d.socketPath });
  try {
    await conn.writeFrame(encodeDaemonRequest({ id: 9, protocolVersion: 1, ...req }));
    const f = await conn.readFrame();
    assert.ok(f);
    return decodeDaemonResponse(f.slice());
  } finally {
    await conn.close();
  }
}

async function spawnPipe(d: TestDaemon, script: string, originator = "") {
  return await d.client.call("spawnPipeSession", {
    argv: ["/bin/sh", "-c", script],
    originator,
  });
}

async function pipeInfo(d: TestDaemon, id: string) {
  const { sessions } = await d.client.call("listPipeSessions", {});
  return sessions.find((s) => s.sessionId === id);
}

async function waitExited(d: TestDaemon, id: string) {
  return await waitFor(
    async () => {
      const s = await pipeInfo(d, id);
      return s?.exited ? s : undefined;
    },
    15_000,
    `exit of ${id}`,
  );
}

describe("GET_SESSION_BACKLOG", () => {
  test("snapshots copy without consuming; stream selection; exit fields", SLOW, async () => {
    const d = await startDaemon();
    try {
      await expectStatus(
        d.client.request("getSessionBacklog", undefined),
        "STATUS_CODE_INVALID_ARGUMENT",
        "get_session_backlog payload missing",
      );
      const miss = await rawRequest(d, {
        type: RequestType.REQUEST_TYPE_GET_SESSION_BACKLOG,
        getSessionBacklog: { sessionId: "nope" },
      });
      assert.equal(miss.code, 4);
      assert.equal(miss.message, "session not found: nope");
      assert.equal(miss.getSessionBacklog, undefined, "NOT_FOUND carries no payload");

      const s = await spawnPipe(d, "echo READY; echo oops >&2; read x; exit 6");
      await waitFor(
        async () => {
          const b = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
          return dec(b.backlog) === "READY\n";
        },
        10_000,
        "READY",
      );
      const one = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
      const two = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
      assert.equal(dec(one.backlog), "READY\n");
      assert.equal(dec(two.backlog), "READY\n", "snapshots do not consume");
      assert.deepEqual({ ...one, backlog: undefined }, {
        backlog: undefined,
        bytesMissed: 0,
        sessionKind: "pipe",
        exited: false,
        exitCode: 0,
        exitedAt: 0,
        terminationOutcome: 0,
      });
      for (const pipeStream of [0, 1, 7]) {
        const b = await d.client.call("getSessionBacklog", { sessionId: s.sessionId, pipeStream });
        assert.equal(dec(b.backlog), "READY\n", `pipe_stream ${pipeStream} selects stdout`);
      }
      await waitFor(
        async () => {
          const b = await d.client.call("getSessionBacklog", {
            sessionId: s.sessionId,
            pipeStream: 2,
          });
          return dec(b.backlog) === "oops\n";
        },
        5000,
        "stderr backlog",
      );
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("\n") });
      const info = await waitExited(d, s.sessionId);
      const after = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
      assert.equal(after.exited, true);
      assert.equal(after.exitCode, 6);
      assert.equal(after.exitedAt, info.exitedAt);
      assert.equal(after.terminationOutcome, 1);
      assert.equal(dec(after.backlog), "READY\n", "readable after exit");
    } finally {
      await d.close();
    }
  });

  test(
    "attach consumes, the backlog grows while detached, bytes_missed is cumulative",
    SLOW,
    async () => {
      const d = await startDaemon();
      try {
        const s = await spawnPipe(d, "while :; do echo tick; sleep 0.02; done");
        await waitFor(
          async () => {
            const b = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
            return b.backlog.length >= 5 * 5;
          },
          10_000,
          "ticks",
        );
        const a = await rawAttach(d.socketPath, "attachPipeStream", {
          sessionId: s.sessionId,
          stream: 1,
        });
        const drained = a.response.attachPipeStream!.backlog;
        assert.ok(dec(drained).includes("tick"));
        const snap = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
        assert.ok(snap.backlog.length < drained.length, "a snapshot after the attach is smaller");
        await sleep(150);
        const grown = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
        assert.ok(grown.backlog.length > snap.backlog.length, "the ring refills while attached");
        await a.close();
      } finally {
        await d.close();
      }
    },
  );

  test("PTY sessions are found first and report session_kind pty", {
    ...SLOW,
    skip: !PTY,
  }, async () => {
    const d = await startDaemon();
    try {
      const s = await d.client.call("spawnPtySession", {
        argv: ["/bin/sh", "-c", "echo PTYREADY; sleep 30"],
        env: [{ key: "PATH", value: "/usr/bin:/bin" }],
        environmentPolicy: 3,
      });
      const b = await waitFor(
        async () => {
          const r = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
          return dec(r.backlog).includes("PTYREADY") ? r : undefined;
        },
        10_000,
        "PTY backlog",
      );
      assert.equal(b.sessionKind, "pty");
      assert.ok(dec(b.backlog).includes("PTYREADY\r\n"), "raw terminal bytes (CRLF)");
      const stderr = await d.client.call("getSessionBacklog", {
        sessionId: s.sessionId,
        pipeStream: 2,
      });
      assert.ok(dec(stderr.backlog).includes("PTYREADY"), "pipe_stream is ignored for PTY");
    } finally {
      await d.close();
    }
  });
});

describe("PURGE_EXITED_SESSIONS", () => {
  test("removes exited sessions only, with the originator filter", SLOW, async () => {
    const d = await startDaemon();
    try {
      const empty = await d.client.call("purgeExitedSessions", undefined);
      assert.deepEqual(empty, { ptyPurged: 0, pipePurged: 0 });
      const live = await spawnPipe(d, "sleep 30", "keep");
      const doneA = await spawnPipe(d, "exit 0", "keep");
      const doneB = await spawnPipe(d, "exit 1", "other");
      await waitExited(d, doneA.sessionId);
      await waitExited(d, doneB.sessionId);
      const filtered = await d.client.call("purgeExitedSessions", { originator: "other" });
      assert.deepEqual(filtered, { ptyPurged: 0, pipePurged: 1 });
      assert.equal(await pipeInfo(d, doneB.sessionId), undefined);
      assert.ok(await pipeInfo(d, doneA.sessionId), "other originators are kept");
      const rest = await d.client.call("purgeExitedSessions", {});
      assert.deepEqual(rest, { ptyPurged: 0, pipePurged: 1 });
      const left = await d.client.call("listPipeSessions", {});
      assert.deepEqual(left.sessions.map((s) => s.sessionId), [live.sessionId]);
      assert.equal((await pipeInfo(d, live.sessionId))!.exited, false);
      await expectStatus(
        d.client.request("getSessionBacklog", { sessionId: doneA.sessionId }),
        "STATUS_CODE_NOT_FOUND",
        `session not found: ${doneA.sessionId}`,
      );
    } finally {
      await d.close();
    }
  });

  test("purging ends the session's observer subscriptions and tees", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await d.client.call("spawnPipeSession", {
        argv: ["/bin/sh", "-c", "read x"],
        observe: {},
      });
      const reg = await d.client.call("registerSessionObserver", {
        sessionId: s.sessionId,
        sessionKind: 2,
      });
      const obs = await rawAttach(d.socketPath, "attachSessionObserver", {
        sessionId: s.sessionId,
        sessionKind: 2,
        subscriberId: s.subscriberId,
      });
      assert.equal(obs.response.code, 0);
      const session = d.daemon.state.pipeSessions.get(s.sessionId)!;
      let teeBytes = 0;
      (session as unknown as {
        addOutputListener(k: string, f: (b: Uint8Array) => void): () => void;
      }).addOutputListener("stdin", (b) => (teeBytes += b.length));
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("\n") });
      await waitExited(d, s.sessionId);
      assert.equal(teeBytes, 1);
      const purged = await d.client.call("purgeExitedSessions", {});
      assert.equal(purged.pipePurged, 1);
      // the observer stream got started + exited, then `closed`
      const kinds: string[] = [];
      let closed = false;
      for (;;) {
        const f = await obs.next();
        if (f === undefined) break;
        const frame = decodeObserverEventFrame(f).frame;
        if (frame?.case === "events") kinds.push(...frame.value.events.map((e) => e.kind));
        if (frame?.case === "closed") closed = true;
      }
      assert.deepEqual(kinds, ["started", "exited"]);
      assert.equal(closed, true);
      assert.equal(session.observers.size, 0);
      await expectStatus(
        d.client.request("getSessionObserverStatus", {
          sessionId: s.sessionId,
          sessionKind: 2,
          subscriberId: reg.subscriberId,
        }),
        "STATUS_CODE_NOT_FOUND",
        "pipe session not found",
      );
    } finally {
      await d.close();
    }
  });

  test("counts PTY sessions separately", { ...SLOW, skip: !PTY }, async () => {
    const d = await startDaemon();
    try {
      const p = await d.client.call("spawnPtySession", { argv: ["/bin/sh", "-c", "exit 0"] });
      const q = await spawnPipe(d, "exit 0");
      await waitExited(d, q.sessionId);
      await waitFor(
        async () => {
          const { sessions } = await d.client.call("listPtySessions", {});
          return sessions.find((s) => s.sessionId === p.sessionId)?.exited;
        },
        10_000,
        "PTY exit",
      );
      const r = await d.client.call("purgeExitedSessions", {});
      assert.deepEqual(r, { ptyPurged: 1, pipePurged: 1 });
      assert.equal((await d.client.call("listPtySessions", {})).sessions.length, 0);
    } finally {
      await d.close();
    }
  });
});

describe("BULK_TERMINATE_SESSIONS", () => {
  test("payload, empty daemon, originator filter, counts", SLOW, async () => {
    const d = await startDaemon();
    try {
      await expectStatus(
        d.client.request("bulkTerminateSessions", undefined),
        "STATUS_CODE_INVALID_ARGUMENT",
        "bulk_terminate_sessions payload missing",
      );
      const none = await d.client.call("bulkTerminateSessions", {});
      assert.deepEqual(none, { ptyTerminated: 0, pipeTerminated: 0 });
      const mine = await Promise.all([1, 2, 3].map(() => spawnPipe(d, "exec sleep 30", "bulk")));
      const other = await spawnPipe(d, "exec sleep 30", "stay");
      const done = await spawnPipe(d, "exit 0", "bulk");
      await waitExited(d, done.sessionId);
      const r = await d.client.call("bulkTerminateSessions", { originator: "bulk" });
      assert.deepEqual(r, { ptyTerminated: 0, pipeTerminated: 3 }, "exited ones not counted");
      for (const s of mine) {
        const info = await waitExited(d, s.sessionId);
        assert.equal(info.exitCode, -15);
        assert.ok(info.terminationOutcome === 2 || info.terminationOutcome === 3);
      }
      await sleep(100);
      const o = await pipeInfo(d, other.sessionId);
      assert.equal(o!.exited, false, "a different originator stays alive");
      assert.ok(pidAlive(other.pid));
    } finally {
      await d.close();
    }
  });

  test("age is strictly greater than older_than_secs", SLOW, async () => {
    const d = await startDaemon();
    try {
      const old = await spawnPipe(d, "exec sleep 30", "age");
      await sleep(1300);
      const young = await spawnPipe(d, "exec sleep 30", "age");
      const far = await d.client.call("bulkTerminateSessions", {
        originator: "age",
        olderThanSecs: 3600,
      });
      assert.deepEqual(far, { ptyTerminated: 0, pipeTerminated: 0 });
      const r = await d.client.call("bulkTerminateSessions", {
        originator: "age",
        olderThanSecs: 1,
      });
      assert.deepEqual(r, { ptyTerminated: 0, pipeTerminated: 1 });
      await waitExited(d, old.sessionId);
      assert.equal((await pipeInfo(d, young.sessionId))!.exited, false);
    } finally {
      await d.close();
    }
  });

  test("grace max(grace_ms, 1): a TERM-ignoring child is killed at once", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawnPipe(d, "trap '' TERM; echo armed; while :; do sleep 0.05; done");
      await waitFor(
        async () => {
          const b = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
          return dec(b.backlog).includes("armed");
        },
        10_000,
        "trap armed",
      );
      const t0 = Date.now();
      await d.client.call("bulkTerminateSessions", { graceMs: 0 });
      const info = await waitExited(d, s.sessionId);
      assert.ok(Date.now() - t0 < 1500, "hard kill after ~1 ms, not the 2 s default");
      assert.equal(info.exitCode, -9);
      assert.equal(info.terminationOutcome, 3);
    } finally {
      await d.close();
    }
  });

  test("attached streams are not notified; they end with exit_code", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawnPipe(d, "exec sleep 30");
      const a = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      await d.client.call("bulkTerminateSessions", { graceMs: 2000 });
      const f = await a.next();
      assert.ok(f);
      assert.deepEqual(decodePipeStreamFrame(f).frame, { case: "exitCode", value: -15 });
      assert.equal(await a.next(), undefined);
    } finally {
      await d.close();
    }
  });

  test("PTY sessions are counted separately", { ...SLOW, skip: !PTY }, async () => {
    const d = await startDaemon();
    try {
      await d.client.call("spawnPtySession", { argv: ["sleep", "30"], originator: "b" });
      await spawnPipe(d, "exec sleep 30", "b");
      const r = await d.client.call("bulkTerminateSessions", { originator: "b" });
      assert.deepEqual(r, { ptyTerminated: 1, pipeTerminated: 1 });
    } finally {
      await d.close();
    }
  });
});

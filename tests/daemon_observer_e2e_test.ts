// Lifecycle observation end to end: sessions emit `started` then `exited` (docs/PROTOCOL.md#observer-events,
// made observable by our extensions), spawn-with-observe registers before the child starts,
// events stream over ATTACH_SESSION_OBSERVER (81), and the DaemonState hooks are called.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  decodeObserverEventFrame,
  decodePipeStreamFrame,
  type ObserverEvent,
} from "../proto_gen/daemon_pb.ts";
import type { SessionBase } from "../src/daemon/types.ts";
import { registerSessionObserver, SessionObserverRequest } from "../src/client/observer_api.ts";
import { ptySupport } from "../src/process/pty.ts";
import {
  enc,
  type RawAttach,
  rawAttach,
  startDaemon,
  type TestDaemon,
  waitFor,
} from "./helpers/session_fixtures.ts";

const SLOW = { timeout: 30_000 };
const PTY = ptySupport().supported;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Reads observer frames until `n` lifecycle events arrived (other categories are skipped). */
async function lifecycleEvents(
  a: RawAttach,
  n: number,
): Promise<{ events: ObserverEvent[]; missed: number }> {
  const events: ObserverEvent[] = [];
  let missed = 0;
  while (events.length < n) {
    const f = await a.next(10_000);
    assert.ok(f, `observer stream ended after ${events.length} events`);
    const frame = decodeObserverEventFrame(f).frame;
    assert.ok(frame);
    if (frame.case === "missedEvents") missed += Number(frame.value);
    else if (frame.case === "events") {
      events.push(...frame.value.events.filter((e) => e.category === 0));
    } else assert.fail(`unexpected terminal frame ${JSON.stringify(frame)}`);
  }
  return { events, missed };
}

async function observe(d: TestDaemon, kind: 1 | 2, sessionId: string, subscriberId: string) {
  const a = await rawAttach(d.socketPath, "attachSessionObserver", {
    sessionId,
    sessionKind: kind,
    subscriberId,
  });
  assert.equal(a.response.code, 0, a.response.message);
  return a;
}

function checkLifecycle(events: ObserverEvent[], pid: number, exitCode: number): void {
  const t0 = Date.now() - 60_000;
  assert.deepEqual(events.map((e) => [e.kind, Number(e.sequence)]), [["started", 1], [
    "exited",
    2,
  ]]);
  for (const e of events) {
    assert.equal(e.category, 0);
    assert.equal(e.pid, pid);
    assert.equal(e.ppid, 0);
    assert.ok(Number(e.timestampMs) > t0 && Number(e.timestampMs) <= Date.now());
  }
  assert.ok(Number(events[0].timestampMs) <= Number(events[1].timestampMs));
  assert.equal(events[0].exitCode, 0);
  assert.equal(events[1].exitCode, exitCode);
}

describe("lifecycle events over the observer stream", () => {
  test(
    "pipe spawn with observe: started is sequence 1, exited sequence 2 (20 times)",
    SLOW,
    async () => {
      const d = await startDaemon();
      try {
        for (let i = 0; i < 20; i++) {
          const s = await d.client.call("spawnPipeSession", {
            argv: ["/bin/sh", "-c", `exit ${i}`],
            observe: { categories: [0] },
          });
          assert.match(s.subscriberId, UUID);
          const a = await observe(d, 2, s.sessionId, s.subscriberId);
          const { events, missed } = await lifecycleEvents(a, 2);
          assert.equal(missed, 0);
          checkLifecycle(events, s.pid, i);
          await a.close();
        }
      } finally {
        await d.close();
      }
    },
  );

  test("PTY spawn with observe: started 1, exited 2 with the PTY exit code", {
    ...SLOW,
    skip: !PTY,
  }, async () => {
    const d = await startDaemon();
    try {
      for (let i = 0; i < 5; i++) {
        const s = await d.client.call("spawnPtySession", {
          argv: ["/bin/sh", "-c", `exit ${i + 3}`],
          observe: {},
        });
        assert.match(s.subscriberId, UUID);
        const a = await observe(d, 1, s.sessionId, s.subscriberId);
        const { events } = await lifecycleEvents(a, 2);
        checkLifecycle(events, s.pid, i + 3);
        await a.close();
      }
      // a terminated PTY session reports exit code 1
      const t = await d.client.call("spawnPtySession", { argv: ["sleep", "30"], observe: {} });
      const a = await observe(d, 1, t.sessionId, t.subscriberId);
      await d.client.call("terminatePtySession", { sessionId: t.sessionId, graceMs: 200 });
      checkLifecycle((await lifecycleEvents(a, 2)).events, t.pid, 1);
    } finally {
      await d.close();
    }
  });

  test("registration after spawn sees exited as sequence 1; status counters", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await d.client.call("spawnPipeSession", { argv: ["sleep", "30"] });
      const sub = await registerSessionObserver(d.client, SessionObserverRequest.pipe(s.sessionId));
      await d.client.call("terminatePipeSession", { sessionId: s.sessionId });
      const rec = await sub.subscriber.recv({ timeoutMs: 10_000 });
      assert.ok(rec && rec.type === "event");
      assert.equal(rec.kind, "exited");
      assert.equal(Number(rec.sequence), 1);
      assert.equal(rec.exitCode, -15);
      assert.equal(rec.pid, s.pid);
      const st = await sub.status();
      assert.equal(Number(st.deliveredEvents), 1);
      assert.equal(Number(st.missedEvents), 0);
      await sub.subscriber.close();
    } finally {
      await d.close();
    }
  });

  test("a 1-event DropOldest ring: started is evicted by exited", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await d.client.call("spawnPipeSession", {
        argv: ["true"],
        observe: { ringCapacityEvents: 1 },
      });
      await waitFor(
        async () => {
          const { sessions } = await d.client.call("listPipeSessions", {});
          return sessions[0]?.exited;
        },
        10_000,
        "exit",
      );
      const a = await observe(d, 2, s.sessionId, s.subscriberId);
      assert.equal(Number(a.response.attachSessionObserver!.bufferedEvents), 1);
      assert.equal(Number(a.response.attachSessionObserver!.missedEvents), 1);
      const { events, missed } = await lifecycleEvents(a, 1);
      assert.equal(missed, 1);
      assert.deepEqual(events.map((e) => [e.kind, Number(e.sequence)]), [["exited", 2]]);
      await a.close();
    } finally {
      await d.close();
    }
  });

  test("exited is emitted before attached streams are told", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await d.client.call("spawnPipeSession", {
        argv: ["/bin/sh", "-c", "read x; exit 9"],
        observe: {},
      });
      const stream = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      const session = d.daemon.state.pipeSessions.get(s.sessionId)!;
      const sub = session.observers.get(s.subscriberId)!;
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("\n") });
      const f = await stream.next();
      assert.ok(f);
      assert.deepEqual(decodePipeStreamFrame(f).frame, { case: "exitCode", value: 9 });
      assert.equal(sub.status().matched, 2, "started and exited were both stored already");
      const kinds = sub.take(10).events.map((e) => e.kind);
      assert.deepEqual(kinds, ["started", "exited"]);
    } finally {
      await d.close();
    }
  });

  test(
    "DaemonState hooks: sessionStarted after spawn, sessionExited before `exited`",
    SLOW,
    async () => {
      const d = await startDaemon();
      try {
        const state = d.daemon.state;
        const calls: string[] = [];
        const origStarted = state.sessionStarted;
        const origExited = state.sessionExited;
        state.sessionStarted = (s: SessionBase) => {
          calls.push(`started ${s.id} ${s.exited}`);
          origStarted?.call(state, s);
        };
        state.sessionExited = (s: SessionBase) => {
          const sub = [...s.observers.all()][0];
          calls.push(`exited ${s.id} ${s.exited} matched=${sub?.status().matched}`);
          origExited?.call(state, s);
        };
        const s = await d.client.call("spawnPipeSession", {
          argv: ["/bin/sh", "-c", "read x"],
          observe: {},
        });
        assert.deepEqual(calls, [`started ${s.sessionId} false`]);
        await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("\n") });
        await waitFor(() => calls.length === 2, 10_000, "exit hook");
        assert.deepEqual(calls[1], `exited ${s.sessionId} true matched=1`);
        if (PTY) {
          const p = await d.client.call("spawnPtySession", { argv: ["true"] });
          await waitFor(() => calls.length === 4, 10_000, "PTY hooks");
          assert.deepEqual(calls.slice(2).map((c) => c.split(" ").slice(0, 2).join(" ")), [
            `started ${p.sessionId}`,
            `exited ${p.sessionId}`,
          ]);
        }
      } finally {
        await d.close();
      }
    },
  );
});

// The daemon under hostile and heavy use: 200 concurrent clients doing mixed calls for 10 s,
// clients that vanish mid-frame, mid-attach and mid-stdin-write, malformed frames in between.
// The daemon keeps serving, every subscription's counters balance at every check, and no
// child process survives the shutdown.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { DaemonError } from "../src/errors.ts";
import { encodeFrame } from "../src/frame.ts";
import { encodeDaemonRequest } from "../proto_gen/daemon_pb.ts";
import { isAlive } from "../src/process/proc.ts";
import { serve } from "../src/daemon/server.ts";
import type { DaemonServer } from "../src/daemon/server.ts";

const CLIENTS = 200;
const DURATION_MS = 10_000;

function checkBalances(server: DaemonServer): number {
  let subs = 0;
  for (const s of [...server.state.pipeSessions.values(), ...server.state.ptySessions.values()]) {
    for (const sub of s.observers.all()) {
      const st = sub.status();
      assert.equal(st.matched, st.delivered + st.missed + st.buffered, JSON.stringify(st));
      subs++;
    }
  }
  return subs;
}

/** Opens a raw socket, writes `bytes`, then destroys it at once. */
function hitAndRun(path: string, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const s = net.createConnection(path, () => {
      s.write(bytes, () => {
        s.destroy();
        resolve();
      });
    });
    s.on("error", () => resolve());
  });
}

describe("daemon under load", () => {
  test(
    "200 clients, mixed calls, 10 s; hostile peers; no leaks",
    { timeout: 120_000 },
    async () => {
      const dir = mkdtempSync("/tmp/rp-");
      const server = await serve({ socketPath: `${dir}/d/s.sock`, dbPath: `${dir}/t.json` });
      const path = server.socketPath;
      const pids = new Set<number>();
      const errors: string[] = [];
      let calls = 0;
      try {
        // A long-lived `cat` session shared by everyone for stdin writes, and a session that
        // never reads stdin (for the mid-write disconnect).
        const admin = await DaemonClient.connect({ socketPath: path });
        const cat = await admin.call("spawnPipeSession", { argv: ["cat"] });
        const deaf = await admin.call("spawnPipeSession", { argv: ["sleep", "60"] });
        pids.add(cat.pid);
        pids.add(deaf.pid);

        const deadline = Date.now() + DURATION_MS;
        const worker = async (n: number) => {
          const c = await DaemonClient.connect({
            socketPath: path,
            rpcTimeoutMs: 30_000,
            connectTimeoutMs: 30_000,
          });
          let mine: { sessionId: string; subscriberId?: string } | undefined;
          try {
            for (let i = 0; Date.now() < deadline; i++) {
              const op = (n + i) % 10;
              try {
                if (op === 0) await c.ping();
                else if (op === 1) await c.status();
                else if (op === 2) await c.listPipeSessions({});
                else if (op === 3 && !mine && i % 20 === 3) {
                  const s = await c.call("spawnPipeSession", {
                    argv: ["sh", "-c", "echo hi; sleep 0.2"],
                    observe: { categories: [0], ringCapacityEvents: 2 },
                  });
                  pids.add(s.pid);
                  mine = { sessionId: s.sessionId, subscriberId: s.subscriberId };
                } else if (op === 4 && mine?.subscriberId) {
                  const st = await c.call("getSessionObserverStatus", {
                    sessionId: mine.sessionId,
                    sessionKind: 2,
                    subscriberId: mine.subscriberId,
                  });
                  assert.ok(Number(st.missedEvents) <= 2);
                } else if (op === 5) {
                  await c.writePipeStdin({
                    sessionId: cat.sessionId,
                    data: `client ${n} line ${i}\n`,
                  });
                } else if (op === 6 && mine) {
                  await c.getSessionBacklog({ sessionId: mine.sessionId });
                } else if (op === 7) {
                  await c.call("registerSessionObserver", {
                    sessionId: cat.sessionId,
                    sessionKind: 2,
                    categories: [0, 3],
                    ringCapacityEvents: 8,
                  }).then((r) =>
                    c.call("unregisterSessionObserver", {
                      sessionId: cat.sessionId,
                      sessionKind: 2,
                      subscriberId: r.subscriberId,
                    })
                  );
                } else if (op === 8) {
                  await c.call("getSessionObserverStatus", {
                    sessionId: "pipe-0000000000000000-00000000",
                    sessionKind: 2,
                    subscriberId: "nope",
                  }).then(
                    () => errors.push("unknown session answered OK"),
                    (e) => {
                      if (!(e instanceof DaemonError) || e.statusName !== "STATUS_CODE_NOT_FOUND") {
                        throw e;
                      }
                    },
                  );
                } else if (op === 9 && mine && i % 7 === 0) {
                  await c.terminatePipeSession({ sessionId: mine.sessionId, graceMs: 50 });
                  mine = undefined;
                } else await c.ping();
                calls++;
              } catch (e) {
                errors.push(`client ${n} op ${op}: ${(e as Error).message}`);
              }
            }
          } finally {
            await c.close();
          }
        };

        const hostile = async () => {
          const ping = encodeFrame(encodeDaemonRequest({ id: 1, type: 40, ping: {} }));
          while (Date.now() < deadline) {
            // mid-frame: a prefix promising 100 bytes, then 3 of them
            await hitAndRun(path, new Uint8Array([0, 0, 0, 100, 1, 2, 3]));
            // an oversized prefix, and garbage that is not a DaemonRequest
            await hitAndRun(path, new Uint8Array([0xff, 0xff, 0xff, 0xff]));
            await hitAndRun(path, new Uint8Array([0, 0, 0, 2, 0xff, 0xff, ...ping]));
            // mid-attach: attach to the cat's stderr stream, then vanish
            await hitAndRun(
              path,
              encodeFrame(encodeDaemonRequest({
                id: 1,
                type: 66,
                attachPipeStream: { sessionId: cat.sessionId, stream: 2, steal: true },
              })),
            );
            // mid-stdin-write: 1 MiB to a child that never reads, then vanish
            await hitAndRun(
              path,
              encodeFrame(encodeDaemonRequest({
                id: 1,
                type: 70,
                writePipeStdin: { sessionId: deaf.sessionId, data: new Uint8Array(1 << 20) },
              })),
            );
            await new Promise((r) => setTimeout(r, 50));
          }
        };

        const checker = async () => {
          while (Date.now() < deadline) {
            checkBalances(server);
            await new Promise((r) => setTimeout(r, 250));
          }
        };

        await Promise.all([
          ...Array.from({ length: CLIENTS }, (_, n) => worker(n)),
          hostile(),
          checker(),
        ]);
        assert.deepEqual(errors.slice(0, 5), [], `${errors.length} errors`);
        assert.ok(calls > CLIENTS * 10, `only ${calls} calls completed`);
        console.log(`stress: ${calls} calls by ${CLIENTS} clients in ${DURATION_MS / 1000} s`);

        // still serving, promptly
        const t0 = performance.now();
        await admin.ping();
        assert.ok(performance.now() - t0 < 2000, "ping after the storm is prompt");
        const backlog = await admin.getSessionBacklog({ sessionId: cat.sessionId });
        assert.ok(new TextDecoder().decode(backlog.backlog).includes("line"), "cat echoed stdin");
        assert.ok(checkBalances(server) > 0);
        await admin.close();
      } finally {
        await server.shutdown();
        rmSync(dir, { recursive: true, force: true });
      }
      // no child survives the shutdown
      const deadlineGone = Date.now() + 10_000;
      let alive = [...pids].filter(isAlive);
      while (alive.length > 0 && Date.now() < deadlineGone) {
        await new Promise((r) => setTimeout(r, 100));
        alive = alive.filter(isAlive);
      }
      assert.deepEqual(alive, [], "children left after shutdown");
    },
  );
});

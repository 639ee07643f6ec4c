// The high-level ServiceManager API against a real daemon: start/list/stop, logs tail and
// follow (streamed, no re-reads, no reprinted prefix), lifecycle events.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ServiceManager } from "../mod.ts";
import { DaemonError } from "../src/errors.ts";
import { startSvcDaemon, waitFor } from "./helpers/service_fixtures.ts";

const SLOW = { timeout: 30_000 };

describe("ServiceManager", () => {
  test("start, list, describe, stop, delete", SLOW, async () => {
    const d = await startSvcDaemon();
    try {
      const sm = new ServiceManager(d.client);
      const s = await sm.start({ name: "w", cmd: ["sleep", "30"], killTimeoutMs: 500 });
      assert.equal(s.status, "online");
      assert.equal(s.config?.autorestart, true);
      assert.deepEqual((await sm.list()).map((x) => x.name), ["w"]);
      assert.equal((await sm.describe("w")).pid, s.pid);
      assert.equal(await sm.stop("w"), 1);
      assert.equal(await sm.delete("all"), 1);
      await assert.rejects(sm.describe("w"), (e) => e instanceof DaemonError && e.status === 4);
    } finally {
      await d.close();
    }
  });

  test("logs: tail, then follow streams each new line once", SLOW, async () => {
    const d = await startSvcDaemon();
    try {
      const sm = new ServiceManager(d.client);
      await sm.start({
        name: "t",
        cmd: [
          "sh",
          "-c",
          "echo a; echo b >&2; sleep 0.5; i=0; while [ $i -lt 5 ]; do echo n-$i; echo e-$i >&2; i=$((i+1)); done; sleep 30",
        ],
        killTimeoutMs: 500,
      });
      await waitFor(
        "tail",
        async () => (await d.client.serviceLogs({ target: "t", lines: 5 })).logText.includes("b"),
      );
      const ac = new AbortController();
      const got: string[] = [];
      for await (const l of sm.logs("t", { follow: true, lines: 5, signal: ac.signal })) {
        got.push(l);
        if (got.length === 12) ac.abort();
      }
      assert.deepEqual(got.slice(0, 2), ["[stdout] a", "[stderr] b"]);
      const rest = got.slice(2);
      assert.deepEqual(
        rest.filter((l) => l.startsWith("[stdout]")),
        [0, 1, 2, 3, 4].map((i) => `[stdout] n-${i}`),
      );
      assert.deepEqual(
        rest.filter((l) => l.startsWith("[stderr]")),
        [0, 1, 2, 3, 4].map((i) => `[stderr] e-${i}`),
      );
    } finally {
      await d.close();
    }
  });

  test("events: a flaky service goes online -> restarting -> errored", SLOW, async () => {
    const d = await startSvcDaemon();
    try {
      const sm = new ServiceManager(d.client);
      const ac = new AbortController();
      const seen: string[] = [];
      const exits: string[] = [];
      const done = (async () => {
        for await (const e of sm.events({ signal: ac.signal })) {
          seen.push(`${e.kind}:${e.name}`);
          if (e.kind === "exited") exits.push(`${e.status} ${e.restartCount}`);
          if (e.kind === "errored") ac.abort();
        }
      })();
      await new Promise((r) => setTimeout(r, 300)); // the stream is attached by then
      await sm.start({
        name: "f",
        cmd: ["false"],
        maxRestarts: 1,
        restartDelayMs: 10,
        minUptimeMs: 60_000,
      });
      await done;
      assert.deepEqual(seen, [
        "started:f",
        "exited:f",
        "restarting:f",
        "started:f",
        "exited:f",
        "errored:f",
      ]);
      // An exit carries the state it found: online, restarted 0 times, then once.
      assert.deepEqual(exits, ["online 0", "online 1"]);
    } finally {
      await d.close();
    }
  });

  test(
    "subscribe() resolves once subscribed: the next start's events all arrive",
    SLOW,
    async () => {
      const d = await startSvcDaemon();
      try {
        const sm = new ServiceManager(d.client);
        await using sub = await sm.subscribe();
        await sm.start({ name: "q", cmd: ["sh", "-c", "exit 3"], autorestart: false });
        const seen: string[] = [];
        for await (const e of sub.events) {
          seen.push(e.kind);
          if (e.kind === "exited") {
            assert.equal(e.exitCode, 3);
            break;
          }
        }
        assert.deepEqual(seen.slice(0, 2), ["started", "exited"]);
      } finally {
        await d.close();
      }
    },
  );
});

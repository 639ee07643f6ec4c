// Service supervision over the daemon's real socket (docs/PROTOCOL.md#services): upstream's
// numbered tests T1-T20 as far as they concern the daemon, every validation message, and what we do
// better (per-service timers, races, exit records, bounded logs, live events).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import process from "node:process";
import { DatabaseSync } from "node:sqlite";
import { decodeServiceEventFrame, type ServiceEvent, StatusCode } from "../proto_gen/daemon_pb.ts";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { openFramed } from "../src/client/daemon_client.ts";
import { encodeDaemonRequest, RequestType } from "../proto_gen/daemon_pb.ts";
import { decodeDaemonResponse } from "../proto_gen/daemon_pb.ts";
import { backoffDelay, parseU32 } from "../src/daemon/services/supervisor.ts";
import {
  alive,
  cfg,
  daemonError,
  sleep,
  startSvcDaemon,
  waitFor,
} from "./helpers/service_fixtures.ts";

const SLOW = { timeout: 30_000 };

async function describeSvc(c: DaemonClient, t: string) {
  return (await c.serviceDescribe({ target: t })).service!;
}

/** Children of `pid` (direct), from /proc. */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const n of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(n)) continue;
    try {
      const st = fs.readFileSync(`/proc/${n}/stat`, "utf8");
      if (Number(st.slice(st.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(n));
    } catch { /* gone */ }
  }
  return out;
}

/** Opens an ATTACH_SERVICE_EVENTS stream; returns the reply and an event reader. */
async function attachEvents(socketPath: string, target: string, logs = false) {
  const conn = await openFramed({ socketPath });
  await conn.writeFrame(encodeDaemonRequest({
    id: 1,
    type: RequestType.REQUEST_TYPE_ATTACH_SERVICE_EVENTS,
    protocolVersion: 1,
    attachServiceEvents: { target, lifecycle: true, logs },
  }));
  const res = decodeDaemonResponse((await conn.readFrame())!);
  const events: ServiceEvent[] = [];
  const done = (async () => {
    for (;;) {
      const f = await conn.readFrame().catch(() => undefined);
      if (!f) return;
      const fr = decodeServiceEventFrame(f).frame;
      if (fr?.case === "events") events.push(...fr.value.events);
    }
  })();
  return {
    res,
    events,
    close: async () => {
      await conn.close();
      await done;
    },
  };
}

describe("service supervision (daemon)", () => {
  test("T1: lifecycle over IPC, payload always present", SLOW, async () => {
    const d = await startSvcDaemon();
    const c = d.client;
    try {
      const st = (await c.serviceStart({ config: cfg("svc", ["sleep", "30"]) })).service!;
      assert.equal(st.name, "svc");
      assert.equal(st.status, "online");
      assert.ok(st.pid > 0);
      assert.ok(st.config, "config echoed");
      assert.equal((await c.serviceList()).services.length, 1);
      assert.equal((await describeSvc(c, "svc")).status, "online");
      assert.equal((await c.serviceStop({ target: "svc" })).stoppedCount, 1);
      assert.equal(alive(st.pid), false);
      assert.equal((await c.serviceRestart({ target: "svc" })).restartedCount, 1);
      const logs = await c.request("serviceLogs", { target: "svc", lines: 10 });
      assert.ok(logs.serviceLogs, "logs payload present");
      assert.equal((await c.serviceFlush({ target: "svc" })).flushedCount, 1);
      assert.equal((await c.serviceFlush({ target: "all" })).flushedCount, 1);
      assert.equal((await c.serviceDelete({ target: "svc" })).deletedCount, 1);
      assert.deepEqual((await c.serviceList()).services, []);
      const e = await daemonError(() => c.serviceLogs({ target: "svc", lines: 10 }));
      assert.equal(e.status, StatusCode.STATUS_CODE_NOT_FOUND);
      assert.ok((await c.request("serviceSave", {})).serviceSave);
      assert.ok((await c.request("serviceResurrect", {})).serviceResurrect);
      const stop0 = await c.request("serviceStop", { target: "all" });
      assert.ok(stop0.serviceStop, "zero-count payload present");
    } finally {
      await d.close();
    }
  });

  test("T2/T3/T4: already exists, restart count, id targets", SLOW, async () => {
    const d = await startSvcDaemon();
    const c = d.client;
    try {
      const a = (await c.serviceStart({ config: cfg("a", ["sleep", "30"]) })).service!;
      const e = await daemonError(() => c.serviceStart({ config: cfg("a", ["sleep", "30"]) }));
      assert.equal(e.status, StatusCode.STATUS_CODE_INVALID_ARGUMENT);
      assert.equal(e.daemonMessage, "service 'a' already exists");
      assert.equal(a.restartCount, 0);
      await c.serviceRestart({ target: "a" });
      let s = await describeSvc(c, String(a.id));
      assert.equal(s.restartCount, 1);
      assert.equal(s.status, "online");
      await c.serviceRestart({ target: `+0${a.id}` }); // Rust u32 parsing: '+' and zeros
      s = await describeSvc(c, "a");
      assert.equal(s.restartCount, 2);
      assert.notEqual(s.pid, a.pid);
      assert.equal(alive(a.pid), false);
      // "all" is a plain name for DESCRIBE
      const na = await daemonError(() => c.serviceDescribe({ target: "all" }));
      assert.equal(na.daemonMessage, "no service matched 'all'");
      const ne = await daemonError(() => c.serviceDescribe({ target: "" }));
      assert.equal(ne.daemonMessage, "no service matched ''");
      // stopping an already-stopped service: OK with 0
      assert.equal((await c.serviceStop({ target: "a" })).stoppedCount, 1);
      assert.equal((await c.serviceStop({ target: "a" })).stoppedCount, 0);
      assert.equal((await c.serviceDelete({ target: "all" })).deletedCount, 1);
      assert.equal((await c.serviceDelete({ target: "all" })).deletedCount, 0);
      const nd = await daemonError(() => c.serviceDelete({ target: "a" }));
      assert.equal(nd.status, StatusCode.STATUS_CODE_NOT_FOUND);
    } finally {
      await d.close();
    }
  });

  test("validation messages, in upstream's order", SLOW, async () => {
    const d = await startSvcDaemon();
    const c = d.client;
    const bad = async (f: () => Promise<unknown>, code: number, msg: string) => {
      const e = await daemonError(f);
      assert.equal(e.status, code, msg);
      assert.equal(e.daemonMessage, msg);
    };
    const INV = StatusCode.STATUS_CODE_INVALID_ARGUMENT;
    try {
      await bad(
        () => c.request("serviceStart", undefined),
        INV,
        "invalid service config: missing service_start payload",
      );
      await bad(() => c.serviceStart({}), INV, "invalid service config: missing service config");
      await bad(
        () => c.serviceStart({ config: { cmd: ["true"] } }),
        INV,
        "invalid service config: name must not be empty",
      );
      await bad(
        () => c.serviceStart({ config: { name: "x" } }),
        INV,
        "invalid service config: cmd must not be empty",
      );
      await bad(
        () => c.request("serviceLogs", undefined),
        INV,
        "invalid service config: missing service_logs payload",
      );
      await bad(
        () => c.request("serviceStop", undefined),
        StatusCode.STATUS_CODE_NOT_FOUND,
        "no service matched ''",
      );
      await bad(
        () => c.serviceStart({ config: cfg("nope", ["/definitely/not/here"]) }),
        StatusCode.STATUS_CODE_INTERNAL,
        "failed to spawn service: failed to spawn process: No such file or directory (os error 2)",
      );
      // upstream quirk kept: the failed START leaves a stopped row
      assert.equal((await describeSvc(c, "nope")).status, "stopped");
      await bad(
        () => c.serviceFlush({ target: "ghost" }),
        StatusCode.STATUS_CODE_NOT_FOUND,
        "no service matched 'ghost'",
      );
      assert.equal((await c.request("serviceFlush", undefined)).serviceFlush?.flushedCount, 1);
      await bad(
        () => c.serviceDescribe({ target: "4294967296" }),
        StatusCode.STATUS_CODE_NOT_FOUND,
        "no service matched '4294967296'",
      );
      assert.equal(parseU32("+5"), 5);
      assert.equal(parseU32(" 5"), undefined);
      assert.equal(parseU32("-1"), undefined);
    } finally {
      await d.close();
    }
  });

  test("T5/T6/T7: logs with prefixes, empty, capped at 64 KiB", SLOW, async () => {
    const d = await startSvcDaemon();
    const c = d.client;
    try {
      await c.serviceStart({
        config: cfg("p", [
          "sh",
          "-c",
          "for i in 1 2 3 4 5; do echo out-$i; echo err-$i >&2; done; printf 'a\\r\\n\\nb'; sleep 30",
        ]),
      });
      const text = await waitFor("log lines", async () => {
        const t = (await c.serviceLogs({ target: "p", lines: 10 })).logText;
        return t.includes("[stderr] err-5") && t.includes("[stdout] a\n") ? t : undefined;
      });
      for (let i = 1; i <= 5; i++) {
        assert.ok(text.includes(`[stdout] out-${i}\n`));
        assert.ok(text.includes(`[stderr] err-${i}\n`));
      }
      assert.ok(text.indexOf("[stdout]") < text.indexOf("[stderr]"), "stdout block first");
      assert.equal(
        (await c.serviceLogs({ target: "p", lines: 2 })).logText,
        "[stdout] out-5\n[stdout] a\n[stderr] err-4\n[stderr] err-5\n",
      );
      // T6: no files -> empty text
      await c.serviceStart({ config: cfg("quiet", ["sleep", "30"]) });
      assert.equal((await c.serviceLogs({ target: "quiet", lines: 0 })).logText, "");
      // T7: a 200 KiB line
      await c.serviceStart({
        config: cfg("big", ["sh", "-c", "head -c 204800 /dev/zero | tr '\\0' x; echo; sleep 30"]),
      });
      const big = await waitFor("big line", async () => {
        const t = (await c.serviceLogs({ target: "big", lines: 10 })).logText;
        return t.length > 0 ? t : undefined;
      });
      assert.ok(new TextEncoder().encode(big).length <= 65536);
      assert.ok(big.includes("...(truncated)"));
    } finally {
      await d.close();
    }
  });

  test(
    "T8/T9/T10/T13: flush, flush all, unknown; names never leave the log dir",
    SLOW,
    async () => {
      const d = await startSvcDaemon();
      const c = d.client;
      const logDir = `${d.dir}/state/services`;
      try {
        const names = ["../../../etc/passwd", "a/b", "x y"];
        for (const n of names) {
          await c.serviceStart({
            config: cfg(n, ["sh", "-c", "echo hello; echo e >&2; sleep 30"]),
          });
        }
        await waitFor("logs", () => fs.readdirSync(logDir).length >= 6);
        const files = fs.readdirSync(logDir).sort();
        assert.ok(files.includes(".._.._.._etc_passwd-out.log"), files.join(","));
        assert.ok(files.includes("a_b-err.log"));
        for (const f of files) assert.ok(!f.includes("/") && !f.includes("\\"));
        assert.equal(fs.existsSync(`${d.dir}/etc`), false);
        await waitFor("content", () => fs.statSync(`${logDir}/a_b-out.log`).size > 0);
        assert.equal((await c.serviceFlush({ target: "a/b" })).flushedCount, 1);
        assert.equal(fs.statSync(`${logDir}/a_b-out.log`).size, 0);
        assert.equal(fs.statSync(`${logDir}/a_b-err.log`).size, 0);
        assert.equal((await c.serviceFlush({ target: "all" })).flushedCount, 3);
        const e = await daemonError(() => c.serviceFlush({ target: "zzz" }));
        assert.equal(e.status, StatusCode.STATUS_CODE_NOT_FOUND);
      } finally {
        await d.close();
      }
    },
  );

  test(
    "T12: a crash loop reaches errored with restart_count = max_restarts + 1",
    SLOW,
    async () => {
      const d = await startSvcDaemon();
      const c = d.client;
      try {
        await c.serviceStart({
          config: cfg("crash", ["sh", "-c", "exit 3"], {
            maxRestarts: 3,
            restartDelayMs: 1,
            minUptimeMs: 60_000,
          }),
        });
        const s = await waitFor("errored", async () => {
          const s = await describeSvc(c, "crash");
          return s.status === "errored" ? s : undefined;
        });
        assert.equal(s.restartCount, 4);
        assert.equal(s.pid, 0);
        assert.equal(s.lastExitCode, 3);
        assert.ok(s.lastExitedAt > 0);
        assert.ok(!d.daemon.state || true);
        // errored -> STOP -> stopped
        assert.equal((await c.serviceStop({ target: "crash" })).stoppedCount, 0);
        assert.equal((await describeSvc(c, "crash")).status, "stopped");
        assert.deepEqual([100, 200, 400, 30_000], [
          backoffDelay(100, 1),
          backoffDelay(100, 2),
          backoffDelay(100, 3),
          backoffDelay(100, 101),
        ]);
        assert.equal(backoffDelay(0, 1), 500);
      } finally {
        await d.close();
      }
    },
  );

  test("autorestart=false: exit 5 -> stopped with exit code 5", SLOW, async () => {
    const d = await startSvcDaemon();
    try {
      await d.client.serviceStart({
        config: cfg("once", ["sh", "-c", "exit 5"], { autorestart: false }),
      });
      const s = await waitFor("stopped", async () => {
        const s = await describeSvc(d.client, "once");
        return s.status === "stopped" ? s : undefined;
      });
      assert.equal(s.lastExitCode, 5);
      assert.equal(s.restartCount, 0);
      assert.equal(s.pid, 0);
    } finally {
      await d.close();
    }
  });

  test("stop kills the whole process group, grandchild ignoring SIGTERM too", SLOW, async () => {
    const d = await startSvcDaemon();
    try {
      const s = (await d.client.serviceStart({
        config: cfg("tree", ["sh", "-c", "sh -c 'trap \"\" TERM; sleep 30' & sleep 30"], {
          killTimeoutMs: 300,
        }),
      })).service!;
      const kids = await waitFor("grandchildren", () => {
        const k = childrenOf(s.pid);
        return k.length >= 2 ? k : undefined;
      });
      const all = [...kids, ...kids.flatMap(childrenOf)];
      assert.equal((await d.client.serviceStop({ target: "tree" })).stoppedCount, 1);
      await waitFor("all gone", () => [s.pid, ...all].every((p) => !alive(p)), 5000);
      const row = await describeSvc(d.client, "tree");
      assert.equal(row.status, "stopped");
      assert.equal(row.lastExitCode, -15);
    } finally {
      await d.close();
    }
  });

  test("STOP, START and DELETE during a backoff wait are final", SLOW, async () => {
    const d = await startSvcDaemon();
    const c = d.client;
    try {
      const mk = (n: string) =>
        c.serviceStart({ config: cfg(n, ["sh", "-c", "exit 1"], { restartDelayMs: 1500 }) });
      const inBackoff = (n: string) =>
        waitFor("backoff", async () => {
          const s = await describeSvc(c, n);
          return s.lastExitedAt > 0 && s.pid === 0 ? s : undefined;
        });
      await mk("del");
      await inBackoff("del");
      assert.equal((await c.serviceDelete({ target: "del" })).deletedCount, 1);
      await mk("stp");
      await inBackoff("stp");
      assert.equal((await c.serviceStop({ target: "stp" })).stoppedCount, 1);
      await sleep(2000); // past the backoff: nothing may have been respawned
      assert.deepEqual((await c.serviceList()).services.map((s) => [s.name, s.status, s.pid]), [
        ["stp", "stopped", 0],
      ]);
      assert.deepEqual(
        childrenOf(process.pid).filter((p) => {
          try {
            return fs.readFileSync(`/proc/${p}/cmdline`, "utf8").includes("exit 1");
          } catch {
            return false;
          }
        }),
        [],
      );
      // START during backoff: exactly one child, supervised
      await c.serviceStart({
        config: cfg("st", ["sh", "-c", "sleep 0.1; exit 1"], { restartDelayMs: 1500 }),
      });
      await inBackoff("st");
      await c.serviceDelete({ target: "st" });
      await c.serviceStart({ config: cfg("st", ["sleep", "30"]) });
      await sleep(1800);
      const s = await describeSvc(c, "st");
      assert.equal(s.status, "online");
      const sleeps = childrenOf(process.pid).filter((p) =>
        fs.readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0")[0]!.endsWith("sleep")
      );
      assert.deepEqual(sleeps, [s.pid]);
    } finally {
      await d.close();
    }
  });

  test("two crash loops restart on their own schedules; every exit is recorded", SLOW, async () => {
    const d = await startSvcDaemon();
    const c = d.client;
    const ev = await attachEvents(d.socketPath, "");
    try {
      await c.serviceStart({
        config: cfg("fast", ["sh", "-c", "exit 2"], { restartDelayMs: 50, minUptimeMs: 60_000 }),
      });
      await c.serviceStart({
        config: cfg("slow", ["sh", "-c", "exit 4"], { restartDelayMs: 2000, minUptimeMs: 60_000 }),
      });
      await waitFor(
        "fast restarted 4 times",
        () => ev.events.filter((e) => e.name === "fast" && e.kind === "started").length >= 5,
      );
      // While "slow" waits 2 s, "fast" went through several restarts (50, 100, 200, 400 ms).
      const slowStarts = ev.events.filter((e) => e.name === "slow" && e.kind === "started");
      assert.equal(slowStarts.length, 1);
      const fastRestarting = ev.events.filter((e) => e.name === "fast" && e.kind === "restarting");
      assert.deepEqual(fastRestarting.slice(0, 4).map((e) => e.delayMs), [50, 100, 200, 400]);
      assert.ok(fastRestarting.every((e) => e.exitCode === 2));
      const s = await describeSvc(c, "fast");
      assert.equal(s.lastExitCode, 2); // recorded although a restart followed
      assert.ok(s.lastExitedAt > 0);
    } finally {
      await ev.close();
      await d.close();
    }
  });

  test("operator RESTARTs do not count toward the crash limit", SLOW, async () => {
    const d = await startSvcDaemon();
    const c = d.client;
    try {
      await c.serviceStart({
        config: cfg("r", ["sh", "-c", "sleep 0.3; exit 1"], {
          maxRestarts: 1,
          restartDelayMs: 10,
          minUptimeMs: 60_000,
        }),
      });
      for (let i = 0; i < 3; i++) await c.serviceRestart({ target: "r" });
      assert.equal((await describeSvc(c, "r")).restartCount, 3);
      // One crash after three RESTARTs: restarted (upstream would say errored).
      await waitFor(
        "restart after crash",
        async () => (await describeSvc(c, "r")).restartCount === 4,
      );
      assert.equal((await describeSvc(c, "r")).status, "online");
      const s = await waitFor("errored", async () => {
        const s = await describeSvc(c, "r");
        return s.status === "errored" ? s : undefined;
      });
      assert.equal(s.restartCount, 5);
    } finally {
      await d.close();
    }
  });

  test(
    "events stream: started, exited, restarting, errored, stopped, log lines",
    SLOW,
    async () => {
      const d = await startSvcDaemon();
      const c = d.client;
      try {
        await c.serviceStart({ config: cfg("ev", ["sleep", "30"]) });
        const ev = await attachEvents(d.socketPath, "ev", true);
        assert.equal(ev.res.attachServiceEvents?.services[0]?.name, "ev");
        await c.serviceDelete({ target: "ev" });
        await c.serviceStart({
          config: cfg("ev", ["sh", "-c", "echo line-1; exit 7"], {
            maxRestarts: 1,
            restartDelayMs: 10,
            minUptimeMs: 60_000,
          }),
        });
        await waitFor("errored", () => ev.events.some((e) => e.kind === "errored"));
        const kinds = ev.events.map((e) => e.kind === "log" ? `log:${e.line}` : e.kind);
        assert.deepEqual(kinds, [
          "stopped",
          "deleted",
          "started",
          "log:line-1",
          "exited",
          "restarting",
          "started",
          "log:line-1",
          "exited",
          "errored",
        ]);
        assert.deepEqual(ev.events.map((e) => Number(e.sequence)), kinds.map((_, i) => i + 1));
        await ev.close();
        const e = await daemonError(() =>
          c.request("attachServiceEvents", { target: "", lifecycle: false, logs: false })
        );
        assert.equal(e.status, StatusCode.STATUS_CODE_INVALID_ARGUMENT);
      } finally {
        await d.close();
      }
    },
  );

  test("log files are bounded by rotation and keep line order", SLOW, async () => {
    const d = await startSvcDaemon({ serviceLogLimits: { maxBytes: 4096, maxFiles: 3 } });
    const logDir = `${d.dir}/state/services`;
    try {
      await d.client.serviceStart({
        config: cfg("chatty", [
          "sh",
          "-c",
          "i=0; while [ $i -lt 3000 ]; do echo line-$i; i=$((i+1)); done; sleep 30",
        ]),
      });
      await waitFor("last line", () => {
        try {
          return fs.readFileSync(`${logDir}/chatty-out.log`, "utf8").includes("line-2999\n");
        } catch {
          return false;
        }
      });
      const files = fs.readdirSync(logDir).filter((f) => f.startsWith("chatty-out.log")).sort();
      assert.deepEqual(files, ["chatty-out.log", "chatty-out.log.1", "chatty-out.log.2"]);
      let total = 0;
      const lines: number[] = [];
      for (const f of ["chatty-out.log.2", "chatty-out.log.1", "chatty-out.log"]) {
        const t = fs.readFileSync(`${logDir}/${f}`, "utf8");
        assert.ok(t.length <= 4096, `${f} has ${t.length} bytes`);
        total += t.length;
        for (const l of t.split("\n").filter(Boolean)) lines.push(Number(l.slice(5)));
      }
      assert.ok(total <= 3 * 4096);
      for (let i = 1; i < lines.length; i++) assert.equal(lines[i], lines[i - 1]! + 1);
      assert.equal(lines[lines.length - 1], 2999);
    } finally {
      await d.close();
    }
  });

  test("T15-T20: save and resurrect; bad snapshots name the file", SLOW, async () => {
    const d = await startSvcDaemon();
    const c = d.client;
    const snap = `${d.dir}/state/services.snapshot.json`;
    try {
      const none = await daemonError(() => c.serviceResurrect());
      assert.equal(none.status, StatusCode.STATUS_CODE_NOT_FOUND);
      assert.equal(none.daemonMessage, `no service matched 'no snapshot found at ${snap}'`);
      await c.serviceStart({ config: cfg("alpha", ["sleep", "30"], { env: { A: "1" } }) });
      await c.serviceStart({ config: cfg("beta", ["sleep", "30"]) });
      await c.serviceStop({ target: "beta" });
      const saved = await c.serviceSave();
      assert.equal(saved.serviceCount, 2);
      assert.equal(saved.snapshotPath, snap);
      const text = fs.readFileSync(snap, "utf8");
      const doc = JSON.parse(text);
      assert.equal(doc.version, 1);
      assert.deepEqual(doc.services.map((s: { name: string }) => s.name), ["alpha", "beta"]);
      assert.deepEqual(Object.keys(doc.services[0]), [
        "id",
        "name",
        "cmd",
        "cwd",
        "env",
        "autorestart",
        "max_restarts",
        "restart_delay_ms",
        "kill_timeout_ms",
        "min_uptime_ms",
        "status",
        "pid",
        "restart_count",
        "last_started_at",
        "last_exited_at",
        "last_exit_code",
      ]);
      assert.deepEqual(doc.services[0].env, [["A", "1"]]);
      assert.match(text, /"last_exited_at": 0\.0/);
      assert.ok(!text.endsWith("\n"));
      await c.serviceDelete({ target: "all" });
      assert.equal((await c.serviceResurrect()).restoredCount, 2);
      const rows = (await c.serviceList()).services;
      assert.deepEqual(rows.map((s) => [s.name, s.status]), [["alpha", "online"], [
        "beta",
        "stopped",
      ]]);
      assert.equal((await c.serviceResurrect()).restoredCount, 2); // idempotent
      assert.equal((await c.serviceList()).services.length, 2);
      fs.writeFileSync(snap, JSON.stringify({ ...doc, version: 999999 }));
      const v = await daemonError(() => c.serviceResurrect());
      assert.equal(v.status, StatusCode.STATUS_CODE_INVALID_ARGUMENT);
      assert.equal(
        v.daemonMessage,
        "invalid service config: snapshot version 999999 is not supported (expected 1)",
      );
      fs.writeFileSync(snap, '{"version": 1, "services": [');
      const j = await daemonError(() => c.serviceResurrect());
      assert.ok(
        j.daemonMessage.startsWith(
          `invalid service config: snapshot at ${snap} is not valid JSON: `,
        ),
      );
      fs.writeFileSync(snap, JSON.stringify({ version: 1, saved_at_ms: 0, services: [{ id: 1 }] }));
      const m = await daemonError(() => c.serviceResurrect());
      assert.match(m.daemonMessage, /services\[0\]: missing field `name`/);
    } finally {
      await d.close();
    }
  });

  test("the SQLite file has upstream's columns (read by Python's sqlite3)", SLOW, async (t) => {
    const d = await startSvcDaemon();
    try {
      await d.client.serviceStart({ config: cfg("py", ["sleep", "30"]) });
      const py = spawnSync("python3", [
        "-c",
        "import sqlite3,sys,json;c=sqlite3.connect(sys.argv[1]);" +
        "print(json.dumps({t:[[r[1],r[2]] for r in c.execute('pragma table_info('+t+')')] for t in ['services','tracked_processes']}));" +
        "print(c.execute('pragma journal_mode').fetchone()[0]);" +
        "print(json.dumps(c.execute('select name,cmd,status from services').fetchall()))",
        d.dbPath,
      ], { encoding: "utf8" });
      if (py.error) return t.skip("python3 not available");
      assert.equal(py.status, 0, py.stderr);
      const [cols, mode, rows] = py.stdout.trim().split("\n");
      const c = JSON.parse(cols!);
      assert.deepEqual(c.services, [
        ["id", "INTEGER"],
        ["name", "TEXT"],
        ["cmd", "TEXT"],
        ["cwd", "TEXT"],
        ["env", "TEXT"],
        ["autorestart", "INTEGER"],
        ["max_restarts", "INTEGER"],
        ["restart_delay_ms", "INTEGER"],
        ["kill_timeout_ms", "INTEGER"],
        ["min_uptime_ms", "INTEGER"],
        ["status", "TEXT"],
        ["pid", "INTEGER"],
        ["restart_count", "INTEGER"],
        ["last_started_at", "REAL"],
        ["last_exited_at", "REAL"],
        ["last_exit_code", "INTEGER"],
      ]);
      assert.deepEqual(c.tracked_processes.slice(0, 8), [
        ["pid", "INTEGER"],
        ["created_at_ms", "INTEGER"],
        ["kind", "TEXT"],
        ["command", "TEXT"],
        ["cwd", "TEXT"],
        ["originator", "TEXT"],
        ["containment", "TEXT"],
        ["registered_at", "REAL"],
      ]);
      assert.equal(mode, "wal");
      assert.deepEqual(JSON.parse(rows!), [["py", '["sleep","30"]', "online"]]);
    } finally {
      await d.close();
    }
  });

  test("a locked database: service db error, sessions keep working", SLOW, async () => {
    const d = await startSvcDaemon();
    const c = d.client;
    try {
      await c.serviceStart({ config: cfg("l", ["sleep", "30"]) });
      const other = new DatabaseSync(d.dbPath);
      other.exec("BEGIN EXCLUSIVE");
      try {
        const e = await daemonError(() => c.serviceStart({ config: cfg("m", ["sleep", "30"]) }));
        assert.equal(e.status, StatusCode.STATUS_CODE_INTERNAL);
        assert.equal(e.daemonMessage, "service db error: database is locked");
        const ping = await c.ping();
        assert.ok(ping.serverTimeMs > 0);
        const sp = await c.spawnPipeSessionRaw({ command: "true", cwd: "" } as never).catch((x) =>
          x
        );
        assert.ok(!(sp instanceof Error) || !/service/.test(String(sp)));
      } finally {
        other.exec("ROLLBACK");
        other.close();
      }
      assert.equal((await c.serviceList()).services.length, 1);
    } finally {
      await d.close();
    }
  });

  test(
    "a state file owned by another live daemon is left alone; released at shutdown",
    SLOW,
    async () => {
      const a = await startSvcDaemon();
      let b: Awaited<ReturnType<typeof startSvcDaemon>> | undefined;
      try {
        const pid = (await a.client.serviceStart({ config: cfg("a", ["sleep", "30"]) })).service!
          .pid;
        // A second daemon on another socket, same state file.
        b = await startSvcDaemon({ dbPath: a.dbPath });
        const e = await daemonError(() => b!.client.serviceList());
        assert.equal(e.status, StatusCode.STATUS_CODE_INTERNAL);
        assert.equal(
          e.daemonMessage,
          `service db error: state file ${a.dbPath} is in use by another daemon ` +
            `(pid ${process.pid}); give this daemon its own state file with --db-path FILE ` +
            "(serve({ dbPath })) or --scope NAME",
        );
        const r = await daemonError(() =>
          b!.client.register({
            pid: process.pid,
            createdAt: 1,
            kind: "subprocess",
            command: "self",
            cwd: "/tmp",
            originator: "tool:x",
            containment: "contained",
          })
        );
        assert.match(r.daemonMessage, /^registry error: .*is in use by another daemon/);
        // Sessions still work on the second daemon.
        const sp = await b.client.spawnPipeSessionRaw({ argv: ["true"] });
        assert.ok(sp);
        // The first daemon's service is untouched.
        const row = await describeSvc(a.client, "a");
        assert.deepEqual([row.status, row.pid], ["online", pid]);
        const raw = new DatabaseSync(a.dbPath);
        try {
          const st = raw.prepare("SELECT status, pid FROM services WHERE name='a'").get() as {
            status: string;
            pid: number;
          };
          assert.deepEqual([st.status, Number(st.pid)], ["online", pid]);
        } finally {
          raw.close();
        }
        await b.close();
        b = undefined;
        assert.deepEqual((await describeSvc(a.client, "a")).status, "online");
        await a.close(true);
        // Released at shutdown: the next daemon owns the file.
        const c = await startSvcDaemon({ dbPath: a.dbPath });
        try {
          assert.deepEqual((await c.client.serviceList()).services.map((s) => s.name), ["a"]);
        } finally {
          await c.close();
        }
      } finally {
        await b?.close();
        await a.close();
      }
    },
  );

  test("a state file whose owner died is taken over", SLOW, async () => {
    const dir = fs.mkdtempSync("/tmp/rp-svc-");
    const dbPath = `${dir}/state/tracked-pids.sqlite3`;
    fs.mkdirSync(`${dir}/state`, { mode: 0o700 });
    const dead = spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" });
    fs.writeFileSync(`${dbPath}.lock`, `${Number(dead.stdout)} 1\n`, { mode: 0o600 });
    const d = await startSvcDaemon({ dir, dbPath });
    try {
      await d.client.serviceStart({ config: cfg("t", ["sleep", "30"]) });
      assert.equal(
        fs.readFileSync(`${dbPath}.lock`, "utf8").split(" ")[0],
        String(process.pid),
      );
    } finally {
      await d.close(true);
    }
    assert.ok(!fs.existsSync(`${dbPath}.lock`), "released at shutdown");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the state file and its -wal / -shm are private (0600)", SLOW, async () => {
    const d = await startSvcDaemon();
    try {
      await d.client.serviceStart({
        config: cfg("p", ["sleep", "30"], { env: { SECRET: "x", PATH: process.env.PATH ?? "" } }),
      });
      for (const f of [d.dbPath, `${d.dbPath}-wal`, `${d.dbPath}-shm`]) {
        assert.equal((fs.statSync(f).mode & 0o777).toString(8), "600", f);
      }
    } finally {
      await d.close();
    }
  });

  test("an unusable database path: service db error, the daemon still serves", SLOW, async () => {
    const dir = fs.mkdtempSync("/tmp/rp-svc-");
    fs.writeFileSync(`${dir}/file`, "x");
    const d = await startSvcDaemon({ dir, dbPath: `${dir}/file/state.sqlite3` });
    try {
      const e = await daemonError(() => d.client.serviceList());
      assert.equal(e.status, StatusCode.STATUS_CODE_INTERNAL);
      assert.match(e.daemonMessage, /^service db error: /);
      assert.ok((await d.client.ping()).serverTimeMs > 0);
    } finally {
      await d.close();
    }
  });

  test(
    "daemon SIGKILLed and restarted: rows come back stopped, resurrect starts them",
    SLOW,
    async () => {
      const dir = fs.mkdtempSync("/tmp/rp-svc-");
      const sock = `${dir}/d/s.sock`;
      const db = `${dir}/state/tracked-pids.sqlite3`;
      const script = new URL("./helpers/serve_child.ts", import.meta.url).pathname;
      const args = typeof (globalThis as { Deno?: unknown }).Deno !== "undefined"
        ? ["run", "-A", script, sock, db]
        : [script, sock, db];
      const startChild = async () => {
        const ch = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
        await new Promise<void>((resolve, reject) => {
          ch.stdout!.on("data", (b) => String(b).includes("ready") && resolve());
          ch.on("exit", (code) => reject(new Error(`daemon exited ${code}`)));
        });
        return ch;
      };
      let orphan = 0;
      const ch1 = await startChild();
      try {
        let c = await DaemonClient.connect({ socketPath: sock });
        orphan = (await c.serviceStart({ config: cfg("keep", ["sleep", "30"]) })).service!.pid;
        await c.serviceSave();
        await c.close();
        ch1.kill("SIGKILL");
        await new Promise((r) => ch1.once("exit", r));
        const ch2 = await startChild();
        try {
          c = await DaemonClient.connect({ socketPath: sock });
          const row = await describeSvc(c, "keep");
          assert.deepEqual([row.status, row.pid], ["stopped", 0]);
          assert.equal((await c.serviceResurrect()).restoredCount, 1);
          const up = await describeSvc(c, "keep");
          assert.equal(up.status, "online");
          assert.ok(alive(up.pid));
          await c.close();
        } finally {
          ch2.kill("SIGTERM");
          await new Promise((r) => ch2.once("exit", r));
        }
      } finally {
        try {
          process.kill(-orphan, "SIGKILL"); // the first incarnation survived the daemon (POSIX)
        } catch { /* gone */ }
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

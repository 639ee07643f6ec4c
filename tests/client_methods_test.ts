// Every typed method of DaemonClient, exercised against our daemon over a real socket: each
// request type of the schema has a method, and each method gets the daemon's real answer.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { DaemonError } from "../src/errors.ts";
import { DaemonRequest_FIELDS } from "../proto_gen/daemon_pb.ts";
import { serve } from "../src/daemon/server.ts";

const SLOW = { timeout: 60_000 };
const OBSERVER_FUNCTIONS = [
  "registerSessionObserver",
  "unregisterSessionObserver",
  "getSessionObserverStatus",
  "attachSessionObserver",
]; // covered by src/client/observer_api.ts (registerSessionObserver(client, …) and the subscriber)

const isCode = (name: string) => (e: unknown) => e instanceof DaemonError && e.statusName === name;
const waitFor = async (f: () => boolean | Promise<boolean>, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!(await f())) {
    if (Date.now() > end) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe("DaemonClient methods against the real daemon", () => {
  test("there is a typed method for every request type", () => {
    const proto = DaemonClient.prototype as unknown as Record<string, unknown>;
    const payloads = Object.keys(DaemonRequest_FIELDS).filter((f) =>
      !["id", "type", "protocolVersion", "clientName"].includes(f)
    );
    assert.equal(payloads.length, 45);
    for (const f of payloads) {
      const has = typeof proto[f] === "function" || typeof proto[`${f}Raw`] === "function" ||
        OBSERVER_FUNCTIONS.includes(f);
      assert.ok(has, `no method for ${f}`);
    }
  });

  test("each method gets the daemon's answer", SLOW, async () => {
    const dir = mkdtempSync("/tmp/rp-");
    const server = await serve({ socketPath: `${dir}/d/s.sock`, dbPath: `${dir}/t.json` });
    const c = await DaemonClient.connect({ socketPath: server.socketPath });
    try {
      // core
      assert.ok(Number((await c.ping()).serverTimeMs) > 1.7e12);
      const st = await c.status();
      assert.equal(st.socketPath, server.socketPath);
      assert.equal(st.scope, "global");
      // process registry
      const self = process.pid;
      await c.register({ pid: self, command: "test runner", originator: "tool:test" });
      assert.ok((await c.listActive()).processes.some((p) => p.pid === self));
      assert.ok(
        (await c.listByOriginator({ tool: "tool" })).processes.some((p) => p.pid === self),
      );
      assert.match((await c.getProcessTree({ pid: self })).treeDisplay, new RegExp(`${self}`));
      await c.unregister({ pid: self });
      await assert.rejects(() => c.unregister({ pid: self }), isCode("STATUS_CODE_NOT_FOUND"));
      const marker = `${dir}/daemon-ran`;
      const spawned = await c.spawnDaemon({
        command: `echo $RUNNING_PROCESS_IS_DAEMON > ${marker}`,
      });
      assert.ok(spawned.pid > 0);
      await waitFor(() => {
        try {
          return readFileSync(marker, "utf8").trim() === "1";
        } catch {
          return false;
        }
      });
      assert.ok(Array.isArray((await c.killZombies({ dryRun: true })).zombies));
      const victim = await c.spawnPipeSessionRaw({ argv: ["sleep", "30"] });
      const killed = await c.killTree({ pid: victim.pid, timeoutSeconds: 2 });
      assert.ok(Number(killed.processesKilled) >= 1);
      // services: every typed method reaches the supervisor
      assert.deepEqual((await c.serviceList()).services, []);
      const svc = (await c.serviceStart({ config: { name: "m", cmd: ["sleep", "30"] } })).service!;
      assert.equal(svc.status, "online");
      assert.equal((await c.serviceDescribe({ target: "m" })).service?.id, svc.id);
      assert.equal((await c.serviceLogs({ target: "m" })).logText, "");
      assert.equal((await c.serviceFlush({ target: "m" })).flushedCount, 1);
      assert.equal((await c.serviceSave()).serviceCount, 1);
      assert.equal((await c.serviceRestart({ target: "m" })).restartedCount, 1);
      assert.equal((await c.serviceStop({ target: "m" })).stoppedCount, 1);
      assert.equal((await c.serviceDelete({ target: "m" })).deletedCount, 1);
      assert.equal((await c.serviceResurrect()).restoredCount, 1);
      const events = await c.attachServiceEvents({ target: "m", lifecycle: true });
      assert.equal(events.services[0]?.name, "m");
      await events.close();
      await c.serviceDelete({ target: "all" });
      await assert.rejects(() => c.serviceStart({}), isCode("STATUS_CODE_INVALID_ARGUMENT"));
      // pipe sessions
      const pipe = await c.spawnPipeSessionRaw({ argv: ["cat"], originator: "tool:methods" });
      assert.match(pipe.sessionId, /^pipe-[0-9a-f]{16}-[0-9a-f]{8}$/);
      assert.equal(
        Number(
          (await c.writePipeStdin({ sessionId: pipe.sessionId, data: "ping\n" })).bytesWritten,
        ),
        5,
      );
      await waitFor(async () =>
        new TextDecoder().decode(
          (await c.getSessionBacklog({ sessionId: pipe.sessionId })).backlog,
        ) ===
          "ping\n"
      );
      const att = await c.attachPipeStream({ sessionId: pipe.sessionId, stream: "stdout" });
      assert.equal(new TextDecoder().decode(att.backlog), "ping\n");
      await c.detachPipeStream({ sessionId: pipe.sessionId, stream: "stdout" });
      for await (const _ of att.frames) { /* ends at the eof frame */ }
      assert.equal(att.terminal?.frame?.case, "eof");
      const tee = await c.registerSessionTee({
        sessionId: pipe.sessionId,
        sessionKind: "pipe",
        sinkKind: "file",
        stream: "stdout",
        filePath: `${dir}/tee.log`,
      });
      assert.equal(Number(tee.teeHandle), 1);
      const teeSt = await c.getSessionTeeStatus({
        sessionId: pipe.sessionId,
        sessionKind: "pipe",
        teeHandle: tee.teeHandle,
      });
      assert.equal(teeSt.disconnected, false);
      await c.unregisterSessionTee({
        sessionId: pipe.sessionId,
        sessionKind: "pipe",
        teeHandle: tee.teeHandle,
      });
      assert.ok(
        (await c.listPipeSessions({ originator: "tool:methods" })).sessions.some((s) =>
          s.sessionId === pipe.sessionId
        ),
      );
      await c.terminatePipeSession({ sessionId: pipe.sessionId, graceMs: 500 });
      await waitFor(async () =>
        (await c.listPipeSessions({})).sessions.find((s) => s.sessionId === pipe.sessionId)!
          .exited
      );
      // PTY sessions
      const pty = await c.spawnPtySessionRaw({ argv: ["sh"], rows: 24, cols: 80 });
      await c.resizePtySession({ sessionId: pty.sessionId, rows: 50, cols: 120 });
      const info = (await c.listPtySessions()).sessions.find((s) => s.sessionId === pty.sessionId)!;
      assert.deepEqual([info.rows, info.cols], [50, 120]);
      const term = await c.attachPtySession({ sessionId: pty.sessionId, rows: 30, cols: 100 });
      await c.detachPtySession({ sessionId: pty.sessionId });
      for await (const _ of term.frames) { /* ends at error "detached" */ }
      assert.deepEqual(term.terminal?.frame, { case: "error", value: "detached" });
      await c.terminatePtySession({ sessionId: pty.sessionId, graceMs: 200 });
      // maintenance
      const bulk = await c.bulkTerminateSessions({ graceMs: 100 });
      assert.ok(Number(bulk.pipeTerminated) + Number(bulk.ptyTerminated) >= 1);
      await waitFor(async () =>
        [...(await c.listPipeSessions()).sessions, ...(await c.listPtySessions()).sessions]
          .every((s) => s.exited)
      );
      const purged = await c.purgeExitedSessions();
      assert.ok(Number(purged.pipePurged) >= 2);
      assert.equal((await c.listPipeSessions()).sessions.length, 0);
      // observer capabilities (extension)
      assert.equal((await c.getObserverCapabilities()).categories.length, 4);
      // shutdown: replies first, then the daemon stops
      assert.deepEqual(await c.shutdown(), {});
      await server.finished;
    } finally {
      await c.close();
      await server.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

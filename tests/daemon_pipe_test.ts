// Pipe sessions over the daemon's real socket (docs/PROTOCOL.md#sessions,
// docs/PROTOCOL.md#pipe-sessions, docs/PROTOCOL.md#attach-streams, docs/PROTOCOL.md#pipe-attach):
// spawn, environment policies, list, attach/detach/steal, terminate, stdin, backlog, shutdown.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  closeSync,
  constants as fsConstants,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from "node:fs";
import process from "node:process";
import {
  decodePipeStreamFrame,
  encodeDaemonRequest,
  type PipeStreamFrame,
  RequestType,
} from "../proto_gen/daemon_pb.ts";
import { PipeSession } from "../src/daemon/sessions/pipe_session.ts";
import { ByteRing } from "../src/daemon/sessions/ring_buffer.ts";
import { SessionIdGenerator } from "../src/daemon/sessions/session_id.ts";
import { classifyTermination } from "../src/daemon/sessions/termination.ts";
import { readProcStat } from "../src/process/proc.ts";
import {
  concat,
  dec,
  enc,
  expectStatus,
  pidAlive,
  procEnviron,
  type RawAttach,
  rawAttach,
  sleep,
  startDaemon,
  type TestDaemon,
  waitFor,
} from "./helpers/session_fixtures.ts";

const SLOW = { timeout: 30_000 };
/** The files glibc reads for a locale. */
const LOCALE_FILES = [
  "LC_IDENTIFICATION",
  "LC_CTYPE",
  "LC_NUMERIC",
  "LC_TIME",
  "LC_COLLATE",
  "LC_MONETARY",
  "LC_MESSAGES",
  "LC_PAPER",
  "LC_NAME",
  "LC_ADDRESS",
  "LC_TELEPHONE",
  "LC_MEASUREMENT",
];
const ID_RE = /^pipe-[0-9a-f]{16}-[0-9a-f]{8}$/;

type Terminal = Exclude<NonNullable<PipeStreamFrame["frame"]>, { case: "bytes" }>;

/** Reads frames until the daemon closes the connection; checks nothing follows a terminal. */
async function collect(
  a: RawAttach,
  timeoutMs = 15_000,
): Promise<{ bytes: Uint8Array; sizes: number[]; terminal: Terminal | undefined }> {
  const parts: Uint8Array[] = [];
  const sizes: number[] = [];
  let terminal: Terminal | undefined;
  for (;;) {
    const f = await a.next(timeoutMs);
    if (f === undefined) break;
    assert.equal(terminal, undefined, "a frame followed the terminal frame");
    const frame = decodePipeStreamFrame(f).frame;
    assert.ok(frame, "empty PipeStreamFrame");
    if (frame.case === "bytes") {
      parts.push(frame.value);
      sizes.push(frame.value.length);
    } else terminal = frame;
  }
  return { bytes: concat(parts), sizes, terminal };
}

/** Reads data frames until `text` has been seen. */
async function readUntil(a: RawAttach, text: string): Promise<string> {
  let seen = "";
  while (!seen.includes(text)) {
    const f = await a.next();
    assert.ok(f, `stream ended before ${JSON.stringify(text)}; got ${JSON.stringify(seen)}`);
    const frame = decodePipeStreamFrame(f).frame;
    assert.equal(frame?.case, "bytes", `unexpected frame ${JSON.stringify(frame)}`);
    seen += dec(frame!.value as Uint8Array);
  }
  return seen;
}

async function listOne(d: TestDaemon, id: string) {
  const { sessions } = await d.client.call("listPipeSessions", {});
  const s = sessions.find((x) => x.sessionId === id);
  assert.ok(s, `session ${id} is not listed`);
  return s;
}

/** Waits until `pid` runs `sleep` (/proc/<pid>/environ is the parent's until the exec). */
async function execed(pid: number): Promise<void> {
  await waitFor(
    () => /(^|\/)sleep$/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0]),
    5000,
    "exec of the program",
  );
}

async function spawn(d: TestDaemon, script: string, extra: Record<string, unknown> = {}) {
  return await d.client.call("spawnPipeSession", {
    argv: ["/bin/sh", "-c", script],
    ...extra,
  });
}

describe("pipe session building blocks", () => {
  test("ring drops oldest, keeps the tail of an oversized write, counts cumulatively", () => {
    const r = new ByteRing(8);
    r.push(enc("abcdef"));
    r.push(enc("ghij"));
    assert.equal(dec(r.snapshot()), "cdefghij");
    assert.equal(r.bytesDropped, 2);
    r.push(enc("0123456789AB"));
    assert.equal(dec(r.snapshot()), "456789AB");
    assert.equal(r.bytesDropped, 2 + 8 + 4);
    assert.equal(dec(r.drain()), "456789AB");
    assert.equal(r.length, 0);
    assert.equal(r.bytesDropped, 14, "draining never resets the counter");
    r.push(enc("xy"));
    assert.equal(dec(r.snapshot()), "xy");
    assert.equal(dec(r.snapshot()), "xy", "snapshots do not consume");
  });

  test("ring wraps correctly over many pushes", () => {
    const r = new ByteRing(1000);
    let all = "";
    for (let i = 0; i < 500; i++) {
      const s = `${i},`;
      r.push(enc(s));
      all += s;
    }
    assert.equal(dec(r.snapshot()), all.slice(-1000));
    assert.equal(r.bytesDropped, all.length - 1000);
  });

  test("session ids: prefix, 16 hex ns, 8 hex counter from 1", () => {
    const g = new SessionIdGenerator("pipe");
    const a = g.next();
    const b = g.next();
    assert.match(a, ID_RE);
    assert.ok(a.endsWith("-00000001"));
    assert.ok(b.endsWith("-00000002"));
    const ns = BigInt("0x" + a.slice(5, 21));
    const now = BigInt(Date.now()) * 1_000_000n;
    assert.ok(ns > now - 10_000_000_000n && ns <= now + 1_000_000n, "wall-clock nanoseconds");
  });

  test("termination outcome classification (docs/PROTOCOL.md#terminate)", () => {
    const f = { requestedAt: 100, graceMs: 1000, hardKillFired: false };
    assert.equal(classifyTermination({ ...f, exitedAt: undefined }), 0);
    assert.equal(classifyTermination({ ...f, requestedAt: undefined, exitedAt: 5 }), 1);
    assert.equal(classifyTermination({ ...f, exitedAt: 100.5 }), 2);
    assert.equal(classifyTermination({ ...f, exitedAt: 101.25 }), 2);
    assert.equal(classifyTermination({ ...f, exitedAt: 102 }), 3);
    assert.equal(classifyTermination({ ...f, exitedAt: 100.1, hardKillFired: true }), 3);
  });
});

describe("pipe sessions over the socket", () => {
  test("spawn, list every field, ids count from 1", SLOW, async () => {
    const d = await startDaemon();
    try {
      const a = await d.client.call("spawnPipeSession", { argv: ["sleep", "30"] });
      const b = await d.client.call("spawnPipeSession", {
        argv: ["sleep", "30"],
        cwd: "/tmp",
        originator: "tool:x",
        mergeStderrIntoStdout: true,
      });
      assert.match(a.sessionId, ID_RE);
      assert.ok(a.sessionId.endsWith("-00000001"));
      assert.ok(b.sessionId.endsWith("-00000002"));
      assert.ok(a.pid > 0);
      assert.equal(a.subscriberId, "");
      assert.ok(Math.abs(a.createdAt - Date.now() / 1000) < 10);
      const la = await listOne(d, a.sessionId);
      assert.deepEqual(la, {
        sessionId: a.sessionId,
        pid: a.pid,
        command: "sleep 30",
        cwd: "",
        originator: "client:running-process-client",
        createdAt: a.createdAt,
        stdoutAttached: false,
        stderrAttached: false,
        exited: false,
        exitCode: 0,
        exitedAt: 0,
        mergeStderrIntoStdout: false,
        terminationOutcome: 0,
      });
      const lb = await listOne(d, b.sessionId);
      assert.equal(lb.cwd, "/tmp");
      assert.equal(lb.originator, "tool:x");
      assert.equal(lb.mergeStderrIntoStdout, true);
      // the child really leads its own process group
      const stat = readFileSync(`/proc/${a.pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      assert.equal(Number(fields[2]), a.pid, "pgid == pid");
      // originator filter
      const only = await d.client.call("listPipeSessions", { originator: "tool:x" });
      assert.deepEqual(only.sessions.map((s) => s.sessionId), [b.sessionId]);
      const none = await d.client.call("listPipeSessions", { originator: "nobody" });
      assert.equal(none.sessions.length, 0);
      const all = await d.client.call("listPipeSessions", undefined);
      assert.equal(all.sessions.length, 2);
      // cwd is applied
      const c = await spawn(d, "pwd; sleep 30", { cwd: "/usr" });
      const att = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: c.sessionId,
        stream: 1,
      });
      let seen = dec(att.response.attachPipeStream!.backlog);
      if (!seen.includes("\n")) seen += await readUntil(att, "\n");
      assert.ok(seen.startsWith("/usr\n"), seen);
      await att.close();
    } finally {
      await d.close();
    }
  });

  test("spawn validation and errors (docs/PROTOCOL.md#pipe-sessions)", SLOW, async () => {
    const d = await startDaemon();
    try {
      const c = d.client;
      await expectStatus(
        c.request("spawnPipeSession", undefined),
        "STATUS_CODE_INVALID_ARGUMENT",
        "spawn_pipe_session payload missing",
      );
      await expectStatus(
        c.request("spawnPipeSession", { argv: [] }),
        "STATUS_CODE_INTERNAL",
        "argv must not be empty",
      );
      // policy is checked before argv
      await expectStatus(
        c.request("spawnPipeSession", { argv: [], environmentPolicy: 7 }),
        "STATUS_CODE_INVALID_ARGUMENT",
        "unknown environment policy",
      );
      await expectStatus(
        c.request("spawnPipeSession", { argv: ["/nonexistent/binary-xyz"] }),
        "STATUS_CODE_INTERNAL",
        /^failed to spawn pipe session: /,
      );
      await expectStatus(
        c.request("spawnPipeSession", { argv: ["no-such-program-rp-test"] }),
        "STATUS_CODE_INTERNAL",
        /^failed to spawn pipe session: .*no-such-program-rp-test/,
      );
      await expectStatus(
        c.request("spawnPipeSession", { argv: ["sleep", "1"], cwd: "/no/such/dir/rp" }),
        "STATUS_CODE_INTERNAL",
        /^failed to spawn pipe session: /,
      );
      // observe spec: same validation as REGISTER_SESSION_OBSERVER
      await expectStatus(
        c.request("spawnPipeSession", { argv: ["true"], observe: { categories: [4] } }),
        "STATUS_CODE_INVALID_ARGUMENT",
        "invalid observer category 4",
      );
      await expectStatus(
        c.request("spawnPipeSession", { argv: ["true"], observe: { backpressure: 5 } }),
        "STATUS_CODE_INVALID_ARGUMENT",
        "invalid backpressure",
      );
      for (
        const [field, msg] of [
          ["detachPipeStream", "detach_pipe_stream payload missing"],
          ["terminatePipeSession", "terminate_pipe_session payload missing"],
          ["writePipeStdin", "write_pipe_stdin payload missing"],
        ] as const
      ) {
        await expectStatus(c.request(field, undefined), "STATUS_CODE_INVALID_ARGUMENT", msg);
      }
      const list = await c.call("listPipeSessions", {});
      assert.equal(list.sessions.length, 0, "failed spawns leave no session");
    } finally {
      await d.close();
    }
  });

  test("environment policies (docs/PROTOCOL.md#environment)", SLOW, async () => {
    const d = await startDaemon();
    process.env.RP_DAEMON_ONLY_VAR = "daemon-side";
    try {
      const env = [
        { key: "RP_CLIENT_VAR", value: "first" },
        { key: "RP_CLIENT_VAR", value: "second" },
        { key: "RUNNING_PROCESS_ORIGINATOR", value: "spoofed" },
        { key: "PATH", value: "/usr/bin:/bin" },
      ];
      const run = async (extra: Record<string, unknown>) => {
        const r = await d.client.call("spawnPipeSession", {
          argv: ["sleep", "30"],
          env,
          originator: "tool:env",
          ...extra,
        });
        await execed(r.pid);
        return procEnviron(r.pid);
      };
      const inherit = await run({ environmentPolicy: 1 });
      const baseline = await run({ environmentPolicy: 2 });
      const clear = await run({ environmentPolicy: 3 });
      const legacyClear = await run({ environmentPolicy: 0, clearInheritedEnv: true });
      const legacyInherit = await run({ environmentPolicy: 0, clearInheritedEnv: false });
      for (const e of [inherit, baseline, clear, legacyClear, legacyInherit]) {
        assert.equal(e.RP_CLIENT_VAR, "second", "entries apply in order; last wins");
        assert.equal(e.RUNNING_PROCESS_ORIGINATOR, "tool:env", "originator is applied last");
        assert.equal(e.PATH, "/usr/bin:/bin");
      }
      assert.equal(inherit.RP_DAEMON_ONLY_VAR, "daemon-side");
      assert.equal(legacyInherit.RP_DAEMON_ONLY_VAR, "daemon-side");
      for (const e of [baseline, clear, legacyClear]) {
        assert.equal(e.RP_DAEMON_ONLY_VAR, undefined);
      }
      assert.deepEqual(Object.keys(clear).sort(), [
        "PATH",
        "RP_CLIENT_VAR",
        "RUNNING_PROCESS_ORIGINATOR",
      ]);
      assert.deepEqual(legacyClear, clear);
      for (const k of ["USER", "LOGNAME", "HOME", "SHELL"]) {
        assert.ok(baseline[k], `USER_BASELINE supplies ${k}`);
      }
      // the default originator is client:<client_name>
      const dflt = await d.client.call("spawnPipeSession", {
        argv: ["sleep", "30"],
        environmentPolicy: 3,
      });
      await execed(dflt.pid);
      assert.equal(
        procEnviron(dflt.pid).RUNNING_PROCESS_ORIGINATOR,
        "client:running-process-client",
      );
      const named = await d.client.call("spawnPipeSession", {
        argv: ["sleep", "30"],
        environmentPolicy: 3,
      }, { clientName: "other-client" });
      await execed(named.pid);
      assert.equal(procEnviron(named.pid).RUNNING_PROCESS_ORIGINATOR, "client:other-client");
      assert.equal((await listOne(d, named.sessionId)).originator, "client:other-client");
      // merged sessions get the exact environment too (once the wrapper exec'd the program)
      const m = await d.client.call("spawnPipeSession", {
        argv: ["sleep", "30"],
        env,
        originator: "tool:env",
        environmentPolicy: 3,
        mergeStderrIntoStdout: true,
      });
      await execed(m.pid);
      assert.deepEqual(procEnviron(m.pid), clear);
    } finally {
      delete process.env.RP_DAEMON_ONLY_VAR;
      await d.close();
    }
  });

  test("attach: backlog, live bytes byte-faithful, exit_code terminal", SLOW, async () => {
    const d = await startDaemon();
    try {
      const r = await spawn(
        d,
        "printf 'a\\r\\n\\nb'; echo READY; read x; printf 'c\\r\\n\\n'; exit 3",
      );
      const before = await listOne(d, r.sessionId);
      assert.equal(before.stdoutAttached, false);
      assert.equal(before.stderrAttached, false);
      await waitFor(
        async () => {
          const b = await d.client.call("getSessionBacklog", { sessionId: r.sessionId });
          return dec(b.backlog).includes("READY");
        },
        10_000,
        "READY in the backlog",
      );
      const a = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: r.sessionId,
        stream: 1,
      });
      assert.equal(a.response.code, 0);
      assert.equal(a.response.message, "");
      const p = a.response.attachPipeStream!;
      assert.equal(dec(p.backlog), "a\r\n\nbREADY\n", "backlog bytes exactly as written");
      assert.equal(p.backlogTruncated, false);
      assert.equal(Number(p.bytesMissed), 0);
      assert.equal((await listOne(d, r.sessionId)).stdoutAttached, true);
      await d.client.call("writePipeStdin", { sessionId: r.sessionId, data: enc("go\n") });
      const out = await collect(a);
      assert.equal(dec(out.bytes), "c\r\n\n", "live bytes exactly as written");
      assert.deepEqual(out.terminal, { case: "exitCode", value: 3 });
      const after = await listOne(d, r.sessionId);
      assert.equal(after.exited, true);
      assert.equal(after.exitCode, 3);
      assert.ok(after.exitedAt >= after.createdAt);
      assert.equal(after.terminationOutcome, 1, "NATURAL_EXIT");
      assert.equal(after.stdoutAttached, false);
      // the ring kept filling while attached
      const snap = await d.client.call("getSessionBacklog", { sessionId: r.sessionId });
      assert.equal(dec(snap.backlog), "c\r\n\n");
    } finally {
      await d.close();
    }
  });

  test("attach validation order and messages (docs/PROTOCOL.md#pipe-attach)", SLOW, async () => {
    const d = await startDaemon();
    try {
      const attachErr = async (payload: Parameters<typeof rawAttach>[2]) => {
        const a = await rawAttach(d.socketPath, "attachPipeStream", payload);
        assert.deepEqual(a.response.attachPipeStream, {
          backlog: new Uint8Array(0),
          backlogTruncated: false,
          bytesMissed: 0,
        }, "attach errors carry an empty attach payload");
        assert.equal(await a.next(), undefined, "the connection closes after an attach error");
        await a.close();
        return a.response;
      };
      // 1. stream kind first, even for an unknown id
      let res = await attachErr({ sessionId: "nope", stream: 0 });
      assert.equal(res.code, 3);
      assert.equal(
        res.message,
        "stream must be PIPE_STREAM_KIND_STDOUT or PIPE_STREAM_KIND_STDERR",
      );
      res = await attachErr({ sessionId: "nope", stream: 9 });
      assert.equal(res.code, 3);
      // no payload: stream kind 0
      res = await attachErr(undefined);
      assert.equal(res.code, 3);
      // 2. lookup
      res = await attachErr({ sessionId: "nope", stream: 1 });
      assert.equal(res.code, 4);
      assert.equal(res.message, "pipe session not found: nope");
      // 3. merged stderr
      const m = await spawn(d, "sleep 30", { mergeStderrIntoStdout: true });
      res = await attachErr({ sessionId: m.sessionId, stream: 2 });
      assert.equal(res.code, 3);
      assert.equal(
        res.message,
        "requested stream is not available on this session (likely merged into stdout)",
      );
      // 4. exited
      const x = await spawn(d, "exit 5");
      await waitFor(async () => (await listOne(d, x.sessionId)).exited, 10_000, "exit");
      const info = await listOne(d, x.sessionId);
      res = await attachErr({ sessionId: x.sessionId, stream: 1 });
      assert.equal(res.code, 4);
      assert.equal(
        res.message,
        `pipe session has already exited (exit_code=5, at=${info.exitedAt})`,
      );
      // 5. busy (per stream)
      const s = await spawn(d, "sleep 30");
      const out1 = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      assert.equal(out1.response.code, 0);
      res = await attachErr({ sessionId: s.sessionId, stream: 1 });
      assert.equal(res.code, 10);
      assert.equal(res.message, "pipe session stream Stdout already has an attached client");
      const err1 = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 2,
      });
      assert.equal(err1.response.code, 0, "stderr has its own slot");
      res = await attachErr({ sessionId: s.sessionId, stream: 2 });
      assert.equal(res.code, 10);
      assert.equal(res.message, "pipe session stream Stderr already has an attached client");
      const l = await listOne(d, s.sessionId);
      assert.equal(l.stdoutAttached, true);
      assert.equal(l.stderrAttached, true);
      await out1.close();
      await err1.close();
    } finally {
      await d.close();
    }
  });

  test("concurrent non-steal attaches: exactly one winner", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawn(d, "sleep 30");
      const all = await Promise.all(
        Array.from(
          { length: 8 },
          () => rawAttach(d.socketPath, "attachPipeStream", { sessionId: s.sessionId, stream: 1 }),
        ),
      );
      const codes = all.map((a) => a.response.code).sort();
      assert.deepEqual(codes, [0, 10, 10, 10, 10, 10, 10, 10]);
      for (const a of all) await a.close();
    } finally {
      await d.close();
    }
  });

  test("stderr stream, merged stdout, and frames of at most 64 KiB", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawn(d, "read x; echo to-err >&2; echo to-out; exit 0");
      const err = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 2,
      });
      const out = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("\n") });
      const [e, o] = await Promise.all([collect(err), collect(out)]);
      assert.equal(dec(e.bytes), "to-err\n");
      assert.equal(dec(o.bytes), "to-out\n");
      assert.deepEqual(e.terminal, { case: "exitCode", value: 0 });
      assert.deepEqual(o.terminal, { case: "exitCode", value: 0 });

      const m = await spawn(d, "read x; echo E >&2; echo O", { mergeStderrIntoStdout: true });
      const mo = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: m.sessionId,
        stream: 1,
      });
      await d.client.call("writePipeStdin", { sessionId: m.sessionId, data: enc("\n") });
      const mr = await collect(mo);
      assert.equal(dec(mr.bytes), "E\nO\n", "stderr goes into stdout, in order");
      const eb = await d.client.call("getSessionBacklog", {
        sessionId: m.sessionId,
        pipeStream: 2,
      });
      assert.equal(eb.backlog.length, 0, "a merged session's stderr ring stays empty");

      // 300 000 bytes written at once arrive intact in frames of <= 65 536 bytes
      const big = await spawn(d, "read x; head -c 300000 /dev/zero | tr '\\0' 'z'");
      const ba = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: big.sessionId,
        stream: 1,
      });
      await d.client.call("writePipeStdin", { sessionId: big.sessionId, data: enc("\n") });
      const br = await collect(ba);
      assert.equal(br.bytes.length, 300_000);
      assert.ok(br.bytes.every((b) => b === 0x7a));
      assert.ok(br.sizes.every((n) => n > 0 && n <= 65_536), `frame sizes ${br.sizes}`);
      assert.deepEqual(br.terminal, { case: "exitCode", value: 0 });
    } finally {
      await d.close();
    }
  });

  test(
    "backlog ring: 1 MiB drop-oldest, cumulative bytes_missed, attach drains",
    SLOW,
    async () => {
      const d = await startDaemon();
      try {
        const s = await spawn(d, "head -c 1572864 /dev/zero | tr '\\0' 'q'; echo END; sleep 30");
        await waitFor(
          async () => {
            const b = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
            return dec(b.backlog.subarray(b.backlog.length - 4)) === "END\n";
          },
          15_000,
          "END",
        );
        const a = await rawAttach(d.socketPath, "attachPipeStream", {
          sessionId: s.sessionId,
          stream: 1,
        });
        const p = a.response.attachPipeStream!;
        assert.equal(p.backlog.length, 1_048_576);
        assert.equal(Number(p.bytesMissed), 1_572_864 + 4 - 1_048_576);
        assert.equal(p.backlogTruncated, true);
        await a.close();
        await waitFor(async () => !(await listOne(d, s.sessionId)).stdoutAttached, 5000, "release");
        const snap = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
        assert.equal(snap.backlog.length, 0, "the attach drained the ring");
        assert.equal(Number(snap.bytesMissed), 1_572_864 + 4 - 1_048_576, "counter kept");
        const again = await rawAttach(d.socketPath, "attachPipeStream", {
          sessionId: s.sessionId,
          stream: 1,
        });
        assert.equal(again.response.attachPipeStream!.backlog.length, 0);
        assert.equal(again.response.attachPipeStream!.backlogTruncated, true, "stays truncated");
        await again.close();
      } finally {
        await d.close();
      }
    },
  );

  test("detach RPC: order, eof to the client, slot cleared, OK when idle", SLOW, async () => {
    const d = await startDaemon();
    try {
      await expectStatus(
        d.client.request("detachPipeStream", { sessionId: "nope", stream: 0 }),
        "STATUS_CODE_NOT_FOUND",
        "pipe session not found: nope",
      );
      const s = await spawn(d, "echo hi; sleep 30");
      await expectStatus(
        d.client.request("detachPipeStream", { sessionId: s.sessionId, stream: 0 }),
        "STATUS_CODE_INVALID_ARGUMENT",
        "stream must be PIPE_STREAM_KIND_STDOUT or PIPE_STREAM_KIND_STDERR",
      );
      await d.client.call("detachPipeStream", { sessionId: s.sessionId, stream: 1 });
      const a = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      await d.client.call("detachPipeStream", { sessionId: s.sessionId, stream: 1 });
      assert.equal((await listOne(d, s.sessionId)).stdoutAttached, false);
      const r = await collect(a);
      assert.deepEqual(r.terminal, { case: "eof", value: true });
      const l = await listOne(d, s.sessionId);
      assert.equal(l.exited, false, "the session keeps running");
      const b = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      assert.equal(b.response.code, 0, "re-attach after detach");
      await b.close();
    } finally {
      await d.close();
    }
  });

  test("stream EOF while the child lives on ends with eof", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawn(d, "read x; echo last; exec 1>&-; sleep 30");
      const a = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("\n") });
      const r = await collect(a);
      assert.equal(dec(r.bytes), "last\n");
      assert.deepEqual(r.terminal, { case: "eof", value: true });
      assert.equal((await listOne(d, s.sessionId)).exited, false);
      // attaching to a stream already at EOF: backlog, then eof
      const b = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      assert.equal(b.response.code, 0);
      const rb = await collect(b);
      assert.deepEqual(rb.terminal, { case: "eof", value: true });
    } finally {
      await d.close();
    }
  });

  test(
    "steal: victim gets stolen_by peer, the thief's stream survives (docs/PROTOCOL.md#attach-streams defect fixed)",
    SLOW,
    async () => {
      const d = await startDaemon();
      try {
        const s = await spawn(d, 'while read l; do echo "got $l"; done; exit 4');
        const victim = await rawAttach(d.socketPath, "attachPipeStream", {
          sessionId: s.sessionId,
          stream: 1,
        });
        const thief = await rawAttach(d.socketPath, "attachPipeStream", {
          sessionId: s.sessionId,
          stream: 1,
          steal: true,
        });
        assert.equal(thief.response.code, 0);
        const v = await collect(victim);
        assert.deepEqual(v.terminal, { case: "stolenBy", value: "peer" });
        // let the victim's teardown run completely, then check the thief still holds the slot
        await sleep(200);
        assert.equal((await listOne(d, s.sessionId)).stdoutAttached, true);
        await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("one\n") });
        assert.equal(await readUntil(thief, "got one\n"), "got one\n");
        await d.client.call("writePipeStdin", {
          sessionId: s.sessionId,
          data: enc("two\n"),
          close: true,
        });
        const t = await collect(thief);
        assert.equal(dec(t.bytes), "got two\n");
        assert.deepEqual(t.terminal, { case: "exitCode", value: 4 });
      } finally {
        await d.close();
      }
    },
  );

  test("a client that disconnects releases the slot; the session keeps running", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawn(d, 'while read l; do echo "got $l"; done');
      const a = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      // pipelined frames after an attach are read as stream input and ignored
      await a.send(encodeDaemonRequest({ id: 2, type: RequestType.REQUEST_TYPE_PING, ping: {} }));
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("x\n") });
      assert.equal(await readUntil(a, "got x\n"), "got x\n");
      await a.close();
      await waitFor(
        async () => !(await listOne(d, s.sessionId)).stdoutAttached,
        5000,
        "slot release",
      );
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("y\n") });
      await waitFor(
        async () => {
          const b = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
          return dec(b.backlog).includes("got y");
        },
        5000,
        "output while detached",
      );
      const b = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      assert.equal(b.response.code, 0);
      assert.ok(dec(b.response.attachPipeStream!.backlog).includes("got y\n"));
      assert.equal((await listOne(d, s.sessionId)).exited, false);
      await b.close();
    } finally {
      await d.close();
    }
  });

  test("attached streams ignore the idle timeout", SLOW, async () => {
    const d = await startDaemon({ idleTimeoutMs: 200 });
    try {
      const s = await spawn(d, "sleep 0.8; echo late; exit 0");
      const a = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      const r = await collect(a);
      assert.equal(dec(r.bytes), "late\n");
      assert.deepEqual(r.terminal, { case: "exitCode", value: 0 });
    } finally {
      await d.close();
    }
  });

  test("terminate: streams told at once, SIGTERM exit -15, SOFT outcome", SLOW, async () => {
    const d = await startDaemon();
    try {
      await expectStatus(
        d.client.request("terminatePipeSession", { sessionId: "nope" }),
        "STATUS_CODE_NOT_FOUND",
        "pipe session not found: nope",
      );
      const s = await spawn(d, "exec sleep 30");
      assert.equal((await listOne(d, s.sessionId)).terminationOutcome, 0, "UNSPECIFIED live");
      const out = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 1,
      });
      const err = await rawAttach(d.socketPath, "attachPipeStream", {
        sessionId: s.sessionId,
        stream: 2,
      });
      await d.client.call("terminatePipeSession", { sessionId: s.sessionId });
      for (const a of [out, err]) {
        const r = await collect(a);
        assert.deepEqual(r.terminal, { case: "error", value: "session terminated by request" });
      }
      const l = await waitFor(
        async () => {
          const x = await listOne(d, s.sessionId);
          return x.exited ? x : undefined;
        },
        15_000,
        "exit after terminate",
      );
      assert.equal(l.exitCode, -15, "signal deaths report -signo");
      assert.equal(l.terminationOutcome, 2, "SOFT_EXIT");
      // terminating an exited session is OK and changes nothing
      await d.client.call("terminatePipeSession", { sessionId: s.sessionId });
      assert.deepEqual(await listOne(d, s.sessionId), l);
    } finally {
      await d.close();
    }
  });

  test(
    "the spawn is answered while the child is still starting; terminate still reaches it",
    SLOW,
    async () => {
      // glibc blocks in open(2) on a FIFO named as a locale file: the child (on Deno the
      // `setsid` that makes its session, elsewhere the program) then stays at its start.
      const dir = mkdtempSync("/tmp/rp-locale-");
      const fifos = LOCALE_FILES.map((f) => `${dir}/xx_XX/${f}`);
      mkdirSync(`${dir}/xx_XX`);
      for (const f of fifos) execFileSync("mkfifo", [f]);
      const d = await startDaemon();
      try {
        const env = [{ key: "LOCPATH", value: dir }, { key: "LC_ALL", value: "xx_XX" }];
        const t0 = Date.now();
        const a = await d.client.call("spawnPipeSession", { argv: ["sleep", "30"], env });
        // The daemon does not wait for the child's session (it used to, for up to 1 s).
        assert.ok(Date.now() - t0 < 900, `the spawn took ${Date.now() - t0} ms`);
        const b = await d.client.call("spawnPipeSession", { argv: ["sleep", "30"], env });
        // A terminate before the child got anywhere still ends it (and its group).
        await d.client.call("terminatePipeSession", { sessionId: a.sessionId, graceMs: 0 });
        const la = await waitFor(
          async () => {
            const x = await listOne(d, a.sessionId);
            return x.exited ? x : undefined;
          },
          15_000,
          "exit after terminate",
        );
        assert.equal(la.exitCode, -15);
        assert.equal(pidAlive(a.pid), false);
        // Let the other one go on: it leads its own session and group once started.
        await waitFor(
          () => {
            for (const f of fifos) {
              try {
                closeSync(openSync(f, fsConstants.O_WRONLY | fsConstants.O_NONBLOCK));
              } catch { /* no reader on this one */ }
            }
            const st = readProcStat(b.pid);
            return st !== undefined && st.session === b.pid && st.pgrp === b.pid;
          },
          15_000,
          "the child's own session",
        );
        await d.client.call("terminatePipeSession", { sessionId: b.sessionId, graceMs: 0 });
        await waitFor(async () => (await listOne(d, b.sessionId)).exited, 15_000, "exit of b");
        assert.equal(pidAlive(b.pid), false);
      } finally {
        await d.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test("terminate: a child ignoring SIGTERM is SIGKILLed after the grace", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawn(d, "trap '' TERM; echo armed; while :; do sleep 0.05; done");
      await waitFor(
        async () => {
          const b = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
          return dec(b.backlog).includes("armed");
        },
        10_000,
        "trap armed",
      );
      const t0 = Date.now();
      await d.client.call("terminatePipeSession", { sessionId: s.sessionId, graceMs: 300 });
      const l = await waitFor(
        async () => {
          const x = await listOne(d, s.sessionId);
          return x.exited ? x : undefined;
        },
        15_000,
        "hard kill",
      );
      assert.ok(Date.now() - t0 >= 250, "not before the grace");
      assert.equal(l.exitCode, -9);
      assert.equal(l.terminationOutcome, 3, "HARD_KILLED");
      // the whole group went: no `sleep` of that group survives
      assert.equal(pidAlive(s.pid), false);
    } finally {
      await d.close();
    }
  });

  test("signal deaths report -signo; exit codes pass through", SLOW, async () => {
    const d = await startDaemon();
    try {
      const k = await spawn(d, "kill -9 $$");
      const e = await spawn(d, "exit 42");
      const lk = await waitFor(
        async () => {
          const x = await listOne(d, k.sessionId);
          return x.exited ? x : undefined;
        },
        10_000,
        "exit",
      );
      const le = await waitFor(
        async () => {
          const x = await listOne(d, e.sessionId);
          return x.exited ? x : undefined;
        },
        10_000,
        "exit",
      );
      assert.equal(lk.exitCode, -9);
      assert.equal(lk.terminationOutcome, 1);
      assert.equal(le.exitCode, 42);
    } finally {
      await d.close();
    }
  });

  test(
    "stdin: write, close, write-after-close INTERNAL (docs/PROTOCOL.md#pipe-sessions)",
    SLOW,
    async () => {
      const d = await startDaemon();
      try {
        await expectStatus(
          d.client.request("writePipeStdin", { sessionId: "nope", data: enc("x") }),
          "STATUS_CODE_NOT_FOUND",
          "pipe session not found: nope",
        );
        const s = await d.client.call("spawnPipeSession", { argv: ["cat"] });
        const a = await rawAttach(d.socketPath, "attachPipeStream", {
          sessionId: s.sessionId,
          stream: 1,
        });
        const w = await d.client.call("writePipeStdin", {
          sessionId: s.sessionId,
          data: enc("hello world"),
        });
        assert.equal(Number(w.bytesWritten), 11);
        const empty = await d.client.call("writePipeStdin", { sessionId: s.sessionId });
        assert.equal(Number(empty.bytesWritten), 0);
        const bin = new Uint8Array(256).map((_, i) => i);
        await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: bin, close: true });
        await expectStatus(
          d.client.request("writePipeStdin", { sessionId: s.sessionId, data: enc("late") }),
          "STATUS_CODE_INTERNAL",
          "process stdin is not available",
        );
        await expectStatus(
          d.client.request("writePipeStdin", { sessionId: s.sessionId }),
          "STATUS_CODE_INTERNAL",
          "process stdin is not available",
        );
        const r = await collect(a);
        assert.deepEqual(r.bytes, concat([enc("hello world"), bin]), "binary-safe round trip");
        assert.deepEqual(r.terminal, { case: "exitCode", value: 0 }, "cat saw EOF");
      } finally {
        await d.close();
      }
    },
  );

  test("byte listeners for tees: stdout, stderr, stdin; dispose releases them", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawn(d, 'read l; echo "out $l"; echo "err $l" >&2; read l2');
      const session = d.daemon.state.pipeSessions.get(s.sessionId);
      assert.ok(session instanceof PipeSession);
      const got: Record<string, string> = { stdout: "", stderr: "", stdin: "" };
      const offs = (["stdout", "stderr", "stdin"] as const).map((k) =>
        session.addOutputListener(k, (b) => (got[k] += dec(b)))
      );
      let exits = 0;
      session.onExit(() => exits++);
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("A\n") });
      await waitFor(() => got.stdout && got.stderr, 5000, "listener bytes");
      assert.equal(got.stdout, "out A\n");
      assert.equal(got.stderr, "err A\n");
      assert.equal(got.stdin, "A\n");
      offs[2]();
      await d.client.call("writePipeStdin", { sessionId: s.sessionId, data: enc("B\n") });
      await waitFor(async () => (await listOne(d, s.sessionId)).exited, 5000, "exit");
      assert.equal(got.stdin, "A\n", "unsubscribed listener is not called");
      assert.equal(exits, 1);
      // purge disposes: later listeners are no-ops
      await d.client.call("purgeExitedSessions", {});
      assert.equal(d.daemon.state.pipeSessions.has(s.sessionId), false);
      const off = session.addOutputListener("stdout", () => {});
      off();
    } finally {
      await d.close();
    }
  });

  test("shutdown reaps every child and its group; no pid survives", SLOW, async () => {
    const d = await startDaemon();
    let pids: number[] = [];
    try {
      const a = await d.client.call("spawnPipeSession", { argv: ["sleep", "60"] });
      const b = await spawn(d, "trap '' TERM; sleep 60 & echo $!; wait");
      const c = await spawn(d, "sleep 60", { mergeStderrIntoStdout: true });
      const grandchild = Number(
        (await waitFor(
          async () => {
            const bl = await d.client.call("getSessionBacklog", { sessionId: b.sessionId });
            return /^\d+\n/.exec(dec(bl.backlog))?.[0];
          },
          10_000,
          "grandchild pid",
        )).trim(),
      );
      pids = [a.pid, b.pid, c.pid, grandchild];
      for (const p of pids) assert.ok(pidAlive(p), `pid ${p} alive before shutdown`);
      // an attached stream does not keep the daemon up
      await rawAttach(d.socketPath, "attachPipeStream", { sessionId: a.sessionId, stream: 1 });
    } finally {
      await d.close();
    }
    await waitFor(() => pids.every((p) => !pidAlive(p)), 10_000, "all pids gone");
  });
});

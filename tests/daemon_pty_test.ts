// PTY sessions over the daemon's real socket (docs/PROTOCOL.md#pty-sessions, docs/PROTOCOL.md#attach-streams, docs/PROTOCOL.md#pty-attach): spawn, list,
// attach (sizing, non-TTY, steal, in-band input/resize/interrupt/detach), detach, terminate,
// resize, shutdown reaping. Skipped where the runtime has no PTY support.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  CapabilityStatus,
  encodePtyInputFrame,
  GraphicsProtocol,
  type PtyInputFrameInit,
  type PtyStreamFrame,
} from "../proto_gen/daemon_pb.ts";
import { decodePtyStreamFrame } from "../proto_gen/daemon_pb.ts";
import { PtySession } from "../src/daemon/sessions/pty_session.ts";
import { ptySupport } from "../src/process/pty.ts";
import {
  dec,
  enc,
  expectStatus,
  pidAlive,
  type RawAttach,
  rawAttach,
  sleep,
  startDaemon,
  type TestDaemon,
  waitFor,
} from "./helpers/session_fixtures.ts";

const SUPPORT = ptySupport();
const SLOW = { timeout: 30_000, skip: !SUPPORT.supported };
const ID_RE = /^pty-[0-9a-f]{16}-[0-9a-f]{8}$/;
const ENV = [{ key: "PATH", value: "/usr/bin:/bin" }, { key: "TERM", value: "xterm" }];

type Terminal = Exclude<NonNullable<PtyStreamFrame["frame"]>, { case: "output" }>;

/** A shell that prints READY, then runs each input line as a command. */
const SHELL = 'echo READY; while IFS= read -r l; do eval "$l"; done';

async function spawnShell(d: TestDaemon, extra: Record<string, unknown> = {}) {
  return await d.client.call("spawnPtySession", {
    argv: ["/bin/sh", "-c", SHELL],
    env: ENV,
    environmentPolicy: 3,
    ...extra,
  });
}

async function info(d: TestDaemon, id: string) {
  const { sessions } = await d.client.call("listPtySessions", {});
  const s = sessions.find((x) => x.sessionId === id);
  assert.ok(s, `PTY session ${id} is not listed`);
  return s;
}

async function waitBacklog(d: TestDaemon, id: string, text: string) {
  await waitFor(
    async () => {
      const b = await d.client.call("getSessionBacklog", { sessionId: id });
      return dec(b.backlog).includes(text);
    },
    10_000,
    JSON.stringify(text),
  );
}

function input(a: RawAttach, frame: PtyInputFrameInit): Promise<void> {
  return a.send(encodePtyInputFrame(frame));
}

/** Reads output frames until `text` appeared (fails on a terminal frame). */
async function readUntil(a: RawAttach, text: string, already = ""): Promise<string> {
  let seen = already;
  while (!seen.includes(text)) {
    const f = await a.next();
    assert.ok(f, `stream ended before ${JSON.stringify(text)}; got ${JSON.stringify(seen)}`);
    const frame = decodePtyStreamFrame(f).frame;
    assert.equal(frame?.case, "output", `unexpected frame ${JSON.stringify(frame)}`);
    seen += dec(frame!.value as Uint8Array);
  }
  return seen;
}

/** Asks the shell for its size until it reports `want` (or 10 s pass); returns the last. */
async function sizeSeen(a: RawAttach, want: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  let last = "";
  let seen = "";
  while (last !== want && Date.now() < deadline) {
    await input(a, { frame: { case: "input", value: enc("echo SZ=$(stty size).\n") } });
    const from = seen.length;
    let m: RegExpExecArray | null;
    while (!(m = /SZ=(\d+ \d+)\./.exec(seen.slice(from)))) {
      const f = await a.next();
      assert.ok(f, "stream ended while waiting for the size");
      const frame = decodePtyStreamFrame(f).frame;
      assert.equal(frame?.case, "output", `unexpected frame ${JSON.stringify(frame)}`);
      seen += dec(frame!.value as Uint8Array);
    }
    last = m[1];
    if (last !== want) await sleep(50);
  }
  return last;
}

/** Reads until the daemon closes; returns output and the terminal frame (if any). */
async function collect(a: RawAttach): Promise<{ text: string; terminal: Terminal | undefined }> {
  let text = "";
  let terminal: Terminal | undefined;
  for (;;) {
    const f = await a.next();
    if (f === undefined) break;
    assert.equal(terminal, undefined, "a frame followed the terminal frame");
    const frame = decodePtyStreamFrame(f).frame;
    assert.ok(frame);
    if (frame.case === "output") text += dec(frame.value);
    else terminal = frame;
  }
  return { text, terminal };
}

describe("PTY sessions over the socket", () => {
  test(
    "spawn: defaults 24x80, 16-bit truncation, a real terminal, every list field",
    SLOW,
    async () => {
      const d = await startDaemon();
      try {
        const s = await d.client.call("spawnPtySession", {
          argv: ["/bin/sh", "-c", "tty; stty size; sleep 30"],
          env: ENV,
          environmentPolicy: 3,
        });
        assert.match(s.sessionId, ID_RE);
        assert.ok(s.sessionId.endsWith("-00000001"));
        assert.ok(s.pid > 0);
        assert.equal(s.subscriberId, "");
        await waitBacklog(d, s.sessionId, "24 80");
        const b = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
        assert.match(dec(b.backlog), /\/dev\/pts\/\d+\r\n24 80\r\n/);
        const l = await info(d, s.sessionId);
        assert.deepEqual(l, {
          sessionId: s.sessionId,
          pid: s.pid,
          command: "/bin/sh -c tty; stty size; sleep 30",
          cwd: "",
          originator: "client:running-process-client",
          createdAt: s.createdAt,
          attached: false,
          exited: false,
          exitCode: 0,
          exitedAt: 0,
          rows: 24,
          cols: 80,
          terminationOutcome: 0,
          attachedIsTty: false,
          attachedTerm: "",
          attachedGraphicsCapabilities: {
            protocols: [1, 2, 3].map((protocol) => ({
              protocol,
              status: CapabilityStatus.CAPABILITY_STATUS_UNKNOWN,
              evidence: 0,
              source: "",
              risks: [],
            })),
            preferred: 0,
          },
        });
        const t = await d.client.call("spawnPtySession", {
          argv: ["/bin/sh", "-c", "stty size; sleep 30"],
          env: ENV,
          environmentPolicy: 3,
          rows: 65536 + 30,
          cols: 65536 + 100,
          cwd: "/tmp",
          originator: "tool:pty",
        });
        assert.ok(t.sessionId.endsWith("-00000002"));
        await waitBacklog(d, t.sessionId, "30 100");
        const lt = await info(d, t.sessionId);
        assert.equal(lt.rows, 30);
        assert.equal(lt.cols, 100);
        assert.equal(lt.cwd, "/tmp");
        const only = await d.client.call("listPtySessions", { originator: "tool:pty" });
        assert.deepEqual(only.sessions.map((x) => x.sessionId), [t.sessionId]);
        assert.equal((await d.client.call("listPtySessions", undefined)).sessions.length, 2);
      } finally {
        await d.close();
      }
    },
  );

  test("validation and unknown ids (docs/PROTOCOL.md#pty-sessions)", SLOW, async () => {
    const d = await startDaemon();
    try {
      const c = d.client;
      for (
        const [field, msg] of [
          ["spawnPtySession", "spawn_pty_session payload missing"],
          ["detachPtySession", "detach_pty_session payload missing"],
          ["terminatePtySession", "terminate_pty_session payload missing"],
          ["resizePtySession", "resize_pty_session payload missing"],
        ] as const
      ) {
        await expectStatus(c.request(field, undefined), "STATUS_CODE_INVALID_ARGUMENT", msg);
      }
      await expectStatus(
        c.request("spawnPtySession", { argv: [] }),
        "STATUS_CODE_INTERNAL",
        "argv must not be empty",
      );
      await expectStatus(
        c.request("spawnPtySession", { argv: [], environmentPolicy: 4 }),
        "STATUS_CODE_INVALID_ARGUMENT",
        "unknown environment policy",
      );
      await expectStatus(
        c.request("spawnPtySession", { argv: ["no-such-program-rp-pty"] }),
        "STATUS_CODE_INTERNAL",
        /^failed to spawn PTY: .*no-such-program-rp-pty/,
      );
      for (
        const field of ["detachPtySession", "terminatePtySession", "resizePtySession"] as const
      ) {
        await expectStatus(
          c.request(field, { sessionId: "nope" }),
          "STATUS_CODE_NOT_FOUND",
          "session not found: nope",
        );
      }
      // RESIZE looks up PTY sessions only: a pipe id is NOT_FOUND (docs/PROTOCOL.md#pty-sessions)
      const p = await c.call("spawnPipeSession", { argv: ["sleep", "30"] });
      await expectStatus(
        c.request("resizePtySession", { sessionId: p.sessionId, rows: 10, cols: 10 }),
        "STATUS_CODE_NOT_FOUND",
        `session not found: ${p.sessionId}`,
      );
      assert.equal((await c.call("listPtySessions", {})).sessions.length, 0);
    } finally {
      await d.close();
    }
  });

  test("attach: TTY sizing, backlog with READY, ALREADY_ATTACHED, errors", SLOW, async () => {
    const d = await startDaemon();
    try {
      const bad = await rawAttach(d.socketPath, "attachPtySession", { sessionId: "nope" });
      assert.equal(bad.response.code, 4);
      assert.equal(bad.response.message, "session not found: nope");
      assert.deepEqual(bad.response.attachPtySession, {
        streamEndpoint: "",
        backlog: new Uint8Array(0),
        backlogTruncated: false,
        bytesMissed: 0,
      });
      assert.equal(await bad.next(), undefined);
      const none = await rawAttach(d.socketPath, "attachPtySession", undefined);
      assert.equal(none.response.code, 4, "no payload: empty id → NOT_FOUND");

      const s = await spawnShell(d);
      await waitBacklog(d, s.sessionId, "READY");
      const a = await rawAttach(d.socketPath, "attachPtySession", {
        sessionId: s.sessionId,
        rows: 30,
        cols: 100,
        isTty: true,
        term: "xterm-256color",
      });
      assert.equal(a.response.code, 0);
      const p = a.response.attachPtySession!;
      assert.equal(p.streamEndpoint, "");
      assert.ok(dec(p.backlog).includes("READY"));
      assert.equal(p.backlogTruncated, false);
      const l = await info(d, s.sessionId);
      assert.equal(l.attached, true);
      assert.equal(l.rows, 30);
      assert.equal(l.cols, 100);
      assert.equal(l.attachedIsTty, true);
      assert.equal(l.attachedTerm, "xterm-256color");
      // the program sees the new size (the resize itself completes asynchronously)
      assert.equal(await sizeSeen(a, "30 100"), "30 100");
      const busy = await rawAttach(d.socketPath, "attachPtySession", { sessionId: s.sessionId });
      assert.equal(busy.response.code, 10);
      assert.equal(busy.response.message, "session already has an attached client");
      assert.equal(await busy.next(), undefined);
      // natural exit while attached: remaining output, then exit_code
      await input(a, { frame: { case: "input", value: enc("echo BYE; exit 7\n") } });
      const r = await collect(a);
      assert.ok(r.text.includes("BYE"));
      assert.deepEqual(r.terminal, { case: "exitCode", value: 7 });
      const done = await info(d, s.sessionId);
      assert.equal(done.exited, true);
      assert.equal(done.exitCode, 7);
      assert.equal(done.terminationOutcome, 1);
      assert.equal(done.attached, false);
      const late = await rawAttach(d.socketPath, "attachPtySession", { sessionId: s.sessionId });
      assert.equal(late.response.code, 4);
      assert.equal(
        late.response.message,
        `session has already exited (exit_code=7, at=${done.exitedAt})`,
      );
    } finally {
      await d.close();
    }
  });

  test(
    "non-TTY attach keeps the size and records term/graphics; a TTY steal resizes",
    SLOW,
    async () => {
      const d = await startDaemon();
      try {
        const s = await spawnShell(d, { rows: 40, cols: 100 });
        const caps = {
          protocols: [{
            protocol: GraphicsProtocol.GRAPHICS_PROTOCOL_SIXEL,
            status: CapabilityStatus.CAPABILITY_STATUS_BLOCKED,
            evidence: 0,
            source: "non_tty",
            risks: [],
          }],
          preferred: 0,
        };
        const a = await rawAttach(d.socketPath, "attachPtySession", {
          sessionId: s.sessionId,
          rows: 999,
          cols: 999,
          isTty: false,
          term: "dumb",
          graphicsCapabilities: caps,
        });
        assert.equal(a.response.code, 0);
        const l = await info(d, s.sessionId);
        assert.equal(l.rows, 40);
        assert.equal(l.cols, 100);
        assert.equal(l.attachedIsTty, false);
        assert.equal(l.attachedTerm, "dumb");
        assert.deepEqual(l.attachedGraphicsCapabilities, caps);
        const b = await rawAttach(d.socketPath, "attachPtySession", {
          sessionId: s.sessionId,
          rows: 12,
          cols: 34,
          isTty: true,
          steal: true,
        });
        assert.equal(b.response.code, 0);
        const v = await collect(a);
        assert.deepEqual(v.terminal, { case: "stolenBy", value: "peer" });
        const l2 = await info(d, s.sessionId);
        assert.equal(l2.rows, 12);
        assert.equal(l2.cols, 34);
        assert.equal(l2.attachedIsTty, true);
        assert.equal(l2.attachedTerm, "");
        // a TTY attach with 0 keeps that dimension
        await b.close();
        await waitFor(async () => !(await info(d, s.sessionId)).attached, 5000, "release");
        const c = await rawAttach(d.socketPath, "attachPtySession", {
          sessionId: s.sessionId,
          rows: 0,
          cols: 50,
          isTty: true,
        });
        assert.equal(c.response.code, 0);
        const l3 = await info(d, s.sessionId);
        assert.equal(l3.rows, 12);
        assert.equal(l3.cols, 50);
        await c.close();
      } finally {
        await d.close();
      }
    },
  );

  test(
    "steal: the thief keeps streaming after the victim's teardown (docs/PROTOCOL.md#attach-streams defect fixed)",
    SLOW,
    async () => {
      const d = await startDaemon();
      try {
        const s = await spawnShell(d);
        await waitBacklog(d, s.sessionId, "READY");
        const victim = await rawAttach(d.socketPath, "attachPtySession", {
          sessionId: s.sessionId,
          isTty: true,
        });
        const thief = await rawAttach(d.socketPath, "attachPtySession", {
          sessionId: s.sessionId,
          isTty: true,
          steal: true,
        });
        assert.deepEqual((await collect(victim)).terminal, { case: "stolenBy", value: "peer" });
        await sleep(200);
        assert.equal((await info(d, s.sessionId)).attached, true);
        await input(thief, { frame: { case: "input", value: enc("echo STILL-$((40+2))\n") } });
        await readUntil(thief, "STILL-42");
        await thief.close();
      } finally {
        await d.close();
      }
    },
  );

  test("in-band input, resize, interrupt; stdin listeners see the input", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawnShell(d);
      const session = d.daemon.state.ptySessions.get(s.sessionId);
      assert.ok(session instanceof PtySession);
      let typed = "";
      session.addOutputListener("stdin", (b) => (typed += dec(b)));
      let out = "";
      session.addOutputListener("pty", (b) => (out += dec(b)));
      const a = await rawAttach(d.socketPath, "attachPtySession", {
        sessionId: s.sessionId,
        isTty: true,
      });
      await input(a, { frame: { case: "input", value: enc("echo A-$((1+1))\n") } });
      await readUntil(a, "A-2", dec(a.response.attachPtySession!.backlog));
      assert.equal(typed, "echo A-$((1+1))\n");
      assert.ok(out.includes("A-2"), "pty listener sees the output");
      // undecodable frames and frames without a oneof are ignored
      await a.send(new Uint8Array([0xff, 0xff, 0xff]));
      await a.send(new Uint8Array(0));
      await input(a, { frame: { case: "interrupt", value: false } });
      await input(a, { frame: { case: "detach", value: false } });
      await input(a, { frame: { case: "resize", value: { rows: 33, cols: 77 } } });
      await waitFor(
        async () => {
          const l = await info(d, s.sessionId);
          return l.rows === 33 && l.cols === 77;
        },
        5000,
        "in-band resize",
      );
      assert.equal(await sizeSeen(a, "33 77"), "33 77");
      // ^C: the foreground program dies of SIGINT → PTY signal deaths report 1
      await input(a, { frame: { case: "input", value: enc("exec cat\n") } });
      await sleep(300);
      await input(a, { frame: { case: "interrupt", value: true } });
      const r = await collect(a);
      assert.deepEqual(r.terminal, { case: "exitCode", value: 1 });
    } finally {
      await d.close();
    }
  });

  test("in-band detach closes without a frame; DETACH RPC sends error detached", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawnShell(d);
      const a = await rawAttach(d.socketPath, "attachPtySession", {
        sessionId: s.sessionId,
        isTty: true,
      });
      await input(a, { frame: { case: "detach", value: true } });
      const r = await collect(a);
      assert.equal(r.terminal, undefined, "no frame on in-band detach");
      const l = await info(d, s.sessionId);
      assert.equal(l.attached, false);
      assert.equal(l.exited, false, "the session is still alive");
      // output produced while detached is in the next attach's backlog
      await d.client.call("detachPtySession", { sessionId: s.sessionId }); // OK when idle
      const b = await rawAttach(d.socketPath, "attachPtySession", {
        sessionId: s.sessionId,
        isTty: true,
      });
      assert.equal(b.response.code, 0, "re-attach works");
      await d.client.call("detachPtySession", { sessionId: s.sessionId });
      assert.equal((await info(d, s.sessionId)).attached, false);
      const rb = await collect(b);
      assert.deepEqual(rb.terminal, { case: "error", value: "detached" });
    } finally {
      await d.close();
    }
  });

  test("a disconnecting client releases the slot; output keeps accumulating", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await d.client.call("spawnPtySession", {
        argv: ["/bin/sh", "-c", "i=0; while :; do i=$((i+1)); echo tick$i; sleep 0.05; done"],
        env: ENV,
        environmentPolicy: 3,
      });
      const a = await rawAttach(d.socketPath, "attachPtySession", {
        sessionId: s.sessionId,
        isTty: true,
      });
      await readUntil(a, "tick", dec(a.response.attachPtySession!.backlog));
      await a.close();
      await waitFor(async () => !(await info(d, s.sessionId)).attached, 5000, "release");
      await sleep(200);
      const b = await rawAttach(d.socketPath, "attachPtySession", {
        sessionId: s.sessionId,
        isTty: true,
      });
      assert.ok(dec(b.response.attachPtySession!.backlog).includes("tick"));
      assert.equal((await info(d, s.sessionId)).exited, false);
      await b.close();
    } finally {
      await d.close();
    }
  });

  test("terminate: client told at once, exit code 1, SOFT/HARD within 15 s", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawnShell(d);
      assert.equal((await info(d, s.sessionId)).terminationOutcome, 0);
      const a = await rawAttach(d.socketPath, "attachPtySession", {
        sessionId: s.sessionId,
        isTty: true,
      });
      await d.client.call("terminatePtySession", { sessionId: s.sessionId });
      const r = await collect(a);
      assert.deepEqual(r.terminal, { case: "error", value: "session terminated by request" });
      const l = await waitFor(
        async () => {
          const x = await info(d, s.sessionId);
          return x.exited ? x : undefined;
        },
        15_000,
        "exit after terminate",
      );
      assert.equal(l.exitCode, 1, "PTY signal deaths report 1 (docs/PROTOCOL.md#terminate)");
      assert.ok(l.terminationOutcome === 2 || l.terminationOutcome === 3);
      await d.client.call("terminatePtySession", { sessionId: s.sessionId });
    } finally {
      await d.close();
    }
  });

  test("RESIZE RPC: 24x80 → 50x120, zero keeps a dimension", SLOW, async () => {
    const d = await startDaemon();
    try {
      const s = await spawnShell(d);
      const l0 = await info(d, s.sessionId);
      assert.equal(l0.rows, 24);
      assert.equal(l0.cols, 80);
      await d.client.call("resizePtySession", { sessionId: s.sessionId, rows: 50, cols: 120 });
      const l1 = await info(d, s.sessionId);
      assert.equal(l1.rows, 50);
      assert.equal(l1.cols, 120);
      await d.client.call("resizePtySession", { sessionId: s.sessionId, rows: 0, cols: 90 });
      const l2 = await info(d, s.sessionId);
      assert.equal(l2.rows, 50);
      assert.equal(l2.cols, 90);
      const a = await rawAttach(d.socketPath, "attachPtySession", { sessionId: s.sessionId });
      assert.equal(await sizeSeen(a, "50 90"), "50 90");
      await a.close();
    } finally {
      await d.close();
    }
  });

  test("shutdown reaps PTY children and their descendants", SLOW, async () => {
    const d = await startDaemon();
    let pids: number[] = [];
    try {
      const s = await d.client.call("spawnPtySession", {
        argv: ["/bin/sh", "-c", "trap '' TERM HUP; sleep 60 & echo BG=$!; wait"],
        env: ENV,
        environmentPolicy: 3,
      });
      const bg = await waitFor(
        async () => {
          const b = await d.client.call("getSessionBacklog", { sessionId: s.sessionId });
          return /BG=(\d+)/.exec(dec(b.backlog))?.[1];
        },
        10_000,
        "background pid",
      );
      pids = [s.pid, Number(bg)];
      for (const p of pids) assert.ok(pidAlive(p));
      await rawAttach(d.socketPath, "attachPtySession", { sessionId: s.sessionId, isTty: true });
    } finally {
      await d.close();
    }
    await waitFor(() => pids.every((p) => !pidAlive(p)), 10_000, "PTY pids gone");
  });
});

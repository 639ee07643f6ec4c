import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import process from "node:process";
import { type CliIO, main } from "../src/cli/main.ts";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { DaemonError } from "../src/errors.ts";
import { serve } from "../src/daemon/server.ts";
import type { Handler, HandlerModule } from "../src/daemon/types.ts";
import { RequestType, StatusCode } from "../proto_gen/daemon_pb.ts";
import { delay, startDaemon, tempDir } from "./helpers/rp_fixtures.ts";

const SLOW = { timeout: 30_000 };

interface Captured {
  code: number;
  out: string;
  err: string;
  outBytes: Uint8Array;
}

async function run(argv: string[], io: Partial<CliIO> & { tty?: boolean } = {}): Promise<Captured> {
  const outChunks: Uint8Array[] = [];
  const errChunks: string[] = [];
  const enc = new TextEncoder();
  const code = await main(argv, {
    env: { PATH: process.env.PATH },
    ...io,
    stdout: {
      isTTY: io.tty ?? false,
      write: (c) => void outChunks.push(typeof c === "string" ? enc.encode(c) : c.slice()),
    },
    stderr: {
      write: (c) => void errChunks.push(typeof c === "string" ? c : new TextDecoder().decode(c)),
    },
  });
  const total = outChunks.reduce((n, c) => n + c.length, 0);
  const outBytes = new Uint8Array(total);
  let o = 0;
  for (const c of outChunks) {
    outBytes.set(c, o);
    o += c.length;
  }
  return { code, out: new TextDecoder().decode(outBytes), err: errChunks.join(""), outBytes };
}

function oneErrorLine(r: Captured): string {
  assert.equal(r.out, "");
  assert.match(r.err, /^rp: [^\n]+\n$/, `one rp: line, got ${JSON.stringify(r.err)}`);
  return r.err;
}

/** Canned LIST_PTY_SESSIONS / LIST_PIPE_SESSIONS answers, to pin the table layout. */
const cannedSessions: HandlerModule = () =>
  new Map<number, Handler>([
    [RequestType.REQUEST_TYPE_LIST_PTY_SESSIONS, () => ({
      listPtySessions: {
        sessions: [{
          sessionId: "pty-00000000000000aa-00000001",
          pid: 101,
          command: "bash -l",
          cwd: "/",
          originator: "o",
          createdAt: 1,
          attached: true,
        }],
      },
    })],
    [RequestType.REQUEST_TYPE_LIST_PIPE_SESSIONS, () => ({
      listPipeSessions: {
        sessions: [{
          sessionId: "pipe-00000000000000bb-00000002",
          pid: 20002,
          command: "sh -c echo hi",
          cwd: "/tmp",
          originator: "o",
          createdAt: 2,
          exited: true,
          exitCode: 3,
          stderrAttached: true,
        }],
      },
    })],
  ]);

describe("rp (in-process) against a real daemon", () => {
  test("ping, human and --json", SLOW, async () => {
    await using d = await startDaemon();
    const human = await run(["--socket", d.socketPath, "ping"]);
    assert.equal(human.code, 0, human.err);
    assert.match(human.out, /^pong from .* in [\d.]+ ms/);
    const json = await run(["ping", "--json", "--socket", d.socketPath]);
    assert.equal(json.code, 0, json.err);
    const obj = JSON.parse(json.out);
    assert.equal(obj.ok, true);
    assert.equal(typeof obj.serverTimeMs, "number");
    assert.equal(json.out.trim().split("\n").length, 1);
  });

  test("status --json is one object; the human form is aligned", SLOW, async () => {
    await using d = await startDaemon();
    const json = await run(["--socket", d.socketPath, "--json", "status"]);
    assert.equal(json.code, 0, json.err);
    const s = JSON.parse(json.out);
    assert.equal(s.socketPath, d.socketPath);
    assert.equal(s.scope, "global");
    assert.equal(typeof s.uptimeSeconds, "number");
    const human = await run(["--socket", d.socketPath, "status"]);
    assert.equal(human.code, 0);
    const lines = human.out.trimEnd().split("\n");
    const col = lines[0].search(/ {2}\S/) + 2; // where the values start
    for (const l of lines) assert.match(l.slice(col - 2, col + 1), /^ {2}\S$/, `aligned: ${l}`);
    assert.ok(lines.some((l) => l.startsWith("socket") && l.endsWith(d.socketPath)));
    assert.ok(!human.out.includes("\x1b"), "no colour when not a TTY");
  });

  test("sessions: an aligned table of PTY and pipe sessions, or JSON", SLOW, async () => {
    const dir = tempDir();
    const daemon = await serve({
      socketPath: `${dir}/d/s.sock`,
      dbPath: `${dir}/tracked.json`,
      modules: [cannedSessions],
    });
    try {
      const r = await run(["--socket", daemon.socketPath, "sessions"]);
      assert.equal(r.code, 0, r.err);
      const lines = r.out.trimEnd().split("\n");
      assert.equal(lines.length, 3);
      assert.match(lines[0], /^ID\s+KIND\s+PID\s+STATE\s+EXIT\s+ATTACHED\s+COMMAND$/);
      assert.match(
        lines[1],
        /^pty-00000000000000aa-00000001\s+pty\s+101\s+running\s+-\s+tty\s+bash -l$/,
      );
      assert.match(
        lines[2],
        /^pipe-00000000000000bb-00000002\s+pipe\s+20002\s+exited\s+3\s+stderr\s+sh -c echo hi$/,
      );
      for (const h of ["KIND", "PID", "STATE", "EXIT", "ATTACHED", "COMMAND"]) {
        const at = lines[0].indexOf(h);
        assert.notEqual(lines[1][at - 1], undefined);
        assert.equal(lines[1][at - 1], " ", `column ${h} aligned`);
        assert.notEqual(lines[1][at], " ", `column ${h} aligned`);
        assert.notEqual(lines[2][at], " ", `column ${h} aligned`);
      }
      const colour = await run(["--socket", daemon.socketPath, "sessions"], { tty: true });
      assert.ok(colour.out.includes("\x1b["), "colour on a TTY");
      const noColour = await run(["--socket", daemon.socketPath, "sessions"], {
        tty: true,
        env: { NO_COLOR: "1" },
      });
      assert.ok(!noColour.out.includes("\x1b"), "NO_COLOR disables colour");
      const json = await run(["--socket", daemon.socketPath, "--json", "sessions"]);
      const { sessions } = JSON.parse(json.out);
      assert.deepEqual(sessions.map((s: { id: string }) => s.id), [
        "pty-00000000000000aa-00000001",
        "pipe-00000000000000bb-00000002",
      ]);
      assert.equal(sessions[1].exitCode, 3);
      assert.equal(sessions[0].exitCode, null);
    } finally {
      await daemon.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("usage errors print one line and exit 2", async () => {
    for (
      const argv of [
        ["frobnicate"],
        [],
        ["--socket"],
        ["ping", "--nope"],
        ["terminate"],
        ["terminate", "not-a-session"],
        ["observe", "pipe-1", "--category", "bogus"],
        ["ping", "extra"],
        ["spawn"],
        ["spawn", "--pty", "--merge-stderr", "--", "true"],
      ]
    ) {
      const r = await run(argv);
      assert.equal(r.code, 2, `${argv.join(" ")}: ${r.err}`);
      oneErrorLine(r);
    }
  });

  test("help prints the usage and exits 0", async () => {
    const r = await run(["--help"]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^usage: rp/);
    assert.equal((await run(["help"])).code, 0);
    // `deno task rp -- …` passes the "--" through: before the command it is ignored.
    assert.match((await run(["--", "--help"])).out, /^usage: rp/);
    // A command's --help is the usage too, not a missing-argument error.
    for (const cmd of ["run", "spawn", "attach", "terminate"]) {
      const h = await run([cmd, "--help"]);
      assert.deepEqual([h.code, h.err], [0, ""], cmd);
      assert.match(h.out, /^usage: rp/);
    }
  });

  test("an unknown session is one error line and exit 1", SLOW, async () => {
    await using d = await startDaemon();
    const r = await run(["--socket", d.socketPath, "observer-status", "pipe-nope", "sub"]);
    assert.equal(r.code, 1);
    assert.equal(
      oneErrorLine(r),
      "rp: daemon returned STATUS_CODE_NOT_FOUND (4): pipe session not found\n",
    );
    const t = await run(["--socket", d.socketPath, "terminate", "pipe-nope"]);
    assert.equal(t.code, 1);
    assert.match(oneErrorLine(t), /^rp: daemon returned STATUS_CODE_/);
  });

  test("no daemon: one error line naming the endpoint, exit 1", async () => {
    const dir = tempDir();
    try {
      const r = await run(["--socket", `${dir}/none.sock`, "ping"]);
      assert.equal(r.code, 1);
      assert.match(oneErrorLine(r), new RegExp(`^rp: cannot connect to unix:${dir}/none.sock`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("serve runs the daemon in the foreground until stopped", SLOW, async () => {
    const dir = tempDir();
    const socketPath = `${dir}/d/s.sock`;
    const ac = new AbortController();
    try {
      const serving = run(["--socket", socketPath, "serve"], { signal: ac.signal });
      let ok = false;
      for (let i = 0; i < 200 && !ok; i++) {
        await delay(25);
        ok = (await run(["--socket", socketPath, "ping"])).code === 0;
      }
      assert.ok(ok, "the daemon answers");
      ac.abort();
      const r = await serving;
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, `${socketPath}\n`);
      assert.equal(fs.existsSync(socketPath), false);
    } finally {
      ac.abort();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("rp serve --db-path", () => {
  test("the daemon keeps its services and registry in the file named", SLOW, async () => {
    const dir = tempDir();
    const socketPath = `${dir}/d/s.sock`;
    const dbPath = `${dir}/state/mine.sqlite3`;
    const ac = new AbortController();
    try {
      const serving = run(["--socket", socketPath, "serve", "--db-path", dbPath], {
        signal: ac.signal,
      });
      let status: { code: number; out: string } | undefined;
      for (let i = 0; i < 200 && status?.code !== 0; i++) {
        await delay(25);
        status = await run(["--socket", socketPath, "--json", "status"]);
      }
      assert.equal(status?.code, 0, "the daemon answers");
      assert.equal(JSON.parse(status!.out).dbPath, dbPath);
      assert.ok(fs.existsSync(dbPath), "the state file is created where named");
      ac.abort();
      assert.equal((await serving).code, 0);
      const empty = await run(["--socket", socketPath, "serve", "--db-path", ""]);
      assert.equal(empty.code, 2, empty.err);
      assert.match(oneErrorLine(empty), /--db-path needs a file path/);
    } finally {
      ac.abort();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("rp with pipe sessions (end to end)", () => {
  async function pipeSessionsAvailable(socketPath: string): Promise<boolean> {
    await using c = await DaemonClient.connect({ socketPath });
    try {
      await c.spawnPipeSessionRaw({ argv: ["true"] });
      return true;
    } catch (e) {
      if (e instanceof DaemonError && e.status === StatusCode.STATUS_CODE_UNIMPLEMENTED) {
        return false;
      }
      throw e;
    }
  }

  test("spawn, attach (exit code), sessions, terminate", SLOW, async (t) => {
    await using d = await startDaemon();
    if (!(await pipeSessionsAvailable(d.socketPath))) {
      (t as unknown as { skip?: (m: string) => void }).skip?.("pipe sessions not in serve() yet");
      return;
    }
    const s = ["--socket", d.socketPath];
    const spawned = await run([
      ...s,
      "spawn",
      "--",
      "sh",
      "-c",
      "echo READY; sleep 0.2; echo done; exit 3",
    ]);
    assert.equal(spawned.code, 0, spawned.err);
    const id = spawned.out.trim();
    assert.match(id, /^pipe-[0-9a-f]{16}-[0-9a-f]{8}$/);
    const attached = await run([...s, "attach", id]);
    assert.equal(attached.code, 3, attached.err);
    assert.equal(attached.out, "READY\ndone\n");

    const list = await run([...s, "--json", "sessions"]);
    const row = JSON.parse(list.out).sessions.find((x: { id: string }) => x.id === id);
    assert.equal(row.state, "exited");
    assert.equal(row.exitCode, 3);
    assert.equal(row.command, "sh -c echo READY; sleep 0.2; echo done; exit 3");

    const sleeper = await run([...s, "--json", "spawn", "sleep", "30"]);
    assert.equal(sleeper.code, 0, sleeper.err);
    const sid = JSON.parse(sleeper.out).sessionId;
    const term = await run([...s, "terminate", sid, "--grace", "100"]);
    assert.equal(term.code, 0, term.err);
    assert.match(term.out, new RegExp(`^${sid} exited with code -?\\d+ \\(soft-exit\\)\n$`));
    const l = JSON.parse((await run([...s, "--json", "sessions"])).out).sessions;
    assert.equal(l.find((x: { id: string }) => x.id === sid)?.state, "exited", "terminate waited");

    const obs = await run([...s, "--json", "observe", sid, "--category", "lifecycle,process"]);
    assert.equal(obs.code, 0, obs.err);
    const { subscriberId } = JSON.parse(obs.out);
    const st = await run([...s, "--json", "observer-status", sid, subscriberId]);
    assert.equal(st.code, 0, st.err);
    assert.equal(JSON.parse(st.out).subscriberId, subscriberId);
    const un = await run([...s, "unobserve", sid, subscriberId]);
    assert.equal(un.code, 0, un.err);
    const gone = await run([...s, "observer-status", sid, subscriberId]);
    assert.equal(gone.code, 1);

    // purge forgets the exited sessions (these two among them), not a running one.
    const running = JSON.parse((await run([...s, "--json", "spawn", "sleep", "30"])).out).sessionId;
    const purged = await run([...s, "--json", "purge"]);
    assert.equal(purged.code, 0, purged.err);
    const counts = JSON.parse(purged.out);
    assert.equal(counts.ptyPurged, 0);
    assert.ok(counts.pipePurged >= 2, purged.out);
    const left = JSON.parse((await run([...s, "--json", "sessions"])).out).sessions;
    const ids = left.map((x: { id: string }) => x.id);
    assert.ok(ids.includes(running) && !ids.includes(id) && !ids.includes(sid), ids.join(" "));
    assert.ok(left.every((x: { state: string }) => x.state === "running"));
    assert.equal((await run([...s, "purge"])).out, "purged 0 exited sessions\n");
    await run([...s, "terminate", running, "--grace", "100"]);
  });

  test("observe --follow prints events until the session exits", SLOW, async (t) => {
    await using d = await startDaemon();
    if (!(await pipeSessionsAvailable(d.socketPath))) {
      (t as unknown as { skip?: (m: string) => void }).skip?.("pipe sessions not in serve() yet");
      return;
    }
    const s = ["--socket", d.socketPath];
    const id = (await run([...s, "spawn", "--", "sh", "-c", "sleep 0.5"])).out.trim();
    const r = await run([...s, "--json", "observe", id, "--follow"], {
      signal: AbortSignal.timeout(10_000),
    });
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(typeof lines[0].subscriberId, "string");
    const last = lines[lines.length - 1];
    assert.equal(last.type, "event");
    assert.equal(last.kind, "exited");
  });

  test("logs prints the backlog as-is (stdout or --stderr), or JSON", SLOW, async (t) => {
    await using d = await startDaemon();
    if (!(await pipeSessionsAvailable(d.socketPath))) {
      (t as unknown as { skip?: (m: string) => void }).skip?.("pipe sessions not in serve() yet");
      return;
    }
    const s = ["--socket", d.socketPath];
    const id = (await run([...s, "spawn", "--", "sh", "-c", "echo out; echo err >&2; exit 2"]))
      .out.trim();
    let r = await run([...s, "logs", id]);
    if (r.code === 1 && r.err.includes("STATUS_CODE_UNIMPLEMENTED")) {
      (t as unknown as { skip?: (m: string) => void }).skip?.("no GET_SESSION_BACKLOG yet");
      return;
    }
    for (let i = 0; i < 100 && r.out !== "out\n"; i++) {
      await delay(20);
      r = await run([...s, "logs", id]);
    }
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, "out\n");
    let e = await run([...s, "logs", id, "--stderr"]);
    for (let i = 0; i < 100 && e.out !== "err\n"; i++) {
      await delay(20);
      e = await run([...s, "logs", id, "--stderr"]);
    }
    assert.equal(e.out, "err\n");
    let j = JSON.parse((await run([...s, "--json", "logs", id])).out);
    for (let i = 0; i < 100 && !j.exited; i++) {
      await delay(20);
      j = JSON.parse((await run([...s, "--json", "logs", id])).out);
    }
    assert.deepEqual(
      { kind: j.sessionKind, exited: j.exited, exitCode: j.exitCode, backlog: j.backlog },
      { kind: "pipe", exited: true, exitCode: 2, backlog: "out\n" },
    );
    const unknown = await run([...s, "logs", "pipe-nope"]);
    assert.equal(unknown.code, 1);
    assert.match(
      oneErrorLine(unknown),
      /STATUS_CODE_NOT_FOUND \(4\): session not found: pipe-nope/,
    );
  });

  test("PTY: spawn --pty, attach with piped input, exit code", SLOW, async (t) => {
    await using d = await startDaemon();
    const s = ["--socket", d.socketPath];
    const spawned = await run([
      ...s,
      "spawn",
      "--pty",
      "--",
      "sh",
      "-c",
      "read x; echo got $x; exit 5",
    ]);
    if (spawned.code !== 0 && /UNIMPLEMENTED|not implemented/.test(spawned.err)) {
      (t as unknown as { skip?: (m: string) => void }).skip?.("PTY sessions not in serve() yet");
      return;
    }
    assert.equal(spawned.code, 0, spawned.err);
    const id = spawned.out.trim();
    assert.match(id, /^pty-[0-9a-f]{16}-[0-9a-f]{8}$/);
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    const stdin = {
      isTTY: false,
      async *[Symbol.asyncIterator]() {
        await delay(200);
        yield new TextEncoder().encode("abc\n");
        await done; // stays open, like a terminal nobody types into
      },
    };
    const r = await run([...s, "attach", id], { stdin });
    release();
    assert.equal(r.code, 5, r.err);
    assert.match(r.out, /got abc/);
  });

  test("attach --json streams one object per line", SLOW, async (t) => {
    await using d = await startDaemon();
    if (!(await pipeSessionsAvailable(d.socketPath))) {
      (t as unknown as { skip?: (m: string) => void }).skip?.("pipe sessions not in serve() yet");
      return;
    }
    const s = ["--socket", d.socketPath];
    const id = (await run([...s, "spawn", "--", "sh", "-c", "sleep 0.3; echo hi"])).out.trim();
    const r = await run([...s, "--json", "attach", id]);
    assert.equal(r.code, 0, r.err);
    const events = r.out.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(events[0], { event: "output", text: "hi\n" });
    assert.ok(["eof", "exit"].includes(events[events.length - 1].event));
  });
});

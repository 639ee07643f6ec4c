// The CLI's daemon lifecycle: `rp status` (pid, socket and state paths), `rp shutdown` (waits
// until the daemon is gone), `rp run` announcing the daemon it starts, `rp terminate` printing
// the outcome, errors as one JSON object under --json, and --help naming the real default
// socket. In-process (`main`) against real daemons.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import process from "node:process";
import { type CliIO, main } from "../src/cli/main.ts";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { serve } from "../src/daemon/server.ts";
import { delay, startDaemon, tempDir } from "./helpers/rp_fixtures.ts";

const SLOW = { timeout: 40_000 };

async function run(
  argv: string[],
  io: Partial<CliIO> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const dec = new TextDecoder();
  const code = await main(argv, {
    env: { PATH: process.env.PATH },
    ...io,
    stdout: { isTTY: false, write: (c) => void (out += typeof c === "string" ? c : dec.decode(c)) },
    stderr: { write: (c) => void (err += typeof c === "string" ? c : dec.decode(c)) },
  });
  return { code, out, err };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("rp daemon lifecycle", () => {
  test("run passes a piped stdin on to the command; a terminal is not read", SLOW, async () => {
    await using d = await startDaemon();
    const enc = new TextEncoder();
    const piped = (chunks: string[], endless = false) => ({
      isTTY: false,
      async *[Symbol.asyncIterator]() {
        for (const c of chunks) yield enc.encode(c);
        if (endless) await new Promise(() => {}); // open, never written again
      },
    });
    const script = 'read first; echo "first [$first]"; cat; echo end';
    const r = await run(["--socket", d.socketPath, "run", "--", "sh", "-c", script], {
      stdin: piped(["one\ntw", "o\n", "three"]),
    });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, "first [one]\ntwo\nthreeend\n");
    // 3 MiB, more than one request's worth, arrives whole.
    const big = "x".repeat(3 * 1024 * 1024);
    const counted = await run(["--socket", d.socketPath, "run", "--", "wc", "-c"], {
      stdin: piped([big.slice(0, 100), big.slice(100)]),
    });
    assert.equal(counted.out.trim(), String(big.length));
    // A command that does not read its stdin ends the run while ours stays open.
    const quick = await run(["--socket", d.socketPath, "run", "--", "sh", "-c", "exit 3"], {
      stdin: piped(["data\n"], true),
    });
    assert.equal(quick.code, 3, quick.err);
    const tty = await run(
      [
        "--socket",
        d.socketPath,
        "run",
        "--",
        "sh",
        "-c",
        "if read a; then echo got; else echo eof; fi",
      ],
      {
        stdin: {
          isTTY: true,
          async *[Symbol.asyncIterator]() {
            yield enc.encode("typed\n");
          },
        },
      },
    );
    assert.equal(tty.out, "eof\n");
  });

  test(
    "run: a slow reader gets every byte; a reader gone ends the command (141)",
    SLOW,
    async () => {
      await using d = await startDaemon();
      let got = 0;
      let err = "";
      const slow = await main([
        "--socket",
        d.socketPath,
        "run",
        "--",
        "head",
        "-c",
        "8000000",
        "/dev/zero",
      ], {
        env: { PATH: process.env.PATH },
        stdout: {
          isTTY: false,
          write: async (c) => {
            got += typeof c === "string" ? c.length : c.length;
            await delay(1); // about 64 KiB per millisecond at most
          },
        },
        stderr: { write: (c) => void (err += String(c)) },
      });
      assert.equal(slow, 0, err);
      assert.equal(got, 8_000_000);
      assert.equal(err, "", "nothing missed");
      // `rp run -- yes | head -c 10`: the reader goes away after the first write.
      let writes = 0;
      const gone = await main(["--socket", d.socketPath, "run", "--", "yes"], {
        env: { PATH: process.env.PATH },
        stdout: {
          isTTY: false,
          write: () => {
            if (++writes > 1) throw new Error("write EPIPE");
          },
        },
        stderr: { write: () => {} },
      });
      assert.equal(gone, 141);
      // The command was terminated (TERMINATE does not wait for the exit: poll a moment).
      type Row = { command: string; state: string };
      const yesRows = async () =>
        (JSON.parse((await run(["--socket", d.socketPath, "--json", "sessions"])).out)
          .sessions as Row[]).filter((r) => r.command === "yes");
      let rows = await yesRows();
      for (let i = 0; i < 100 && rows.some((r) => r.state !== "exited"); i++) {
        await delay(50);
        rows = await yesRows();
      }
      assert.equal(rows.length, 1);
      assert.equal(rows[0].state, "exited");
    },
  );

  test("status shows the daemon's pid, socket and state paths", SLOW, async () => {
    await using d = await startDaemon();
    const json = await run(["--socket", d.socketPath, "--json", "status"]);
    assert.equal(json.code, 0, json.err);
    const s = JSON.parse(json.out);
    assert.equal(s.pid, process.pid); // serve() runs in this process
    assert.equal(s.socketPath, d.socketPath);
    assert.equal(s.dbPath, `${d.dir}/tracked.json`);
    assert.equal(s.journalPath, `${d.dir}/d/s.sessions.json`);
    assert.equal(s.lockPath.startsWith(`${d.dir}/d/s`), true, s.lockPath);
    const human = await run(["--socket", d.socketPath, "status"]);
    assert.equal(human.code, 0, human.err);
    const row = (k: string) => human.out.split("\n").find((l) => l.startsWith(k + " "))?.trim();
    assert.match(row("pid") ?? "", new RegExp(`^pid\\s+${process.pid}$`));
    assert.match(row("socket") ?? "", new RegExp(`${d.socketPath}$`));
    assert.match(row("journal") ?? "", /s\.sessions\.json$/);
    assert.match(row("lock") ?? "", new RegExp(`${s.lockPath}$`));
  });

  test("shutdown stops the daemon and returns once it is gone", SLOW, async () => {
    const dir = tempDir();
    const socketPath = `${dir}/d/s.sock`;
    const server = await serve({ socketPath, dbPath: `${dir}/tracked.json` });
    try {
      const r = await run(["--socket", socketPath, "shutdown"]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, `stopped the daemon (pid ${process.pid}) on ${socketPath}\n`);
      await server.finished;
      assert.equal(fs.existsSync(socketPath), false, "socket removed");
      const again = await run(["--socket", socketPath, "--json", "shutdown"]);
      assert.equal(again.code, 1);
      assert.equal(again.out, "");
      const e = JSON.parse(again.err);
      assert.equal(e.code, "CONNECT");
      assert.match(e.message, /cannot connect/);
    } finally {
      await server.shutdown().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test(
    "run says on stderr that it started a daemon; shutdown stops that process",
    SLOW,
    async () => {
      const dir = tempDir();
      const socketPath = `${dir}/d/s.sock`;
      let pid = 0;
      try {
        const r = await run(["--socket", socketPath, "run", "--", "sh", "-c", "echo hi"]);
        assert.equal(r.code, 0, r.err);
        assert.equal(r.out, "hi\n");
        const m = r.err.match(/^rp: started a daemon \(pid (\d+)\) on unix:(\S+)\n/);
        assert.ok(m, `announcement on stderr, got ${JSON.stringify(r.err)}`);
        pid = Number(m[1]);
        assert.equal(m[2], socketPath);
        assert.ok(alive(pid), "the started daemon runs");
        // A second run finds it running: no announcement.
        const second = await run(["--socket", socketPath, "run", "--", "true"]);
        assert.equal(second.code, 0, second.err);
        assert.equal(second.err, "");
        const st = JSON.parse((await run(["--socket", socketPath, "--json", "status"])).out);
        assert.equal(st.pid, pid);
        const down = await run(["--socket", socketPath, "--json", "shutdown"]);
        assert.equal(down.code, 0, down.err);
        assert.deepEqual(JSON.parse(down.out), { stopped: true, pid, socketPath });
        for (let i = 0; i < 200 && alive(pid); i++) await delay(25);
        assert.equal(alive(pid), false, "the daemon process exited");
      } finally {
        if (pid && alive(pid)) process.kill(pid, "SIGKILL");
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test("terminate waits for the session and prints how it ended", SLOW, async () => {
    await using d = await startDaemon();
    await using c = await DaemonClient.connect({ socketPath: d.socketPath });
    const a = await c.spawnPipeSessionRaw({ argv: ["sleep", "30"] });
    const r = await run(["--socket", d.socketPath, "terminate", a.sessionId, "--grace", "200"]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`^${a.sessionId} exited with code -?\\d+ \\(soft-exit\\)\\n$`));
    const b = await c.spawnPipeSessionRaw({ argv: ["sh", "-c", "trap '' TERM; sleep 30"] });
    await delay(200); // let the trap be set
    const j = await run([
      "--socket",
      d.socketPath,
      "--json",
      "terminate",
      b.sessionId,
      "--grace",
      "150",
    ]);
    assert.equal(j.code, 0, j.err);
    const o = JSON.parse(j.out);
    assert.equal(o.sessionId, b.sessionId);
    assert.equal(o.exited, true);
    assert.equal(o.outcome, "hard-killed");
  });

  test("--json errors are one object with code and message", SLOW, async () => {
    await using d = await startDaemon();
    const usage = await run(["--json", "no-such-command"]);
    assert.equal(usage.code, 2);
    assert.equal(usage.out, "");
    const u = JSON.parse(usage.err);
    assert.equal(u.code, "USAGE");
    assert.equal(typeof u.message, "string");
    const nf = await run(["--socket", d.socketPath, "--json", "logs", "pipe-nope"]);
    assert.equal(nf.code, 1);
    assert.equal(nf.err.trim().split("\n").length, 1);
    const e = JSON.parse(nf.err);
    assert.equal(e.code, "DAEMON");
    assert.equal(e.status, "STATUS_CODE_NOT_FOUND");
    assert.match(e.message, /not found/);
    // Without --json: the one human line.
    assert.match((await run(["--socket", d.socketPath, "logs", "pipe-nope"])).err, /^rp: /);
    // A program that cannot start is named, as a spawn error (not the daemon's INTERNAL).
    for (const cmd of ["run", "spawn"]) {
      const missing = await run(["--socket", d.socketPath, "--json", cmd, "--", "rp-no-such-prog"]);
      assert.equal(missing.code, 1);
      assert.deepEqual(JSON.parse(missing.err), {
        code: "SPAWN_FAILED",
        message: 'failed to spawn "rp-no-such-prog": executable not found in PATH',
      });
    }
    // A `--json` inside the child's argv is the child's.
    // (/proc/nope cannot hold a socket: the daemon `run` starts exits at once.)
    const child = await run(["--socket", "/proc/nope/s.sock", "run", "--", "echo", "--json"]);
    assert.equal(child.code, 1);
    assert.match(child.err.trimEnd().split("\n").at(-1)!, /^rp: cannot connect/);
  });

  test("--help names the real default socket", async () => {
    const env = { PATH: process.env.PATH, XDG_RUNTIME_DIR: "/run/user/4242" };
    const r = await run(["--help"], { env });
    assert.equal(r.code, 0);
    assert.ok(r.out.includes("(default: /run/user/4242/running-process/daemon.sock)"), r.out);
    assert.ok(!r.out.includes("{DEFAULT_SOCKET}") && !r.out.includes("$XDG_RUNTIME_DIR"));
    const scoped = await run(["--scope", "ci", "--help"], { env });
    assert.ok(scoped.out.includes("/run/user/4242/running-process/daemon-ci.sock"), scoped.out);
  });
});

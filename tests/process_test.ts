/**
 * Tests of the process adapter room (`src/process/`): pipe children, PTY children and the
 * `/proc` helpers. Runs under `deno test -A` and `bun test` alike (node:test API only).
 *
 * @module
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import process from "node:process";
import {
  isAlive,
  isZombie,
  listChildren,
  listDescendants,
  processExists,
  readCmdline,
  readProcStat,
} from "../src/process/proc.ts";
import { spawnPipe } from "../src/process/spawn.ts";
import { ptySupport, spawnPty } from "../src/process/pty.ts";
import { ptyExitCode } from "../src/process/types.ts";
import type {
  ChildProcessHandle,
  PipeBackend,
  PtyBackend,
  PtyHandle,
} from "../src/process/types.ts";
import { SpawnError, StdinClosedError } from "../src/process/errors.ts";
import { RunningProcessError } from "../src/errors.ts";
import {
  ByteQueue,
  exitInfoOf,
  resolveExecutable,
  shellQuote,
  signalNumber,
} from "../src/process/_util.ts";

const T = { timeout: 20000 };
const enc = new TextEncoder();
const dec = new TextDecoder();
const PATH = "/usr/local/bin:/usr/bin:/bin";
const isBun = (globalThis as { Bun?: unknown }).Bun !== undefined;

async function collect(it: AsyncIterable<Uint8Array> | null): Promise<Uint8Array> {
  if (it === null) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const c of it) {
    parts.push(c.slice());
    n += c.length;
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Runs a child to completion: stdout, stderr and exit info. */
async function run(child: ChildProcessHandle) {
  await child.closeStdin();
  const [out, err, exit] = await Promise.all([
    collect(child.stdout),
    collect(child.stderr),
    child.exited,
  ]);
  return { out, err, exit, text: dec.decode(out), errText: dec.decode(err) };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitUntil(cond: () => boolean, ms = 5000, what = "condition"): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

function parseEnv0(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of dec.decode(bytes).split("\0")) {
    if (entry === "") continue;
    const i = entry.indexOf("=");
    out[entry.slice(0, i)] = entry.slice(i + 1);
  }
  return out;
}

/** Lets any stray 'error' event or rejection surface before the test ends. */
async function settle(): Promise<void> {
  await sleep(20);
}

// ---------------------------------------------------------------------------------------------
// Pipe children

const pipeBackends: PipeBackend[] = ["auto", "node"];

for (const backend of pipeBackends) {
  describe(`spawnPipe (backend ${backend})`, () => {
    const spawn = (
      argv: string[],
      more: { cwd?: string; mergeStderr?: boolean; env?: Record<string, string> } = {},
    ) =>
      spawnPipe({
        argv,
        env: more.env ?? { PATH },
        cwd: more.cwd,
        mergeStderr: more.mergeStderr,
        backend,
      });

    test("stdout is byte-faithful: a\\r\\n\\nb without trailing newline", T, async () => {
      const r = await run(spawn(["printf", "a\\r\\n\\nb"]));
      assert.deepEqual([...r.out], [0x61, 0x0d, 0x0a, 0x0a, 0x62]);
      assert.equal(r.err.length, 0);
      assert.deepEqual(r.exit, { code: 0, signal: null, exitCode: 0 });
    });

    test("all 256 byte values and 1 MiB round-trip through cat", T, async () => {
      const payload = new Uint8Array(1 << 20);
      for (let i = 0; i < payload.length; i++) payload[i] = (i * 131 + (i >> 8)) & 0xff;
      const child = spawn(["cat"]);
      const outP = collect(child.stdout);
      assert.equal(await child.writeStdin(payload.subarray(0, 256)), 256);
      assert.equal(await child.writeStdin(payload.subarray(256)), payload.length - 256);
      await child.closeStdin();
      const [out, , exit] = await Promise.all([outP, collect(child.stderr), child.exited]);
      assert.equal(out.length, payload.length);
      assert.ok(out.every((b, i) => b === payload[i]));
      assert.equal(exit.exitCode, 0);
    });

    test("stderr is separate", T, async () => {
      const r = await run(spawn(["sh", "-c", "echo out; echo err >&2; printf tail"]));
      assert.equal(r.text, "out\ntail");
      assert.equal(r.errText, "err\n");
    });

    test("merged stderr keeps the byte order and has no stderr stream", T, async () => {
      const child = spawn(
        ["sh", "-c", "echo 1; echo 2 >&2; printf 3; printf 4 >&2; echo 5; echo 6 >&2"],
        { mergeStderr: true },
      );
      assert.equal(child.stderr, null);
      const r = await run(child);
      assert.equal(r.text, "1\n2\n345\n6\n");
      assert.equal(r.exit.exitCode, 0);
    });

    test("merged stderr keeps the program's pid and process group", T, async () => {
      const child = spawn(["sh", "-c", "echo $$; ps -o pgid= -p $$ 2>/dev/null || echo $$"], {
        mergeStderr: true,
      });
      const r = await run(child);
      const [pid, pgid] = r.text.trim().split(/\s+/).map(Number);
      assert.equal(pid, child.pid);
      assert.equal(pgid, child.pid);
    });

    test("stdin write + close: cat sees EOF; later writes fail with STDIN_CLOSED", T, async () => {
      const child = spawn(["cat"]);
      assert.equal(await child.writeStdin(new Uint8Array(0)), 0);
      assert.equal(await child.writeStdin(enc.encode("hello ")), 6);
      assert.equal(await child.writeStdin(enc.encode("world")), 5);
      await child.closeStdin();
      await child.closeStdin(); // idempotent
      const [out, , exit] = await Promise.all([
        collect(child.stdout),
        collect(child.stderr),
        child.exited,
      ]);
      assert.equal(dec.decode(out), "hello world");
      assert.equal(exit.exitCode, 0);
      await assert.rejects(child.writeStdin(enc.encode("x")), (e: unknown) => {
        assert.ok(e instanceof StdinClosedError);
        assert.equal(e.code, "STDIN_CLOSED");
        return true;
      });
      await assert.rejects(child.writeStdin(new Uint8Array(0)), StdinClosedError);
    });

    for (const mergeStderr of [false, true]) {
      test(`env is exactly what was given (merged: ${mergeStderr})`, T, async () => {
        const env = {
          PATH,
          "A.B": "dots",
          "X-Y": "dash",
          EMPTY: "",
          MULTI: "line1\nline2",
          QUOTE: `it's "q" $HOME \\`,
          UNI: "héllo ✓",
        };
        const r = await run(spawn(["env", "-0"], { env, mergeStderr }));
        assert.deepEqual(parseEnv0(r.out), env);
      });
    }

    test("env without PATH still finds absolute programs and nothing more", T, async () => {
      const r = await run(spawn(["/usr/bin/env", "-0"], { env: { ONLY: "1" } }));
      assert.deepEqual(parseEnv0(r.out), { ONLY: "1" });
    });

    test("cwd is applied", T, async () => {
      const dir = mkdtempSync(`${tmpdir()}/rp-proc-`);
      try {
        const r = await run(spawn(["pwd", "-P"], { cwd: dir }));
        assert.equal(r.text.trim(), realpathSync(dir));
        const m = await run(spawn(["pwd", "-P"], { cwd: dir, mergeStderr: true }));
        assert.equal(m.text.trim(), realpathSync(dir));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test("exit code 7", T, async () => {
      const r = await run(spawn(["sh", "-c", "exit 7"]));
      assert.deepEqual(r.exit, { code: 7, signal: null, exitCode: 7 });
    });

    test("SIGTERM death gives exitCode -15, SIGKILL -9", T, async () => {
      const a = spawn(["sleep", "100"]);
      assert.equal(a.kill("SIGTERM"), true);
      assert.deepEqual((await run(a)).exit, { code: null, signal: 15, exitCode: -15 });
      assert.equal(a.kill("SIGTERM"), false, "kill after exit reports false");
      const b = spawn(["sleep", "100"]);
      assert.equal(b.kill("SIGKILL"), true);
      assert.deepEqual((await run(b)).exit, { code: null, signal: 9, exitCode: -9 });
      const c = spawn(["sh", "-c", "kill -TERM $$"], { mergeStderr: true });
      assert.equal((await run(c)).exit.exitCode, -15);
    });

    test("the child leads its own process group and session", T, async () => {
      const child = spawn(["sleep", "100"]);
      try {
        await child.ready;
        const st = readProcStat(child.pid);
        assert.ok(st);
        assert.equal(st.pgrp, child.pid);
        assert.equal(st.session, child.pid);
        assert.notEqual(st.pgrp, readProcStat(process.pid)!.pgrp);
      } finally {
        child.signalGroup("SIGKILL");
        await run(child);
      }
    });

    test(
      "signalGroup right after the spawn (before the session exists) still kills",
      T,
      async () => {
        for (let i = 0; i < 20; i++) {
          const child = spawn(["sleep", "100"]);
          assert.equal(child.signalGroup("SIGKILL"), true);
          assert.equal((await run(child)).exit.signal, 9);
        }
      },
    );

    test("signalGroup kills a grandchild; no process is left", T, async () => {
      const child = spawn(["sh", "-c", "sleep 100 & sleep 100"]);
      await waitUntil(() => listDescendants(child.pid).length >= 2, 5000, "two sleeps");
      const tree = [child.pid, ...listDescendants(child.pid)];
      for (const pid of tree) assert.equal(readProcStat(pid)?.pgrp, child.pid);
      assert.equal(child.signalGroup("SIGTERM"), true);
      const r = await run(child);
      assert.equal(r.exit.exitCode, -15);
      // Dead, and reaped (by us or by init): no pid of the tree is left, not even a zombie.
      await waitUntil(() => tree.every((pid) => !processExists(pid)), 10000, "the tree to go");
      assert.equal(child.signalGroup("SIGTERM"), false, "nobody left in the group");
    });

    test("spawn failures throw SpawnError (SPAWN_FAILED) and never crash", T, async () => {
      const cases: Array<[string[], { cwd?: string; mergeStderr?: boolean }, RegExp]> = [
        [["definitely-not-a-binary-xyz"], {}, /definitely-not-a-binary-xyz.*not found/],
        [["definitely-not-a-binary-xyz"], { mergeStderr: true }, /not found/],
        [["./nope/nothing"], {}, /no such file/],
        [["/etc/passwd"], {}, /permission denied/],
        [["ls"], { cwd: "/definitely/not/a/dir" }, /working directory does not exist/],
        [[], {}, /argv must not be empty/],
      ];
      for (const [argv, more, re] of cases) {
        assert.throws(() => spawn(argv, more), (e: unknown) => {
          assert.ok(e instanceof SpawnError, `not a SpawnError: ${e}`);
          assert.ok(e instanceof RunningProcessError);
          assert.equal(e.code, "SPAWN_FAILED");
          assert.match(e.message, re);
          if (argv[0]) assert.ok(e.message.includes(argv[0]));
          return true;
        });
      }
      await settle();
    });

    test("write to an exited child rejects (no crash)", T, async () => {
      const child = spawn(["true"]);
      await Promise.all([collect(child.stdout), collect(child.stderr), child.exited]);
      await assert.rejects(child.writeStdin(new Uint8Array(70000)), (e: unknown) => {
        assert.ok(e instanceof RunningProcessError);
        assert.ok(e.code === "STDIN_WRITE_FAILED" || e.code === "STDIN_CLOSED", e.code);
        return true;
      });
      await child.closeStdin();
      await settle();
    });
  });
}

// ---------------------------------------------------------------------------------------------
// PTY children

/** Consumes PTY output in the background and lets a test wait for text. */
class Screen {
  text = "";
  done: Promise<void>;
  constructor(pty: PtyHandle) {
    this.done = (async () => {
      for await (const c of pty.output) this.text += dec.decode(c, { stream: true });
    })();
  }
  async waitFor(re: RegExp, ms = 5000): Promise<RegExpMatchArray> {
    await waitUntil(() => re.test(this.text), ms, `${re} in ${JSON.stringify(this.text)}`);
    return this.text.match(re)!;
  }
}

const ptyBackends: PtyBackend[] = isBun ? ["bun-terminal", "script"] : ["script"];

describe("ptySupport", () => {
  test("reports a backend on this machine", T, () => {
    const s = ptySupport();
    assert.equal(s.supported, true, s.reason);
    assert.equal(s.backend, isBun ? "bun-terminal" : "script");
    assert.equal(ptySupport("script").supported, true);
    if (!isBun) assert.equal(ptySupport("bun-terminal").supported, false);
  });
});

for (const backend of ptyBackends) {
  describe(`spawnPty (backend ${backend})`, () => {
    const spawn = (argv: string[], rows = 30, cols = 100, env: Record<string, string> = { PATH }) =>
      spawnPty({ argv, env, rows, cols, backend });

    test("tty prints /dev/pts/N and the exit code propagates", T, async () => {
      const pty = await spawn(["sh", "-c", "tty; exit 3"]);
      assert.equal(pty.backend, backend);
      const screen = new Screen(pty);
      const exit = await pty.exited;
      await screen.done;
      assert.match(screen.text, /^\/dev\/pts\/\d+\r\n$/);
      assert.deepEqual(exit, { code: 3, signal: null, exitCode: 3 });
      assert.equal(ptyExitCode(exit), 3);
    });

    test("pid is the program's and it leads its own session", T, async () => {
      const pty = await spawn(["sleep", "100"]);
      try {
        assert.deepEqual(readCmdline(pty.pid), ["sleep", "100"]);
        const st = readProcStat(pty.pid)!;
        assert.equal(st.session, pty.pid);
        assert.notEqual(st.ttyNr, 0);
        assert.equal(st.tpgid, pty.pid);
      } finally {
        pty.kill("SIGKILL");
      }
      assert.deepEqual(await pty.exited, { code: null, signal: 9, exitCode: -9 });
      assert.equal(pty.kill("SIGKILL"), false);
    });

    test("initial size and resize are visible via stty size", T, async () => {
      const pty = await spawn(
        ["sh", "-c", "stty size; read x; stty size; read y; stty size"],
        30,
        100,
      );
      const screen = new Screen(pty);
      await screen.waitFor(/30 100\r\n/);
      assert.deepEqual(pty.size, { rows: 30, cols: 100 });
      await pty.resize(40, 120);
      assert.deepEqual(pty.size, { rows: 40, cols: 120 });
      await pty.write(enc.encode("\n"));
      await screen.waitFor(/40 120\r\n/);
      await pty.resize(0, 90); // 0 keeps the rows
      await pty.write(enc.encode("\n"));
      await screen.waitFor(/40 90\r\n/);
      assert.equal((await pty.exited).exitCode, 0);
    });

    test("input is echoed and read; interrupt kills it", T, async () => {
      const pty = await spawn(["cat"]);
      const screen = new Screen(pty);
      await pty.write(enc.encode("hello\n"));
      await screen.waitFor(/hello\r\nhello\r\n/);
      pty.interrupt();
      const exit = await pty.exited;
      assert.deepEqual(exit, { code: null, signal: 2, exitCode: -2 });
      assert.equal(ptyExitCode(exit), 1, "upstream PTY code for a signal death");
    });

    test("output nobody reads makes the program wait; none of it is lost", T, async () => {
      // 20 MiB, more than any read-ahead; `-opost` keeps the bytes as written.
      const line = "0123456789abcdef\n";
      const total = 20 * 1024 * 1024;
      const pty = await spawn(["sh", "-c", `stty -opost; yes 0123456789abcdef | head -c ${total}`]);
      const finished = await Promise.race([
        pty.exited.then(() => true),
        sleep(3000).then(() => false),
      ]);
      assert.equal(finished, false, "the program finished while nobody read its output");
      let n = 0;
      let bad = -1;
      for await (const c of pty.output) {
        for (let i = 0; i < c.length && bad < 0; i++) {
          if (c[i] !== line.charCodeAt((n + i) % line.length)) bad = n + i;
        }
        n += c.length;
      }
      assert.equal(bad, -1, `unexpected byte at ${bad}`);
      assert.equal(n, total);
      assert.equal(pty.outputDropped ?? 0, 0);
      assert.equal((await pty.exited).exitCode, 0);
    });

    test("interrupt kills sleep", T, async () => {
      const pty = await spawn(["sleep", "100"]);
      const screen = new Screen(pty);
      await sleep(50);
      pty.interrupt();
      assert.equal((await pty.exited).signal, 2);
      await screen.done;
    });

    test("signalTree terminates the whole tree, deepest first", T, async () => {
      // The root (exec'd sleep) does not react to its children dying; the middle shell may
      // exit on its own once its sleep is gone, before its own SIGTERM arrives.
      const pty = await spawn(["sh", "-c", "sh -c 'sleep 100; :' & exec sleep 100"]);
      const screen = new Screen(pty);
      await waitUntil(() => listDescendants(pty.pid).length >= 2, 5000, "the tree");
      await waitUntil(() => readCmdline(pty.pid)?.[0] === "sleep", 5000, "the exec");
      const tree = [pty.pid, ...listDescendants(pty.pid)];
      const n = pty.signalTree("SIGTERM");
      assert.ok(n >= 2 && n <= 3, `signalled ${n}`);
      const exit = await pty.exited;
      assert.equal(exit.signal, 15);
      assert.equal(ptyExitCode(exit), 1);
      await waitUntil(() => tree.every((pid) => !isAlive(pid)), 5000, "the tree to die");
      pty.close();
      await screen.done;
    });

    test("env is exactly what was given", T, async () => {
      const env = { PATH, "A.B": "dots", TERM: "xterm-256color", Q: "it's" };
      const pty = await spawn(["env"], 24, 80, env);
      const screen = new Screen(pty);
      await pty.exited;
      await screen.done;
      const got = Object.fromEntries(
        screen.text.split("\r\n").filter((l) => l).map((
          l,
        ) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      );
      assert.deepEqual(got, env);
    });

    test("cwd is applied", T, async () => {
      const dir = realpathSync(tmpdir());
      const pty = await spawnPty({
        argv: ["pwd", "-P"],
        env: { PATH },
        cwd: dir,
        rows: 0,
        cols: 0,
        backend,
      });
      const screen = new Screen(pty);
      await pty.exited;
      await screen.done;
      assert.equal(screen.text, `${dir}\r\n`);
      assert.deepEqual(pty.size, { rows: 24, cols: 80 });
    });

    test("spawn failure of a missing binary gives SpawnError", T, async () => {
      await assert.rejects(spawn(["definitely-not-a-binary-xyz"]), (e: unknown) => {
        assert.ok(e instanceof SpawnError);
        assert.equal(e.code, "SPAWN_FAILED");
        assert.match(e.message, /definitely-not-a-binary-xyz/);
        return true;
      });
      await assert.rejects(
        spawnPty({
          argv: ["ls"],
          env: { PATH },
          cwd: "/definitely/not/a/dir",
          rows: 0,
          cols: 0,
          backend,
        }),
        SpawnError,
      );
      await settle();
    });

    test("close() hangs up the session and ends the output", T, async () => {
      const pty = await spawn(["sleep", "100"]);
      const screen = new Screen(pty);
      pty.close();
      await screen.done;
      await pty.exited;
      await waitUntil(() => !isAlive(pty.pid), 5000, "the program to die of SIGHUP");
      await assert.rejects(pty.write(enc.encode("x")));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// /proc helpers

describe("proc helpers", () => {
  test("on the test process itself", T, () => {
    const st = readProcStat(process.pid);
    assert.ok(st);
    assert.equal(st.pid, process.pid);
    assert.equal(st.ppid, process.ppid);
    assert.ok(st.state === "R" || st.state === "S", st.state);
    assert.ok(st.startTime > 0);
    assert.ok(st.comm.length > 0);
    assert.equal(processExists(process.pid), true);
    assert.equal(isAlive(process.pid), true);
    assert.equal(isZombie(process.pid), false);
    const argv = readCmdline(process.pid);
    assert.ok(argv && argv.length > 0);
    assert.deepEqual(listChildren(process.pid), []);
  });

  test("unknown pids", T, () => {
    for (const pid of [0, -1, 1.5, 2 ** 30]) {
      assert.equal(readProcStat(pid), undefined);
      assert.equal(processExists(pid), false);
      assert.equal(readCmdline(pid), undefined);
      assert.deepEqual(listChildren(pid), []);
      assert.equal(isZombie(pid), false);
    }
  });

  test("on a spawned tree (children, descendants, cmdline, zombie)", T, async () => {
    // The final `sleep 100` (exec'd, same pid as sh) never reaps `sleep 0.05`: a zombie.
    const child = spawnPipe({
      argv: ["sh", "-c", "sleep 0.05 & sh -c 'sleep 100; :' & exec sleep 100"],
      env: { PATH },
    });
    try {
      await waitUntil(() => listDescendants(child.pid).length >= 3, 5000, "the tree");
      assert.ok(listChildren(process.pid).includes(child.pid));
      const kids = listChildren(child.pid);
      assert.equal(kids.length, 2);
      const desc = listDescendants(child.pid);
      assert.equal(desc.length, 3);
      for (const k of kids) assert.equal(readProcStat(k)?.ppid, child.pid);
      const grand = desc.find((p) => !kids.includes(p))!;
      await waitUntil(() => readCmdline(grand)?.join(" ") === "sleep 100", 5000, "exec");
      assert.ok(kids.includes(readProcStat(grand)!.ppid), "breadth-first: parent listed first");
      await waitUntil(() => readCmdline(child.pid)?.[0] === "sleep", 5000, "exec");
      assert.deepEqual(readCmdline(child.pid), ["sleep", "100"]);
      // Before its exec, the forked child still shows the shell's cmdline: wait.
      let shortSleep = 0;
      await waitUntil(
        () => {
          shortSleep = kids.find((k) => readCmdline(k)?.[1] === "0.05" || isZombie(k)) ?? 0;
          return shortSleep > 0;
        },
        5000,
        "the short sleep",
      );
      await waitUntil(() => isZombie(shortSleep), 5000, "a zombie");
      assert.equal(processExists(shortSleep), true);
      assert.equal(isAlive(shortSleep), false);
      assert.deepEqual(readCmdline(shortSleep), []);
    } finally {
      child.signalGroup("SIGKILL");
      await run(child);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Small helpers

describe("process helpers", () => {
  test("exit info and the upstream PTY code", T, () => {
    assert.deepEqual(exitInfoOf(0, null), { code: 0, signal: null, exitCode: 0 });
    assert.deepEqual(exitInfoOf(143, "SIGTERM"), { code: null, signal: 15, exitCode: -15 });
    assert.deepEqual(exitInfoOf(null, 9), { code: null, signal: 9, exitCode: -9 });
    assert.equal(ptyExitCode({ code: 0, signal: null, exitCode: 0 }), 0);
    assert.equal(ptyExitCode({ code: null, signal: 2, exitCode: -2 }), 1);
    assert.equal(signalNumber("SIGINT"), 2);
    assert.equal(signalNumber("SIGWINCH"), 28);
  });

  test("shellQuote survives sh", T, async () => {
    const nasty = `a'b"c $HOME \\ \n \`x\` ;|&`;
    const r = await run(
      spawnPipe({ argv: ["sh", "-c", `printf %s ${shellQuote(nasty)}`], env: { PATH } }),
    );
    assert.equal(r.text, nasty);
  });

  test("resolveExecutable follows env.PATH and reports the reason", T, () => {
    assert.match(resolveExecutable("sh", { PATH: "/nonexistent:/bin" }, undefined), /^\/bin\/sh$/);
    assert.throws(
      () => resolveExecutable("sh", { PATH: "/nonexistent" }, undefined),
      /not found in PATH/,
    );
    assert.throws(() => resolveExecutable("/etc/passwd", {}, undefined), /permission denied/);
    assert.equal(resolveExecutable("./sh", {}, "/bin"), "/bin/./sh");
  });

  test("a PATH lookup seen a moment ago still notices a removed or replaced program", T, () => {
    const dir = mkdtempSync(`${tmpdir()}/rp-path-`);
    const early = mkdtempSync(`${tmpdir()}/rp-path-early-`);
    try {
      const prog = `${dir}/rp-tool`;
      writeFileSync(prog, "#!/bin/sh\n", { mode: 0o755 });
      const env = { PATH: `${early}:${dir}` };
      assert.equal(resolveExecutable("rp-tool", env, undefined), prog);
      assert.equal(resolveExecutable("rp-tool", env, undefined), prog, "again, from the cache");
      chmodSync(prog, 0o644);
      assert.throws(() => resolveExecutable("rp-tool", env, undefined), /permission denied/);
      rmSync(prog);
      assert.throws(() => resolveExecutable("rp-tool", env, undefined), /not found in PATH/);
      // A program in an earlier directory wins as soon as the lookup is walked again.
      writeFileSync(prog, "#!/bin/sh\n", { mode: 0o755 });
      writeFileSync(`${early}/rp-tool`, "#!/bin/sh\n", { mode: 0o755 });
      assert.equal(resolveExecutable("rp-tool", env, undefined), `${early}/rp-tool`);
      // An empty PATH entry is the working directory, which differs between lookups.
      assert.equal(resolveExecutable("rp-tool", { PATH: "" }, dir), `${dir}/rp-tool`);
      assert.equal(resolveExecutable("rp-tool", { PATH: "" }, early), `${early}/rp-tool`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(early, { recursive: true, force: true });
    }
  });

  test("inheritEnv applies env over this process's environment", T, async () => {
    process.env.RP_PARENT_ONLY = "parent";
    process.env.RP_OVERRIDDEN = "parent";
    try {
      for (const mergeStderr of [false, true]) {
        const r = await run(spawnPipe({
          argv: ["sh", "-c", 'printf "%s|%s|%s" "$RP_PARENT_ONLY" "$RP_OVERRIDDEN" "$RP_NEW"'],
          env: { RP_OVERRIDDEN: "child", RP_NEW: "new" },
          inheritEnv: true,
          mergeStderr,
        }));
        assert.equal(r.text, "parent|child|new", `mergeStderr ${mergeStderr}`);
      }
      const clear = await run(spawnPipe({
        argv: ["sh", "-c", 'printf "%s|%s" "$RP_PARENT_ONLY" "$RP_NEW"'],
        env: { PATH, RP_NEW: "new" },
      }));
      assert.equal(clear.text, "|new", "without inheritEnv the child gets env alone");
    } finally {
      delete process.env.RP_PARENT_ONLY;
      delete process.env.RP_OVERRIDDEN;
    }
  });

  test("ByteQueue hands chunks out in order, once", T, async () => {
    const q = new ByteQueue();
    q.push(new Uint8Array([1]));
    const it = q[Symbol.asyncIterator]();
    assert.throws(() => q[Symbol.asyncIterator](), TypeError);
    assert.deepEqual((await it.next()).value, new Uint8Array([1]));
    const pending = it.next();
    q.push(new Uint8Array([2, 3]));
    assert.deepEqual((await pending).value, new Uint8Array([2, 3]));
    q.end();
    q.push(new Uint8Array([4]));
    assert.equal((await it.next()).done, true);
  });
});

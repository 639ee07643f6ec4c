// Daemon lifecycle: who owns a socket (a busy or stopped daemon keeps it; a dead one's is
// taken over), what happens to sessions when the daemon dies (SIGKILL: the next daemon on
// the socket terminates the orphaned process trees, or keeps them findable and killable),
// and clean shutdowns (SIGTERM/SIGINT/SIGHUP of `rp serve`, SHUTDOWN) that leave no child
// or grandchild behind. Daemons run as child processes of the current runtime.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import process from "node:process";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { ConnectError, ConnectionClosedError } from "../src/errors.ts";
import { DaemonStartError, serve } from "../src/daemon/server.ts";
import { journalPathOf } from "../src/daemon/lifecycle/session_journal.ts";
import { acquireSocketLock, lockPathOf } from "../src/daemon/lifecycle/socket_lock.ts";
import { daemonCommand } from "../src/process/daemon_spawn.ts";
import { listDescendants, readProcStat } from "../src/process/proc.ts";
import { ptySupport } from "../src/process/pty.ts";

const SLOW = { timeout: 60_000 };
const CLI = new URL("../src/cli/main.ts", import.meta.url).href;
const PATH = { key: "PATH", value: "/usr/bin:/bin" };
/** A process tree: the shell, a background sleep and a foreground one. */
const TREE = ["/bin/sh", "-c", "sleep 300 & sleep 300"];
/** A shell that exits at once, leaving a background sleep in its group. */
const LEFTOVER = ["/bin/sh", "-c", "sleep 300 & exit 0"];

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function until(cond: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await sleep(25);
  }
  return await cond();
}

/** A process identity that survives pid reuse. */
interface Proc {
  pid: number;
  startTime: number;
}

function identify(pid: number): Proc | undefined {
  const st = readProcStat(pid);
  return st === undefined ? undefined : { pid, startTime: st.startTime };
}

/** The processes of `procs` still running (same pid and start time, not a zombie). */
function survivors(procs: readonly Proc[]): Proc[] {
  return procs.filter((p) => {
    const st = readProcStat(p.pid);
    return st !== undefined && st.startTime === p.startTime && st.state !== "Z";
  });
}

/** A session pid and its descendants, once the tree has `size` processes. */
async function treeOf(pid: number, size: number): Promise<Proc[]> {
  let procs: Proc[] = [];
  await until(() => {
    procs = [pid, ...listDescendants(pid)].map(identify).filter((p) => p !== undefined);
    return procs.length >= size;
  }, 10_000);
  assert.equal(procs.length, size, `tree of ${pid}: ${JSON.stringify(procs)}`);
  return procs;
}

function tempDir(): string {
  return fs.mkdtempSync("/tmp/rp-lc-");
}

/** `rp serve` in a child process of the current runtime. */
interface DaemonProcess {
  pid: number;
  child: ChildProcess;
  exited: Promise<number | string>;
  /** What it wrote to stderr so far. */
  stderr(): string;
}

async function startDaemonProcess(
  dir: string,
  socketPath: string,
  extra: string[] = [],
): Promise<DaemonProcess> {
  const [bin, ...args] = daemonCommand({ cliPath: CLI, socketPath });
  const child = spawn(bin!, [...args, ...extra], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, XDG_STATE_HOME: `${dir}/state` },
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? signal ?? -1));
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (b: Uint8Array) => (out += new TextDecoder().decode(b)));
  child.stderr!.on("data", (b: Uint8Array) => (err += new TextDecoder().decode(b)));
  const ready = await Promise.race([
    until(() => out.includes(socketPath), 30_000),
    exited.then(() => false),
  ]);
  assert.ok(ready, `daemon did not start: ${err}`);
  return { pid: child.pid!, child, exited, stderr: () => err };
}

function kill(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch { /* gone */ }
}

/** Kills what a test left behind. */
function cleanup(procs: readonly Proc[], daemons: readonly (DaemonProcess | undefined)[]): void {
  for (const p of survivors(procs)) kill(p.pid, "SIGKILL");
  for (const d of daemons) if (d) kill(d.pid, "SIGKILL");
}

/** Spawns the sessions of the orphan tests; returns every process of their trees. */
async function spawnTrees(client: DaemonClient): Promise<Proc[]> {
  const procs: Proc[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await client.call("spawnPipeSession", {
      argv: TREE,
      env: [PATH],
      environmentPolicy: 3,
    });
    procs.push(...await treeOf(r.pid, 3));
  }
  const left = await client.call("spawnPipeSession", {
    argv: LEFTOVER,
    env: [PATH],
    environmentPolicy: 3,
  });
  // The shell exits; its background sleep lives on in the session's process group.
  let bg: Proc | undefined;
  await until(() => {
    const st = readProcStat(left.pid);
    if (st !== undefined && st.state !== "Z") return false;
    return true;
  }, 10_000);
  for (const name of fs.readdirSync("/proc")) {
    const st = /^\d+$/.test(name) ? readProcStat(Number(name)) : undefined;
    if (st && st.session === left.pid && st.state !== "Z") bg = identify(st.pid);
  }
  assert.ok(bg, "the leftover background process exists");
  procs.push(bg);
  if (ptySupport().supported) {
    const r = await client.call("spawnPtySession", {
      argv: TREE,
      env: [PATH, { key: "TERM", value: "xterm" }],
      environmentPolicy: 3,
    });
    procs.push(...await treeOf(r.pid, 3));
  }
  return procs;
}

describe("socket ownership", () => {
  test(
    "a stopped (SIGSTOP) daemon keeps its socket: a second serve fails with ALREADY_RUNNING",
    SLOW,
    async () => {
      const dir = tempDir();
      const socketPath = `${dir}/d/s.sock`;
      let a: DaemonProcess | undefined;
      try {
        a = await startDaemonProcess(dir, socketPath);
        process.kill(a.pid, "SIGSTOP");
        const err = await serve({ socketPath, dbPath: `${dir}/t.json` }).then(
          async (b) => {
            await b.shutdown();
            return undefined;
          },
          (e) => e,
        );
        assert.ok(err instanceof DaemonStartError, `second serve: ${err}`);
        assert.equal(err.code, "ALREADY_RUNNING");
        assert.match(err.message, new RegExp(`pid ${a.pid}`));
        assert.ok(fs.existsSync(socketPath), "A's socket is still there");
        process.kill(a.pid, "SIGCONT");
        const client = await DaemonClient.connect({ socketPath });
        try {
          assert.ok((await client.status()).socketPath === socketPath);
        } finally {
          await client.close();
        }
        process.kill(a.pid, "SIGTERM");
        assert.equal(await a.exited, 0);
        assert.equal(fs.existsSync(socketPath), false, "socket removed");
        assert.equal(fs.existsSync(lockPathOf(socketPath)), false, "lock removed");
      } finally {
        if (a) kill(a.pid, "SIGCONT");
        cleanup([], [a]);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test("a SIGKILLed daemon's socket and lock are taken over", SLOW, async () => {
    const dir = tempDir();
    const socketPath = `${dir}/d/s.sock`;
    let a: DaemonProcess | undefined;
    try {
      a = await startDaemonProcess(dir, socketPath);
      process.kill(a.pid, "SIGKILL");
      await a.exited;
      assert.ok(fs.existsSync(socketPath) && fs.existsSync(lockPathOf(socketPath)));
      await using b = await serve({ socketPath, dbPath: `${dir}/t.json` });
      const client = await DaemonClient.connect({ socketPath });
      try {
        await client.ping();
      } finally {
        await client.close();
      }
      const [pid] = fs.readFileSync(lockPathOf(socketPath), "utf8").split(" ");
      assert.equal(Number(pid), process.pid);
      await b.shutdown();
      assert.equal(fs.existsSync(lockPathOf(socketPath)), false);
    } finally {
      cleanup([], [a]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("lock files: held by a live process, stale when dead, reused or unreadable", () => {
    const dir = tempDir();
    const socketPath = `${dir}/s.sock`;
    const lock = lockPathOf(socketPath);
    try {
      const self = readProcStat(process.pid)!;
      // Held by this very process: refused.
      fs.writeFileSync(lock, `${process.pid} ${self.startTime}\n`);
      const held = acquireSocketLock(socketPath);
      assert.equal(held.acquired, false);
      // pid 1 exists but started at another time: a reused pid, stale.
      fs.writeFileSync(lock, `1 ${readProcStat(1)!.startTime + 12345}\n`);
      const reused = acquireSocketLock(socketPath);
      assert.ok(reused.acquired);
      assert.equal(fs.readFileSync(lock, "utf8"), `${process.pid} ${self.startTime}\n`);
      // A second acquisition while held fails.
      assert.equal(acquireSocketLock(socketPath).acquired, false);
      reused.lock.release();
      assert.equal(fs.existsSync(lock), false);
      // Garbage is stale too.
      fs.writeFileSync(lock, "not a lock");
      const garbage = acquireSocketLock(socketPath);
      assert.ok(garbage.acquired);
      garbage.lock.release();
      assert.deepEqual(fs.readdirSync(dir), [], "no temporary files left");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("sessions of a crashed daemon", () => {
  test(
    "SIGKILL, then a new daemon on the socket: no process of the session trees survives",
    SLOW,
    async () => {
      const dir = tempDir();
      const socketPath = `${dir}/d/s.sock`;
      let a: DaemonProcess | undefined;
      let b: DaemonProcess | undefined;
      let procs: Proc[] = [];
      try {
        a = await startDaemonProcess(dir, socketPath);
        const client = await DaemonClient.connect({ socketPath });
        try {
          procs = await spawnTrees(client);
        } finally {
          await client.close();
        }
        assert.ok(fs.existsSync(journalPathOf(socketPath)), "the journal exists");
        process.kill(a.pid, "SIGKILL");
        await a.exited;
        await sleep(200);
        // Without a daemon, the pipe trees live on (reparented); PTY trees may get SIGHUP.
        const orphaned = survivors(procs);
        assert.ok(orphaned.length >= 10, `orphans: ${orphaned.length}`);
        b = await startDaemonProcess(dir, socketPath);
        const gone = await until(() => survivors(procs).length === 0, 10_000);
        const left = survivors(procs);
        assert.ok(gone, `orphans left: ${JSON.stringify(left)} of ${procs.length}`);
        // The new daemon serves on, with an empty session list.
        const c2 = await DaemonClient.connect({ socketPath });
        try {
          assert.equal((await c2.call("listPipeSessions", {})).sessions.length, 0);
        } finally {
          await c2.close();
        }
        process.kill(b.pid, "SIGTERM");
        assert.equal(await b.exited, 0);
        assert.equal(fs.existsSync(journalPathOf(socketPath)), false, "journal removed");
      } finally {
        cleanup(procs, [a, b]);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test(
    "orphans: keep lists the survivors in the process registry, KILL_TREE ends them",
    SLOW,
    async () => {
      const dir = tempDir();
      const socketPath = `${dir}/d/s.sock`;
      let a: DaemonProcess | undefined;
      let b: DaemonProcess | undefined;
      let procs: Proc[] = [];
      try {
        a = await startDaemonProcess(dir, socketPath);
        const client = await DaemonClient.connect({ socketPath });
        let leader: number;
        try {
          const r = await client.call("spawnPipeSession", {
            argv: TREE,
            env: [PATH],
            environmentPolicy: 3,
            originator: "lifecycle:keep",
          });
          leader = r.pid;
          procs = await treeOf(r.pid, 3);
        } finally {
          await client.close();
        }
        assert.ok(fs.existsSync(journalPathOf(socketPath)), "the journal exists");
        process.kill(a.pid, "SIGKILL");
        await a.exited;
        b = await startDaemonProcess(dir, socketPath, ["--orphans", "keep"]);
        await sleep(1500); // longer than the terminate grace: nothing is ended
        assert.equal(survivors(procs).length, 3);
        const c2 = await DaemonClient.connect({ socketPath });
        try {
          const { processes } = await c2.call("listActive", {});
          const kept = processes.find((p) => p.pid === leader);
          assert.ok(kept, `listed: ${JSON.stringify(processes)}; ${b.stderr()}`);
          assert.equal(kept.originator, "lifecycle:keep");
          assert.equal(kept.kind, "subprocess");
          await c2.call("killTree", { pid: leader, timeoutSeconds: 5 });
          assert.ok(await until(() => survivors(procs).length === 0, 10_000));
        } finally {
          await c2.close();
        }
        process.kill(b.pid, "SIGTERM");
        assert.equal(await b.exited, 0);
      } finally {
        cleanup(procs, [a, b]);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test("serve rejects an unknown orphan policy with a typed error", async () => {
    const dir = tempDir();
    try {
      const err = await serve({
        socketPath: `${dir}/d/s.sock`,
        orphans: "ignore" as "keep",
      }).then(() => undefined, (e) => e);
      assert.ok(err instanceof DaemonStartError);
      assert.equal(err.code, "INVALID_OPTION");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a session handle whose daemon goes away", () => {
  const gone = (e: unknown) => e instanceof ConnectionClosedError || e instanceof ConnectError;
  for (const sig of ["SIGKILL", "SIGTERM"] as const) {
    test(
      `${sig}: reads, events and wait() fail with ConnectionClosedError, none hangs`,
      SLOW,
      async () => {
        const dir = tempDir();
        const socketPath = `${dir}/d/s.sock`;
        let a: DaemonProcess | undefined;
        let childPid = 0;
        try {
          a = await startDaemonProcess(dir, socketPath);
          const client = await DaemonClient.connect({ socketPath });
          try {
            const s = await client.spawn(["sh", "-c", "while :; do echo tick; sleep 0.1; done"]);
            childPid = s.pid;
            const lines = s.lines("stdout")[Symbol.asyncIterator]();
            assert.equal((await lines.next()).value, "tick");
            let sawExit = false;
            const events = (async () => {
              for await (const e of s.events) if (e.kind === "exited") sawExit = true;
            })().then(() => "resolved", (e) => e);
            const run = client.run(["sleep", "30"]);
            const waited = s.wait();
            process.kill(a.pid, sig);
            const settled = <T>(p: Promise<T>) =>
              Promise.race([
                p.then(() => "resolved", (e) => e),
                new Promise((r) => setTimeout(() => r("still pending after 10 s"), 10_000)),
              ]);
            const readAll = (async () => {
              for (;;) if ((await lines.next()).done) return;
            })();
            const [w, r, l] = await Promise.all([settled(waited), settled(run), settled(readAll)]);
            if (sig === "SIGKILL") {
              for (const [what, got] of [["wait()", w], ["lines()", l]] as const) {
                assert.ok(got instanceof ConnectionClosedError, `${what}: ${got}`);
              }
              // run() may still be opening its streams: then it is the connect that fails.
              assert.ok(gone(r), `run(): ${r}`);
              assert.ok(
                (await events) instanceof ConnectionClosedError,
                "events end with the error",
              );
            } else {
              // A clean shutdown kills the sessions first: their exit may still arrive.
              for (const [what, got] of [["wait()", w], ["run()", r], ["lines()", l]] as const) {
                assert.ok(got === "resolved" || gone(got), `${what}: ${got}`);
              }
              const ended = await Promise.race([events, sleep(10_000).then(() => "pending")]);
              // Ends normally only after `exited`; otherwise with the error.
              if (ended === "resolved") assert.ok(sawExit, "events ended without exited");
              else assert.ok(ended instanceof ConnectionClosedError, String(ended));
            }
          } finally {
            await client.close();
          }
        } finally {
          if (childPid > 0) kill(childPid, "SIGKILL");
          cleanup([], [a]);
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    );
  }
});

describe("a client across a daemon restart", () => {
  test(
    "calls work again once a new daemon listens, a session handle open or not",
    SLOW,
    async () => {
      const dir = tempDir();
      const socketPath = `${dir}/d/s.sock`;
      let a: DaemonProcess | undefined;
      let b: DaemonProcess | undefined;
      try {
        a = await startDaemonProcess(dir, socketPath);
        const client = await DaemonClient.connect({ socketPath });
        try {
          const s = await client.spawn(["sleep", "30"]);
          const waited = s.wait().then(() => "resolved", (e) => e);
          process.kill(a.pid, "SIGTERM");
          await a.exited;
          // The handle learns of it (its own probe must not break the client).
          assert.notEqual(await waited, undefined);
          // Nothing listens: a call fails to connect.
          const down = await client.ping().then(() => undefined, (e) => e);
          assert.ok(down instanceof ConnectError, String(down));
          b = await startDaemonProcess(dir, socketPath);
          await client.ping();
          assert.equal(client.isClosed, false);
          assert.equal((await client.run(["echo", "again"])).stdout, "again\n");
          await s.close();
        } finally {
          await client.close();
        }
      } finally {
        cleanup([], [a, b]);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe("clean shutdowns leave nothing behind", () => {
  for (const sig of ["SIGHUP", "SIGINT", "SIGTERM"] as const) {
    test(
      `${sig} to rp serve: sessions reaped, socket, lock and journal removed`,
      SLOW,
      async () => {
        const dir = tempDir();
        const socketPath = `${dir}/d/s.sock`;
        let a: DaemonProcess | undefined;
        let procs: Proc[] = [];
        try {
          a = await startDaemonProcess(dir, socketPath);
          const client = await DaemonClient.connect({ socketPath });
          try {
            procs = await spawnTrees(client);
          } finally {
            await client.close();
          }
          process.kill(a.pid, sig);
          assert.equal(await a.exited, 0, `exit status after ${sig}`);
          assert.equal(fs.existsSync(socketPath), false, "socket removed");
          assert.equal(fs.existsSync(lockPathOf(socketPath)), false, "lock removed");
          assert.equal(fs.existsSync(journalPathOf(socketPath)), false, "journal removed");
          const gone = await until(() => survivors(procs).length === 0, 5_000);
          assert.ok(gone, `left: ${JSON.stringify(survivors(procs))} of ${procs.length}`);
        } finally {
          cleanup(procs, [a]);
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    );
  }

  test("SHUTDOWN ends live sessions' trees and exited sessions' leftovers", SLOW, async () => {
    const dir = tempDir();
    const socketPath = `${dir}/d/s.sock`;
    let procs: Proc[] = [];
    const daemon = await serve({ socketPath, dbPath: `${dir}/t.json` });
    try {
      const client = await DaemonClient.connect({ socketPath });
      try {
        procs = await spawnTrees(client);
        await client.shutdown();
      } finally {
        await client.close();
      }
      await daemon.finished;
      // Everything is gone when `finished` resolves (zombies of our own children aside).
      assert.deepEqual(survivors(procs), []);
    } finally {
      await daemon.shutdown();
      cleanup(procs, []);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

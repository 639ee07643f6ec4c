// The process-registry RPCs over a real socket: REGISTER, UNREGISTER, SPAWN_DAEMON,
// LIST_ACTIVE, LIST_BY_ORIGINATOR, GET_PROCESS_TREE, KILL_TREE, KILL_ZOMBIES, the persisted
// SQLite store (restart, corrupt file, legacy JSON import, transactional writes) and STATUS.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import process from "node:process";
import { DatabaseSync } from "node:sqlite";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { DaemonError } from "../src/errors.ts";
import { type DaemonServer, serve } from "../src/daemon/server.ts";
import { ProcessState, StatusCode } from "../proto_gen/daemon_pb.ts";

const SLOW = { timeout: 30000 };
const NO_SUCH_PID = 4_000_000; // above any pid_max

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface Proc {
  state: string;
  ppid: number;
  startTime: number;
}

/** `/proc/<pid>/stat`, read by the test itself. */
function proc(pid: number): Proc | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { state: f[0]!, ppid: Number(f[1]), startTime: Number(f[19]) };
}

/** Gone, or a zombie waiting for its reaper. */
function isDead(pid: number): boolean {
  const p = proc(pid);
  return p === undefined || p.state === "Z" || p.state === "X";
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  for (let i = -1; i < out.length; i++) out.push(...childrenOf(i < 0 ? pid : out[i]!));
  return out;
}

async function waitForTree(client: DaemonClient, root: number, kids: number[]) {
  const end = Date.now() + 10000;
  for (;;) {
    const t = await client.getProcessTree({ pid: root });
    if (
      kids.every((k) => t.treeDisplay.includes(`(pid=${k})`) && t.treeDisplay.includes("sleep 3"))
    ) {
      return t;
    }
    if (Date.now() > end) throw new Error(`tree incomplete: ${t.treeDisplay}`);
    await sleep(20);
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    if (proc(Number(name))?.ppid === pid) out.push(Number(name));
  }
  return out.sort((a, b) => a - b);
}

async function waitFor<T>(what: string, f: () => T | undefined | false, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Starts `sh -c script` as a child of the test process. */
function startShell(script: string): ChildProcess & { pid: number } {
  const c = spawn("/bin/sh", ["-c", script], { stdio: "ignore" });
  c.on("error", () => {});
  assert.ok(c.pid !== undefined, "spawned");
  return c as ChildProcess & { pid: number };
}

function killQuietly(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, "SIGKILL");
  } catch { /* gone */ }
}

function tempDir(): string {
  return mkdtempSync("/tmp/rp-");
}

interface Fixture {
  daemon: DaemonServer;
  client: DaemonClient;
  dbPath: string;
}

/** The rows of table `tracked_processes`, read by the test itself. */
function dbRows(dbPath: string): { pid: number; command: string }[] {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    return db.prepare("SELECT pid, command FROM tracked_processes ORDER BY pid").all() as {
      pid: number;
      command: string;
    }[];
  } finally {
    db.close();
  }
}

async function start(dbPath = `${tempDir()}/state/tracked-pids.sqlite3`): Promise<Fixture> {
  const daemon = await serve({ socketPath: `${tempDir()}/d/s.sock`, dbPath });
  const client = await DaemonClient.connect({ socketPath: daemon.socketPath });
  return { daemon, client, dbPath };
}

async function stop(f: Fixture): Promise<void> {
  await f.client.close().catch(() => {});
  await f.daemon.shutdown();
}

async function withDaemon(
  fn: (f: Fixture) => Promise<void>,
  dbPath?: string,
): Promise<void> {
  const f = await start(dbPath);
  try {
    await fn(f);
  } finally {
    await stop(f);
  }
}

async function rejectsWith(p: Promise<unknown>, status: number, message: string) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof DaemonError, `DaemonError expected, got ${e}`);
    assert.equal(e.status, status, e.message);
    assert.equal(e.daemonMessage, message);
    return true;
  });
}

function reg(pid: number, extra: Record<string, unknown> = {}) {
  return {
    pid,
    createdAt: 1000.5,
    kind: "subprocess",
    command: `cmd-${pid}`,
    cwd: "/tmp",
    originator: "tool:unit",
    containment: "contained",
    ...extra,
  };
}

const INVALID = StatusCode.STATUS_CODE_INVALID_ARGUMENT;

describe("daemon process registry", () => {
  test("validation messages", SLOW, async () => {
    await withDaemon(async ({ client }) => {
      for (
        const field of [
          "register",
          "unregister",
          "spawnDaemon",
          "listByOriginator",
          "getProcessTree",
          "killTree",
          "killZombies",
        ] as const
      ) {
        const snake = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
        await rejectsWith(client.call(field, undefined), INVALID, `missing ${snake} payload`);
      }
      await rejectsWith(client.register(reg(0)), INVALID, "pid must be > 0");
      await rejectsWith(
        client.register(reg(process.pid, { command: "" })),
        INVALID,
        "command must not be empty",
      );
      await rejectsWith(
        client.unregister({ pid: NO_SUCH_PID }),
        StatusCode.STATUS_CODE_NOT_FOUND,
        `pid ${NO_SUCH_PID} not found in registry`,
      );
      await rejectsWith(
        client.spawnDaemon({ command: "  \t " }),
        INVALID,
        "command must not be empty",
      );
      await rejectsWith(
        client.call("spawnDaemon", { command: "true", environmentPolicy: 9 }),
        INVALID,
        "unknown environment policy",
      );
      await assert.rejects(
        client.spawnDaemon({ command: "true", cwd: "/nonexistent/dir" }),
        (e: unknown) => {
          assert.ok(e instanceof DaemonError);
          assert.equal(e.status, StatusCode.STATUS_CODE_INTERNAL);
          assert.match(e.daemonMessage, /^failed to spawn detached command: .*\/nonexistent\/dir/);
          return true;
        },
      );
      assert.deepEqual(await client.getProcessTree({ pid: NO_SUCH_PID }), {
        treeDisplay: `Process ${NO_SUCH_PID} not found`,
      });
      // Payload-optional: LIST_ACTIVE without a payload.
      assert.deepEqual(await client.call("listActive", undefined), { processes: [] });
      // KILL_TREE of an unknown pid is OK with 0.
      assert.deepEqual(await client.killTree({ pid: NO_SUCH_PID }), { processesKilled: 0 });
    });
  });

  test(
    "REGISTER answers INTERNAL registry error when the file cannot be written",
    SLOW,
    async () => {
      const dir = tempDir();
      writeFileSync(`${dir}/file`, "not a directory");
      await withDaemon(async ({ client }) => {
        await assert.rejects(client.register(reg(process.pid)), (e: unknown) => {
          assert.ok(e instanceof DaemonError);
          assert.equal(e.status, StatusCode.STATUS_CODE_INTERNAL);
          assert.match(e.daemonMessage, /^registry error: cannot write .*tracked-pids\.json: /);
          return true;
        });
        assert.deepEqual((await client.listActive()).processes, []); // rolled back
      }, `${dir}/file/tracked-pids.json`);
    },
  );

  test("register → list → by originator → unregister, STATUS count", SLOW, async () => {
    const a = startShell("exec sleep 30");
    const b = startShell("exec sleep 30");
    try {
      await withDaemon(async ({ client, dbPath }) => {
        const before = Date.now() / 1000;
        await client.register(reg(a.pid, { originator: "codeup:session-a" }));
        await client.register(reg(b.pid, { originator: "other:session-b", kind: "pty" }));
        await client.register(reg(process.pid, { originator: "codeup" })); // no ':' → not "codeup"
        const all = (await client.listActive()).processes;
        assert.deepEqual(all.map((p) => p.pid), [a.pid, b.pid, process.pid]);
        const pa = all[0]!;
        assert.equal(pa.command, `cmd-${a.pid}`);
        assert.equal(pa.kind, "subprocess");
        assert.equal(pa.cwd, "/tmp");
        assert.equal(pa.originator, "codeup:session-a");
        assert.equal(pa.containment, "contained");
        assert.equal(pa.createdAt, 1000.5);
        assert.equal(pa.state, ProcessState.PROCESS_STATE_ALIVE);
        assert.equal(pa.parentAlive, true);
        assert.ok(pa.registeredAt >= before - 1 && pa.registeredAt <= Date.now() / 1000 + 1);
        assert.ok(pa.uptimeSeconds >= 0 && pa.uptimeSeconds < 30);
        assert.ok(pa.lastValidatedAt >= before - 1);
        assert.equal(all[1]!.kind, "pty");

        const byTool = async (tool: string) =>
          (await client.listByOriginator({ tool })).processes.map((p) => p.pid);
        assert.deepEqual(await byTool("codeup"), [a.pid]);
        assert.deepEqual(await byTool("other"), [b.pid]);
        assert.deepEqual(await byTool("nonexistent"), []);

        let status = await client.status();
        assert.equal(status.trackedProcessCount, 3);
        assert.equal(status.dbPath, dbPath);

        // Re-registering a pid replaces its entry.
        await client.register(reg(a.pid, { command: "renamed", originator: "codeup:x" }));
        const again = (await client.listActive()).processes;
        assert.equal(again.length, 3);
        assert.equal(again.find((p) => p.pid === a.pid)!.command, "renamed");

        assert.deepEqual(await client.unregister({ pid: a.pid }), {});
        await rejectsWith(
          client.unregister({ pid: a.pid }),
          StatusCode.STATUS_CODE_NOT_FOUND,
          `pid ${a.pid} not found in registry`,
        );
        assert.deepEqual(await byTool("codeup"), []);
        status = await client.status();
        assert.equal(status.trackedProcessCount, 2);
        assert.deepEqual((await client.listActive()).processes.map((p) => p.pid), [
          b.pid,
          process.pid,
        ]);
      });
    } finally {
      killQuietly(a.pid);
      killQuietly(b.pid);
    }
  });

  test("entries of processes that are gone are pruned from lists and counts", SLOW, async () => {
    const c = startShell("exec sleep 30");
    await withDaemon(async ({ client }) => {
      await client.register(reg(c.pid));
      await client.register(reg(NO_SUCH_PID)); // accepted, but never alive
      assert.deepEqual((await client.listActive()).processes.map((p) => p.pid), [c.pid]);
      killQuietly(c.pid);
      await waitFor("child exit", () => isDead(c.pid) && proc(c.pid) === undefined);
      assert.deepEqual((await client.listActive()).processes, []);
      assert.equal((await client.status()).trackedProcessCount, 0);
    });
  });

  test("the registry survives a daemon restart", SLOW, async () => {
    const c = startShell("exec sleep 30");
    const dbPath = `${tempDir()}/state/tracked-pids.sqlite3`;
    try {
      await withDaemon(async ({ client }) => {
        await client.register(reg(c.pid, { originator: "keep:me" }));
        await client.register(reg(process.pid, { originator: "keep:too" }));
        await client.unregister({ pid: process.pid });
      }, dbPath);
      assert.deepEqual(dbRows(dbPath).map((p) => p.pid), [c.pid]);
      await withDaemon(async ({ client }) => {
        const list = (await client.listActive()).processes;
        assert.equal(list.length, 1);
        assert.equal(list[0]!.pid, c.pid);
        assert.equal(list[0]!.originator, "keep:me");
        assert.equal(list[0]!.createdAt, 1000.5);
        assert.equal((await client.status()).trackedProcessCount, 1);
      }, dbPath);
    } finally {
      killQuietly(c.pid);
    }
  });

  test(
    "a reused pid (other start time) is dropped when the daemon imports a JSON registry",
    SLOW,
    async () => {
      const dir = tempDir();
      const dbPath = `${dir}/tracked-pids.sqlite3`;
      const jsonPath = `${dir}/tracked-pids.json`;
      const me = proc(process.pid)!;
      const bootId = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
      const entry = (startTicks: number) => ({
        pid: process.pid,
        createdAt: 1,
        kind: "subprocess",
        command: "me",
        cwd: "",
        originator: "t:x",
        containment: "contained",
        registeredAt: 2,
        bootId,
        startTicks,
        parentPid: 0,
        parentStartTicks: null,
      });
      const write = (startTicks: number) =>
        writeFileSync(
          jsonPath,
          JSON.stringify({
            format: "running-process-ts/tracked-pids",
            version: 1,
            processes: [entry(startTicks)],
          }),
        );
      write(me.startTime + 1);
      await withDaemon(async ({ client }) => {
        assert.deepEqual((await client.listActive()).processes, []);
      }, dbPath);
      write(me.startTime);
      await withDaemon(async ({ client }) => {
        assert.deepEqual((await client.listActive()).processes.map((p) => p.pid), [process.pid]);
      }, dbPath);
      // Imported once: the JSON file is renamed aside and the rows live in SQLite.
      assert.equal(existsSync(jsonPath), false);
      assert.equal(readdirSync(dir).filter((n) => n.includes(".json.imported-")).length, 2);
      assert.deepEqual(dbRows(dbPath).map((p) => p.pid), [process.pid]);
    },
  );

  test("a corrupt file: the daemon starts empty and keeps the file aside", SLOW, async () => {
    const dir = tempDir();
    const dbPath = `${dir}/tracked-pids.sqlite3`;
    writeFileSync(dbPath, "this is not a database, just some text that is long enough".repeat(4));
    await withDaemon(async ({ client }) => {
      assert.deepEqual((await client.listActive()).processes, []);
      const aside = readdirSync(dir).filter((n) => n.startsWith("tracked-pids.sqlite3.corrupt-"));
      assert.equal(aside.length, 1);
      assert.match(readFileSync(`${dir}/${aside[0]}`, "utf8"), /^this is not a database/);
      await client.register(reg(process.pid));
      assert.equal(dbRows(dbPath).length, 1);
    }, dbPath);
    // An unusable JSON registry of the earlier format is set aside too.
    writeFileSync(`${dir}/tracked-pids.json`, JSON.stringify({ format: "something else" }));
    await withDaemon(async ({ client }) => {
      assert.deepEqual((await client.listActive()).processes.map((p) => p.pid), [process.pid]);
      assert.equal(readdirSync(dir).filter((n) => n.includes(".json.corrupt-")).length, 1);
    }, dbPath);
  });

  test("many concurrent REGISTERs never leave a partial table", SLOW, async () => {
    const kids = Array.from({ length: 12 }, () => startShell("exec sleep 30"));
    try {
      await withDaemon(async ({ daemon, client, dbPath }) => {
        const dir = dbPath.slice(0, dbPath.lastIndexOf("/"));
        const clients = [
          client,
          ...(await Promise.all(
            [1, 2, 3].map(() => DaemonClient.connect({ socketPath: daemon.socketPath })),
          )),
        ];
        try {
          let reads = 0;
          let done = false;
          const reader = (async () => {
            while (!done) {
              if (existsSync(dbPath)) {
                // Transactions are all or nothing: never a duplicate or a half-written row.
                const n = dbRows(dbPath).length;
                assert.ok(n <= kids.length, `torn table: ${n} rows`);
                reads++;
              }
              await new Promise((r) => setTimeout(r, 0));
            }
          })();
          const calls: Promise<unknown>[] = [];
          for (let round = 0; round < 25; round++) {
            for (const [i, k] of kids.entries()) {
              const c = clients[(round + i) % clients.length]!;
              calls.push(c.register(reg(k.pid, { command: `round-${round}` })));
            }
          }
          await Promise.all(calls);
          done = true;
          await reader;
          assert.ok(reads > 0, "the reader saw the file");
          const rows = dbRows(dbPath);
          assert.equal(rows.length, kids.length);
          // Requests on different connections may be served in any order, so each kid's
          // last registration is one of the last rounds (one per client); the table matches
          // what the daemon reports.
          const last = new Set(["round-21", "round-22", "round-23", "round-24"]);
          for (const r of rows) assert.ok(last.has(r.command), r.command);
          const listed = (await client.listActive()).processes;
          assert.deepEqual(
            rows.map((r) => `${r.pid} ${r.command}`),
            listed.map((p) => `${p.pid} ${p.command}`).sort((a, b) =>
              Number(a.split(" ")[0]) - Number(b.split(" ")[0])
            ),
          );
          for (const n of readdirSync(dir)) {
            assert.ok(n.startsWith("tracked-pids.sqlite3"), `stray file ${n}`); // no temp files
          }
          assert.equal((await client.status()).trackedProcessCount, kids.length);
        } finally {
          for (const c of clients.slice(1)) await c.close();
        }
      });
    } finally {
      for (const k of kids) killQuietly(k.pid);
    }
  });

  test("SPAWN_DAEMON: environment, originator, tracking", SLOW, async () => {
    const dir = tempDir();
    process.env.RP_REGISTRY_TEST_DAEMON_ONLY = "daemon-side";
    const spawned: number[] = [];
    try {
      await withDaemon(async ({ client }) => {
        const envOf = async (name: string, req: Record<string, unknown>, clientName?: string) => {
          const out = `${dir}/${name}.env`;
          const res = await client.spawnDaemon(
            { command: `  env > ${out}.tmp && mv ${out}.tmp ${out}; exec sleep 30  `, ...req },
            clientName ? { clientName } : {},
          );
          spawned.push(res.pid);
          await waitFor(`${name} env file`, () => existsSync(out));
          const env = new Map<string, string>();
          for (const line of readFileSync(out, "utf8").split("\n")) {
            const eq = line.indexOf("=");
            if (eq > 0) env.set(line.slice(0, eq), line.slice(eq + 1));
          }
          return { res, env };
        };

        const clear = await envOf("clear", {
          env: [{ key: "FOO", value: "bar" }, { key: "FOO", value: "baz" }, {
            key: "RUNNING_PROCESS_ORIGINATOR",
            value: "overridden",
          }],
          originator: "  tool:x  ",
          environmentPolicy: 3,
          cwd: dir,
        });
        assert.equal(clear.env.get("FOO"), "baz");
        assert.equal(clear.env.get("RUNNING_PROCESS_ORIGINATOR"), "tool:x");
        assert.equal(clear.env.get("RUNNING_PROCESS_IS_DAEMON"), "1");
        assert.equal(clear.env.has("RP_REGISTRY_TEST_DAEMON_ONLY"), false);
        assert.equal(clear.env.get("PWD"), dir);
        const r = clear.res;
        assert.ok(r.pid > 0);
        assert.equal(
          r.command,
          `env > ${dir}/clear.env.tmp && mv ${dir}/clear.env.tmp ${dir}/clear.env; exec sleep 30`,
        );
        assert.equal(r.cwd, dir);
        assert.equal(r.originator, "tool:x");
        assert.equal(r.containment, "detached");
        assert.ok(Math.abs(r.createdAt - Date.now() / 1000) < 5, `createdAt ${r.createdAt}`);
        const st = proc(r.pid)!;
        assert.notEqual(st.ppid, 0);

        // Legacy boolean: clear_inherited_env=false (policy 0) inherits the daemon's env.
        const inherit = await envOf("inherit", { originator: "" }, "my-client");
        assert.equal(inherit.env.get("RP_REGISTRY_TEST_DAEMON_ONLY"), "daemon-side");
        assert.equal(inherit.env.get("RUNNING_PROCESS_ORIGINATOR"), "my-client"); // bare client_name
        assert.equal(inherit.res.originator, "my-client");
        const legacyClear = await envOf("legacy", { clearInheritedEnv: true });
        assert.equal(legacyClear.env.has("RP_REGISTRY_TEST_DAEMON_ONLY"), false);
        const baseline = await envOf("baseline", { environmentPolicy: 2 });
        assert.equal(baseline.env.has("RP_REGISTRY_TEST_DAEMON_ONLY"), false);
        assert.ok(baseline.env.get("HOME"), "USER_BASELINE supplies HOME");
        assert.ok(baseline.env.get("USER"), "USER_BASELINE supplies USER");
        assert.equal(baseline.env.get("RUNNING_PROCESS_IS_DAEMON"), "1");

        const list = (await client.listActive()).processes;
        assert.deepEqual(list.map((p) => p.pid), spawned);
        const tracked = list[0]!;
        assert.equal(tracked.containment, "detached");
        assert.equal(tracked.kind, "subprocess");
        assert.equal(tracked.originator, "tool:x");
        assert.equal(tracked.createdAt, r.createdAt);
        assert.deepEqual(
          (await client.listByOriginator({ tool: "tool" })).processes.map((p) => p.pid),
          [r.pid],
        );
        assert.equal((await client.status()).trackedProcessCount, spawned.length);

        // The entry goes away when the child exits.
        killQuietly(r.pid);
        const end = Date.now() + 10000;
        while ((await client.listActive()).processes.some((p) => p.pid === r.pid)) {
          assert.ok(Date.now() < end, "entry of the killed child removed");
          await sleep(20);
        }
        assert.equal((await client.status()).trackedProcessCount, spawned.length - 1);
      });
    } finally {
      delete process.env.RP_REGISTRY_TEST_DAEMON_ONLY;
      for (const pid of spawned) killQuietly(pid);
    }
  });

  test("GET_PROCESS_TREE shows a real tree (sh → sleep)", SLOW, async () => {
    const sh = startShell("sleep 30 & sleep 31 & wait");
    try {
      const kids = await waitFor("two sleeps", () => {
        const k = childrenOf(sh.pid);
        return k.length === 2 && k.every((p) => proc(p) !== undefined) ? k : undefined;
      });
      await withDaemon(async ({ client }) => {
        const { treeDisplay } = await waitForTree(client, sh.pid, kids);
        const lines = treeDisplay.split("\n");
        assert.equal(lines.length, 3, treeDisplay);
        assert.match(
          lines[0]!,
          new RegExp(`^sh \\(pid=${sh.pid}\\) /bin/sh -c sleep 30 & sleep 31 & wait$`),
        );
        assert.match(lines[1]!, new RegExp(`^├── sleep \\(pid=${kids[0]}\\) sleep 3[01]$`));
        assert.match(lines[2]!, new RegExp(`^└── sleep \\(pid=${kids[1]}\\) sleep 3[01]$`));
      });
    } finally {
      for (const p of childrenOf(sh.pid)) killQuietly(p);
      killQuietly(sh.pid);
    }
  });

  test("KILL_TREE: SIGTERM kills the whole tree quickly, by pid", SLOW, async () => {
    const sh = startShell("sh -c 'sleep 30 & wait' & sleep 30 & wait");
    const tree = await waitFor("tree of 4", () => {
      const all = [sh.pid, ...descendants(sh.pid)];
      return all.length === 4 ? all : undefined;
    });
    try {
      await withDaemon(async ({ client }) => {
        await client.register(reg(sh.pid));
        const t0 = Date.now();
        const res = await client.killTree({ pid: sh.pid, timeoutSeconds: 10 });
        assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
        assert.equal(res.processesKilled, 4);
        for (const p of tree) assert.ok(isDead(p), `pid ${p} dead`);
        assert.deepEqual((await client.listActive()).processes, []); // unregistered
      });
    } finally {
      for (const p of tree) killQuietly(p);
    }
  });

  test("KILL_TREE: processes ignoring SIGTERM get SIGKILL after the timeout", SLOW, async () => {
    // Ignored signals stay ignored across fork and exec: the whole tree ignores SIGTERM.
    const sh = startShell("trap '' TERM; sleep 30 & sleep 30 & wait");
    const tree = await waitFor("tree of 3", () => {
      const all = [sh.pid, ...descendants(sh.pid)];
      return all.length === 3 ? all : undefined;
    });
    try {
      await withDaemon(async ({ client }) => {
        let t0 = Date.now();
        const res = await client.killTree({ pid: sh.pid, timeoutSeconds: 1 });
        const took = Date.now() - t0;
        assert.ok(took >= 950 && took < 4000, `took ${took} ms`);
        assert.equal(res.processesKilled, 3);
        for (const p of tree) assert.ok(isDead(p), `pid ${p} dead`);

        // timeout_seconds <= 0 means 3 s.
        const sh2 = startShell("trap '' TERM; sleep 30 & wait");
        const tree2 = await waitFor("tree of 2", () => {
          const all = [sh2.pid, ...descendants(sh2.pid)];
          return all.length === 2 ? all : undefined;
        });
        t0 = Date.now();
        assert.equal(
          (await client.killTree({ pid: sh2.pid, timeoutSeconds: 0 })).processesKilled,
          2,
        );
        const took2 = Date.now() - t0;
        assert.ok(took2 >= 2900 && took2 < 6000, `took ${took2} ms`);
        for (const p of tree2) assert.ok(isDead(p), `pid ${p} dead`);
      });
    } finally {
      for (const p of tree) killQuietly(p);
    }
  });

  test("KILL_TREE refuses to kill the daemon itself", SLOW, async () => {
    await withDaemon(async ({ client }) => {
      await assert.rejects(
        client.killTree({ pid: process.pid, timeoutSeconds: 1 }),
        (e: unknown) => {
          assert.ok(e instanceof DaemonError);
          assert.equal(e.status, StatusCode.STATUS_CODE_INTERNAL);
          assert.match(e.daemonMessage, /^failed to kill process tree: /);
          return true;
        },
      );
      assert.ok(proc(process.pid) !== undefined);
    });
  });

  test(
    "KILL_ZOMBIES: gone, zombie and orphaned entries; dry run changes nothing",
    SLOW,
    async () => {
      // An orphan: registered while its parent sh runs, then the parent is killed.
      const parent = startShell("sleep 30 & wait");
      const orphan = await waitFor("orphan-to-be", () => childrenOf(parent.pid)[0]);
      // A zombie: `true` exits, and its parent (exec'd into sleep) never reaps it.
      const reaperless = startShell("true & exec sleep 30");
      const zombie = await waitFor("zombie", () => {
        const k = childrenOf(reaperless.pid)[0];
        return k !== undefined && proc(k)?.state === "Z" ? k : undefined;
      });
      const healthy = startShell("exec sleep 30");
      const doomed = startShell("exec sleep 30");
      try {
        await withDaemon(async ({ client }) => {
          await client.register(reg(orphan, { command: "orphan" }));
          await client.register(reg(zombie, { command: "zombie" }));
          await client.register(reg(healthy.pid, { command: "healthy" }));
          await client.register(reg(doomed.pid, { command: "doomed" }));
          const listed = (await client.listActive()).processes;
          assert.equal(listed.length, 4);
          assert.equal(
            listed.find((p) => p.pid === zombie)?.state,
            ProcessState.PROCESS_STATE_ZOMBIE,
          );
          await client.register(reg(NO_SUCH_PID, { command: "never" }));

          killQuietly(parent.pid);
          killQuietly(doomed.pid);
          await waitFor(
            "parent and doomed gone",
            () => proc(parent.pid) === undefined && proc(doomed.pid) === undefined,
          );

          const dry = await client.killZombies({ dryRun: true });
          const byPid = new Map(dry.zombies.map((z) => [z.pid, z]));
          assert.deepEqual(
            [...byPid.keys()].sort(),
            [orphan, zombie, doomed.pid, NO_SUCH_PID].sort(),
          );
          assert.equal(
            byPid.get(orphan)!.reason,
            `parent PID ${parent.pid} of process ${orphan} is dead`,
          );
          assert.equal(byPid.get(orphan)!.command, "orphan");
          assert.match(byPid.get(zombie)!.reason, new RegExp(`^process ${zombie} is a zombie`));
          assert.equal(byPid.get(doomed.pid)!.reason, `process ${doomed.pid} no longer exists`);
          assert.equal(byPid.get(NO_SUCH_PID)!.reason, `process ${NO_SUCH_PID} no longer exists`);
          assert.ok(dry.zombies.every((z) => !z.killed));
          assert.ok(!isDead(orphan), "dry run kills nothing");

          const afterDry = (await client.listActive()).processes; // prunes the gone ones
          assert.deepEqual(afterDry.map((p) => p.pid), [orphan, zombie, healthy.pid]);
          assert.equal(afterDry[0]!.parentAlive, false);
          assert.equal(afterDry[2]!.parentAlive, true);

          const real = await client.killZombies({ dryRun: false });
          assert.deepEqual(real.zombies.map((z) => z.pid).sort(), [orphan, zombie].sort());
          assert.ok(real.zombies.every((z) => z.killed));
          await waitFor("orphan killed", () => isDead(orphan));
          assert.deepEqual((await client.listActive()).processes.map((p) => p.pid), [healthy.pid]);
          assert.deepEqual((await client.killZombies({ dryRun: false })).zombies, []);
        });
      } finally {
        for (const p of [orphan, reaperless.pid, healthy.pid, doomed.pid, parent.pid]) {
          killQuietly(
            p,
          );
        }
      }
    },
  );
});

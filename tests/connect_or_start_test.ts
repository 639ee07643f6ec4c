import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import process from "node:process";
import { connectOrStart } from "../src/client/connect_or_start.ts";
import { ConnectError, UnsupportedError } from "../src/errors.ts";
import { daemonCommand } from "../src/process/daemon_spawn.ts";
import { delay, startDaemon, tempDir } from "./helpers/rp_fixtures.ts";

const SLOW = { timeout: 30_000 };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await delay(25);
  }
  return cond();
}

describe("connectOrStart", () => {
  test("connects to a running daemon without starting anything", SLOW, async () => {
    await using d = await startDaemon();
    let started = false;
    await using client = await connectOrStart({
      socketPath: d.socketPath,
      onStart: () => (started = true),
    });
    assert.equal((await client.status()).socketPath, d.socketPath);
    assert.equal(started, false);
  });

  test(
    "starts our daemon on a fresh socket in this runtime, then SHUTDOWN stops it",
    SLOW,
    async () => {
      const dir = tempDir();
      const socketPath = `${dir}/d/s.sock`;
      let info: { pid: number | undefined; command: readonly string[] } | undefined;
      try {
        const client = await connectOrStart({
          socketPath,
          startTimeoutMs: 20_000,
          onStart: (i) => (info = i),
        });
        assert.ok(info?.pid, "the daemon was started");
        assert.equal(info.command[0], process.execPath);
        assert.ok(info.command.includes("serve"));
        assert.deepEqual(info.command.slice(-2), ["--socket", socketPath]);
        const status = await client.status();
        assert.equal(status.socketPath, socketPath);
        assert.equal(fs.statSync(`${dir}/d`).mode & 0o777, 0o700);
        // A second caller finds it running.
        let again = false;
        const second = await connectOrStart({ socketPath, onStart: () => (again = true) });
        assert.equal(again, false);
        await second.close();
        assert.equal((await client.shutdown()) !== undefined, true);
        await client.close();
        assert.ok(await until(() => !fs.existsSync(socketPath), 10_000), "socket removed");
        assert.ok(await until(() => !alive(info!.pid!), 10_000), "daemon process exited");
      } finally {
        if (info?.pid && alive(info.pid)) process.kill(info.pid, "SIGKILL");
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test(
    "a daemon that cannot start is a clear ConnectError, without waiting out the deadline",
    SLOW,
    async () => {
      const dir = tempDir();
      const open = `${dir}/open`;
      fs.mkdirSync(open, { mode: 0o755 });
      fs.chmodSync(open, 0o755); // the daemon refuses to bind in a directory that is not 0700
      const socketPath = `${open}/s.sock`;
      try {
        const t0 = Date.now();
        const err = await connectOrStart({ socketPath, startTimeoutMs: 20_000 })
          .then(() => undefined, (e) => e);
        const took = Date.now() - t0;
        assert.ok(err instanceof ConnectError, String(err));
        assert.equal(err.endpoint, `unix:${socketPath}`);
        assert.match(err.message, /exited with code 1 before it listened/);
        assert.match(err.message, /serve --socket/);
        assert.ok(took < 15_000, `took ${took} ms`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test(
    "a runtime binary that cannot be run is a ConnectError naming the endpoint",
    SLOW,
    async () => {
      const dir = tempDir();
      const socketPath = `${dir}/d/s.sock`;
      try {
        const err = await connectOrStart({
          socketPath,
          execPath: `${dir}/no-such-runtime`,
          startTimeoutMs: 5000,
        }).then(() => undefined, (e) => e);
        assert.ok(err instanceof ConnectError, String(err));
        assert.equal(err.endpoint, `unix:${socketPath}`);
        assert.match(err.message, /could not be started/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test("a daemon that never listens fails at the deadline with a ConnectError", SLOW, async () => {
    const dir = tempDir();
    const socketPath = `${dir}/d/s.sock`;
    // A "CLI" that just sleeps: started fine, never listens.
    const cli = `${dir}/sleepy.ts`;
    fs.writeFileSync(cli, "setTimeout(() => {}, 3000);\n");
    try {
      const t0 = Date.now();
      const err = await connectOrStart({ socketPath, cliPath: cli, startTimeoutMs: 800 })
        .then(() => undefined, (e) => e);
      const took = Date.now() - t0;
      assert.ok(err instanceof ConnectError, String(err));
      assert.match(err.message, /did not accept a connection within 800 ms/);
      assert.ok(took >= 700 && took < 5000, `took ${took} ms`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a TCP endpoint cannot be started: UnsupportedError", async () => {
    const err = await connectOrStart({
      endpoint: { kind: "tcp", hostname: "127.0.0.1", port: 9 },
      connectTimeoutMs: 2000,
    }).then(() => undefined, (e) => e);
    assert.ok(err instanceof UnsupportedError, String(err));
    assert.ok(err.cause instanceof ConnectError);
  });

  test("the daemon command per runtime; Node is unsupported with a hint", () => {
    const o = { cliPath: "file:///opt/rp/src/cli/main.ts", socketPath: "/tmp/x/s.sock" };
    assert.deepEqual(daemonCommand({ ...o, runtime: "deno", execPath: "deno" }), [
      "deno",
      "run",
      "-A",
      "/opt/rp/src/cli/main.ts",
      "serve",
      "--socket",
      "/tmp/x/s.sock",
    ]);
    assert.deepEqual(daemonCommand({ ...o, runtime: "bun", execPath: "bun", scope: "ci" }), [
      "bun",
      "/opt/rp/src/cli/main.ts",
      "serve",
      "--socket",
      "/tmp/x/s.sock",
      "--scope",
      "ci",
    ]);
    assert.throws(
      () => daemonCommand({ ...o, runtime: "node" }),
      (e: unknown) => e instanceof UnsupportedError && /needs Deno or Bun/.test(e.message),
    );
    assert.throws(
      () => daemonCommand({ ...o, cliPath: "https://jsr.io/x/cli.ts", runtime: "bun" }),
      UnsupportedError,
    );
  });
});

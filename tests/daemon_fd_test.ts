// Descriptors of exited sessions: once a pipe session's child has exited, the daemon keeps
// no descriptor for it (the stdin pipe is released), so many unpurged sessions do not
// exhaust `ulimit -n`. The daemon runs in this process: its descriptors are /proc/self/fd.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, realpathSync, rmSync } from "node:fs";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { serve } from "../src/daemon/server.ts";
import { StdinWriteError } from "../src/process/errors.ts";
import { spawnPipe } from "../src/process/spawn.ts";

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const openFds = () => readdirSync("/proc/self/fd").length;

describe("descriptors of exited pipe sessions", () => {
  test("300 exited, unpurged sessions keep no descriptor each", { timeout: 120_000 }, async () => {
    const dir = realpathSync(mkdtempSync("/tmp/rp-"));
    const server = await serve({ socketPath: `${dir}/d/s.sock`, dbPath: `${dir}/t.json` });
    const client = await DaemonClient.connect({ socketPath: server.socketPath });
    try {
      // warm up (first spawn, lazily opened resources), then measure
      await client.spawnPipeSessionRaw({ argv: ["true"] });
      await sleep(300);
      const before = openFds();
      const N = 300;
      for (let i = 0; i < N; i++) await client.spawnPipeSessionRaw({ argv: ["true"] });
      for (let i = 0; i < 200; i++) {
        const { sessions } = await client.listPipeSessions();
        if (sessions.length === N + 1 && sessions.every((s) => s.exited)) break;
        await sleep(100);
      }
      const { sessions } = await client.listPipeSessions();
      assert.equal(sessions.filter((s) => s.exited).length, N + 1, "not every child exited");
      await sleep(300);
      const grown = openFds() - before;
      assert.ok(grown < 30, `${grown} more descriptors after ${N} exited sessions`);
    } finally {
      await client.close().catch(() => {});
      await server.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("stdin writes after the child exited fail as a broken pipe", async () => {
    const child = spawnPipe({ argv: ["true"], env: { PATH: "/usr/bin:/bin" } });
    for await (const _ of child.stdout!) continue;
    await child.exited;
    await assert.rejects(child.writeStdin(new Uint8Array([1])), StdinWriteError);
    await child.closeStdin(); // still fine after the release
  });
});

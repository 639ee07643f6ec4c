// A session's environment never appears on any process's command line (`ps` shows every
// local user the argv of every process): PTY sessions (Deno: the `script` backend; Bun: its
// native terminal) and merged-stderr pipe sessions, with the INHERIT policy (the daemon's
// own environment) and with CLEAR. The child still sees every variable.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import process from "node:process";
import { ptySupport } from "../src/process/pty.ts";
import { dec, startDaemon, type TestDaemon, waitFor } from "./helpers/session_fixtures.ts";

const SLOW = { timeout: 30_000 };
const PTY = { timeout: 30_000, skip: !ptySupport().supported };
const PATH = { key: "PATH", value: "/usr/bin:/bin" };

function randomSecret(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return `s3cret-${[...b].map((x) => x.toString(16).padStart(2, "0")).join("")}`;
}

/** Every readable `/proc/<pid>/cmdline` of this uid, with its pid. */
function allCmdlines(): { pid: number; cmdline: string }[] {
  const uid = process.getuid?.();
  const out: { pid: number; cmdline: string }[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (uid !== undefined && fs.statSync(`/proc/${name}`).uid !== uid) continue;
      out.push({ pid: Number(name), cmdline: fs.readFileSync(`/proc/${name}/cmdline`, "latin1") });
    } catch { /* gone */ }
  }
  return out;
}

/** Asserts that no command line holds `secret`; returns how many were read. */
function assertNowhereInArgv(secret: string): number {
  const all = allCmdlines();
  const leaks = all.filter((p) => p.cmdline.includes(secret));
  assert.deepEqual(
    leaks.map((p) => `${p.pid}: ${p.cmdline.replaceAll("\0", " ")}`),
    [],
    "the secret is on a command line",
  );
  return all.length;
}

async function backlogOf(d: TestDaemon, id: string): Promise<string> {
  const b = await d.client.call("getSessionBacklog", { sessionId: id });
  return dec(b.backlog);
}

/** Prints the variables, then stays alive (a child in the tree too) until terminated. */
const PROGRAM = 'echo "tok=$SECRET_TOKEN"; sleep 30 & exec sleep 30';

describe("session environments stay off command lines", () => {
  for (const policy of [1, 3] as const) {
    const name = policy === 1 ? "INHERIT" : "CLEAR";
    test(`PTY session, ${name} policy: the child sees SECRET_TOKEN, ps does not`, PTY, async () => {
      const secret = randomSecret();
      const d = await startDaemon();
      try {
        const { sessionId } = await d.client.call("spawnPtySession", {
          argv: ["/bin/sh", "-c", PROGRAM],
          env: [PATH, { key: "SECRET_TOKEN", value: secret }],
          environmentPolicy: policy,
        });
        await waitFor(async () => (await backlogOf(d, sessionId)).includes("tok="), 10_000);
        assert.match(await backlogOf(d, sessionId), new RegExp(`tok=${secret}\\r?\\n`));
        assert.ok(assertNowhereInArgv(secret) > 2);
      } finally {
        await d.close();
      }
    });
  }

  test("merged-stderr pipe session: the child sees SECRET_TOKEN, ps does not", SLOW, async () => {
    const secret = randomSecret();
    const d = await startDaemon();
    try {
      const { sessionId } = await d.client.call("spawnPipeSession", {
        argv: ["/bin/sh", "-c", PROGRAM],
        env: [PATH, { key: "SECRET_TOKEN", value: secret }],
        environmentPolicy: 1,
        mergeStderrIntoStdout: true,
      });
      await waitFor(async () => (await backlogOf(d, sessionId)).includes("tok="), 10_000);
      assert.match(await backlogOf(d, sessionId), new RegExp(`tok=${secret}\\r?\\n`));
      assertNowhereInArgv(secret);
    } finally {
      await d.close();
    }
  });
});

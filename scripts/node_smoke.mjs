// Node smoke test: plain `node` (no TypeScript, no flags) imports the built package from
// dist/ and runs a real session against our daemon, which this script starts with Bun from
// node_modules. Checks: the runtime is Node with Node's transport adapter; connect; spawn
// `echo hi` through client.run and a session's lines; see it exit with code 0.
// Run `bash scripts/build.sh` first. Exits non-zero on any failure.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "rp-node-"));
const socketPath = join(dir, "daemon.sock");
const fail = (msg) => {
  throw new Error(`node smoke: ${msg}`);
};

const daemon = spawn(
  join(root, "node_modules/.bin/bun"),
  [join(root, "src/cli/main.ts"), "--socket", socketPath, "serve"],
  { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, XDG_RUNTIME_DIR: dir } },
);
let daemonErr = "";
daemon.stderr.on("data", (b) => (daemonErr += b));

const rp = await import(join(root, "dist/mod.js"));
let client;
try {
  if (typeof globalThis.Deno !== "undefined" || typeof globalThis.Bun !== "undefined") {
    fail("run me with plain node");
  }
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 20) fail(`Node ${process.versions.node} is older than 20`);

  // Connect (the daemon may still be starting).
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      client = await rp.DaemonClient.connect({ socketPath, connectTimeoutMs: 1000 });
      break;
    } catch (e) {
      if (Date.now() > deadline) fail(`cannot connect: ${e.message}\n${daemonErr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  // Transport check: Node's adapter carries the bytes.
  const t = await rp.connectTransport({ kind: "unix", path: socketPath });
  if (t.constructor.name !== "NodeTransport") {
    fail(`expected Node's transport adapter, got ${t.constructor.name}`);
  }
  await t.close();

  const { serverTimeMs } = await client.ping();
  if (!(Number(serverTimeMs) > 0)) fail(`ping returned ${serverTimeMs}`);

  // A real session through the session handle, as docs/NODE.md shows.
  const r = await client.run(["echo", "hi"]);
  if (r.stdout !== "hi\n") fail(`output ${JSON.stringify(r.stdout)}, expected "hi\\n"`);
  if (r.exitCode !== 0 || r.outcome !== "natural-exit") {
    fail(`exit ${r.exitCode} (${r.outcome}), expected 0 (natural-exit)`);
  }
  const s = await client.spawn(["sh", "-c", "echo one; echo two"]);
  const lines = [];
  for await (const line of s.lines()) lines.push(line);
  if (lines.join(",") !== "one,two") fail(`lines ${JSON.stringify(lines)}`);
  const sessionId = s.id;
  await s.close();

  // A wrong shape is a ValidationError on Node too.
  const err = await client.terminatePipeSession({ sessionId, graceMs: "x" }).catch((e) => e);
  if (!(err instanceof rp.ValidationError)) fail(`expected ValidationError, got ${err}`);

  console.log(
    `node smoke: Node ${process.versions.node}, NodeTransport, ${sessionId} printed "hi" and exited 0`,
  );
} finally {
  await client?.close();
  daemon.kill("SIGTERM");
  await new Promise((r) => daemon.once("exit", r));
  rmSync(dir, { recursive: true, force: true });
}

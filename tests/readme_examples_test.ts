// Every TypeScript example of README.md runs here, so the README cannot drift from the code.
// Blocks fenced as ```ts run are run under the current runtime, ```ts run-bun under Bun only;
// README.md has no other ts block (checked). Each runs as its own program, with the package
// specifiers pointed at this checkout and XDG_RUNTIME_DIR / XDG_STATE_HOME pointed at a temp
// dir where a daemon listens on the default socket, so `DaemonClient.connect()` finds it.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import process from "node:process";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { serve } from "../src/daemon/mod.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const IS_BUN = "Bun" in globalThis;

interface Example {
  line: number;
  mode: "run" | "run-bun";
  code: string;
}

function examples(): Example[] {
  const text = fs.readFileSync(`${ROOT}/README.md`, "utf8");
  const lines = text.split("\n");
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)```(ts|typescript)\b\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    const indent = m[1].length;
    const info = m[3].trim();
    assert.ok(
      info === "run" || info === "run-bun",
      `README.md:${i + 1}: every ts example must be marked "run" or "run-bun", got "${info}"`,
    );
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== "```"; j++) body.push(lines[j].slice(indent));
    out.push({ line: i + 1, mode: info as "run" | "run-bun", code: body.join("\n") });
    i = j;
  }
  return out;
}

function localize(code: string): string {
  const mod = new URL("../mod.ts", import.meta.url).href;
  const daemon = new URL("../src/daemon/mod.ts", import.meta.url).href;
  return code
    .replaceAll('"@rp/running-process/daemon"', JSON.stringify(daemon))
    .replaceAll('"@rp/running-process"', JSON.stringify(mod));
}

function runProgram(
  file: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const args = IS_BUN ? [file] : ["run", "-A", "--check", "--no-config", file];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d) => (stdout += d));
    child.stderr!.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("README examples", () => {
  let dir: string;
  let daemon: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    dir = fs.mkdtempSync("/tmp/rp-readme-");
    fs.mkdirSync(`${dir}/running-process`, { mode: 0o700 });
    daemon = await serve({
      socketPath: `${dir}/running-process/daemon.sock`,
      dbPath: `${dir}/state.sqlite3`,
    });
  });
  after(async () => {
    await daemon?.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the README has runnable examples, all marked", () => {
    const all = examples();
    assert.ok(all.length >= 6, `found ${all.length} examples`);
    assert.ok(all.some((e) => e.code.includes("client.run(")));
    assert.ok(all.some((e) => e.code.includes("Bun.serve(")));
  });

  for (const ex of examples()) {
    const skip = ex.mode === "run-bun" && !IS_BUN;
    test(`README.md:${ex.line} runs`, { timeout: 90_000, skip }, async () => {
      const file = `${dir}/example_${ex.line}.ts`;
      fs.writeFileSync(file, localize(ex.code));
      const r = await runProgram(file, { XDG_RUNTIME_DIR: dir, XDG_STATE_HOME: dir });
      assert.equal(r.code, 0, `README.md:${ex.line} failed:\n${r.stderr}\n${r.stdout}`);
      assert.ok(r.stdout.length > 0, `README.md:${ex.line} printed nothing`);
    });
  }

  test("the quick start prints what its comments say", { timeout: 90_000 }, async () => {
    const ex = examples().find((e) => e.code.includes('echo hello; exit 3"'))!;
    const file = `${dir}/quick.ts`;
    fs.writeFileSync(file, localize(ex.code));
    const r = await runProgram(file, { XDG_RUNTIME_DIR: dir, XDG_STATE_HOME: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '3 "hello\\n" ""\n');
  });
});

// The session handle (client.spawn / client.run) against this package's daemon: no output
// lost whatever the timing (hold_output), events that end after `exited`, terminate that
// waits for the outcome, run() timeouts that leave no process behind.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import process from "node:process";
import { dec, startDaemon, type TestDaemon } from "./helpers/session_fixtures.ts";
import { registerSessionObserver, SessionObserverRequest } from "../src/client/observer_api.ts";
import { DaemonError, TimeoutError, ValidationError } from "../src/errors.ts";
import { SpawnError, StdinClosedError, StdinWriteError } from "../mod.ts";
import { spawnPipeSession } from "../src/client/spawn_helpers.ts";
import { runSession, type SessionRpc, spawnSession } from "../src/client/session.ts";
import { DaemonClient } from "../src/client/daemon_client.ts";

const SLOW = { timeout: 120_000 };

function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** `client` as the session handle uses it, with every call shown to `seen` first. */
function watchedRpc(
  client: SessionRpc,
  seen: (field: string, payload: unknown) => void,
): SessionRpc {
  return {
    options: client.options,
    call: (field, payload, options) => {
      seen(field, payload);
      return client.call(field, payload, options);
    },
  };
}

describe("session handle", () => {
  let d: TestDaemon;
  before(async () => {
    d = await startDaemon();
  });
  after(async () => {
    await d.close();
  });

  test("run() returns every line of 200 fast commands", SLOW, async () => {
    const N = 200;
    const lines: string[] = new Array(N);
    let next = 0;
    const worker = async () => {
      while (next < N) {
        const i = next++;
        const r = await d.client.run(["sh", "-c", `echo ${i}`]);
        assert.equal(r.exitCode, 0);
        assert.equal(r.outcome, "natural-exit");
        assert.equal(r.truncated, false);
        lines[i] = r.stdout;
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    for (let i = 0; i < N; i++) assert.equal(lines[i], `${i}\n`, `run ${i}`);
  });

  test(
    "lines() takes a stream name; each stream is consumed once, with a clear error after",
    SLOW,
    async () => {
      const s = await d.client.spawn(["sh", "-c", "echo out1; echo warn >&2; echo out2"]);
      try {
        assert.throws(
          () => s.lines(s.stderr as unknown as "stderr"),
          (e) =>
            e instanceof ValidationError &&
            /takes "stdout" or "stderr", got a ReadableStream/.test(e.message),
        );
        const [out, err] = await Promise.all([
          Array.fromAsync(s.lines()),
          Array.fromAsync(s.lines("stderr")),
        ]);
        assert.deepEqual(out, ["out1", "out2"]);
        assert.deepEqual(err, ["warn"]);
        assert.throws(
          () => s.lines(),
          (e) => e instanceof ValidationError && /stdout is already being read/.test(e.message),
        );
        await assert.rejects(s.text(), ValidationError);
        assert.equal((await s.wait()).exitCode, 0);
      } finally {
        await s.close();
      }
    },
  );

  test("session.bytes() returns exactly 100 MiB", SLOW, async () => {
    const s = await d.client.spawn(["head", "-c", "104857600", "/dev/zero"]);
    try {
      const bytes = await s.bytes();
      assert.equal(bytes.length, 104857600);
      assert.ok(bytes.every((b) => b === 0));
      const r = await s.wait();
      assert.equal(r.exitCode, 0);
      assert.equal(r.truncated, false);
    } finally {
      await s.close();
    }
  });

  test("output before, during and after attach arrives whole and in order", SLOW, async () => {
    // Protocol level, held session: (a) a child that wrote 24 KB and exited before anyone
    // attached stays attachable and delivers it all, then exit_code; (b) a child that writes
    // 2.7 MB (more than the 1 MiB backlog) waits, blocked, for the attachment.
    const attachAll = async (sessionId: string) => {
      const att = await d.client.attachPipeStream({ sessionId, backpressure: "block" });
      const parts: Uint8Array[] = [att.backlog];
      let exit: number | undefined;
      for await (const f of att.frames) {
        const fr = f.frame;
        if (fr?.case === "bytes") parts.push(fr.value);
        else if (fr?.case === "exitCode") exit = fr.value;
        else if (fr !== undefined) assert.fail(`unexpected frame ${fr.case}`);
      }
      return { text: parts.map(dec).join(""), exit };
    };
    const seq = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}\n`).join("");
    const info = async (id: string) =>
      (await d.client.listPipeSessions({ originator: "" })).sessions.find((x) =>
        x.sessionId === id
      );
    const small = await d.client.call("spawnPipeSession", {
      argv: ["sh", "-c", "seq 1 5000; exit 4"],
      holdOutput: true,
    });
    const big = await d.client.call("spawnPipeSession", {
      argv: ["sh", "-c", "seq 1 400000; exit 5"],
      holdOutput: true,
    });
    await new Promise((r) => setTimeout(r, 800));
    assert.equal((await info(small.sessionId))?.exited, true);
    // On Deno the child blocks on the full pipe. Bun's pipe adapter reads ahead into memory
    // by itself (tens of MB), so there the child may finish first; the bytes arrive either way.
    if (!("Bun" in globalThis)) {
      assert.equal((await info(big.sessionId))?.exited, false, "blocked on its held output");
    }
    const a = await attachAll(small.sessionId);
    assert.equal(a.exit, 4);
    assert.ok(a.text === seq(5000), "every line, in order");
    const b = await attachAll(big.sessionId);
    assert.equal(b.exit, 5);
    assert.equal(b.text.length, seq(400000).length);
    assert.ok(b.text === seq(400000), "every line, in order");

    // Handle level: lines written before the handle reads, while it reads, and after a pause.
    const s = await d.client.spawn([
      "sh",
      "-c",
      "seq 1 50000; sleep 0.3; seq 50001 100000; sleep 0.3; seq 100001 150000",
    ]);
    try {
      await new Promise((r) => setTimeout(r, 500));
      let n = 0;
      for await (const line of s.lines()) assert.equal(line, String(++n));
      assert.equal(n, 150000);
      assert.equal((await s.wait()).exitCode, 0);
    } finally {
      await s.close();
    }
  });

  test("lines() handles CRLF and a final partial line; text() and stderr", async () => {
    const s = await d.client.spawn(["sh", "-c", "printf 'a\\r\\nb\\n\\nc'; printf 'e1\\ne2' >&2"]);
    try {
      const [out, err] = await Promise.all([
        Array.fromAsync(s.lines()),
        Array.fromAsync(s.lines("stderr")),
      ]);
      assert.deepEqual(out, ["a", "b", "", "c"]);
      assert.deepEqual(err, ["e1", "e2"]);
    } finally {
      await s.close();
    }
    const r = await d.client.run(["cat"], { stdin: "piped\n" });
    assert.equal(r.stdout, "piped\n");
    const m = await d.client.run(["sh", "-c", "echo o; echo e >&2"], { mergeStderr: true });
    assert.equal(m.stdout.split("\n").sort().join(","), ",e,o");
    assert.equal(m.stderr, "");
    const b = await d.client.run(["printf", "\\001\\002"], { output: "bytes" });
    assert.deepEqual([...b.stdout], [1, 2]);
  });

  test("write() and closeStdin() feed a pipe child", async () => {
    const s = await d.client.spawn(["sh", "-c", 'read a; read b; echo "$b $a"']);
    try {
      await s.write("one\n");
      await s.write(new TextEncoder().encode("two\n"));
      await s.closeStdin();
      assert.equal(await s.text(), "two one\n");
    } finally {
      await s.close();
    }
  });

  test("events end after exited, also when the session exited first", SLOW, async () => {
    const s = await d.client.spawn(["sh", "-c", "exit 3"]);
    try {
      const kinds: string[] = [];
      let code: number | undefined;
      for await (const e of s.events) {
        kinds.push(e.kind);
        if (e.kind === "exited") code = e.exitCode;
      }
      assert.deepEqual(kinds, ["started", "exited"]);
      assert.equal(code, 3);
      // The handle read the events after the exit here (wait first, then iterate).
      const s2 = await d.client.spawn(["true"]);
      await s2.wait();
      const k2: string[] = [];
      for await (const e of s2.events) k2.push(e.kind);
      assert.deepEqual(k2, ["started", "exited"]);
      await s2.close();
      // A subscription registered after the exit gets `exited`, then its stream ends.
      const sub = await registerSessionObserver(d.client, SessionObserverRequest.pipe(s.id));
      const late: string[] = [];
      for await (const r of sub.subscriber) if (r.type === "event") late.push(r.kind);
      assert.deepEqual(late, ["exited"]);
      await sub[Symbol.asyncDispose]();
    } finally {
      await s.close();
    }
  });

  test("cwd is taken from this process's working directory, like Deno.Command", async () => {
    const here = process.cwd();
    const dir = fs.realpathSync(fs.mkdtempSync("/tmp/rp-cwd-"));
    fs.mkdirSync(`${dir}/sub`);
    // What the spawn asks the daemon for (the daemon has a working directory of its own).
    const asked: string[] = [];
    const rpc = watchedRpc(d.client, (field, payload) => {
      if (field === "spawnPipeSession") asked.push((payload as { cwd: string }).cwd);
    });
    try {
      process.chdir(dir);
      const pwd = async (cwd?: string) =>
        (await runSession(rpc, ["pwd", "-P"], cwd === undefined ? {} : { cwd })).stdout;
      assert.equal(await pwd(), `${dir}\n`, "default: this process's directory");
      assert.equal(await pwd("sub"), `${dir}/sub\n`, "relative: from this process's directory");
      assert.equal(await pwd("/"), "/\n");
      assert.deepEqual(asked, [dir, `${dir}/sub`, "/"]);
      await assert.rejects(() => runSession(rpc, ["pwd"], { cwd: "missing" }), /missing/);
    } finally {
      process.chdir(here);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('environment "caller" sends this process\'s variables with the spawn', async () => {
    const sent: { policy: number; keys: string[] }[] = [];
    const rpc = watchedRpc(d.client, (field, payload) => {
      if (field === "spawnPipeSession") {
        const p = payload as { environmentPolicy: number; env: { key: string }[] };
        sent.push({ policy: p.environmentPolicy, keys: p.env.map((e) => e.key) });
      }
    });
    process.env.RP_CALLER_ONLY = "from-the-caller";
    try {
      const script = 'printf "%s|%s" "$RP_CALLER_ONLY" "$RP_OVERRIDE"';
      const r = await runSession(rpc, ["sh", "-c", script], {
        environment: "caller",
        env: { RP_OVERRIDE: "given" },
      });
      assert.equal(r.stdout, "from-the-caller|given");
      assert.equal(sent[0].policy, 3, "over an empty base");
      assert.ok(sent[0].keys.includes("RP_CALLER_ONLY"));
      assert.equal(sent[0].keys.at(-1), "RP_OVERRIDE", "the given entries win");
      await runSession(rpc, ["true"]);
      assert.deepEqual(sent[1], { policy: 1, keys: [] }, "inherit sends nothing");
      await assert.rejects(
        () => runSession(rpc, ["true"], { environment: "mine" as never }),
        ValidationError,
      );
    } finally {
      delete process.env.RP_CALLER_ONLY;
    }
  });

  test("wrong option types are refused with a ValidationError naming option and value", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ stdin: "piped" }, /stdin "piped" is not a mode here/],
      [{ stdin: "inherit" }, /stdin "inherit" is not a mode here/],
      [{ stdin: 42 }, /stdin must be .* got 42/],
      [{ env: "A=1" }, /env must be an object .* got "A=1"/],
      [{ mergeStderr: "no" }, /mergeStderr must be true or false, got "no"/],
      [{ signal: {} }, /signal must be an AbortSignal, got an object/],
      [{ timeoutMs: "100" }, /timeoutMs must be a positive number, got "100"/],
      [{ environment: "mine" }, /environment must be .* got "mine"/],
    ];
    for (const [options, message] of cases) {
      for (
        const call of [
          () => d.client.run(["true"], options),
          () => d.client.spawn(["true"], options),
        ]
      ) {
        await assert.rejects(call, (e: unknown) => {
          assert.ok(e instanceof ValidationError, `${JSON.stringify(options)}: ${e}`);
          assert.match(e.message, message);
          return true;
        });
      }
    }
    // The word itself still goes through as bytes.
    const r = await d.client.run(["cat"], { stdin: new TextEncoder().encode("piped") });
    assert.equal(r.stdout, "piped");
    await assert.rejects(
      () => DaemonClient.connect({ socketPath: 42 as unknown as string }),
      /socketPath must be a string, got number/,
    );
  });

  test("the exited event tells the outcome: wait() and run() list no sessions", SLOW, async () => {
    const calls: string[] = [];
    const rpc = watchedRpc(d.client, (field) => calls.push(field));
    const r = await runSession(rpc, ["sh", "-c", "echo out; exit 4"]);
    assert.equal(r.exitCode, 4);
    assert.equal(r.outcome, "natural-exit");
    assert.equal(r.stdout, "out\n");
    assert.ok(Math.abs(r.exitedAt - Date.now() / 1000) < 30, `exitedAt ${r.exitedAt}`);
    const s = await spawnSession(rpc, [
      "sh",
      "-c",
      "trap 'exit 0' TERM; echo ready; while :; do sleep 0.05; done",
    ]);
    try {
      const lines = s.lines("stdout")[Symbol.asyncIterator]();
      assert.equal((await lines.next()).value, "ready");
      const t = await s.terminate({ graceMs: 5000 });
      assert.equal(t.outcome, "soft-exit");
      const exited = [];
      for await (const e of s.events) if (e.kind === "exited") exited.push(e);
      assert.equal(exited.length, 1);
      assert.equal(exited[0].kind === "exited" && exited[0].outcome, "soft-exit");
    } finally {
      await s.close();
    }
    assert.ok(!calls.includes("listPipeSessions"), `calls: ${calls.join(", ")}`);
  });

  test(
    "terminate(): soft-exit with SIGTERM handled (its last output arrives), hard-killed when ignored",
    SLOW,
    async () => {
      const soft = await d.client.spawn([
        "sh",
        "-c",
        "trap 'echo bye; exit 0' TERM; echo ready; while :; do sleep 0.05; done",
      ]);
      try {
        const text = soft.text();
        await new Promise((r) => setTimeout(r, 300));
        const r = await soft.terminate({ graceMs: 5000 });
        assert.equal(r.outcome, "soft-exit");
        assert.equal(r.exitCode, 0);
        assert.equal(await text, "ready\nbye\n");
      } finally {
        await soft.close();
      }
      const hard = await d.client.spawn(["sh", "-c", "trap '' TERM; while :; do sleep 0.05; done"]);
      try {
        await new Promise((r) => setTimeout(r, 300));
        const t0 = Date.now();
        const r = await hard.terminate({ graceMs: 300 });
        assert.equal(r.outcome, "hard-killed");
        assert.equal(r.signal, "SIGKILL");
        assert.equal(r.exitCode, -9);
        assert.ok(Date.now() - t0 >= 250, "waited for the grace");
      } finally {
        await hard.close();
      }
    },
  );

  test("run() with timeoutMs rejects with TimeoutError and leaves no process", SLOW, async () => {
    const dir = fs.mkdtempSync("/tmp/rp-handle-");
    const file = `${dir}/pids`;
    try {
      await assert.rejects(
        d.client.run(["sh", "-c", `sleep 30 & echo $! > ${file}; echo $$ >> ${file}; wait`], {
          timeoutMs: 700,
        }),
        TimeoutError,
      );
      const pids = fs.readFileSync(file, "utf8").trim().split("\n").map(Number);
      assert.equal(pids.length, 2);
      const deadline = Date.now() + 3000;
      while (pids.some(alive) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      for (const pid of pids) assert.equal(alive(pid), false, `pid ${pid} is gone`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("stdin written after closeStdin() or after the exit is a typed stdin error", async () => {
    const s = await d.client.spawn(["sh", "-c", "cat; sleep 0.2"]);
    try {
      await s.write("one\n");
      await s.closeStdin();
      await assert.rejects(() => s.write("two\n"), StdinClosedError);
      await s.wait();
      const late = await s.write("three\n").then(() => undefined, (e) => e);
      assert.ok(
        late instanceof StdinClosedError || late instanceof StdinWriteError,
        `after the exit: ${late}`,
      );
      assert.ok(late.cause instanceof DaemonError, "the daemon's error is the cause");
      assert.equal(await s.text(), "one\n");
    } finally {
      await s.close();
    }
  });

  test("bad input is a ValidationError; a program that cannot start a SpawnError", async () => {
    // deno-lint-ignore no-explicit-any
    const c = d.client as any;
    await assert.rejects(c.spawn("echo hi"), ValidationError);
    // A program that cannot start is a SpawnError naming it, the daemon's error as its cause.
    for (
      const run of [
        () => c.run(["rp-no-such-program"]),
        () => c.spawn(["rp-no-such-program"]),
        () => spawnPipeSession(d.client, { argv: ["rp-no-such-program"] }),
        () => spawnPipeSession(d.client, { argv: ["rp-no-such-program"], observe: true }),
      ]
    ) {
      await assert.rejects(run, (e: unknown) => {
        assert.ok(e instanceof SpawnError, String(e));
        assert.equal(e.code, "SPAWN_FAILED");
        assert.equal(e.program, "rp-no-such-program");
        assert.equal(e.reason, "executable not found in PATH");
        assert.ok(e.cause instanceof DaemonError);
        return true;
      });
    }
    await assert.rejects(c.run(["pwd"], { cwd: "/rp-no-such-dir" }), /working directory/);
    await assert.rejects(c.spawn([]), ValidationError);
    await assert.rejects(c.spawn(["echo", 1]), ValidationError);
    await assert.rejects(c.run(["echo"], { observe: ["disk"] }), ValidationError);
    await assert.rejects(c.run(["echo"], { stdin: 5 }), ValidationError);
    await assert.rejects(c.run(["echo"], { output: "json" }), ValidationError);
    // the client keeps working
    assert.equal((await d.client.run(["echo", "ok"])).stdout, "ok\n");
  });
});

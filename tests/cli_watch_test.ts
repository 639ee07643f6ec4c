/**
 * `rp watch`, `rp run` and `rp capabilities`, in-process against a real daemon (a temp
 * socket and state file: the user's daemon and state are never touched).
 *
 * @module
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import process from "node:process";
import { type CliIO, main } from "../src/cli/main.ts";
import { delay, startDaemon, type TestDaemon } from "./helpers/rp_fixtures.ts";

const SLOW = { timeout: 30_000 };

interface Captured {
  code: number;
  out: string;
  err: string;
}

interface RunOptions extends Partial<CliIO> {
  /** stdout is a terminal. */
  tty?: boolean;
  /** stderr is a terminal. */
  errTty?: boolean;
  /** Sees stdout as it is written. */
  onOut?: (text: string) => void;
}

async function run(argv: string[], o: RunOptions = {}): Promise<Captured> {
  let out = "";
  let err = "";
  const text = (c: string | Uint8Array) => typeof c === "string" ? c : new TextDecoder().decode(c);
  const code = await main(argv, {
    env: { PATH: process.env.PATH },
    ...o,
    stdout: {
      isTTY: o.tty ?? false,
      write: (c) => {
        out += text(c);
        o.onOut?.(out);
      },
    },
    stderr: { isTTY: o.errTty ?? false, write: (c) => void (err += text(c)) },
  });
  return { code, out, err };
}

// deno-lint-ignore no-explicit-any
type Json = Record<string, any>;

function jsonLines(s: string): Json[] {
  return s.trim().split("\n").map((l) => JSON.parse(l));
}

function oneErrorLine(r: Captured): string {
  assert.equal(r.out, "");
  assert.match(r.err, /^rp: [^\n]+\n$/, `one rp: line, got ${JSON.stringify(r.err)}`);
  return r.err;
}

/** The observers registered on a session of the test daemon. */
function observerCount(d: TestDaemon, sessionId: string): number {
  const map = sessionId.startsWith("pty-")
    ? d.server.state.ptySessions
    : d.server.state.pipeSessions;
  // deno-lint-ignore no-explicit-any
  return (map.get(sessionId) as any)?.observers.size ?? -1;
}

/** Whether the daemon sees descendants (procfs); without it only lifecycle events exist. */
async function processEventsAvailable(d: TestDaemon): Promise<boolean> {
  const r = await run(["--socket", d.socketPath, "--json", "capabilities"]);
  assert.equal(r.code, 0, r.err);
  const row = JSON.parse(r.out).categories.find((c: Json) => c.category === "process");
  return row?.support !== "unavailable";
}

/** Resolves once `pred` holds, polling (fails after `ms`). */
async function until(pred: () => boolean, ms: number, what: string): Promise<void> {
  for (const end = Date.now() + ms; !pred();) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await delay(20);
  }
}

const EVENT_LINE = /^\d\d:\d\d:\d\d\.\d{3} #\d+\s+\S+\s+(lifecycle|file|network|process)\s+pid=\d+/;

describe("rp run", () => {
  test("run --watch --json: session, events, output lines, exit code", SLOW, async () => {
    await using d = await startDaemon();
    const r = await run([
      "--socket",
      d.socketPath,
      "--json",
      "run",
      "--watch",
      "--",
      "sh",
      "-c",
      "echo hi; sleep 1 & wait; exit 4",
    ]);
    assert.equal(r.code, 4, r.err);
    assert.equal(r.err, "");
    const lines = jsonLines(r.out);
    for (const l of lines) assert.equal(typeof l.type, "string", JSON.stringify(l));
    assert.equal(lines[0].type, "session");
    assert.match(lines[0].sessionId, /^pipe-/);
    assert.deepEqual(lines[lines.length - 1], {
      type: "exit",
      sessionId: lines[0].sessionId,
      exitCode: 4,
    });

    const events = lines.filter((l) => l.type === "event");
    assert.equal(events[0].kind, "started");
    assert.equal(events[0].sequence, 1);
    assert.equal(events[0].category, "lifecycle");
    assert.equal(events[0].pid, lines[0].pid);
    const last = events[events.length - 1];
    assert.equal(last.kind, "exited");
    assert.equal(last.exitCode, 4);
    const seqs = events.map((e) => e.sequence);
    assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b), "in sequence order");
    if (await processEventsAvailable(d)) {
      const sleep = events.find((e) => e.kind === "descendant-started" && e.argv[0] === "sleep");
      assert.ok(sleep, `a descendant-started for sleep in ${JSON.stringify(events)}`);
      assert.equal(sleep.category, "process");
      assert.equal(sleep.ppid, lines[0].pid);
      assert.deepEqual(sleep.argv, ["sleep", "1"]);
    }

    const output = lines.filter((l) => l.type === "output");
    assert.deepEqual(output, [{ type: "output", stream: "stdout", text: "hi" }]);
    // The observer went with the command.
    assert.equal(observerCount(d, lines[0].sessionId), 0);
  });

  test(
    "run --watch (human): the child's output on stdout, event lines on stderr",
    SLOW,
    async () => {
      await using d = await startDaemon();
      const argv = [
        "--socket",
        d.socketPath,
        "run",
        "--watch",
        "--",
        "sh",
        "-c",
        "echo hi; sleep 1 & wait; exit 4",
      ];
      const r = await run(argv);
      assert.equal(r.code, 4, r.err);
      assert.equal(r.out, "hi\n", "stdout is the child's output only");
      const lines = r.err.trimEnd().split("\n");
      for (const l of lines) assert.match(l, EVENT_LINE);
      assert.match(lines[0], / #1 +started +lifecycle pid=\d+$/);
      assert.match(lines[lines.length - 1], / exited +lifecycle pid=\d+ exit=4$/);
      if (await processEventsAvailable(d)) {
        assert.ok(
          lines.some((l) =>
            / descendant-started process +pid=\d+ ppid=\d+ argv=\[sleep 1\]$/.test(l)
          ),
          r.err,
        );
      }
      assert.ok(!r.err.includes("\x1b"), "no colour when stderr is not a terminal");

      const colour = await run(argv, { errTty: true });
      assert.equal(colour.code, 4, colour.err);
      assert.ok(colour.err.includes("\x1b[32mlifecycle"), "lifecycle coloured on a terminal");
      assert.equal(colour.out, "hi\n");
      const plain = await run(argv, { errTty: true, env: { NO_COLOR: "1" } });
      assert.equal(plain.code, 4, plain.err);
      assert.ok(!plain.err.includes("\x1b"), "NO_COLOR disables colour");
    },
  );

  test("run without --watch: output relayed, exit code passed on", SLOW, async () => {
    await using d = await startDaemon();
    const s = ["--socket", d.socketPath];
    const r = await run([...s, "run", "sh", "-c", "echo out; echo err >&2; exit 3"]);
    assert.equal(r.code, 3, r.err);
    assert.equal(r.out, "out\n");
    assert.equal(r.err, "err\n");

    // stdin reads end-of-file (not a hang), and a signal becomes 128 + n.
    const cat = await run([...s, "run", "--", "cat"]);
    assert.equal(cat.code, 0, cat.err);
    const killed = await run([...s, "run", "--", "sh", "-c", "kill -TERM $$"]);
    assert.equal(killed.code, 128 + 15, killed.err);

    // A command that exits at once still has its output shown.
    const fast = await run([...s, "--json", "run", "--", "echo", "fast"]);
    assert.equal(fast.code, 0, fast.err);
    const lines = jsonLines(fast.out);
    assert.deepEqual(lines.filter((l) => l.type === "output").map((l) => l.text), ["fast"]);
    assert.equal(lines[lines.length - 1].exitCode, 0);
  });

  test("run --pty relays the terminal's output", SLOW, async () => {
    await using d = await startDaemon();
    const s = ["--socket", d.socketPath];
    const r = await run([
      ...s,
      "--json",
      "run",
      "--pty",
      "--watch",
      "--",
      "sh",
      "-c",
      "echo in-pty; exit 2",
    ]);
    assert.equal(r.code, 2, r.err);
    const lines = jsonLines(r.out);
    assert.match(lines[0].sessionId, /^pty-/);
    assert.deepEqual(
      lines.filter((l) => l.type === "output").map((l) => l.text),
      ["in-pty"],
      "lines without the terminal's \\r",
    );
    const events = lines.filter((l) => l.type === "event");
    assert.equal(events[0].kind, "started");
    assert.equal(events[events.length - 1].kind, "exited");
  });

  test("Ctrl-C terminates the session and ends with its exit", SLOW, async () => {
    await using d = await startDaemon();
    const ac = new AbortController();
    let sessionId = "";
    const r = await run(
      ["--socket", d.socketPath, "--json", "run", "--watch", "--", "sleep", "30"],
      {
        signal: ac.signal,
        onOut: (out) => {
          if (!sessionId && out.includes("\n")) {
            sessionId = JSON.parse(out.split("\n")[0]).sessionId;
            setTimeout(() => ac.abort(), 200);
          }
        },
      },
    );
    assert.ok(r.code > 128, `a signal status, got ${r.code}: ${r.err}`);
    const events = jsonLines(r.out).filter((l) => l.type === "event");
    assert.equal(events[events.length - 1].kind, "exited");
    assert.equal(observerCount(d, sessionId), 0);
  });
});

describe("rp watch", () => {
  test("watch a running session, terminate it: the exit is printed", SLOW, async () => {
    await using d = await startDaemon();
    const s = ["--socket", d.socketPath];
    const spawned = await run([...s, "spawn", "--", "sh", "-c", "while :; do sleep 0.05; done"]);
    assert.equal(spawned.code, 0, spawned.err);
    const id = spawned.out.trim();
    let seen = false;
    const watching = run([...s, "watch", id], { onOut: () => void (seen = true) });
    // Wait until the observer is registered (its first events, or the registry).
    await until(() => seen || observerCount(d, id) > 0, 10_000, "the observer");
    await delay(100);
    const term = await run([...s, "terminate", id, "--grace", "100"]);
    assert.equal(term.code, 0, term.err);
    const r = await watching;
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split("\n");
    for (const l of lines) assert.match(l, EVENT_LINE);
    assert.match(lines[lines.length - 1], / exited +lifecycle pid=\d+ exit=-?\d+/);
    assert.equal(observerCount(d, id), 0, "unregistered on the way out");
  });

  test("watch --json until Ctrl-C; unregisters", SLOW, async () => {
    await using d = await startDaemon();
    const s = ["--socket", d.socketPath];
    const id = (await run([...s, "spawn", "--", "sleep", "30"])).out.trim();
    const ac = new AbortController();
    const watching = run([...s, "--json", "watch", id, "--category", "lifecycle"], {
      signal: ac.signal,
    });
    await until(() => observerCount(d, id) > 0, 10_000, "the observer");
    ac.abort();
    const r = await watching;
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, "", "nothing happened");
    assert.equal(observerCount(d, id), 0, "unregistered on the way out");
    const json = run([...s, "--json", "watch", id, "--capacity", "16", "--block"]);
    await until(() => observerCount(d, id) > 0, 10_000, "the observer");
    await delay(100);
    await run([...s, "terminate", id, "--grace", "100"]);
    const w = await json;
    assert.equal(w.code, 0, w.err);
    const events = jsonLines(w.out);
    const last = events[events.length - 1];
    assert.equal(last.type, "event");
    assert.equal(last.kind, "exited");
    assert.equal(last.category, "lifecycle");
    assert.equal(typeof last.sequence, "number");
  });

  test("watch on a session that has already exited: one error line", SLOW, async () => {
    await using d = await startDaemon();
    const s = ["--socket", d.socketPath];
    const id = (await run([...s, "spawn", "--", "sh", "-c", "exit 7"])).out.trim();
    await until(
      () => (d.server.state.pipeSessions.get(id) as { exited?: boolean })?.exited === true,
      10_000,
      "the exit",
    );
    const r = await run([...s, "watch", id]);
    assert.equal(r.code, 1);
    assert.match(oneErrorLine(r), /has already exited \(exit code 7\)/);
    assert.equal(observerCount(d, id), 0);
  });
});

describe("rp capabilities", () => {
  test("capabilities: JSON and an aligned table", SLOW, async () => {
    await using d = await startDaemon();
    const json = await run(["--socket", d.socketPath, "--json", "capabilities"]);
    assert.equal(json.code, 0, json.err);
    const caps = JSON.parse(json.out);
    assert.equal(caps.scope, "global");
    assert.deepEqual(
      caps.categories.map((c: Json) => c.category),
      ["lifecycle", "file", "network", "process"],
    );
    assert.equal(caps.categories[0].support, "supported");
    for (const c of caps.categories) {
      assert.ok(["supported", "partial", "unavailable"].includes(c.support));
      assert.equal(typeof c.backend, "string");
      assert.ok(c.reason.length > 0);
    }
    const human = await run(["--socket", d.socketPath, "capabilities"]);
    assert.equal(human.code, 0, human.err);
    const lines = human.out.trimEnd().split("\n");
    assert.equal(lines.length, 5);
    assert.match(lines[0], /^CATEGORY\s+SUPPORT\s+BACKEND\s+REASON$/);
    assert.match(lines[1], /^lifecycle\s+supported\s+daemon\s+\S/);
    for (const h of ["SUPPORT", "BACKEND", "REASON"]) {
      const at = lines[0].indexOf(h);
      for (const l of lines.slice(1)) {
        assert.equal(l[at - 1], " ", `column ${h} aligned: ${l}`);
        assert.notEqual(l[at], " ", `column ${h} aligned: ${l}`);
      }
    }
    assert.ok(!human.out.includes("\x1b"));
    const colour = await run(["--socket", d.socketPath, "capabilities"], { tty: true });
    assert.ok(colour.out.includes("\x1b[32msupported"), "colour on a terminal");
  });
});

describe("usage errors", () => {
  test("one line and exit 2, before anything is spawned", SLOW, async () => {
    await using d = await startDaemon();
    const s = ["--socket", d.socketPath];
    for (
      const argv of [
        ["watch"],
        ["watch", "not-a-session"],
        ["watch", "pipe-x", "--category", "bogus"],
        ["watch", "pipe-x", "--capacity", "-1"],
        ["watch", "pipe-x", "--follow"],
        ["watch", "pipe-x", "pipe-y"],
        ["run"],
        ["run", "--watch"],
        ["run", "--category", "file", "--", "true"],
        ["run", "--block", "--", "true"],
        ["run", "--watch", "--category", "nope", "--", "true"],
        ["run", "--watch", "--capacity", "lots", "--", "true"],
        ["capabilities", "extra"],
        ["capabilities", "--watch"],
      ]
    ) {
      const r = await run([...s, ...argv]);
      assert.equal(r.code, 2, `${argv.join(" ")}: ${r.err}`);
      assert.match(oneErrorLine(r), /\(see rp --help\)\n$/);
    }
    assert.equal(d.server.state.pipeSessions.size, 0, "nothing was spawned");
  });

  test("the help lists the new commands", async () => {
    const r = await run(["--help"]);
    assert.equal(r.code, 0);
    for (const c of ["watch SESSION", "run [--watch]", "capabilities"]) {
      assert.ok(r.out.includes(c), c);
    }
  });
});

// Unit tests of the /proc tree watcher's descendant announcements, on a scripted process
// table: a descendant is announced with the command line it exec'd, whatever the timing.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  CATEGORY,
  EXEC_WAIT_MAX_MS,
  EXEC_WAIT_MS,
  type ProcessTable,
  TreeWatcher,
} from "../src/daemon/observers/watcher.ts";
import type { EmittedEvent } from "../src/daemon/observers/observer_registry.ts";

interface FakeProc {
  ppid: number;
  argv: string[];
  state: string;
  comm: string;
}

/** A process table the test edits between scans, with its own clock. */
function fakeTable(root: FakeProc & { pid: number }) {
  const procs = new Map<number, FakeProc>([[root.pid, root]]);
  let clock = 1_000_000;
  const table: ProcessTable = {
    children: (pid) => [...procs].filter(([, p]) => p.ppid === pid).map(([c]) => c),
    cmdline: (pid) => procs.get(pid)?.argv,
    stat: (pid) => {
      const p = procs.get(pid);
      return p && { state: p.state, comm: p.comm };
    },
    now: () => clock,
  };
  return {
    procs,
    table,
    advance: (ms: number) => void (clock += ms),
  };
}

const PROCESS_ONLY = 1 << CATEGORY.PROCESS;
const noSockets = () => new Map();
const shell = ["sh", "-c", "sleep 1 & wait"];

function watch(root: number, table: ProcessTable) {
  const events: EmittedEvent[] = [];
  const w = new TreeWatcher(root, (e) => events.push(e), table);
  const started = () => events.filter((e) => e.kind === "descendant-started");
  return { scan: () => w.scan(PROCESS_ONLY, noSockets), events, started };
}

describe("tree watcher: descendants", () => {
  test("a child seen inside execve (empty command line) is announced with its new argv", () => {
    const f = fakeTable({ pid: 10, ppid: 1, argv: shell, state: "S", comm: "sh" });
    const w = watch(10, f.table);
    f.procs.set(11, { ppid: 10, argv: [], state: "R", comm: "sh" });
    w.scan();
    assert.equal(w.started().length, 0, "not announced while its command line is empty");
    f.advance(10);
    f.procs.set(11, { ppid: 10, argv: ["sleep", "1"], state: "S", comm: "sleep" });
    w.scan();
    assert.deepEqual(w.started().map((e) => e.argv), [["sleep", "1"]]);
  });

  test("a forked child still waiting for a CPU past the short wait is not announced as its parent", () => {
    const f = fakeTable({ pid: 10, ppid: 1, argv: shell, state: "S", comm: "sh" });
    const w = watch(10, f.table);
    f.procs.set(11, { ppid: 10, argv: shell, state: "R", comm: "sh" });
    w.scan();
    f.advance(EXEC_WAIT_MS * 3);
    w.scan();
    assert.equal(w.started().length, 0, "runnable, so still on its way to exec");
    f.procs.set(11, { ppid: 10, argv: ["sleep", "1"], state: "S", comm: "sleep" });
    f.advance(10);
    w.scan();
    assert.deepEqual(w.started().map((e) => e.argv), [["sleep", "1"]]);
  });

  test("a subshell that never execs is announced as it is: after the short wait when sleeping, after the long one when busy", () => {
    const f = fakeTable({ pid: 10, ppid: 1, argv: shell, state: "S", comm: "sh" });
    const w = watch(10, f.table);
    f.procs.set(11, { ppid: 10, argv: shell, state: "S", comm: "sh" });
    f.procs.set(12, { ppid: 10, argv: shell, state: "R", comm: "sh" });
    w.scan();
    f.advance(EXEC_WAIT_MS);
    w.scan();
    assert.deepEqual(w.started().map((e) => e.pid), [11]);
    f.advance(EXEC_WAIT_MAX_MS);
    w.scan();
    assert.deepEqual(w.started().map((e) => [e.pid, e.argv]), [[11, shell], [12, shell]]);
  });

  test("a zombie with no command line is announced by name, then reported gone", () => {
    const f = fakeTable({ pid: 10, ppid: 1, argv: shell, state: "S", comm: "sh" });
    const w = watch(10, f.table);
    f.procs.set(11, { ppid: 10, argv: [], state: "Z", comm: "true" });
    w.scan();
    assert.deepEqual(w.started().map((e) => e.argv), [["true"]]);
    f.procs.delete(11);
    w.scan();
    assert.deepEqual(w.events.map((e) => e.kind), ["descendant-started", "descendant-exited"]);
  });

  test("a child gone before it exec'd is still announced, then reported gone", () => {
    const f = fakeTable({ pid: 10, ppid: 1, argv: shell, state: "S", comm: "sh" });
    const w = watch(10, f.table);
    f.procs.set(11, { ppid: 10, argv: shell, state: "R", comm: "sh" });
    w.scan();
    f.procs.delete(11);
    w.scan();
    assert.deepEqual(
      w.events.map((e) => [e.kind, e.pid, e.ppid]),
      [["descendant-started", 11, 10], ["descendant-exited", 11, 10]],
    );
  });
});

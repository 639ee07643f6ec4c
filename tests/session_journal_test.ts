// The session journal (src/daemon/lifecycle/session_journal.ts) on its own: appended one line
// per spawn and exit (the file is not rewritten each time), read back with the newest line of
// each session winning, an append cut short by a crash ignored, bounded by its rewrites, and
// the earlier one-document format still read.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import process from "node:process";
import { COMPACT_MIN_LINES, SessionJournal } from "../src/daemon/lifecycle/session_journal.ts";
import { bootId } from "../src/daemon/registry/liveness.ts";
import { readProcStat } from "../src/process/proc.ts";
import type { SessionBase } from "../src/daemon/types.ts";

/** The fields of a session the journal reads. */
function fakeSession(id: string, pid: number): SessionBase {
  return {
    id,
    kind: "pipe",
    pid,
    originator: "test",
    createdAt: Date.now() / 1000,
    exited: false,
    command: `sleep ${id}`,
  } as unknown as SessionBase;
}

/** A live `sleep` (the journal only reports sessions with live members). */
function sleeper(): { pid: number; kill(): void } {
  const c = spawn("sleep", ["30"], { stdio: "ignore" });
  return { pid: c.pid!, kill: () => c.kill("SIGKILL") };
}

function withDir(fn: (dir: string) => void | Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync("/tmp/rp-journal-");
    try {
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const lines = (path: string) => readFileSync(path, "utf8").split("\n").filter((l) => l !== "");

describe("session journal", () => {
  test(
    "spawns and exits are appended to the same file, not rewritten",
    withDir((dir) => {
      const path = `${dir}/d.sessions.json`;
      const held = new Set<string>();
      const j = new SessionJournal(path, (id) => held.has(id));
      try {
        const a = fakeSession("pipe-a", process.pid);
        held.add(a.id);
        j.started(a);
        const ino = statSync(path).ino;
        assert.equal(lines(path).length, 2, "header and one session line");
        for (let i = 0; i < 5; i++) {
          const s = fakeSession(`pipe-${i}`, process.pid);
          held.add(s.id);
          j.started(s);
          j.exited(s);
        }
        j.exited(a);
        assert.equal(statSync(path).ino, ino, "the same file (a rewrite would replace it)");
        assert.equal(lines(path).length, 2 + 11);
        const last = JSON.parse(lines(path).at(-1)!);
        assert.equal(last.id, "pipe-a");
        assert.equal(last.exited, true);
      } finally {
        j.close();
      }
    }),
  );

  test(
    "a spawn's line goes out at once with a lower bound; the child's start time follows",
    withDir(async (dir) => {
      const path = `${dir}/d.sessions.json`;
      const child = sleeper();
      try {
        const j = new SessionJournal(path, () => true);
        j.started(fakeSession("pipe-a", child.pid));
        const first = lines(path).map((l) => JSON.parse(l)).filter((e) => e.id === "pipe-a");
        assert.equal(first.length, 1, "written before started() returned");
        assert.equal(first[0].approx, true);
        assert.equal(first[0].startTicks, readProcStat(process.pid)!.startTime);
        // A daemon dying now: the lower bound still finds the child (it started later).
        const early = new SessionJournal(path, () => true).findSurvivors();
        assert.deepEqual(early.map((s) => s.processes.map((p) => p.pid)), [[child.pid]]);
        await new Promise((r) => setTimeout(r, 50));
        const last = lines(path).map((l) => JSON.parse(l)).filter((e) => e.id === "pipe-a").at(-1);
        assert.equal(last.approx, undefined);
        assert.equal(last.startTicks, readProcStat(child.pid)!.startTime);
        // With a lower bound, a process that started before it is not the session's.
        const old = sleeper();
        try {
          writeFileSync(
            path,
            readFileSync(path, "utf8") + JSON.stringify({
              id: "pipe-old",
              kind: "pipe",
              pid: old.pid,
              startTicks: readProcStat(old.pid)!.startTime + 1,
              approx: true,
              createdAt: 1,
              exited: false,
              originator: "t",
              command: "",
            }) + "\n",
          );
          const found = new SessionJournal(path, () => true).findSurvivors();
          assert.deepEqual(found.map((s) => s.entry.id), ["pipe-a"]);
        } finally {
          old.kill();
        }
      } finally {
        child.kill();
      }
    }),
  );

  test(
    "read back: the newest line of a session wins; a cut-short last line is ignored",
    withDir((dir) => {
      const path = `${dir}/d.sessions.json`;
      const live = sleeper();
      const gone = sleeper();
      try {
        const held = new Set(["pipe-live", "pipe-gone"]);
        const j = new SessionJournal(path, (id) => held.has(id));
        j.started(fakeSession("pipe-live", live.pid));
        j.started(fakeSession("pipe-gone", gone.pid));
        j.exited(fakeSession("pipe-live", live.pid));
        // The daemon dies here (no close): the file stays. An append cut short by the crash:
        writeFileSync(path, readFileSync(path, "utf8") + '{"id":"pipe-x","kind":"pi');
        gone.kill();
        const next = new SessionJournal(path, () => true, (l) => assert.fail(l));
        let found = next.findSurvivors();
        for (let i = 0; i < 50 && found.length > 1; i++) {
          // the killed sleep may take a moment to go
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
          found = next.findSurvivors();
        }
        assert.equal(found.length, 1);
        assert.equal(found[0].entry.id, "pipe-live");
        assert.equal(found[0].entry.exited, true, "the exit line is the newest");
        assert.deepEqual(found[0].processes.map((p) => p.pid), [live.pid]);
      } finally {
        live.kill();
        gone.kill();
      }
    }),
  );

  test(
    "rewritten once the appended lines pile up: the file stays bounded, purged ones dropped",
    withDir((dir) => {
      const path = `${dir}/d.sessions.json`;
      const held = new Set<string>();
      const j = new SessionJournal(path, (id) => held.has(id));
      try {
        const keep = fakeSession("pipe-keep", process.pid);
        held.add(keep.id);
        j.started(keep);
        for (let i = 0; i < 3 * COMPACT_MIN_LINES; i++) {
          const s = fakeSession(`pipe-${i}`, process.pid);
          held.add(s.id);
          j.started(s);
          j.exited(s);
          held.delete(s.id); // purged
          // header + the sessions held at the last rewrite (2) + what may be appended after it
          assert.ok(lines(path).length <= 1 + 2 + COMPACT_MIN_LINES + 4, `${lines(path).length}`);
        }
        const ids = lines(path).slice(1).map((l) => JSON.parse(l).id);
        assert.ok(ids.includes("pipe-keep"), "a session still held survives every rewrite");
      } finally {
        j.close();
      }
    }),
  );

  test(
    "a journal in the one-document format (version 1) is still read",
    withDir((dir) => {
      const path = `${dir}/d.sessions.json`;
      const live = sleeper();
      try {
        const st = readProcStat(live.pid)!;
        writeFileSync(
          path,
          JSON.stringify({
            format: "running-process-ts/sessions",
            version: 1,
            bootId: bootId(),
            daemon: { pid: 1, startTicks: 0 },
            sessions: [{
              id: "pipe-old",
              kind: "pipe",
              pid: live.pid,
              startTicks: st.startTime,
              createdAt: 1,
              exited: false,
              originator: "",
              command: "sleep 30",
            }],
          }),
        );
        const found = new SessionJournal(path, () => true, (l) => assert.fail(l)).findSurvivors();
        assert.deepEqual(found.map((f) => f.entry.id), ["pipe-old"]);
      } finally {
        live.kill();
      }
    }),
  );
});

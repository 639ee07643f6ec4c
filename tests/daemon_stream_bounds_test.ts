// Bounded daemon memory against slow consumers: attach queues (drop-oldest with
// `missed_bytes` frames at the exact gap, or lossless backpressure that stops reading the
// child), and file tees on FIFOs nobody reads (per-tee cap, process-wide budget, per-session
// tee limit). The daemon runs in this process, so its memory is `process.memoryUsage().rss`.
import { type DaemonEnv, recordingAttachIO, withDaemon } from "./helpers/daemon_env.ts";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { execFileSync } from "node:child_process";
import {
  closeSync,
  constants,
  mkdtempSync,
  openSync,
  readFileSync,
  realpathSync,
  rmSync,
} from "node:fs";
import process from "node:process";
import { decodePipeStreamFrame, StatusCode } from "../proto_gen/daemon_pb.ts";
import { attachPipeStream, attachPtySession, type StreamOutput } from "../src/client/attach.ts";
import type { DaemonClient } from "../src/client/daemon_client.ts";
import { PipeSession } from "../src/daemon/sessions/pipe_session.ts";
import { PtySession } from "../src/daemon/sessions/pty_session.ts";
import { ChunkRing } from "../src/daemon/sessions/ring_buffer.ts";
import {
  ATTACH_QUEUE_BYTES,
  QUEUE_CHUNK_OVERHEAD,
  StreamSlot,
} from "../src/daemon/streams/attach_stream.ts";
import {
  FileTee,
  MAX_QUEUED_BYTES,
  MAX_TEES_PER_SESSION,
  openTeeFile,
  TEE_BUDGET_BYTES,
} from "../src/daemon/streams/tees.ts";
import { DaemonError } from "../src/errors.ts";
import { ptySupport } from "../src/process/pty.ts";

const SLOW = { timeout: 60_000 };
const PTY = ptySupport().supported;
const MiB = 1024 * 1024;
/** Allowed RSS growth: the read path alone churns tens of MiB at GB/s (GC lag). */
const RSS_SLACK = 192 * MiB;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const rss = () => process.memoryUsage().rss;
const PATH = [{ key: "PATH", value: "/usr/bin:/bin" }];

async function spawnSh(c: DaemonClient, script: string): Promise<string> {
  const r = await c.spawnPipeSessionRaw({ argv: ["/bin/sh", "-c", script], env: PATH });
  return r.sessionId;
}

function pipeSession(e: DaemonEnv, id: string): PipeSession {
  const s = e.server.state.pipeSessions.get(id);
  assert.ok(s instanceof PipeSession);
  return s;
}

/** Bytes the process `pid` has written so far (`/proc/<pid>/io`). */
function written(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/io`, "utf8").match(/wchar:\s+(\d+)/)![1]);
}

/** `seq 1 n` output. */
function seqText(n: number, eol = "\n"): Uint8Array {
  const parts: string[] = [];
  for (let i = 1; i <= n; i++) parts.push(String(i));
  return enc(parts.join(eol) + eol);
}

/**
 * Follows `expected` through a stream: every byte run must sit at the current offset, and
 * every gap advances it. Returns the final offset and the bytes missed.
 */
function follow(expected: Uint8Array, start: number, out: StreamOutput[]) {
  let offset = start;
  let missed = 0;
  for (const o of out) {
    if (o.kind === "missed") {
      assert.ok(o.count > 0);
      offset += o.count;
      missed += o.count;
      continue;
    }
    const want = expected.subarray(offset, offset + o.bytes.length);
    assert.ok(Buffer.from(o.bytes).equals(Buffer.from(want)), `bytes out of place at ${offset}`);
    offset += o.bytes.length;
  }
  return { offset, missed };
}

describe("attach queue (unit)", () => {
  function frames(writes: Uint8Array[]) {
    const all = Buffer.concat(writes);
    const out = [];
    for (let p = 0; p < all.length;) {
      const n = all.readUInt32BE(p);
      out.push(decodePipeStreamFrame(all.subarray(p + 4, p + 4 + n)).frame!);
      p += 4 + n;
    }
    return out;
  }

  test("drop-oldest: the queue stays under its cap; one missed_bytes frame where the bytes were lost", async () => {
    const slot = new StreamSlot();
    const att = slot.claim(false, new Uint8Array(0))!;
    const chunk = 256 * 1024;
    const n = 20; // 5 MiB into a 2 MiB queue
    for (let i = 0; i < n; i++) {
      att.pushData(new Uint8Array(chunk).fill(i));
      assert.ok(att.queuedBytes <= ATTACH_QUEUE_BYTES);
    }
    const kept = Math.floor(ATTACH_QUEUE_BYTES / (chunk + QUEUE_CHUNK_OVERHEAD));
    assert.equal(att.missedBytes, (n - kept) * chunk);
    const { io, writes } = recordingAttachIO();
    const done = att.run(io);
    att.finish(enc("")); // no terminal frame bytes: just end after the queue
    await done;
    const f = frames(writes);
    assert.deepEqual(f[0], { case: "missedBytes", value: (n - kept) * chunk });
    const data = f.slice(1);
    assert.ok(data.every((x) => x.case === "bytes"));
    // the newest chunks were kept, in order
    const bytes = Buffer.concat(data.map((x) => x.value as Uint8Array));
    assert.equal(bytes.length, kept * chunk);
    for (let i = 0; i < kept; i++) assert.equal(bytes[i * chunk], n - kept + i);
  });

  test("a chunk larger than the queue keeps its tail; the gap precedes it", async () => {
    const slot = new StreamSlot();
    const att = slot.claim(false, new Uint8Array(0))!;
    const big = new Uint8Array(ATTACH_QUEUE_BYTES + 1000);
    big[big.length - 1] = 7;
    att.pushData(enc("head"));
    att.pushData(big);
    // "head" is evicted, then the big chunk loses what does not fit next to its overhead
    const lost = 4 + (big.length - (ATTACH_QUEUE_BYTES - QUEUE_CHUNK_OVERHEAD));
    assert.equal(att.missedBytes, lost);
    const { io, writes } = recordingAttachIO();
    const done = att.run(io);
    att.finish(enc(""));
    await done;
    const f = frames(writes);
    assert.deepEqual(f[0], { case: "missedBytes", value: lost });
    const tail = Buffer.concat(f.slice(1).map((x) => x.value as Uint8Array));
    assert.equal(tail.length + lost, 4 + big.length);
    assert.equal(tail[tail.length - 1], 7);
  });

  test("block: nothing is dropped; writable() waits until the queue is half empty", async () => {
    const slot = new StreamSlot();
    const att = slot.claim(false, new Uint8Array(0), "block")!;
    assert.equal(slot.writable(), undefined);
    while (att.queuedBytes < ATTACH_QUEUE_BYTES) att.pushData(new Uint8Array(64 * 1024));
    const w = slot.writable();
    assert.ok(w instanceof Promise);
    let resumed = false;
    void w.then(() => (resumed = true));
    const { io, writes } = recordingAttachIO();
    const done = att.run(io);
    await w;
    assert.ok(resumed);
    att.finish(enc(""));
    await done;
    assert.equal(att.missedBytes, 0);
    assert.ok(frames(writes).every((x) => x.case === "bytes"));
  });
});

describe("attach streams against slow clients (real daemon)", () => {
  test(
    "a client that never reads: drop-oldest keeps the daemon bounded under a 1 GiB flood",
    SLOW,
    async () => {
      await withDaemon(async (e) => {
        const id = await spawnSh(e.client, "sleep 0.3; exec head -c 1073741824 /dev/zero");
        await using att = await attachPipeStream(e.client.options, { sessionId: id });
        const holder = pipeSession(e, id).stdout.slot.holder!;
        const base = rss();
        let peak = 0;
        let maxQueued = 0;
        for (let i = 0; i < 30; i++) {
          await sleep(100);
          peak = Math.max(peak, rss() - base);
          maxQueued = Math.max(maxQueued, holder.queuedBytes);
        }
        assert.ok(maxQueued <= ATTACH_QUEUE_BYTES, `queue held ${maxQueued} bytes`);
        assert.ok(holder.missedBytes > 0, "nothing was dropped");
        assert.ok(peak < RSS_SLACK, `RSS grew by ${(peak / MiB).toFixed(0)} MiB`);
        await att.close();
        await e.client.terminatePipeSession({ sessionId: id });
      });
    },
  );

  test(
    "drop-oldest: bytes received + missed_bytes = what the child wrote, each gap in place",
    SLOW,
    async () => {
      await withDaemon(async (e) => {
        const N = 2_000_000; // ~15 MB
        const expected = seqText(N);
        const id = await spawnSh(e.client, `sleep 0.5; exec seq 1 ${N}`);
        const att = await attachPipeStream(e.client.options, { sessionId: id });
        const start = Number(att.bytesMissed) + att.backlog.length;
        assert.ok(
          Buffer.from(att.backlog).equals(
            Buffer.from(expected.subarray(Number(att.bytesMissed), start)),
          ),
        );
        const it = att.output()[Symbol.asyncIterator]();
        const first = await it.next(); // then stop reading while the child floods
        await sleep(2500);
        const rest: StreamOutput[] = [first.value!];
        for (let r = await it.next(); !r.done; r = await it.next()) rest.push(r.value);
        const { offset, missed } = follow(expected, start, rest);
        assert.ok(missed > 0, "nothing was dropped: the reader was not slow enough");
        assert.equal(missed, att.liveBytesMissed);
        assert.equal(offset, expected.length, "received + missed != written");
        assert.deepEqual(att.terminal?.frame, { case: "exitCode", value: 0 });
      });
    },
  );

  test(
    "lossless: a slow reader gets every byte in order; the child waits for it",
    SLOW,
    async () => {
      await withDaemon(async (e) => {
        const N = 2_000_000;
        const expected = seqText(N);
        const id = await spawnSh(e.client, `sleep 0.5; exec seq 1 ${N}`);
        const att = await attachPipeStream(e.client.options, {
          sessionId: id,
          backpressure: "block",
        });
        const it = att.output()[Symbol.asyncIterator]();
        const got: StreamOutput[] = [];
        const first = await it.next();
        got.push(first.value!);
        await sleep(2500);
        const holder = pipeSession(e, id).stdout.slot.holder!;
        assert.ok(
          holder.queuedBytes <= ATTACH_QUEUE_BYTES + 1 * MiB,
          `${holder.queuedBytes} queued`,
        );
        for (let r = await it.next(); !r.done; r = await it.next()) got.push(r.value);
        assert.ok(got.every((o) => o.kind === "bytes"), "a missed_bytes frame in lossless mode");
        const all = Buffer.concat([
          att.backlog,
          ...got.map((o) => (o as { bytes: Uint8Array }).bytes),
        ]);
        assert.equal(Number(att.bytesMissed), 0);
        assert.ok(all.equals(Buffer.from(expected)), "bytes lost or out of order");
        assert.deepEqual(att.terminal?.frame, { case: "exitCode", value: 0 });
      });
    },
  );

  test(
    "lossless with a client that never reads: the child blocks, the daemon stays bounded",
    SLOW,
    async () => {
      await withDaemon(async (e) => {
        const id = await spawnSh(e.client, "sleep 0.3; exec head -c 1073741824 /dev/zero");
        const pid = pipeSession(e, id).pid;
        await using att = await attachPipeStream(e.client.options, {
          sessionId: id,
          backpressure: "block",
        });
        const base = rss();
        let peak = 0;
        for (let i = 0; i < 20; i++) {
          await sleep(100);
          peak = Math.max(peak, rss() - base);
        }
        const w = written(pid);
        assert.ok(w < 64 * MiB, `the child wrote ${w} bytes: it was not held back`);
        assert.ok(peak < RSS_SLACK, `RSS grew by ${(peak / MiB).toFixed(0)} MiB`);
        assert.equal(pipeSession(e, id).exited, false);
        await att.close();
        // the reader went away: reading resumes, the flood is consumed and the child exits
        for (let i = 0; i < 300 && !pipeSession(e, id).exited; i++) await sleep(100);
        assert.equal(pipeSession(e, id).exited, true);
      });
    },
  );

  test("PTY: a client that never reads gets missed_bytes frames; the queue stays bounded", {
    ...SLOW,
    skip: !PTY,
  }, async () => {
    await withDaemon(async (e) => {
      const r = await e.client.call("spawnPtySession", {
        argv: ["/bin/sh", "-c", "sleep 0.3; exec yes abcdefghijklmnopqrstuvwxyz"],
        env: PATH,
      });
      const id = r.sessionId;
      const att = await attachPtySession(e.client.options, { sessionId: id });
      const s = e.server.state.ptySessions.get(id);
      assert.ok(s instanceof PtySession);
      let maxQueued = 0;
      for (let i = 0; i < 30; i++) {
        await sleep(100);
        maxQueued = Math.max(maxQueued, s.slot.holder?.queuedBytes ?? 0);
      }
      assert.ok(maxQueued <= ATTACH_QUEUE_BYTES, `queue held ${maxQueued} bytes`);
      let gaps = 0;
      let read = 0;
      for await (const o of att.output()) {
        if (o.kind === "missed") gaps++;
        else read += o.bytes.length;
        if (gaps > 0 || read > 64 * MiB) break;
      }
      assert.ok(gaps > 0, "no missed_bytes frame");
      assert.ok(att.liveBytesMissed > 0);
      await att.close();
      await e.client.terminatePtySession({ sessionId: id });
    });
  });

  test("PTY lossless: every byte of the terminal output arrives in order", {
    ...SLOW,
    skip: !PTY,
  }, async () => {
    await withDaemon(async (e) => {
      const N = 200_000; // ~1.5 MB with CR LF
      const r = await e.client.call("spawnPtySession", {
        argv: ["/bin/sh", "-c", `sleep 0.5; exec seq 1 ${N}`],
        env: PATH,
      });
      const att = await attachPtySession(e.client.options, {
        sessionId: r.sessionId,
        backpressure: "block",
      });
      const it = att.output()[Symbol.asyncIterator]();
      const got: StreamOutput[] = [];
      const first = await it.next();
      got.push(first.value!);
      await sleep(2000);
      for (let x = await it.next(); !x.done; x = await it.next()) got.push(x.value);
      assert.ok(got.every((o) => o.kind === "bytes"), "a missed_bytes frame in lossless mode");
      const all = Buffer.concat([
        att.backlog,
        ...got.map((o) => (o as { bytes: Uint8Array }).bytes),
      ]);
      assert.ok(all.equals(Buffer.from(seqText(N, "\r\n"))), "terminal output lost or reordered");
    });
  });

  test("PTY lossless: a client that stalls past every buffer loses nothing; the program waits", {
    ...SLOW,
    skip: !PTY,
  }, async () => {
    await withDaemon(async (e) => {
      // ~14 MB: more than the backend's read-ahead and the attachment's queue together.
      const N = 1_600_000;
      const r = await e.client.call("spawnPtySession", {
        argv: ["/bin/sh", "-c", `read _go; exec seq 1 ${N}`],
        env: PATH,
      });
      const att = await attachPtySession(e.client.options, {
        sessionId: r.sessionId,
        backpressure: "block",
      });
      await att.write("\n"); // echoed: the first output
      const it = att.output()[Symbol.asyncIterator]();
      const got: StreamOutput[] = [];
      got.push((await it.next()).value!);
      await sleep(3000); // the client reads nothing meanwhile
      const s = e.server.state.ptySessions.get(r.sessionId);
      assert.ok(s instanceof PtySession);
      assert.equal(s.exited, false, "the program finished while nobody read its output");
      for (let x = await it.next(); !x.done; x = await it.next()) got.push(x.value);
      const missed = got.filter((o) => o.kind === "missed").reduce((n, o) => n + o.count, 0);
      assert.equal(missed, 0, "missed_bytes in lossless mode");
      const all = Buffer.concat([
        att.backlog,
        ...got.map((o) => (o as { bytes: Uint8Array }).bytes),
      ]);
      assert.ok(
        all.equals(Buffer.concat([enc("\r\n"), seqText(N, "\r\n")])),
        "terminal output lost or reordered",
      );
    });
  });
});

describe("file tees on FIFOs nobody reads", () => {
  /** A FIFO held open by a reader that never reads. */
  function stalledFifo(path: string): number {
    execFileSync("mkfifo", [path]);
    return openSync(path, constants.O_RDWR | constants.O_NONBLOCK);
  }

  test(
    "4 BLOCK tees under `yes`: each holds at most its cap, the daemon stays bounded",
    SLOW,
    async () => {
      await withDaemon(async (e) => {
        const id = await spawnSh(e.client, "sleep 0.3; exec yes");
        const fds: number[] = [];
        try {
          const base = rss();
          for (let i = 0; i < 4; i++) {
            const path = `${e.dir}/f${i}`;
            fds.push(stalledFifo(path));
            await e.client.call("registerSessionTee", {
              sessionId: id,
              sessionKind: 2,
              sinkKind: 1,
              stream: 2,
              filePath: enc(path),
              backpressure: 1,
            });
          }
          let peak = 0;
          for (let i = 0; i < 30; i++) {
            await sleep(100);
            peak = Math.max(peak, rss() - base);
            assert.ok(FileTee.heldBytesTotal <= TEE_BUDGET_BYTES);
          }
          assert.ok(
            peak < RSS_SLACK + 4 * MAX_QUEUED_BYTES,
            `RSS grew by ${(peak / MiB).toFixed(0)} MiB`,
          );
          await e.client.terminatePipeSession({ sessionId: id });
        } finally {
          for (const fd of fds) closeSync(fd);
        }
      });
    },
  );

  test(`at most ${MAX_TEES_PER_SESSION} tees per session, then RATE_LIMITED`, SLOW, async () => {
    await withDaemon(async (e) => {
      const id = await spawnSh(e.client, "sleep 30");
      const reg = (i: number) =>
        e.client.call("registerSessionTee", {
          sessionId: id,
          sessionKind: 2,
          sinkKind: 1,
          stream: 2,
          filePath: enc(`${e.dir}/t${i}.log`),
        });
      for (let i = 0; i < MAX_TEES_PER_SESSION; i++) await reg(i);
      await assert.rejects(reg(99), (err: unknown) => {
        assert.ok(err instanceof DaemonError);
        assert.equal(err.status, StatusCode.STATUS_CODE_RATE_LIMITED);
        assert.match(err.message, /too many tees on session .*: at most 16; unregister one first/);
        return true;
      });
      await e.client.terminatePipeSession({ sessionId: id });
    });
  });

  test("the process-wide budget bounds the storage of all tee queues together", SLOW, async () => {
    const dir = realpathSync(mkdtempSync("/tmp/rp-"));
    const tees: FileTee[] = [];
    const fds: number[] = [];
    try {
      const n = Math.ceil(TEE_BUDGET_BYTES / MAX_QUEUED_BYTES) + 2;
      const chunk = new Uint8Array(MiB);
      for (let i = 0; i < n; i++) {
        fds.push(stalledFifo(`${dir}/f${i}`));
        const tee = new FileTee(i + 1, 2, await openTeeFile(`${dir}/f${i}`, true), {
          queueCapacity: 0,
          backpressure: "block",
          suppressMissedMarkers: true,
        });
        tees.push(tee);
        for (let k = 0; k < 20; k++) tee.push(chunk);
        assert.ok(tee.heldBytes <= MAX_QUEUED_BYTES);
        assert.ok(FileTee.heldBytesTotal <= TEE_BUDGET_BYTES, `${FileTee.heldBytesTotal}`);
      }
      assert.ok(
        tees.at(-1)!.status().missedBytes >= 20 * MiB - 2 * MiB,
        "the budget was not applied",
      );
    } finally {
      await Promise.all(tees.map((t) => t.end(50)));
      for (const fd of fds) closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(FileTee.heldBytesTotal, 0, "ended tees still hold storage");
  });

  test("ChunkRing: evicting and appending reuses one buffer; gaps follow their chunk", () => {
    const q = new ChunkRing(10);
    assert.ok(q.push(enc("abcd"), 0));
    assert.ok(q.push(enc("efgh"), 3));
    assert.ok(!q.push(enc("ijk"), 0), "over capacity");
    const d = q.drop()!;
    q.addGapToFront(d.gap + d.length);
    assert.ok(q.push(enc("ijk"), 0)); // wraps around
    const a = q.shift()!;
    assert.equal(new TextDecoder().decode(a.bytes), "efgh");
    assert.equal(a.gap, 7);
    const b = q.shift()!;
    assert.equal(new TextDecoder().decode(b.bytes), "ijk");
    assert.equal(q.chunks, 0);
    assert.equal(q.bytes, 0);
  });
});

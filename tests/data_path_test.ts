// The data path at speed: attach streams frame bytes straight into their socket batches and
// coalesce streaming output; shared (non-exclusive) readers each get every byte. These tests
// prove that bytes stay exact at any chunk size and that shared readers stay bounded.
import { recordingAttachIO, withDaemon } from "./helpers/daemon_env.ts";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { writeFileSync } from "node:fs";
import { setImmediate } from "node:timers";
import { decodePipeStreamFrame } from "../proto_gen/daemon_pb.ts";
import { attachPipeStream, type PipeStreamAttachment } from "../src/client/attach.ts";
import { SessionObservers } from "../src/daemon/observers/observer_registry.ts";
import {
  PipeSession,
  READ_COALESCE_BYTES,
  READ_FULL_BYTES,
} from "../src/daemon/sessions/pipe_session.ts";
import type { AttachIO } from "../src/daemon/types.ts";
import {
  ATTACH_QUEUE_BYTES,
  BATCH_POOL_MIN_BYTES,
  QUEUE_CHUNK_OVERHEAD,
  STREAM_CHUNK_BYTES,
  StreamSlot,
} from "../src/daemon/streams/attach_stream.ts";

const SLOW = { timeout: 60_000 };
const PATH = [{ key: "PATH", value: "/usr/bin:/bin" }];
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Awkward bytes: CR/LF pairs, lone CRs, empty lines, invalid UTF-8, a multi-byte character
 * split across two writes of the child, then pseudo-random bytes of an odd length.
 */
function awkward(n: number): { head: string[]; body: Uint8Array; all: Uint8Array } {
  // printf arguments (octal escapes): the child writes each with its own write(2).
  const head = ["a\\r\\n\\nb\\rc\\303", "\\251\\377\\376\\n", "\\342\\202", "\\254\\r\\n"];
  const headBytes = Buffer.from([
    ...Buffer.from("a\r\n\nb\rc"),
    0xc3,
    0xa9,
    0xff,
    0xfe,
    0x0a,
    0xe2,
    0x82,
    0xac,
    0x0d,
    0x0a,
  ]);
  const body = new Uint8Array(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    body[i] = x & 0xff;
  }
  return { head, body, all: Buffer.concat([headBytes, body]) };
}

async function collect(att: PipeStreamAttachment, slowMs = 0): Promise<Uint8Array> {
  const parts: Uint8Array[] = [att.backlog];
  for await (const o of att.output()) {
    assert.equal(o.kind, "bytes", "a gap in lossless mode");
    if (o.kind === "bytes") parts.push(o.bytes);
    if (slowMs > 0) await sleep(slowMs);
  }
  return Buffer.concat(parts);
}

/** The output bytes of the data frames in `writes` (each write: whole frames). */
function dataOf(writes: Uint8Array[]): Uint8Array {
  const stream = Buffer.concat(writes);
  const got: Uint8Array[] = [];
  for (let p = 0; p < stream.length;) {
    const n = stream.readUInt32BE(p);
    const f = decodePipeStreamFrame(stream.subarray(p + 4, p + 4 + n)).frame!;
    if (f.case === "bytes") got.push(f.value);
    p += 4 + n;
  }
  return Buffer.concat(got);
}

async function until(cond: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

describe("data path: memory of handed-over chunks and batches", () => {
  test("a handed-over chunk is shared by the attachments; its memory goes back after the last", async () => {
    const slot = new StreamSlot();
    const a = slot.claim(false, new Uint8Array(0), "block")!;
    const b = slot.claimShared("block");
    const ioA = recordingAttachIO();
    const ioB = recordingAttachIO();
    const chunk = awkward(65_536).body;
    const copy = chunk.slice();
    slot.pushData(chunk, true);
    assert.equal(a.queuedBytes, b.queuedBytes);
    assert.equal(chunk.byteLength, 65_536, "released while queued");
    const runA = a.run(ioA.io);
    await until(() => ioA.writes.length > 0, "A's batch");
    assert.equal(chunk.byteLength, 65_536, "released while B still holds it");
    const runB = b.run(ioB.io);
    await until(() => ioB.writes.length > 0, "B's batch");
    // Both framed it: the buffer is detached (its memory given back), not left to the GC.
    assert.equal(chunk.byteLength, 0);
    assert.equal(chunk.buffer.byteLength, 0);
    assert.ok(Buffer.from(dataOf(ioA.writes)).equals(Buffer.from(copy)));
    assert.ok(Buffer.from(dataOf(ioB.writes)).equals(Buffer.from(copy)));
    slot.end(null);
    await Promise.all([runA, runB]);
  });

  test("nobody attached: a handed-over chunk goes back at once; a lent one is never touched", () => {
    const slot = new StreamSlot();
    const owned = new Uint8Array(32_768).fill(1);
    slot.pushData(owned, true);
    assert.equal(owned.buffer.byteLength, 0);
    const lent = new Uint8Array(32_768).fill(2);
    const a = slot.claim(false, new Uint8Array(0))!;
    slot.pushData(lent); // not owned: the attachment queues a copy
    assert.equal(lent.buffer.byteLength, 32_768);
    assert.ok(lent.every((x) => x === 2));
    assert.equal(a.queuedBytes, 32_768 + QUEUE_CHUNK_OVERHEAD);
    slot.end(null);
  });

  test("drop-oldest: an evicted handed-over chunk goes back at once; queued ones stay intact", () => {
    const slot = new StreamSlot();
    const a = slot.claim(false, new Uint8Array(0))!; // drop-oldest, never written
    const chunks = Array.from({ length: 48 }, (_, i) => new Uint8Array(65_536).fill(i));
    for (const c of chunks) slot.pushData(c, true);
    const evicted = chunks.filter((c) => c.byteLength === 0).length;
    assert.ok(evicted > 0 && a.missedBytes === evicted * 65_536, `${evicted} evicted`);
    for (const c of chunks.slice(evicted)) assert.equal(c.byteLength, 65_536);
    assert.equal(chunks[evicted][0], evicted);
    slot.end(null); // the dropped queue lets go of the rest
    assert.ok(chunks.every((c) => c.byteLength === 0));
  });

  test("adjacent small chunks are framed together: few, full data frames", async () => {
    const { io, writes } = recordingAttachIO();
    const slot = new StreamSlot();
    const a = slot.claim(false, new Uint8Array(0), "block")!;
    const { body } = awkward(100 * 1024 + 3);
    for (let off = 0; off < body.length; off += 1000) {
      slot.pushData(body.subarray(off, Math.min(off + 1000, body.length)));
    }
    slot.end(new Uint8Array([0, 0, 0, 2, 0x10, 0x00])); // exit_code 0
    await a.run(io);
    const stream = Buffer.concat(writes);
    const sizes: number[] = [];
    for (let p = 0; p < stream.length; p += 4 + stream.readUInt32BE(p)) {
      sizes.push(stream.readUInt32BE(p));
    }
    // 103 child writes: one full 64 KiB data frame, one with the rest, the exit frame.
    assert.deepEqual(sizes, [
      1 + 3 + STREAM_CHUNK_BYTES,
      1 + 3 + body.length - STREAM_CHUNK_BYTES,
      2,
    ]);
    assert.ok(Buffer.from(dataOf(writes)).equals(Buffer.from(body)));
  });

  test("batches are framed into reused buffers once their write settled", async () => {
    const slot = new StreamSlot();
    const a = slot.claim(false, new Uint8Array(0), "block")!;
    const buffers: ArrayBufferLike[] = [];
    const sent: Uint8Array[] = [];
    let closed!: () => void;
    const io: AttachIO = {
      writeFrame: () => Promise.resolve(),
      write: async (batch) => {
        buffers.push(batch.buffer);
        sent.push(batch.slice());
        await sleep(1);
      },
      frames: { [Symbol.asyncIterator]: () => ({ next: () => new Promise(() => {}) }) },
      close: () => Promise.resolve(closed()),
      closed: new Promise<void>((r) => (closed = r)),
    };
    const run = a.run(io);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < 6; i++) {
      const part = awkward(BATCH_POOL_MIN_BYTES + i).body;
      parts.push(part.slice());
      slot.pushData(part, true);
      await until(() => buffers.length === i + 1, `batch ${i}`);
      await sleep(5); // the write settled and its buffer went back
    }
    slot.end(null);
    await run;
    // Every batch after the first reused an earlier batch's buffer: no new memory per batch.
    const distinct = new Set(buffers).size;
    assert.ok(distinct < buffers.length, `${distinct} buffers for ${buffers.length} batches`);
    assert.ok(Buffer.from(dataOf(sent)).equals(Buffer.concat(parts)));
  });
});

/**
 * A pipe session over a fake child whose stdout yields `chunkBytes`-byte chunks as fast as it
 * is asked (one macrotask each); returns how many chunks it read in `ms`.
 */
async function readsIn(
  chunkBytes: number | ((read: number) => number),
  ms: number,
): Promise<number> {
  const size = typeof chunkBytes === "number" ? () => chunkBytes : chunkBytes;
  let pulls = 0;
  let stop = false;
  let exit!: () => void;
  const exited = new Promise<{ exitCode: number; signal: null }>((r) =>
    exit = () => r({ exitCode: 0, signal: null })
  );
  const child = {
    pid: 0,
    stdout: (async function* () {
      while (!stop) {
        // A macrotask per chunk, as a read of a real pipe would take.
        await new Promise<void>((r) => setImmediate(r));
        yield new Uint8Array(size(pulls++));
      }
    })(),
    stderr: null,
    writeStdin: () => Promise.resolve(0),
    closeStdin: () => Promise.resolve(),
    exited,
    ready: Promise.resolve(),
    signalGroup: () => false,
    kill: () => false,
  };
  const session = new PipeSession({
    id: "pipe-0000000000000001-00000001",
    pid: 0,
    argv: ["fake"],
    cwd: "",
    originator: "test",
    observers: new SessionObservers(),
    child: child as unknown as ConstructorParameters<typeof PipeSession>[0]["child"],
    merged: true,
  });
  session.start();
  await sleep(ms);
  const n = pulls;
  stop = true;
  exit();
  session.dispose();
  return n;
}

describe("data path: reading streaming output in bulk", () => {
  test("small writes streaming in are read about once per millisecond, not one by one", async () => {
    const small = await readsIn(4096, 200);
    // Each read waits READ_COALESCE_MS: a few hundred reads at most, where reading each
    // 4 KiB write as it lands would take many thousands.
    assert.ok(small < 600, `${small} reads of 4 KiB in 200 ms`);
    assert.ok(small > 0);
    // Large reads never wait.
    const large = await readsIn(READ_COALESCE_BYTES, 200);
    assert.ok(large > 3 * small, `${large} large reads against ${small} small ones`);
  });

  test("a child that fills the pipe during the waits is not held up by them", async () => {
    const small = await readsIn(4096, 200);
    // Two small reads, then a full pipe: the pattern of a child writing faster than the
    // reader's waits (its small writes pile up to a full pipe while the reader waits).
    const flood = await readsIn((i) => i % 3 === 2 ? 2 * READ_FULL_BYTES : 4096, 200);
    assert.ok(flood > 3 * small, `${flood} reads of a flood against ${small} of a trickle`);
  });
});

describe("data path", () => {
  test("frames: odd chunk sizes, chunks above STREAM_CHUNK_BYTES, exact bytes", async () => {
    const { io, writes } = recordingAttachIO();
    const slot = new StreamSlot();
    const a = slot.claim(false, new Uint8Array(0), "block")!;
    const run = a.run(io);
    const { all } = awkward(3 * STREAM_CHUNK_BYTES + 12345);
    const sizes = [1, 2, 3, STREAM_CHUNK_BYTES + 7, 5, 2 * STREAM_CHUNK_BYTES, 4093];
    let off = 0;
    for (let i = 0; off < all.length; i++) {
      const n = Math.min(sizes[i % sizes.length], all.length - off);
      slot.pushData(all.slice(off, off + n), i % 2 === 0);
      off += n;
      if (i % 3 === 0) await sleep(0);
    }
    slot.end(new Uint8Array([0, 0, 0, 2, 0x10, 0x00])); // exit_code 0
    await run;
    const stream = Buffer.concat(writes);
    const got: Uint8Array[] = [];
    for (let p = 0; p < stream.length;) {
      const n = stream.readUInt32BE(p);
      assert.ok(n <= STREAM_CHUNK_BYTES + 8, `frame of ${n} bytes`);
      const f = decodePipeStreamFrame(stream.subarray(p + 4, p + 4 + n)).frame!;
      if (f.case === "bytes") got.push(f.value);
      p += 4 + n;
    }
    assert.ok(Buffer.concat(got).equals(Buffer.from(all)));
  });

  test(
    "shared readers: each of several (one slow) gets every byte, beside the exclusive holder",
    SLOW,
    async () => {
      await withDaemon(async (e) => {
        const { head, body, all } = awkward(3_000_001);
        writeFileSync(`${e.dir}/body`, body);
        const printf = head.map((h) => `printf '${h}'`).join("; ");
        const r = await e.client.spawnPipeSessionRaw({
          argv: ["/bin/sh", "-c", `read _x; ${printf}; exec cat '${e.dir}/body'`],
          env: PATH,
        });
        const id = r.sessionId;
        const opts = { sessionId: id, backpressure: "block" as const };
        const exclusive = await attachPipeStream(e.client.options, opts);
        const shared = [];
        for (let i = 0; i < 4; i++) {
          shared.push(await attachPipeStream(e.client.options, { ...opts, shared: true }));
        }
        // The exclusive slot is still exclusive.
        await assert.rejects(attachPipeStream(e.client.options, opts), /already has/);
        await e.client.writePipeStdin({ sessionId: id, data: "go\n", close: true });
        const results = await Promise.all([
          collect(exclusive),
          collect(shared[0], 2), // a slow lossless reader pauses the session, loses nothing
          ...shared.slice(1).map((a) => collect(a)),
        ]);
        for (const [i, got] of results.entries()) {
          assert.equal(got.length, all.length, `reader ${i}: length`);
          assert.ok(Buffer.from(got).equals(Buffer.from(all)), `reader ${i}: bytes differ`);
        }
        for (const a of [exclusive, ...shared]) {
          assert.deepEqual(a.terminal?.frame, { case: "exitCode", value: 0 });
        }
      });
    },
  );

  test(
    "a shared reader that never reads: drop-oldest keeps its queue under the cap",
    SLOW,
    async () => {
      await withDaemon(async (e) => {
        const r = await e.client.spawnPipeSessionRaw({
          argv: ["/bin/sh", "-c", "sleep 0.3; exec head -c 268435456 /dev/zero"],
          env: PATH,
        });
        await using att = await attachPipeStream(e.client.options, {
          sessionId: r.sessionId,
          shared: true,
        });
        const s = e.server.state.pipeSessions.get(r.sessionId);
        assert.ok(s instanceof PipeSession);
        const reader = s.stdout.slot.sharedReaders[0];
        assert.ok(reader !== undefined && s.stdout.slot.holder === undefined);
        let maxQueued = 0;
        for (let i = 0; i < 20; i++) {
          await sleep(100);
          maxQueued = Math.max(maxQueued, reader.queuedBytes);
        }
        assert.ok(maxQueued <= ATTACH_QUEUE_BYTES + QUEUE_CHUNK_OVERHEAD, `${maxQueued} queued`);
        assert.ok(reader.missedBytes > 0, "nothing was dropped");
        await att.close();
        await e.client.terminatePipeSession({ sessionId: r.sessionId });
      });
    },
  );
});

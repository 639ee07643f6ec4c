// The daemon's listener (`listenUnix`: `Deno.listen` under Deno, `Bun.listen` under Bun):
// accepted connections are half-open capable, write every byte in order however slowly the
// peer reads (Bun's socket write takes only what the kernel accepts), stop reading a peer
// that floods them, and survive peers that vanish mid-write.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import fs from "node:fs";
import net from "node:net";
import { ConnectionClosedError } from "../src/errors.ts";
import { listenBunUnix } from "../src/transport/adapters/bun.ts";
import { type Listener, listenUnix } from "../src/transport/listen.ts";
import { detectRuntime } from "../src/transport/runtime.ts";
import type { Transport } from "../src/transport/transport.ts";
import { makeTempDir } from "./helpers/socket_server.ts";
import { concat, pattern } from "./helpers/bytes.ts";

const SLOW = { timeout: 30_000 };
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A raw `node:net` peer that records what it receives and can pause reading. */
interface Peer {
  socket: net.Socket;
  received(): number;
  bytes(): Uint8Array;
  /** Resolves once the server closed or ended the connection. */
  ended: Promise<void>;
}

function connectPeer(path: string): Promise<Peer> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection({ path, allowHalfOpen: true });
    const parts: Uint8Array[] = [];
    let n = 0;
    let markEnded!: () => void;
    const ended = new Promise<void>((r) => (markEnded = r));
    socket.on("data", (d: Uint8Array) => {
      parts.push(new Uint8Array(d));
      n += d.length;
    });
    socket.on("end", () => markEnded());
    socket.on("close", () => markEnded());
    socket.on("error", () => {});
    socket.once("error", reject);
    socket.once("connect", () => {
      socket.removeListener("error", reject);
      resolve({ socket, received: () => n, bytes: () => concat(parts), ended });
    });
  });
}

async function withListener(
  fn: (l: Listener, accept: () => Promise<Transport>) => Promise<void>,
): Promise<void> {
  const dir = makeTempDir();
  const l = await listenUnix(`${dir}/l.sock`);
  const it = l[Symbol.asyncIterator]();
  const accept = async () => {
    const r = await it.next();
    assert.ok(!r.done, "the listener ended");
    return r.value;
  };
  try {
    await fn(l, accept);
  } finally {
    await l.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function readAll(t: Transport): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of t) parts.push(c);
  return concat(parts);
}

async function waitFor(cond: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

describe("listener", () => {
  test("under Bun, accepted connections come from Bun.listen", () => {
    const dir = makeTempDir();
    try {
      const l = listenBunUnix(`${dir}/b.sock`);
      assert.equal(l !== undefined, detectRuntime() === "bun");
      l?.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test(
    "half-open: a peer that ended its side still gets every byte, then the close",
    SLOW,
    async () => {
      await withListener(async (l, accept) => {
        const peer = await connectPeer(l.path);
        const t = await accept();
        peer.socket.write(new Uint8Array([1, 2, 3]));
        peer.socket.end(); // shutdown(SHUT_WR)
        assert.deepEqual(await readAll(t), new Uint8Array([1, 2, 3]));
        // The peer's side is done; writing goes on, bigger than any socket buffer.
        const reply = pattern(3 * 1024 * 1024 + 17, 1);
        await Promise.all([
          t.write(reply.subarray(0, 1_000_000)),
          t.write(reply.subarray(1_000_000)),
        ]);
        await t.close();
        await peer.ended;
        await waitFor(() => peer.received() === reply.length, 5000, "the reply");
        assert.ok(Buffer.from(peer.bytes()).equals(Buffer.from(reply)), "reply bytes differ");
        await t.closed;
        peer.socket.destroy();
      });
    },
  );

  test(
    "partial writes to a slow peer: writes settle only once the kernel took them, in order",
    SLOW,
    async () => {
      await withListener(async (l, accept) => {
        const peer = await connectPeer(l.path);
        const t = await accept();
        peer.socket.pause();
        const parts = Array.from({ length: 8 }, (_, i) => pattern(512 * 1024 + i, i + 2));
        let settled = 0;
        const writes = parts.map((p) => t.write(p).then(() => void settled++));
        await sleep(200);
        // 4 MiB cannot fit in the socket buffers of a peer that does not read: the later
        // writes are still pending (the transport waits for the socket to drain).
        assert.ok(settled < parts.length, `${settled} of ${parts.length} writes settled`);
        // Read in small bursts: the writes complete, in call order, byte for byte.
        while (settled < parts.length) {
          peer.socket.resume();
          await sleep(5);
          peer.socket.pause();
          await sleep(5);
        }
        peer.socket.resume();
        await Promise.all(writes);
        const total = parts.reduce((n, p) => n + p.length, 0);
        await waitFor(() => peer.received() === total, 5000, "every byte");
        assert.ok(Buffer.from(peer.bytes()).equals(Buffer.from(concat(parts))), "bytes differ");
        await t.close();
        peer.socket.destroy();
      });
    },
  );

  test("a peer that floods without being read is paused, not buffered", SLOW, async () => {
    await withListener(async (l, accept) => {
      const peer = await connectPeer(l.path);
      const t = await accept();
      const flood = pattern(16 * 1024 * 1024, 9);
      let flushed = false;
      peer.socket.write(flood, () => (flushed = true));
      await sleep(300);
      // The transport stopped reading past its 1 MiB read-ahead: most of the flood still
      // waits in the peer's own buffer.
      assert.ok(!flushed, "the listener took the whole flood without anyone reading it");
      assert.ok(peer.socket.writableLength > 8 * 1024 * 1024, `${peer.socket.writableLength}`);
      // Reading resumes the socket; every byte arrives intact.
      peer.socket.end();
      const got = await readAll(t);
      assert.equal(got.length, flood.length);
      assert.ok(Buffer.from(got).equals(Buffer.from(flood)), "flood bytes differ");
      await t.close();
      peer.socket.destroy();
    });
  });

  test(
    "a peer that vanishes mid-write: the write rejects, closed resolves, the listener goes on",
    SLOW,
    async () => {
      await withListener(async (l, accept) => {
        const peer = await connectPeer(l.path);
        const t = await accept();
        peer.socket.pause();
        const big = t.write(pattern(8 * 1024 * 1024, 3));
        await sleep(50);
        peer.socket.destroy();
        await assert.rejects(big, ConnectionClosedError);
        await t.closed;
        await assert.rejects(t.write(new Uint8Array([1])), ConnectionClosedError);
        // The listener still accepts and serves.
        const again = await connectPeer(l.path);
        const t2 = await accept();
        await t2.write(new Uint8Array([7, 8]));
        await waitFor(() => again.received() === 2, 5000, "the reply");
        await t2.close();
        again.socket.destroy();
      });
    },
  );

  test("close stops accepting; accepted connections stay open", async () => {
    const dir = makeTempDir();
    const path = `${dir}/c.sock`;
    const l = await listenUnix(path);
    try {
      const it = l[Symbol.asyncIterator]();
      const peer = await connectPeer(path);
      const r = await it.next();
      assert.ok(!r.done);
      await l.close();
      await l.close(); // idempotent
      assert.deepEqual(await it.next(), { done: true, value: undefined });
      await r.value.write(new Uint8Array([5]));
      await waitFor(() => peer.received() === 1, 5000, "a byte after the listener closed");
      await r.value.close();
      await peer.ended;
      peer.socket.destroy();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

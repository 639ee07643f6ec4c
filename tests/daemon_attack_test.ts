// The attacks of a hostile or careless client, all at once, against a daemon in its own
// process (the runtime running this test): frames of millions of tiny unknown fields held
// behind a slow handler, a client attached to `yes` that never reads, stdin floods from
// clients that vanish, half-closed clients, hundreds of unpurged exited sessions. The
// daemon's RSS and descriptor count are read from /proc before, during and after; a PING
// probe on its own connection must keep being answered throughout.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { encodeDaemonRequest, RequestType } from "../proto_gen/daemon_pb.ts";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { DAEMON_MAX_FRAME, encodeFrame } from "../src/frame.ts";
import { Writer } from "../src/wire.ts";
import { runtimeName } from "../src/process/_util.ts";

const LINUX = process.platform === "linux";
const SERVE_CHILD = fileURLToPath(new URL("./helpers/serve_child.ts", import.meta.url));

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "latin1"));
  return m ? Number(m[1]) / 1024 : NaN;
}

function fdCount(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `serve_child.ts` under the runtime running this test. */
async function startDaemonProcess(socketPath: string, dbPath: string): Promise<ChildProcess> {
  const args = runtimeName() === "deno"
    ? ["run", "-A", SERVE_CHILD, socketPath, dbPath]
    : [SERVE_CHILD, socketPath, dbPath];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Uint8Array) => {
      out += new TextDecoder().decode(d);
      if (out.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`daemon exited with ${code}`)));
  });
  return child;
}

/** A STATUS request carrying `bytes` of 3-byte unknown fields (field 2000, varint 0). */
function unknownFieldFlood(bytes: number): Uint8Array {
  const w = new Writer(bytes + 32);
  w.tag(1, 0).uint64(1);
  w.tag(2, 0).uint32(RequestType.REQUEST_TYPE_STATUS);
  w.tag(3, 0).uint32(1);
  const head = w.finish();
  const unit = new Writer(8);
  unit.tag(2000, 0).uint32(0);
  const one = unit.finish();
  const out = new Uint8Array(head.length + Math.floor(bytes / one.length) * one.length);
  out.set(head);
  for (let p = head.length; p < out.length; p += one.length) out.set(one, p);
  return out;
}

/** Opens a raw socket, writes `bytes`, and returns it (the caller decides what follows). */
function rawSocket(path: string, bytes: Uint8Array): Promise<net.Socket> {
  return new Promise((resolve) => {
    const s = net.createConnection({ path, allowHalfOpen: true }, () => {
      s.write(bytes);
      resolve(s);
    });
    s.on("error", () => resolve(s));
  });
}

/** Counts the response frames on `s` until it closes or `ms` passes. */
function countReplies(s: net.Socket, ms: number): Promise<number> {
  return new Promise((resolve) => {
    let buf = new Uint8Array(0);
    let n = 0;
    const done = () => {
      clearTimeout(timer);
      resolve(n);
    };
    const timer = setTimeout(done, ms);
    s.on("data", (d: Uint8Array) => {
      const nb = new Uint8Array(buf.length + d.length);
      nb.set(buf);
      nb.set(d, buf.length);
      buf = nb;
      for (;;) {
        if (buf.length < 4) break;
        const len = ((buf[0] << 24) | (buf[1] << 16) | (buf[2] << 8) | buf[3]) >>> 0;
        if (buf.length < 4 + len) break;
        buf = buf.slice(4 + len);
        n++;
      }
    });
    s.on("close", done);
  });
}

describe("the daemon under every attack at once", { skip: !LINUX }, () => {
  test("memory and descriptors stay bounded, PING keeps answering, all is given back", {
    timeout: 180_000,
  }, async () => {
    const dir = mkdtempSync("/tmp/rp-attack-");
    const socketPath = `${dir}/d/s.sock`;
    const daemon = await startDaemonProcess(socketPath, `${dir}/state.sqlite3`);
    const pid = daemon.pid!;
    const admin = await DaemonClient.connect({ socketPath, rpcTimeoutMs: 30_000 });
    const sockets: net.Socket[] = [];
    try {
      // Warm up (first spawn, first attach), then take the baseline.
      const warm = await admin.call("spawnPipeSession", { argv: ["true"] });
      await sleep(300);
      await admin.call("purgeExitedSessions", {}).catch(() => {});
      void warm;
      const base = { rss: rssMiB(pid), fds: fdCount(pid) };
      let peakRss = base.rss;
      const sampler = setInterval(() => {
        try {
          peakRss = Math.max(peakRss, rssMiB(pid));
        } catch { /* exited: the asserts below say so */ }
      }, 100);

      // A PING probe on its own connection for the whole run.
      const probe = await DaemonClient.connect({ socketPath, rpcTimeoutMs: 30_000 });
      let probing = true;
      const probeTimes: number[] = [];
      const probeLoop = (async () => {
        while (probing) {
          const t0 = performance.now();
          await probe.ping();
          probeTimes.push(performance.now() - t0);
          await sleep(50);
        }
      })();

      // 1. A child that writes as fast as it can, attached by a client that never reads.
      const yes = await admin.call("spawnPipeSession", { argv: ["yes"] });
      const deaf = await rawSocket(
        socketPath,
        encodeFrame(encodeDaemonRequest({
          id: 1,
          type: RequestType.REQUEST_TYPE_ATTACH_PIPE_STREAM,
          protocolVersion: 1,
          attachPipeStream: { sessionId: yes.sessionId, stream: 1 },
        })),
      );
      deaf.pause();
      sockets.push(deaf);

      // 2. A child that never reads stdin, and 20 clients that each send 1 MiB and vanish.
      const sleeper = await admin.call("spawnPipeSession", { argv: ["sleep", "600"] });
      const flood = encodeFrame(encodeDaemonRequest({
        id: 1,
        type: RequestType.REQUEST_TYPE_WRITE_PIPE_STDIN,
        protocolVersion: 1,
        writePipeStdin: { sessionId: sleeper.sessionId, data: new Uint8Array(1 << 20) },
      }));
      for (let i = 0; i < 20; i++) (await rawSocket(socketPath, flood)).destroy();

      // 3. Ten frames of the largest size (4 MiB) made of tiny unknown fields, sent at once.
      const hostile = encodeFrame(unknownFieldFlood(DAEMON_MAX_FRAME - 64));
      const hostileSockets = await Promise.all(
        Array.from({ length: 10 }, () => rawSocket(socketPath, hostile)),
      );
      sockets.push(...hostileSockets);
      const hostileReplies = Promise.all(hostileSockets.map((s) => countReplies(s, 60_000)));

      // 4. Half-closed clients: a request, then the write side shut at once.
      const ping = encodeFrame(encodeDaemonRequest({
        id: 1,
        type: RequestType.REQUEST_TYPE_PING,
        protocolVersion: 1,
        ping: {},
      }));
      const halfClosed = await Promise.all(Array.from({ length: 20 }, async () => {
        const s = await rawSocket(socketPath, ping);
        sockets.push(s);
        s.end();
        return countReplies(s, 20_000);
      }));

      // 5. Three hundred short sessions, never purged.
      for (let i = 0; i < 300; i += 20) {
        await Promise.all(
          Array.from({ length: 20 }, () => admin.call("spawnPipeSession", { argv: ["true"] })),
        );
      }

      await sleep(3000); // the flood keeps flowing into the deaf client's queue
      const during = { rss: rssMiB(pid), fds: fdCount(pid) };
      const repliedHostile = await hostileReplies;
      probing = false;
      await probeLoop;
      clearInterval(sampler);

      // Give everything back: kill the writers, drop the clients, purge the sessions.
      for (const s of sockets) s.destroy();
      await admin.call("terminatePipeSession", { sessionId: yes.sessionId, graceMs: 0 });
      await admin.call("terminatePipeSession", { sessionId: sleeper.sessionId, graceMs: 0 });
      await sleep(1000);
      await admin.call("purgeExitedSessions", {}).catch(() => {});
      await sleep(1000);
      const after = { rss: rssMiB(pid), fds: fdCount(pid) };
      const status = await admin.status();

      probeTimes.sort((a, b) => a - b);
      const p99 = probeTimes[Math.floor(probeTimes.length * 0.99)] ?? NaN;
      console.log(
        `attack (${runtimeName()} daemon): RSS ${base.rss.toFixed(0)} → peak ` +
          `${peakRss.toFixed(0)} → after ${after.rss.toFixed(0)} MiB; fds ${base.fds} → ` +
          `${during.fds} → ${after.fds}; PING p99 ${p99.toFixed(1)} ms over ` +
          `${probeTimes.length} probes; hostile frames answered ${repliedHostile.join("")}`,
      );

      assert.equal(daemon.exitCode, null, "the daemon is still running");
      assert.ok(halfClosed.every((n) => n === 1), `half-closed replies: ${halfClosed}`);
      assert.ok(repliedHostile.every((n) => n === 1), `hostile replies: ${repliedHostile}`);
      assert.ok(probeTimes.length > 10, "the probe kept being answered");
      // Each attack alone grew the daemon by gigabytes before it was bounded.
      assert.ok(peakRss - base.rss < 400, `peak RSS grew ${(peakRss - base.rss).toFixed(0)} MiB`);
      assert.ok(during.fds - base.fds < 100, `fds during: ${base.fds} → ${during.fds}`);
      assert.ok(after.fds - base.fds < 10, `fds after: ${base.fds} → ${after.fds}`);
      assert.ok(after.rss - base.rss < 300, `RSS after: ${base.rss} → ${after.rss} MiB`);
      assert.equal(Number(status.activeConnections), 2, "only the admin and probe remain");
      await probe.close();
    } finally {
      for (const s of sockets) s.destroy();
      await admin.close().catch(() => {});
      daemon.kill("SIGTERM");
      await new Promise((r) => daemon.once("exit", r));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

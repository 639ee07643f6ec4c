/**
 * How long one large request stalls the daemon's other connections. The daemon runs in its
 * own process (`bench/servers/daemon_server.ts` under the runtime named); this process sends
 * PINGs back to back on one connection (the probe) while another connection sends large
 * requests one after the other, each waiting for its answer:
 *
 * - `hostile`: a 4 MiB PING made of 2-byte unknown fields (refused with INVALID_ARGUMENT by
 *   the element budget);
 * - `legal`: the largest legal SPAWN_PIPE_SESSION (2 MiB of argv: 16,383 arguments of 120
 *   bytes to `true`).
 *
 * The figure is the probe's longest round trip while the large requests ran, beside its
 * longest round trip without them (same run). A round trip includes the stall.
 *
 * Usage: deno run -A bench/hostile_stall.ts [--daemon deno|bun] [--frames 10] [--json]
 * (`RP_BENCH_DAEMON_FLAGS="--cpu-prof --cpu-prof-dir=DIR"` profiles the daemon)
 *
 * @module
 */
import { connect } from "node:net";
import process from "node:process";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { encodeDaemonRequest, RequestType } from "../proto_gen/daemon_pb.ts";
import { encodeFrame } from "../src/frame.ts";
import { startBenchDaemon } from "./servers/bench_daemon.ts";

function hostileFrame(): Uint8Array {
  const head = encodeDaemonRequest({ id: 1n, type: RequestType.REQUEST_TYPE_PING });
  const body = new Uint8Array(4 * 1024 * 1024 - 8);
  body.set(head);
  for (let i = head.length; i + 1 < body.length; i += 2) body[i] = 0x28; // field 5, varint 0
  return encodeFrame(body.subarray(0, head.length + ((body.length - head.length) & ~1)));
}

function legalFrame(): Uint8Array {
  const argv = ["true", ...Array.from({ length: 16_383 }, (_, i) => `${i}`.padEnd(120, "x"))];
  return encodeFrame(encodeDaemonRequest({
    id: 2n,
    type: RequestType.REQUEST_TYPE_SPAWN_PIPE_SESSION,
    spawnPipeSession: { argv },
  }));
}

/** Sends `frame` `n` times on one raw connection, each after the previous answer. */
async function sendLarge(socketPath: string, frame: Uint8Array, n: number): Promise<void> {
  const sock = connect(socketPath);
  await new Promise<void>((r, j) => sock.once("connect", r).once("error", j));
  let got = 0;
  let want = -1;
  let answered: () => void = () => {};
  sock.on("data", (d: Uint8Array) => {
    got += d.length;
    // Answers are small; count complete frames by their prefixes.
    while (true) {
      if (want < 0 && got >= 4) want = 4 + new DataView(d.buffer, d.byteOffset).getUint32(0);
      if (want < 0 || got < want) return;
      got -= want;
      want = -1;
      answered();
      if (got === 0) return;
    }
  });
  for (let i = 0; i < n; i++) {
    const done = new Promise<void>((r) => (answered = r));
    sock.write(frame);
    await done;
  }
  sock.destroy();
}

/** One run: the probe's longest round trip without and with `frame` being sent `n` times. */
async function measure(rt: "deno" | "bun", frame: Uint8Array, n: number) {
  await using daemon = await startBenchDaemon(rt);
  const { socketPath } = daemon;
  const probe = await DaemonClient.connect({ socketPath, rpcTimeoutMs: 60_000 });
  const probeUntil = async (done: () => boolean) => {
    let max = 0;
    while (!done()) {
      const t0 = performance.now();
      await probe.ping();
      max = Math.max(max, performance.now() - t0);
    }
    return max;
  };
  const quietEnd = Date.now() + 1000;
  const quiet = await probeUntil(() => Date.now() > quietEnd);
  let finished = false;
  const sender = sendLarge(socketPath, frame, n).finally(() => (finished = true));
  const loaded = await probeUntil(() => finished);
  await sender;
  await probe.close();
  return { quiet, loaded };
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const opt = (name: string, def: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : def;
  };
  const json = argv.includes("--json");
  const frames = Number(opt("--frames", "10"));
  const runtimes = argv.includes("--daemon") ? [opt("--daemon", "deno")] : ["deno", "bun"];
  for (const rt of runtimes as ("deno" | "bun")[]) {
    for (const [name, frame] of [["hostile", hostileFrame()], ["legal", legalFrame()]] as const) {
      const r = await measure(rt, frame, frames);
      const row = {
        runtime: rt,
        case: `${name} ${(frame.length / 1048576).toFixed(1)} MiB × ${frames}`,
        quietMaxMs: +r.quiet.toFixed(1),
        loadedMaxMs: +r.loaded.toFixed(1),
      };
      console.log(
        json
          ? JSON.stringify(row)
          : `${row.runtime} daemon, ${row.case}: longest PING ${row.loadedMaxMs} ms ` +
            `(without: ${row.quietMaxMs} ms)`,
      );
    }
  }
}

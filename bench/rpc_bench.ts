/**
 * RPC latency benchmark: `get_session_observer_status` round trips through `DaemonClient`
 * against our daemon in another process, side by side (interleaved rounds, one run) with a
 * raw framed echo of the same request bytes over the same kind of socket — the limit.
 *
 * Run: `deno run -A bench/rpc_bench.ts [--json]` and `bun bench/rpc_bench.ts [--json]`.
 *
 * @module
 */
import process from "node:process";
import { DaemonClient, EARLY_FLUSH_BYTES } from "../src/client/daemon_client.ts";
import { encodeDaemonRequest } from "../proto_gen/daemon_pb.ts";
import { connectTransport } from "../src/transport/auto.ts";
import { encodeFrame, FrameDecoder } from "../src/frame.ts";
import { registerSessionObserver, SessionObserverRequest } from "../src/client/observer_api.ts";
import { runtimeName, startServer, tempSocket } from "./child.ts";

const json = process.argv.includes("--json");
const SEQ = 4000;
const PIPELINED = 100_000;
const DEPTH = 64;
const ROUNDS = 9;

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

const daemon = await startServer("servers/daemon_server.ts", [tempSocket("daemon")]);
const echo = await startServer("servers/echo_server.ts", [tempSocket("echo")]);
try {
  const client = await DaemonClient.connect({ socketPath: daemon.info.socketPath });
  const sub = await registerSessionObserver(
    client,
    SessionObserverRequest.pipe(daemon.info.sessionId),
  );
  const payload = {
    sessionId: daemon.info.sessionId,
    sessionKind: 2,
    subscriberId: sub.subscriberId,
  };
  const requestBytes = encodeDaemonRequest({
    id: 1,
    type: 80,
    protocolVersion: 1,
    clientName: client.clientName,
    getSessionObserverStatus: payload,
  });
  // The limit: the same transport and frame decoder our client uses, with nothing else
  // (no ids, no promises per call, no protobuf): write frames, count echoed frames.
  const raw = await connectTransport({ kind: "unix", path: echo.info.socketPath });
  const rawChunks = raw[Symbol.asyncIterator]();
  const rawDec = new FrameDecoder(16 << 20);
  const framed = encodeFrame(requestBytes);
  /** Reads until `n` frames arrived. */
  const readFrames = async (n: number) => {
    let got = 0;
    for (;;) {
      while (got < n && rawDec.next() !== undefined) got++;
      if (got >= n) return;
      const r = await rawChunks.next();
      if (r.done) throw new Error("echo server closed");
      rawDec.push(r.value);
    }
  };

  const oursSeq = async (): Promise<number[]> => {
    const lat: number[] = [];
    for (let i = 0; i < SEQ; i++) {
      const t0 = performance.now();
      await client.call("getSessionObserverStatus", payload);
      lat.push(performance.now() - t0);
    }
    return lat.sort((a, b) => a - b);
  };
  const rawSeq = async (): Promise<number[]> => {
    const lat: number[] = [];
    for (let i = 0; i < SEQ; i++) {
      const t0 = performance.now();
      await raw.write(framed);
      await readFrames(1);
      lat.push(performance.now() - t0);
    }
    return lat.sort((a, b) => a - b);
  };
  const oursPipelined = async (): Promise<number> => {
    const t0 = performance.now();
    const inflight: Promise<unknown>[] = [];
    for (let i = 0; i < PIPELINED; i++) {
      inflight.push(client.call("getSessionObserverStatus", payload));
      if (inflight.length >= DEPTH) await inflight.shift();
    }
    await Promise.all(inflight);
    return PIPELINED / ((performance.now() - t0) / 1000);
  };
  const rawPipelined = async (): Promise<number> => {
    // Keep DEPTH frames in flight: every echoed batch is answered by as many new frames,
    // written exactly as our client writes the calls issued in one tick: in pieces of
    // EARLY_FLUSH_BYTES or more, so that the server starts before the batch is complete.
    const t0 = performance.now();
    const perPiece = Math.ceil(EARLY_FLUSH_BYTES / framed.length);
    const piece = new Uint8Array(framed.length * perPiece);
    for (let i = 0; i < perPiece; i++) piece.set(framed, i * framed.length);
    const send = (k: number) => {
      for (; k >= perPiece; k -= perPiece) void raw.write(piece.slice());
      if (k > 0) void raw.write(piece.slice(0, k * framed.length));
    };
    let sent = DEPTH;
    send(DEPTH);
    let got = 0;
    while (got < PIPELINED) {
      let k = 0;
      for (let f = rawDec.next(); f !== undefined; f = rawDec.next()) k++;
      if (k === 0) {
        const r = await rawChunks.next();
        if (r.done) throw new Error("echo server closed");
        rawDec.push(r.value);
        continue;
      }
      got += k;
      const more = Math.min(k, PIPELINED - sent);
      if (more > 0) {
        sent += more;
        send(more);
      }
    }
    return PIPELINED / ((performance.now() - t0) / 1000);
  };

  // warm-up: the JIT needs a few hundred thousand calls to settle (steady state is measured)
  await oursSeq();
  await rawSeq();
  for (let i = 0; i < 3; i++) {
    await oursPipelined();
    await rawPipelined();
  }
  const r = {
    oursP50: [] as number[],
    rawP50: [] as number[],
    oursP99: [] as number[],
    rawP99: [] as number[],
    oursTput: [] as number[],
    rawTput: [] as number[],
    p50Ratio: [] as number[],
    tputRatio: [] as number[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    const a = await oursSeq();
    const b = await rawSeq();
    r.oursP50.push(pct(a, 0.5));
    r.oursP99.push(pct(a, 0.99));
    r.rawP50.push(pct(b, 0.5));
    r.rawP99.push(pct(b, 0.99));
    r.oursTput.push(await oursPipelined());
    r.rawTput.push(await rawPipelined());
    // Ratios within a round: the machine's state drifts between rounds, not within one.
    r.p50Ratio.push(pct(a, 0.5) / pct(b, 0.5));
    r.tputRatio.push(r.oursTput[round] / r.rawTput[round]);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const res = {
    runtime: runtimeName(),
    p50_us: { ours: med(r.oursP50) * 1000, raw: med(r.rawP50) * 1000 },
    p99_us: { ours: med(r.oursP99) * 1000, raw: med(r.rawP99) * 1000 },
    inflight64_ops_per_s: { ours: med(r.oursTput), raw: med(r.rawTput) },
  };
  const p50Ratio = med(r.p50Ratio);
  const tputRatio = med(r.tputRatio);
  if (json) {
    console.log(JSON.stringify({ ...res, p50_ratio: p50Ratio, inflight64_ratio: tputRatio }));
  } else {
    console.log(
      `rpc bench on ${res.runtime} (medians of ${ROUNDS} interleaved rounds; ratios per round)`,
    );
    console.log(
      `  sequential p50: ours ${res.p50_us.ours.toFixed(1)} µs, raw echo ${
        res.p50_us.raw.toFixed(1)
      } µs → ${p50Ratio.toFixed(2)}× (target ≤ 1.2×)`,
    );
    console.log(
      `  sequential p99: ours ${res.p99_us.ours.toFixed(1)} µs, raw echo ${
        res.p99_us.raw.toFixed(1)
      } µs`,
    );
    console.log(
      `  64 in flight:   ours ${Math.round(res.inflight64_ops_per_s.ours)} ops/s, raw echo ${
        Math.round(res.inflight64_ops_per_s.raw)
      } ops/s → ${tputRatio.toFixed(2)}× (target ≥ 0.6×)`,
    );
  }
  await sub.unregister();
  await client.close();
  await raw.close();
} finally {
  await daemon.stop();
  await echo.stop();
}
process.exit(0);

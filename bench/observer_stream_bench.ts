/**
 * Observer event streaming benchmark (issue 5): events per second from the daemon's emitter
 * to a consumer in another process, decoded into records by `ObserverSubscriber`, against
 * the raw limit of framed streaming over the same kind of socket (frames of the same size,
 * not decoded). Also the in-process emit cost per event per subscriber.
 *
 * Run: `deno run -A bench/observer_stream_bench.ts [--json]` and `bun bench/observer_stream_bench.ts`.
 *
 * @module
 */
import process from "node:process";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { encodeFrame, FrameDecoder } from "../src/frame.ts";
import {
  registerSessionObserver,
  SessionObserverBackpressure,
  SessionObserverRequest,
} from "../src/client/observer_api.ts";
import { SessionObservers } from "../src/daemon/observers/observer_registry.ts";
import { connectTransport } from "../src/transport/auto.ts";
import { encodeDaemonRequest, encodeObserverEventFrame } from "../proto_gen/daemon_pb.ts";
import { runtimeName, startServer, tempSocket } from "./child.ts";

const json = process.argv.includes("--json");
const N = 2_000_000;
const BATCH = 4096; // events per frame, as the daemon sends them (MAX_EVENTS_PER_FRAME)
const sample = {
  category: 0,
  kind: "exited",
  pid: 4242,
  exitCode: 0,
  timestampMs: Date.now(),
};

/** In-process emit cost (ns per event per subscriber). */
function emitCost(subscribers: number): number {
  const obs = new SessionObservers();
  for (let i = 0; i < subscribers; i++) {
    obs.register({ categories: [0], capacity: 1024, block: false });
  }
  const n = 1_000_000;
  for (let i = 0; i < 100_000; i++) obs.emit(sample); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) obs.emit(sample);
  return ((performance.now() - t0) * 1e6) / n / subscribers;
}

async function ours(socketPath: string, sessionId: string): Promise<number> {
  const client = await DaemonClient.connect({ socketPath });
  const sub = await registerSessionObserver(
    client,
    SessionObserverRequest.pipe(sessionId)
      .withRingCapacity(65536)
      .withBackpressure(SessionObserverBackpressure.Block),
  );
  await sub.subscriber.recv({ timeoutMs: 1 }).catch(() => {}); // attach now
  const trigger = await connectTransport({ kind: "unix", path: socketPath });
  const t0 = performance.now();
  await trigger.write(
    encodeFrame(encodeDaemonRequest({ id: 1, type: 1000, clientName: String(N) })),
  );
  let got = 0;
  let lastSeq = 0;
  while (got < N) {
    const r = await sub.subscriber.recv();
    if (!r) throw new Error("stream ended early");
    if (r.type !== "event") throw new Error("unexpected loss record under Block");
    got++;
    lastSeq = Number(r.sequence);
    for (const more of sub.subscriber.drain()) {
      if (more.type === "event") {
        got++;
        lastSeq = Number(more.sequence);
      }
    }
  }
  const s = (performance.now() - t0) / 1000;
  if (lastSeq !== N) throw new Error(`sequence ${lastSeq} != ${N}`);
  await trigger.close();
  await sub[Symbol.asyncDispose]();
  await client.close();
  return N / s;
}

async function raw(socketPath: string, frameBytes: number): Promise<number> {
  const frames = Math.ceil(N / BATCH);
  const t = await connectTransport({ kind: "unix", path: socketPath });
  const req = new Uint8Array(9);
  req[0] = 0xee;
  new DataView(req.buffer).setUint32(1, frames);
  new DataView(req.buffer).setUint32(5, frameBytes);
  const dec = new FrameDecoder(16 << 20);
  const t0 = performance.now();
  await t.write(encodeFrame(req));
  let got = 0;
  for await (const chunk of t) {
    dec.push(chunk);
    while (dec.next() !== undefined) got++;
    if (got >= frames) break;
  }
  const s = (performance.now() - t0) / 1000;
  await t.close();
  return (frames * BATCH) / s;
}

const frameBytes = encodeObserverEventFrame({
  frame: {
    case: "events",
    value: {
      events: Array.from({ length: BATCH }, (_, i) => ({ ...sample, sequence: 1_000_000 + i })),
    },
  },
}).length;

const daemon = await startServer("servers/daemon_server.ts", [tempSocket("daemon")]);
const echo = await startServer("servers/echo_server.ts", [tempSocket("echo")]);
try {
  await ours(daemon.info.socketPath, daemon.info.sessionId); // warm-up round
  const oursRuns: number[] = [];
  const rawRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    oursRuns.push(await ours(daemon.info.socketPath, daemon.info.sessionId));
    rawRuns.push(await raw(echo.info.socketPath, frameBytes));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
  const e1 = emitCost(1);
  const e4 = emitCost(4);
  const res = {
    runtime: runtimeName(),
    events_per_s: { ours: med(oursRuns), raw: med(rawRuns) },
    frame_bytes: frameBytes,
    emit_ns_per_event_per_subscriber: { one: e1, four: e4 },
  };
  if (json) console.log(JSON.stringify(res));
  else {
    console.log(`observer stream bench on ${res.runtime} (${N} events, median of 3 rounds)`);
    console.log(
      `  daemon → consumer (decoded): ${Math.round(res.events_per_s.ours)} events/s; raw framed ` +
        `limit ${
          Math.round(res.events_per_s.raw)
        } events/s (${frameBytes}-byte frames of ${BATCH}) → ` +
        `${(res.events_per_s.ours / res.events_per_s.raw).toFixed(2)}× (target ≥ 1,000,000/s)`,
    );
    console.log(
      `  emit cost: ${e1.toFixed(0)} ns/event with 1 subscriber, ${
        e4.toFixed(0)
      } ns/event/subscriber with 4 (target ≤ 1000)`,
    );
  }
} finally {
  await daemon.stop();
  await echo.stop();
}
process.exit(0);

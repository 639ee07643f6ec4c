/**
 * PING latency of a daemon under load, each side in its own process: the daemon
 * (`bench/servers/daemon_server.ts` under the runtime named), a load process with N
 * connections doing mixed calls (ping, status, list, spawn + observe, stdin writes, backlog,
 * observer register/unregister, terminate), and this process, which sends one PING at a time
 * on its own connection and records each round trip.
 *
 * Usage:
 *   deno run -A bench/load_latency.ts [--daemon deno|bun] [--clients 220] [--ms 5000] [--json]
 *   (load side: <runtime> bench/load_latency.ts --load <socket> <clients> <ms>)
 *
 * Prints p50 / p99 / max of the probe's PINGs and the load's call count.
 *
 * @module
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { BIN, runArgs, startBenchDaemon } from "./servers/bench_daemon.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

async function load(path: string, clients: number, ms: number): Promise<void> {
  const admin = await DaemonClient.connect({ socketPath: path });
  const cat = await admin.call("spawnPipeSession", { argv: ["cat"] });
  const deadline = Date.now() + ms;
  let calls = 0;
  let failures = 0;
  const worker = async (n: number) => {
    const c = await DaemonClient.connect({ socketPath: path, rpcTimeoutMs: 60_000 });
    let mine: string | undefined;
    for (let i = 0; Date.now() < deadline; i++) {
      const op = (n + i) % 8;
      try {
        if (op === 0) await c.ping();
        else if (op === 1) await c.status();
        else if (op === 2) await c.listPipeSessions({});
        else if (op === 3 && !mine && i % 24 === 3) {
          const s = await c.call("spawnPipeSession", {
            argv: ["sh", "-c", "echo hi; sleep 0.2"],
            observe: { categories: [0, 3], ringCapacityEvents: 16 },
          });
          mine = s.sessionId;
        } else if (op === 4) {
          await c.writePipeStdin({ sessionId: cat.sessionId, data: `client ${n} line ${i}\n` });
        } else if (op === 5 && mine) await c.getSessionBacklog({ sessionId: mine });
        else if (op === 6) {
          const r = await c.call("registerSessionObserver", {
            sessionId: cat.sessionId,
            sessionKind: 2,
            categories: [0, 3],
            ringCapacityEvents: 8,
          });
          await c.call("unregisterSessionObserver", {
            sessionId: cat.sessionId,
            sessionKind: 2,
            subscriberId: r.subscriberId,
          });
        } else if (op === 7 && mine && i % 5 === 0) {
          await c.terminatePipeSession({ sessionId: mine, graceMs: 50 });
          mine = undefined;
        } else await c.ping();
        calls++;
      } catch {
        failures++;
      }
    }
    await c.close();
  };
  await Promise.all(Array.from({ length: clients }, (_, n) => worker(n)));
  await admin.call("terminatePipeSession", { sessionId: cat.sessionId, graceMs: 0 });
  await admin.close();
  console.log(JSON.stringify({ calls, failures }));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** One measurement: returns the probe's latencies (ms) and the load's counts. */
export async function measure(
  daemonRuntime: "deno" | "bun",
  clients: number,
  ms: number,
): Promise<{ p50: number; p99: number; max: number; pings: number; calls: number }> {
  await using daemon = await startBenchDaemon(daemonRuntime);
  const { socketPath } = daemon;
  // The load runs under the daemon's runtime: the question is how that daemon copes.
  const loader = spawn(
    BIN[daemonRuntime],
    runArgs(daemonRuntime, here("./load_latency.ts"), [
      "--load",
      socketPath,
      `${clients}`,
      `${ms}`,
    ]),
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let loadOut = "";
  loader.stdout!.on("data", (d) => (loadOut += d));
  const loadDone = new Promise<void>((r) => loader.once("exit", () => r()));
  const probe = await DaemonClient.connect({ socketPath, rpcTimeoutMs: 60_000 });
  await new Promise((r) => setTimeout(r, 500)); // let the load ramp up
  const samples: number[] = [];
  const end = Date.now() + ms - 1000;
  while (Date.now() < end) {
    const t0 = performance.now();
    await probe.ping();
    samples.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 5));
  }
  await probe.close();
  await loadDone;
  const { calls } = JSON.parse(loadOut.trim().split("\n").pop() || '{"calls":0}');
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 0.5),
    p99: percentile(samples, 0.99),
    max: samples[samples.length - 1],
    pings: samples.length,
    calls,
  };
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  if (argv[0] === "--load") {
    await load(argv[1], Number(argv[2]), Number(argv[3]));
  } else {
    let clients = 220;
    let ms = 5000;
    let json = false;
    const runtimes: ("deno" | "bun")[] = [];
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] === "--daemon") runtimes.push(argv[++i] as "deno" | "bun");
      else if (argv[i] === "--clients") clients = Number(argv[++i]);
      else if (argv[i] === "--ms") ms = Number(argv[++i]);
      else if (argv[i] === "--json") json = true;
      else throw new Error(`unknown argument ${argv[i]}`);
    }
    if (runtimes.length === 0) runtimes.push("deno", "bun");
    for (const rt of runtimes) {
      const r = await measure(rt, clients, ms);
      if (json) console.log(JSON.stringify({ runtime: rt, clients, ...r }));
      else {
        console.log(
          `${rt} daemon, ${clients} loaded connections: PING p50 ${r.p50.toFixed(1)} ms, ` +
            `p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms ` +
            `(${r.pings} probes; load made ${r.calls} calls)`,
        );
      }
    }
  }
}

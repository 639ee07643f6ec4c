// Service supervision figures: restart latency after a crash (child exit → new child
// started, minus the configured delay), CPU of 100 supervised idle services, and START /
// LIST round trips. Run: `deno run -A bench/services_bench.ts` or `bun bench/services_bench.ts`.
import fs from "node:fs";
import process from "node:process";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { serve } from "../src/daemon/server.ts";
import { ServiceManager } from "../src/client/service_manager.ts";

const dir = fs.mkdtempSync("/tmp/rp-svc-bench-");
const daemon = await serve({ socketPath: `${dir}/d/s.sock`, dbPath: `${dir}/state/db.sqlite3` });
const client = await DaemonClient.connect({ socketPath: daemon.socketPath });
const sm = new ServiceManager(client);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;

// 1. Restart latency: the child prints its exit time (ms) and exits 1; delay 20 ms.
{
  const DELAY = 20;
  const ac = new AbortController();
  const lat: number[] = [];
  const detect: number[] = [];
  const respawn: number[] = [];
  let exitMs = 0;
  let exitedAt = 0;
  const done = (async () => {
    for await (const e of sm.events({ target: "", logs: true, signal: ac.signal })) {
      if (e.kind === "log" && e.name === "flaky") exitMs = Number(e.line);
      if (e.kind === "exited" && exitMs > 0) {
        exitedAt = Number(e.timestampMs);
        detect.push(exitedAt - exitMs);
      }
      if (e.kind === "started" && e.name === "flaky" && exitMs > 0 && exitedAt > 0) {
        respawn.push(Number(e.timestampMs) - exitedAt - DELAY);
        lat.push(Number(e.timestampMs) - exitMs - DELAY);
        if (lat.length >= 30) ac.abort();
      }
    }
  })();
  await new Promise((r) => setTimeout(r, 200));
  await sm.start({
    name: "flaky",
    cmd: ["sh", "-c", "sleep 0.05; date +%s%3N; exit 1"],
    restartDelayMs: DELAY,
    minUptimeMs: 1, // every run counts as stable: the delay stays at 20 ms
  });
  await done;
  await sm.delete("flaky");
  console.log(
    `  exit noticed after: median ${
      pct(detect, 0.5)
    } ms (includes the child's own exit after printing); ` +
      `respawn after the delay: median ${pct(respawn, 0.5)} ms, p90 ${pct(respawn, 0.9)} ms`,
  );
  console.log(
    `restart latency (exit -> new child, minus ${DELAY} ms delay), n=${lat.length}: ` +
      `median ${pct(lat, 0.5).toFixed(1)} ms, p90 ${pct(lat, 0.9).toFixed(1)} ms, max ${
        Math.max(...lat).toFixed(1)
      } ms`,
  );
}

// 2. START and LIST round trips, 100 services.
{
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) {
    await sm.start({ name: `idle-${i}`, cmd: ["sleep", "3600"], killTimeoutMs: 500 });
  }
  const start = (performance.now() - t0) / 100;
  const t1 = performance.now();
  for (let i = 0; i < 100; i++) await sm.list();
  const list = (performance.now() - t1) / 100;
  console.log(
    `START round trip (spawn included): ${start.toFixed(2)} ms; LIST of 100: ${list.toFixed(2)} ms`,
  );
}

// 3. CPU of the daemon with 100 supervised idle services (in-process daemon, idle client).
{
  await new Promise((r) => setTimeout(r, 1000));
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  await new Promise((r) => setTimeout(r, 10_000));
  const c = process.cpuUsage(c0);
  const wall = performance.now() - w0;
  console.log(
    `CPU with 100 idle services over ${(wall / 1000).toFixed(1)} s: ` +
      `${((c.user + c.system) / 1000 / wall * 100).toFixed(3)} % of a core`,
  );
}

await client.close();
const t = performance.now();
await daemon.shutdown();
console.log(`shutdown stopping 100 services: ${(performance.now() - t).toFixed(0)} ms`);
fs.rmSync(dir, { recursive: true, force: true });

/**
 * Cost of observation while nothing happens (issue 5): the daemon's CPU use with 50 idle
 * sessions (`sleep`) observed in every category, against the same daemon with the sessions
 * but no observers. Measured from the daemon process's own utime+stime in /proc.
 *
 * Run: `deno run -A bench/observe_idle_cpu.ts` and `bun bench/observe_idle_cpu.ts`.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import process from "node:process";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { runtimeName, startServer, tempSocket } from "./child.ts";

const SESSIONS = 50;
const WINDOW_MS = 5000;
const TICKS = 100; // USER_HZ

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(f[11]) + Number(f[12]); // utime + stime
}

async function measure(observe: boolean): Promise<number> {
  const daemon = await startServer("servers/daemon_server.ts", [tempSocket("idle")]);
  const client = await DaemonClient.connect({ socketPath: daemon.info.socketPath });
  try {
    for (let i = 0; i < SESSIONS; i++) {
      await client.call("spawnPipeSession", {
        argv: ["sleep", "60"],
        observe: observe ? { categories: [0, 1, 2, 3] } : undefined,
      });
    }
    await new Promise((r) => setTimeout(r, 1000)); // let the poller settle to its idle rate
    const t0 = cpuTicks(daemon.pid);
    const w0 = performance.now();
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const used = (cpuTicks(daemon.pid) - t0) / TICKS;
    return used / ((performance.now() - w0) / 1000);
  } finally {
    await client.call("bulkTerminateSessions", {}).catch(() => {});
    await client.close();
    await daemon.stop();
  }
}

const base = await measure(false);
const observed = await measure(true);
const line = {
  runtime: runtimeName(),
  sessions: SESSIONS,
  cpu_share_unobserved: base,
  cpu_share_observed: observed,
};
if (process.argv.includes("--json")) console.log(JSON.stringify(line));
else {
  console.log(`idle observation cost on ${line.runtime}, ${SESSIONS} sleeping sessions`);
  console.log(`  not observed:                ${(base * 100).toFixed(2)}% of one core`);
  console.log(
    `  observed (all categories):   ${(observed * 100).toFixed(2)}% of one core (target < 5%)`,
  );
}
process.exit(0);

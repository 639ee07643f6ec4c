/**
 * Starts `daemon_server.ts` in its own process of the runtime named, on a socket in a fresh
 * temporary directory, for benches that measure the daemon from outside.
 * `RP_BENCH_DAEMON_FLAGS` (space separated) go to the daemon's runtime, e.g.
 * `--cpu-prof --cpu-prof-dir=DIR`.
 *
 * @module
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { daemonRuntimeFlags } from "../child.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Paths of the two runtimes' binaries in this checkout. */
export const BIN = {
  deno: here("../../node_modules/.bin/deno"),
  bun: here("../../node_modules/.bin/bun"),
};

/** Arguments that run `file` with `args` under `rt` (with `flags` for the runtime itself). */
export function runArgs(
  rt: "deno" | "bun",
  file: string,
  args: string[],
  flags: string[] = [],
): string[] {
  return rt === "deno" ? ["run", "-A", ...flags, file, ...args] : [...flags, file, ...args];
}

/** A daemon in its own process; disposing it stops it and removes its directory. */
export interface BenchDaemon extends AsyncDisposable {
  /** Its socket. */
  readonly socketPath: string;
}

/** Starts the bench daemon under `rt` and waits until it listens. */
export async function startBenchDaemon(rt: "deno" | "bun"): Promise<BenchDaemon> {
  const dir = mkdtempSync("/tmp/rp-bench-");
  const socketPath = `${dir}/d/s.sock`;
  const flags = daemonRuntimeFlags();
  const daemon = spawn(
    BIN[rt],
    runArgs(rt, here("./daemon_server.ts"), [socketPath], flags),
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const stop = async () => {
    if (daemon.exitCode === null && daemon.signalCode === null) {
      daemon.kill("SIGTERM");
      await new Promise((r) => daemon.once("exit", r));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      daemon.stdout!.once("data", () => resolve());
      daemon.once("exit", (c) => reject(new Error(`daemon exited ${c}`)));
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { socketPath, [Symbol.asyncDispose]: stop };
}

/**
 * Starts a benchmark server script in a child process of the same runtime and waits for its
 * ready line (one JSON object on stdout).
 *
 * @module
 */
import { spawn } from "node:child_process";
import process from "node:process";
import { mkdtempSync } from "node:fs";
import { detectRuntime, type RuntimeName } from "../src/runtime.ts";

/** A running server process. */
export interface ServerProcess {
  info: Record<string, string>;
  pid: number;
  stop(): Promise<void>;
}

/** Current runtime name (as the library decides it). */
export const runtimeName: () => RuntimeName = detectRuntime;

/** A fresh short socket path under /tmp (the daemon creates the 0700 directory). */
export function tempSocket(name: string): string {
  return mkdtempSync("/tmp/rpb-") + `/d/${name}.sock`;
}

/**
 * Runtime flags for a daemon under test: `RP_BENCH_DAEMON_FLAGS`, space separated (for example
 * `--cpu-prof --cpu-prof-dir=DIR` profiles the daemon).
 */
export function daemonRuntimeFlags(): string[] {
  return (process.env.RP_BENCH_DAEMON_FLAGS ?? "").split(" ").filter((x) => x);
}

/**
 * Runs `script` (path relative to this folder) with `args` in the current runtime, with
 * `runtimeFlags` for the runtime itself.
 */
export function startServer(
  script: string,
  args: string[],
  runtimeFlags: string[] = [],
): Promise<ServerProcess> {
  const file = new URL(script, import.meta.url).pathname;
  const argv = runtimeName() === "deno"
    ? ["run", "-A", ...runtimeFlags, file, ...args]
    : [...runtimeFlags, file, ...args];
  const child = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let buf = "";
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`${script} exited early (${code})`)));
    child.stdout!.on("data", (d: Uint8Array) => {
      buf += new TextDecoder().decode(d);
      const nl = buf.indexOf("\n");
      if (nl < 0) return;
      resolve({
        info: JSON.parse(buf.slice(0, nl)),
        pid: child.pid!,
        stop: () =>
          new Promise<void>((r) => {
            child.removeAllListeners("exit");
            child.on("exit", () => r());
            child.kill("SIGTERM");
            setTimeout(() => child.kill("SIGKILL"), 2000);
          }),
      });
    });
  });
}

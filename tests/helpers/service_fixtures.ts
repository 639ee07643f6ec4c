/**
 * Shared fixtures of the service tests: a daemon on a temp socket and state directory, a
 * raw-request helper, polling and /proc helpers.
 *
 * @module
 */
import fs from "node:fs";
import { DaemonClient } from "../../src/client/daemon_client.ts";
import { DaemonError } from "../../src/errors.ts";
import { type DaemonServer, serve, type ServeOptions } from "../../src/daemon/server.ts";
import type { ServiceConfigInit } from "../../proto_gen/daemon_pb.ts";

/** A daemon with its state in a temp dir. */
export interface SvcDaemon {
  daemon: DaemonServer;
  client: DaemonClient;
  dir: string;
  dbPath: string;
  socketPath: string;
  close(keepDir?: boolean): Promise<void>;
}

/** Starts a daemon whose state lives in `dir` (a fresh temp dir by default). */
export async function startSvcDaemon(
  options: Omit<ServeOptions, "socketPath" | "scope"> & { dir?: string } = {},
): Promise<SvcDaemon> {
  const dir = options.dir ?? fs.mkdtempSync("/tmp/rp-svc-");
  const socketPath = `${dir}/d/s.sock`;
  const dbPath = options.dbPath ?? `${dir}/state/tracked-pids.sqlite3`;
  const daemon = await serve({ ...options, dbPath, socketPath });
  const client = await DaemonClient.connect({ socketPath });
  return {
    daemon,
    client,
    dir,
    dbPath,
    socketPath,
    async close(keepDir = false) {
      await client.close().catch(() => {});
      await daemon.shutdown();
      if (!keepDir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A service config with test-friendly defaults (kill timeout 500 ms, as upstream's tests). */
export function cfg(name: string, cmd: string[], more: ServiceConfigInit = {}): ServiceConfigInit {
  return { name, cmd, autorestart: true, killTimeoutMs: 500, ...more };
}

/** Runs `f` and returns the DaemonError it throws (fails when it does not throw). */
export async function daemonError(f: () => Promise<unknown>): Promise<DaemonError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof DaemonError) return e;
    throw e;
  }
  throw new Error("expected a DaemonError");
}

/** Sleeps. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `f` until it returns a truthy value. */
export async function waitFor<T>(
  what: string,
  f: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 10_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** True while `pid` exists and is not a zombie. */
export function alive(pid: number): boolean {
  try {
    const st = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = st.slice(st.lastIndexOf(")") + 2, st.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

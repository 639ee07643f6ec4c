/**
 * Fixtures of the daemon session tests: a real daemon on a short temp socket with a
 * connected `DaemonClient`, raw attach connections (request, single response, then bare
 * frames), status assertions, polling, and pid checks via /proc.
 *
 * @example
 * ```ts
 * import { startDaemon } from "./session_fixtures.ts";
 * const d = await startDaemon();
 * try {
 *   await d.client.ping();
 * } finally {
 *   await d.close();
 * }
 * ```
 *
 * @module
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import {
  type DaemonRequestInit,
  type DaemonResponse,
  decodeDaemonResponse,
  encodeDaemonRequest,
  RequestType,
} from "../../proto_gen/daemon_pb.ts";
import { DaemonClient, openFramed } from "../../src/client/daemon_client.ts";
import { serve } from "../../src/daemon/server.ts";
import type { DaemonServer, ServeOptions } from "../../src/daemon/server.ts";
import { DaemonError } from "../../src/errors.ts";
import type { FramedConnection } from "../../src/transport/framed.ts";

/** UTF-8 encode. */
export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
/** UTF-8 decode. */
export const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

/** A daemon with one connected client. */
export interface TestDaemon {
  /** The server. */
  daemon: DaemonServer;
  /** Socket path. */
  socketPath: string;
  /** A connected client (`client_name` = running-process-client). */
  client: DaemonClient;
  /** Closes the client, shuts the daemon down, removes the temp dir. */
  close(): Promise<void>;
}

/** Starts `serve()` on `mkdtemp("/tmp/rp-")/d/s.sock` and connects a client. */
export async function startDaemon(
  options: Omit<ServeOptions, "socketPath" | "scope"> = {},
): Promise<TestDaemon> {
  const dir = fs.mkdtempSync("/tmp/rp-");
  const socketPath = `${dir}/d/s.sock`;
  const daemon = await serve({ dbPath: `${dir}/tracked.json`, ...options, socketPath });
  let client: DaemonClient;
  try {
    client = await DaemonClient.connect({ socketPath });
  } catch (e) {
    await daemon.shutdown();
    throw e;
  }
  return {
    daemon,
    socketPath,
    client,
    async close() {
      await client.close().catch(() => {});
      await daemon.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fields of DaemonRequest that open an attach stream. */
export type AttachField = "attachPipeStream" | "attachPtySession" | "attachSessionObserver";

/** A raw attach connection. */
export interface RawAttach {
  /** The single response. */
  response: DaemonResponse;
  /** The connection (bare frames after the response). */
  conn: FramedConnection;
  /** The next frame, or undefined at EOF; rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<Uint8Array | undefined>;
  /** Sends one frame. */
  send(payload: Uint8Array): Promise<void>;
  /** Closes the connection. */
  close(): Promise<void>;
}

const ATTACH_TYPES: Record<AttachField, number> = {
  attachPipeStream: RequestType.REQUEST_TYPE_ATTACH_PIPE_STREAM,
  attachPtySession: RequestType.REQUEST_TYPE_ATTACH_PTY_SESSION,
  attachSessionObserver: RequestType.REQUEST_TYPE_ATTACH_SESSION_OBSERVER,
};

/** Opens a connection, sends the attach request (id 1) and reads the response. */
export async function rawAttach<F extends AttachField>(
  socketPath: string,
  field: F,
  payload: NonNullable<DaemonRequestInit[F]> | undefined,
): Promise<RawAttach> {
  const conn = await openFramed({ socketPath });
  const req: DaemonRequestInit = {
    id: 1,
    type: ATTACH_TYPES[field],
    protocolVersion: 1,
    clientName: "running-process-client",
  };
  if (payload !== undefined) (req as Record<string, unknown>)[field] = payload;
  await conn.writeFrame(encodeDaemonRequest(req));
  const first = await conn.readFrame();
  assert.ok(first, "the daemon closed the attach connection without a response");
  const response = decodeDaemonResponse(first.slice());
  return {
    response,
    conn,
    async next(timeoutMs = 15_000) {
      const ac = new AbortController();
      const timer = setTimeout(() => ac.abort(), timeoutMs);
      try {
        const f = await conn.readFrame(ac.signal);
        return f?.slice();
      } finally {
        clearTimeout(timer);
      }
    },
    send: (p) => conn.writeFrame(p),
    close: () => conn.close(),
  };
}

/** Asserts that `p` rejects with a `DaemonError` of `statusName` and `message`. */
export async function expectStatus(
  p: Promise<unknown>,
  statusName: string,
  message?: string | RegExp,
): Promise<DaemonError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof DaemonError, `expected DaemonError, got ${e}`);
    assert.equal(e.statusName, statusName, e.daemonMessage);
    if (typeof message === "string") assert.equal(e.daemonMessage, message);
    else if (message) assert.match(e.daemonMessage, message);
    return e;
  }
  assert.fail(`expected ${statusName}, but the call succeeded`);
}

/** Polls `fn` every `intervalMs` until it returns a truthy value; fails after `timeoutMs`. */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  timeoutMs = 15_000,
  what = "condition",
  intervalMs = 20,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** True when `pid` exists and is not a zombie (reads /proc). */
export function pidAlive(pid: number): boolean {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return false;
  }
  const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state !== "Z" && state !== "X";
}

/** The environment of a live process, from /proc. */
export function procEnviron(pid: number): Record<string, string> {
  const out: Record<string, string> = {};
  const raw = fs.readFileSync(`/proc/${pid}/environ`, "utf8");
  for (const entry of raw.split("\0")) {
    if (!entry) continue;
    const i = entry.indexOf("=");
    out[entry.slice(0, i)] = entry.slice(i + 1);
  }
  return out;
}

export { concat } from "./bytes.ts";

/**
 * Test fixtures for client, attach and CLI tests: a real daemon (`serve()`) on a short temp
 * socket, and helpers to script a fake daemon on top of `socket_server.ts` (decode the
 * request frames it received, answer with `DaemonResponse` or bare stream frames).
 *
 * @example
 * ```ts
 * import { startDaemon } from "./rp_fixtures.ts";
 * await using d = await startDaemon();
 * console.log(d.socketPath);
 * ```
 *
 * @module
 */
import fs from "node:fs";
import {
  type DaemonRequest,
  type DaemonResponseInit,
  decodeDaemonRequest,
  encodeDaemonResponse,
} from "../../proto_gen/daemon_pb.ts";
import { serve } from "../../src/daemon/server.ts";
import type { DaemonServer } from "../../src/daemon/server.ts";
import { encodeFrame, FrameDecoder } from "../../src/frame.ts";
import type { ServerConn } from "./socket_server.ts";

/**
 * A real daemon on a fresh temp socket.
 *
 * @example
 * ```ts
 * import type { TestDaemon } from "./rp_fixtures.ts";
 * const where = (d: TestDaemon) => d.socketPath;
 * ```
 */
export interface TestDaemon extends AsyncDisposable {
  /** The temp dir (removed on close). */
  readonly dir: string;
  /** `<dir>/d/s.sock` (`d` is created by `serve` with mode 0700). */
  readonly socketPath: string;
  /** The server. */
  readonly server: DaemonServer;
  /** Shuts the daemon down and removes the temp dir. */
  close(): Promise<void>;
}

/**
 * Makes a temp dir under /tmp (short, so socket paths stay < 100 bytes).
 *
 * @example
 * ```ts
 * import { tempDir } from "./rp_fixtures.ts";
 * const dir = tempDir();
 * ```
 */
export function tempDir(): string {
  return fs.mkdtempSync("/tmp/rp-");
}

/**
 * Starts `serve()` on `<tmp>/d/s.sock`.
 *
 * @example
 * ```ts
 * import { startDaemon } from "./rp_fixtures.ts";
 * const d = await startDaemon();
 * await d.close();
 * ```
 */
export async function startDaemon(): Promise<TestDaemon> {
  const dir = tempDir();
  const socketPath = `${dir}/d/s.sock`;
  const server = await serve({ socketPath, dbPath: `${dir}/tracked.json` });
  const close = async () => {
    await server.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { dir, socketPath, server, close, [Symbol.asyncDispose]: close };
}

/**
 * All complete frames in `bytes`.
 *
 * @example
 * ```ts
 * import { splitFrames } from "./rp_fixtures.ts";
 * splitFrames(new Uint8Array([0, 0, 0, 1, 7])); // [Uint8Array [7]]
 * ```
 */
export function splitFrames(bytes: Uint8Array): Uint8Array[] {
  const dec = new FrameDecoder(64 << 20);
  dec.push(bytes.slice());
  const out: Uint8Array[] = [];
  for (let f = dec.next(); f !== undefined; f = dec.next()) out.push(f);
  return out;
}

/**
 * Waits until `conn` has received at least `n` complete frames; returns them all.
 *
 * @example
 * ```ts
 * import { waitFrames } from "./rp_fixtures.ts";
 * import type { ServerConn } from "./socket_server.ts";
 * const first = async (c: ServerConn) => (await waitFrames(c, 1))[0];
 * ```
 */
export async function waitFrames(conn: ServerConn, n: number): Promise<Uint8Array[]> {
  for (;;) {
    const frames = splitFrames(conn.received());
    if (frames.length >= n) return frames;
    await conn.waitFor(conn.received().length + 1);
  }
}

/**
 * Waits for `n` requests and decodes them.
 *
 * @example
 * ```ts
 * import { waitRequests } from "./rp_fixtures.ts";
 * import type { ServerConn } from "./socket_server.ts";
 * const ids = async (c: ServerConn) => (await waitRequests(c, 2)).map((r) => r.id);
 * ```
 */
export async function waitRequests(conn: ServerConn, n: number): Promise<DaemonRequest[]> {
  return (await waitFrames(conn, n)).map((f) => decodeDaemonRequest(f));
}

/**
 * Writes one framed `DaemonResponse`.
 *
 * @example
 * ```ts
 * import { reply } from "./rp_fixtures.ts";
 * import type { ServerConn } from "./socket_server.ts";
 * const pong = (c: ServerConn) => reply(c, { requestId: 1, ping: { serverTimeMs: 1 } });
 * ```
 */
export function reply(conn: ServerConn, res: DaemonResponseInit): Promise<void> {
  return conn.write(encodeFrame(encodeDaemonResponse(res)));
}

/**
 * Writes one bare frame (a stream frame after an attach response).
 *
 * @example
 * ```ts
 * import { sendFrame } from "./rp_fixtures.ts";
 * import type { ServerConn } from "./socket_server.ts";
 * const empty = (c: ServerConn) => sendFrame(c, new Uint8Array(0));
 * ```
 */
export function sendFrame(conn: ServerConn, payload: Uint8Array): Promise<void> {
  return conn.write(encodeFrame(payload));
}

/**
 * Resolves after `ms`.
 *
 * @example
 * ```ts
 * import { delay } from "./rp_fixtures.ts";
 * await delay(10);
 * ```
 */
export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

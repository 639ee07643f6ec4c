/**
 * Test-only Unix socket server on `node:net` (works under Deno and Bun alike), listening in
 * a fresh temporary directory. Each accepted connection records what it receives; in echo
 * mode it also writes everything back.
 *
 * @example
 * ```ts
 * import { startServer } from "./socket_server.ts";
 * await using server = await startServer({ echo: true });
 * const conn = await server.accept(); // after a client connected to server.path
 * ```
 *
 * @module
 */

import net from "node:net";
import fs from "node:fs";

/**
 * One accepted connection, seen from the server side.
 *
 * @example
 * ```ts
 * import type { ServerConn } from "./socket_server.ts";
 * async function expectHello(c: ServerConn) {
 *   await c.waitFor(5);
 * }
 * ```
 */
export interface ServerConn {
  /** The raw socket. */
  readonly socket: net.Socket;
  /** Everything received so far, concatenated. */
  received(): Uint8Array;
  /** Resolves once at least `n` bytes in total have been received; returns them all. */
  waitFor(n: number): Promise<Uint8Array>;
  /** Writes bytes; resolves when they were flushed to the kernel. */
  write(bytes: Uint8Array): Promise<void>;
  /** Half-closes (sends FIN) after the pending writes. */
  end(): Promise<void>;
  /** Resolves when the client closed its side. */
  readonly ended: Promise<void>;
}

/**
 * A listening test server.
 *
 * @example
 * ```ts
 * import type { TestServer } from "./socket_server.ts";
 * function where(s: TestServer) {
 *   return s.path;
 * }
 * ```
 */
export interface TestServer extends AsyncDisposable {
  /** The socket path (short, under /tmp). */
  readonly path: string;
  /** The temporary directory holding the socket. */
  readonly dir: string;
  /** Resolves with the next accepted connection (in accept order). */
  accept(): Promise<ServerConn>;
  /** Closes the listener and every connection, and removes the directory. */
  close(): Promise<void>;
}

/**
 * Options of {@link startServer}.
 *
 * @example
 * ```ts
 * import type { ServerOptions } from "./socket_server.ts";
 * const o: ServerOptions = { echo: true };
 * ```
 */
export interface ServerOptions {
  /** Write every received chunk back. */
  echo?: boolean;
}

/**
 * Creates a fresh temporary directory under /tmp (short enough for socket paths).
 *
 * @example
 * ```ts
 * import { makeTempDir } from "./socket_server.ts";
 * const dir = makeTempDir();
 * ```
 */
export function makeTempDir(): string {
  return fs.mkdtempSync("/tmp/rp-test-");
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * Starts a server on `<tmpdir>/s.sock`.
 *
 * @example
 * ```ts
 * import { startServer } from "./socket_server.ts";
 * const server = await startServer();
 * await server.close();
 * ```
 */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const dir = makeTempDir();
  const path = `${dir}/s.sock`;
  const sockets = new Set<net.Socket>();
  const accepted: ServerConn[] = [];
  const acceptWaiters: ((c: ServerConn) => void)[] = [];

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    const chunks: Uint8Array[] = [];
    let total = 0;
    let waiters: { n: number; resolve: (b: Uint8Array) => void }[] = [];
    let resolveEnded!: () => void;
    const ended = new Promise<void>((r) => (resolveEnded = r));
    socket.on("end", () => resolveEnded());
    socket.on("close", () => resolveEnded());
    socket.on("data", (data: Uint8Array) => {
      const copy = new Uint8Array(data);
      chunks.push(copy);
      total += copy.length;
      if (options.echo) socket.write(copy);
      const ready = waiters.filter((w) => total >= w.n);
      waiters = waiters.filter((w) => total < w.n);
      if (ready.length) {
        const all = concat(chunks, total);
        for (const w of ready) w.resolve(all);
      }
    });
    const conn: ServerConn = {
      socket,
      received: () => concat(chunks, total),
      waitFor: (n) =>
        total >= n
          ? Promise.resolve(concat(chunks, total))
          : new Promise((resolve) => waiters.push({ n, resolve })),
      write: (bytes) =>
        new Promise((resolve, reject) =>
          socket.write(bytes, (err) => (err ? reject(err) : resolve()))
        ),
      end: () => new Promise((resolve) => socket.end(() => resolve())),
      ended,
    };
    const waiter = acceptWaiters.shift();
    if (waiter) waiter(conn);
    else accepted.push(conn);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve());
  });

  const close = async (): Promise<void> => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(dir, { recursive: true, force: true });
  };

  return {
    path,
    dir,
    accept: () => {
      const c = accepted.shift();
      return c ? Promise.resolve(c) : new Promise((resolve) => acceptWaiters.push(resolve));
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

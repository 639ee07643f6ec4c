/**
 * Server side of the transport: listens on a Unix socket and yields each accepted
 * connection as a {@link Transport}: `Deno.listen` under Deno, `Bun.listen` under Bun (both write
 * straight to the socket), `node:net` elsewhere.
 *
 * @example
 * ```ts
 * import { listenUnix } from "./listen.ts";
 * const l = await listenUnix("/tmp/rp-example.sock");
 * for await (const conn of l) {
 *   await conn.write(new Uint8Array([0, 0, 0, 0]));
 *   await conn.close();
 *   break;
 * }
 * await l.close();
 * ```
 *
 * @module
 */
import { sleep } from "../async.ts";
import { listenBunUnix } from "./adapters/bun.ts";
import { listenDenoUnix } from "./adapters/deno.ts";
import { wrapNodeSocket } from "./adapters/node.ts";
import type { Transport } from "./transport.ts";

/**
 * Accepted connections of a listening socket. They are half-open capable: when the peer ends
 * its side, iteration over the connection's chunks ends but writing still works until the
 * connection is closed.
 */
export interface Listener extends AsyncIterable<Transport> {
  /** The socket path. */
  readonly path: string;
  /** Stops accepting (idempotent). Accepted connections stay open. */
  close(): Promise<void>;
}

interface NodeServer {
  listen(path: string, cb: () => void): void;
  close(cb?: () => void): void;
  once(ev: string, cb: (...a: any[]) => void): void;
  on(ev: string, cb: (...a: any[]) => void): void;
}

/**
 * Listens on the Unix socket `path` (which must not exist).
 *
 * @example
 * ```ts
 * import { listenUnix } from "./listen.ts";
 * const l = await listenUnix("/tmp/rp-example2.sock");
 * await l.close();
 * ```
 */
export async function listenUnix(path: string): Promise<Listener> {
  const native = listenDenoUnix(path) ?? listenBunUnix(path);
  if (native) return fromAccept(path, native);
  const net = await import("node:net");
  const pending: Transport[] = [];
  const waiters: ((v: IteratorResult<Transport>) => void)[] = [];
  let closed = false;
  const endpoint = { kind: "unix" as const, path };
  // allowHalfOpen: a peer that ends its side (shutdown(SHUT_WR)) still gets every reply that
  // was due; the connection closes when its server-side owner closes it.
  const server = net.createServer({ allowHalfOpen: true }, (socket: unknown) => {
    const t = wrapNodeSocket(socket, endpoint);
    const w = waiters.shift();
    if (w) w({ done: false, value: t });
    else pending.push(t);
  }) as unknown as NodeServer;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve());
  });
  server.on("error", () => {});
  return {
    path,
    close(): Promise<void> {
      if (closed) return Promise.resolve();
      closed = true;
      for (const w of waiters.splice(0)) w({ done: true, value: undefined });
      return new Promise((r) => server.close(() => r()));
    },
    [Symbol.asyncIterator](): AsyncIterator<Transport> {
      return {
        next(): Promise<IteratorResult<Transport>> {
          const t = pending.shift();
          if (t) return Promise.resolve({ done: false, value: t });
          if (closed) return Promise.resolve({ done: true, value: undefined });
          return new Promise((r) => waiters.push(r));
        },
      };
    },
  };
}

/** A {@link Listener} over an `accept()` loop (the Deno and Bun listeners). */
function fromAccept(
  path: string,
  native: { accept(): Promise<Transport>; close(): void },
): Listener {
  let closed = false;
  return {
    path,
    close(): Promise<void> {
      if (!closed) {
        closed = true;
        try {
          native.close();
        } catch { /* already closed */ }
      }
      return Promise.resolve();
    },
    [Symbol.asyncIterator](): AsyncIterator<Transport> {
      return {
        async next(): Promise<IteratorResult<Transport>> {
          for (;;) {
            if (closed) return { done: true, value: undefined };
            try {
              return { done: false, value: await native.accept() };
            } catch (e) {
              if (closed) return { done: true, value: undefined };
              // A failed accept (e.g. EMFILE) must not end the daemon: wait and retry.
              await sleep(50);
              void e;
            }
          }
        },
      };
    },
  };
}

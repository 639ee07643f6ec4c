/**
 * The Node.js socket transport (`node:net`). It also runs under Deno and Bun, which
 * implement `node:net`; `node:net` is imported lazily, on the first connect.
 *
 * @example
 * ```ts
 * import { connectNode } from "./node.ts";
 * await using t = await connectNode({ kind: "unix", path: "/tmp/x.sock" }, { timeoutMs: 1000 });
 * await t.write(new Uint8Array([0, 0, 0, 0]));
 * ```
 *
 * @module
 */

import { ConnectionClosedError } from "../../errors.ts";
import { ByteQueue } from "../../async.ts";
import { connectWithDeadline, toClosedError } from "../connect_util.ts";
import type { ConnectOptions, Endpoint, Transport } from "../transport.ts";

/** The subset of `net.Socket` this adapter uses (typed locally). */
interface NodeSocket {
  write(data: Uint8Array, cb: (error?: Error | null) => void): boolean;
  destroy(error?: Error): void;
  end(): void;
  pause(): void;
  resume(): void;
  setNoDelay?(noDelay?: boolean): void;
  on(event: string, listener: (...args: any[]) => void): void;
  once(event: string, listener: (...args: any[]) => void): void;
  removeListener(event: string, listener: (...args: any[]) => void): void;
  readonly destroyed: boolean;
}

interface NodeNet {
  createConnection(options: Record<string, unknown>): NodeSocket;
}

class NodeTransport implements Transport {
  readonly endpoint: Endpoint;
  readonly closed: Promise<void>;
  #socket: NodeSocket;
  #queue: ByteQueue;
  #closing = false;
  #resolveClosed!: () => void;

  constructor(socket: NodeSocket, endpoint: Endpoint) {
    this.#socket = socket;
    this.endpoint = endpoint;
    this.closed = new Promise((resolve) => (this.#resolveClosed = resolve));
    this.#queue = new ByteQueue({ onDrain: () => socket.resume() });
    socket.on("data", (data: Uint8Array) => {
      // Node allocates a new Buffer for every read, so the decoder may keep it. Re-view it as
      // a plain Uint8Array (no copy) so Buffer's behaviour does not leak to consumers.
      const chunk = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (!this.#queue.push(chunk)) socket.pause();
    });
    socket.on("end", () => this.#queue.end());
    socket.on("error", (error: Error) => {
      this.#queue.fail(toClosedError(error, "socket failed"));
    });
    socket.on("close", () => {
      this.#queue.end();
      this.#closing = true;
      this.#resolveClosed();
    });
  }

  write(bytes: Uint8Array): Promise<void> {
    if (this.#closing || this.#socket.destroyed) {
      return Promise.reject(new ConnectionClosedError("cannot write: the connection is closed"));
    }
    if (bytes.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      // Node queues writes in order and calls back once the data reached the kernel.
      this.#socket.write(bytes, (error) => {
        if (error) reject(toClosedError(error, "socket write failed"));
        else resolve();
      });
    });
  }

  close(): Promise<void> {
    this.#queue.discard();
    if (!this.#closing) {
      this.#closing = true;
      this.#socket.destroy();
    }
    return this.closed;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return this.#queue.iterator();
  }
}

/**
 * Connects with `node:net`. Works in Node, Deno and Bun; see `TransportFactory` for the
 * failures.
 *
 * @example
 * ```ts
 * import { connectNode } from "./node.ts";
 * const t = await connectNode({ kind: "unix", path: "/tmp/x.sock" }, { timeoutMs: 1000 });
 * await t.close();
 * ```
 */
export async function connectNode(
  endpoint: Endpoint,
  options?: ConnectOptions,
): Promise<Transport> {
  // The default export (the `net` module object), as `import net from "node:net"` gives.
  const net = (await import("node:net")).default as unknown as NodeNet;
  const socket = await connectWithDeadline(
    endpoint,
    options,
    (signal) =>
      new Promise<NodeSocket>((resolve, reject) => {
        const s = net.createConnection(
          endpoint.kind === "unix"
            ? { path: endpoint.path }
            : { host: endpoint.hostname, port: endpoint.port },
        );
        const onError = (error: Error) => {
          s.removeListener("connect", onConnect);
          s.destroy();
          reject(error);
        };
        const onConnect = () => {
          s.removeListener("error", onError);
          signal.removeEventListener("abort", onAbort);
          resolve(s);
        };
        const onAbort = () => {
          s.removeListener("connect", onConnect);
          s.removeListener("error", onError);
          s.on("error", () => {});
          s.destroy();
        };
        s.once("error", onError);
        s.once("connect", onConnect);
        signal.addEventListener("abort", onAbort, { once: true });
      }),
    (late) => late.destroy(),
  );
  if (endpoint.kind === "tcp") socket.setNoDelay?.(true);
  return new NodeTransport(socket, { ...endpoint });
}

/**
 * Wraps an already connected `node:net` socket (e.g. one accepted by a server) as a
 * {@link Transport}. The parameter is typed loosely so no Node type leaks into the API. A
 * socket of a server created with `allowHalfOpen: true` stays writable after the peer ended its
 * side, until the transport is closed.
 *
 * @example
 * ```ts
 * import { wrapNodeSocket } from "./node.ts";
 * import net from "node:net";
 * net.createServer((s) => {
 *   const t = wrapNodeSocket(s, { kind: "unix", path: "/tmp/x.sock" });
 *   void t.close();
 * });
 * ```
 */
export function wrapNodeSocket(socket: unknown, endpoint: Endpoint): Transport {
  return new NodeTransport(socket as NodeSocket, endpoint);
}

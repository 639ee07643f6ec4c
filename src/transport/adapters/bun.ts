/**
 * The Bun socket transport (`Bun.connect` with `unix:` or `hostname` + `port`), and the Bun
 * Unix socket listener (`Bun.listen`) whose accepted connections use the same transport.
 *
 * Bun's `socket.write()` does not buffer: it returns how many bytes the kernel took (0 when
 * the socket is full, −1 once closed). This adapter keeps the rest (a view of the caller's
 * buffer, never a copy) and writes it from the `drain` handler, so {@link Transport.write}
 * still sends everything in order, and its promise settles only once the kernel took every
 * byte: a caller that awaits its writes holds at most what it wrote, however slow the peer.
 *
 * @example
 * ```ts
 * import { connectBun } from "./bun.ts";
 * await using t = await connectBun({ kind: "unix", path: "/tmp/x.sock" }, { timeoutMs: 1000 });
 * await t.write(new Uint8Array([0, 0, 0, 0]));
 * ```
 *
 * @module
 */

import { ConnectionClosedError, UnsupportedError } from "../../errors.ts";
import { ByteQueue } from "../../async.ts";
import { connectWithDeadline, toClosedError } from "../connect_util.ts";
import type { ConnectOptions, Endpoint, Transport } from "../transport.ts";

/** The subset of Bun's `Socket` this adapter uses (typed locally: no Bun types leak out). */
interface BunSocket {
  write(data: Uint8Array): number;
  end(): void;
  terminate?(): void;
  pause?(): void;
  resume?(): void;
  /** Per-socket user data (the listener keeps the socket's transport here). */
  data?: unknown;
}

/** The subset of Bun's `SocketListener` the listener uses. */
interface BunSocketListener {
  stop(closeActiveConnections?: boolean): void;
}

interface BunNamespace {
  connect(options: Record<string, unknown>): Promise<BunSocket>;
  listen?(options: Record<string, unknown>): BunSocketListener;
}

/** How a {@link BunTransport} treats the end of the peer's side and a local close. */
interface BunTransportOptions {
  /**
   * Keep the write side open after the peer ended its side (accepted connections: replies
   * still due are written; `close()` ends the connection). The socket must be opened with
   * `allowHalfOpen: true`.
   */
  halfOpen?: boolean;
}

interface PendingWrite {
  bytes: Uint8Array;
  offset: number;
  resolve(): void;
  reject(error: unknown): void;
}

class BunTransport implements Transport {
  readonly endpoint: Endpoint;
  readonly closed: Promise<void>;
  #socket: BunSocket | undefined;
  #queue: ByteQueue;
  #writes: PendingWrite[] = [];
  #closing = false;
  #halfOpen: boolean;
  #resolveClosed!: () => void;

  constructor(endpoint: Endpoint, options: BunTransportOptions = {}) {
    this.endpoint = endpoint;
    this.#halfOpen = options.halfOpen ?? false;
    this.closed = new Promise((resolve) => (this.#resolveClosed = resolve));
    this.#queue = new ByteQueue({ onDrain: () => this.#socket?.resume?.() });
  }

  /** Called once `Bun.connect` resolved. */
  attach(socket: BunSocket): void {
    this.#socket = socket;
    if (this.#closing) this.#endSocket();
  }

  // ---- socket handlers -------------------------------------------------------------------

  onData(socket: BunSocket, data: Uint8Array): void {
    // Bun hands each callback a fresh buffer, which the decoder may keep. Re-view it as a
    // plain Uint8Array (no copy) so Buffer's behaviour does not leak to consumers.
    const chunk = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (!this.#queue.push(chunk)) socket.pause?.();
  }

  onDrain(): void {
    this.#flush();
  }

  onEnd(): void {
    this.#queue.end();
    // Half-open: the peer only ended its side; writing goes on until close().
    if (!this.#halfOpen) {
      this.#shutdown(new ConnectionClosedError("the peer closed the connection"));
    }
  }

  onClose(error?: unknown): void {
    if (error !== undefined && error !== null) {
      const wrapped = toClosedError(error, "socket failed");
      this.#queue.fail(wrapped);
      this.#shutdown(wrapped);
    } else {
      this.#queue.end();
      this.#shutdown(new ConnectionClosedError("the connection closed"));
    }
  }

  onError(error: unknown): void {
    const wrapped = toClosedError(error, "socket failed");
    this.#queue.fail(wrapped);
    this.#shutdown(wrapped);
  }

  // ---- Transport -------------------------------------------------------------------------

  write(bytes: Uint8Array): Promise<void> {
    if (this.#closing) {
      return Promise.reject(new ConnectionClosedError("cannot write: the connection is closed"));
    }
    if (bytes.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.#writes.push({ bytes, offset: 0, resolve, reject });
      if (this.#writes.length === 1) this.#flush();
    });
  }

  /** Writes queued data until the socket is full (then `drain` calls back) or done. */
  #flush(): void {
    const socket = this.#socket;
    if (!socket) return;
    while (this.#writes.length > 0) {
      const w = this.#writes[0];
      const n = socket.write(w.offset === 0 ? w.bytes : w.bytes.subarray(w.offset));
      if (n < 0) {
        this.#shutdown(
          new ConnectionClosedError(
            `connection closed after ${w.offset} of ${w.bytes.length} bytes were written`,
          ),
        );
        return;
      }
      w.offset += n;
      if (w.offset < w.bytes.length) return; // full: wait for drain
      this.#writes.shift();
      w.resolve();
    }
  }

  #shutdown(reason: ConnectionClosedError | Error): void {
    if (this.#closing) return;
    this.#closing = true;
    const writes = this.#writes;
    this.#writes = [];
    for (const w of writes) {
      w.reject(
        w.offset > 0
          ? new ConnectionClosedError(
            `connection closed after ${w.offset} of ${w.bytes.length} bytes were written`,
            { cause: reason },
          )
          : reason,
      );
    }
    this.#endSocket();
    this.#resolveClosed();
  }

  #endSocket(): void {
    const socket = this.#socket;
    try {
      // An accepted (half-open) socket is closed at once, as node:net's destroy() does: with
      // end() alone, a peer that never ends its side would keep the descriptor open. Bytes
      // already handed to the kernel still reach the peer.
      if (this.#halfOpen && socket?.terminate) socket.terminate();
      else socket?.end();
    } catch {
      // Already closed.
    }
  }

  close(): Promise<void> {
    this.#queue.discard();
    this.#shutdown(new ConnectionClosedError("the connection was closed locally"));
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
 * Connects with `Bun.connect`. Throws `UnsupportedError` outside Bun; see
 * `TransportFactory` for the other failures.
 *
 * @example
 * ```ts
 * import { connectBun } from "./bun.ts";
 * const t = await connectBun({ kind: "tcp", hostname: "127.0.0.1", port: 7777 });
 * await t.close();
 * ```
 */
export async function connectBun(endpoint: Endpoint, options?: ConnectOptions): Promise<Transport> {
  const bun = (globalThis as { Bun?: BunNamespace }).Bun;
  if (!bun || typeof bun.connect !== "function") {
    throw new UnsupportedError("the Bun transport needs the Bun runtime (globalThis.Bun)");
  }
  const transport = new BunTransport({ ...endpoint });
  let connected = false;
  const handlers = {
    data: (socket: BunSocket, data: Uint8Array) => transport.onData(socket, data),
    drain: () => transport.onDrain(),
    end: () => transport.onEnd(),
    close: (_socket: BunSocket, error?: unknown) => {
      if (connected) transport.onClose(error);
    },
    error: (_socket: BunSocket, error: unknown) => {
      if (connected) transport.onError(error);
    },
    // Connect failures reject the Bun.connect promise; nothing to do here.
    connectError: () => {},
  };
  const address = endpoint.kind === "unix"
    ? { unix: endpoint.path }
    : { hostname: endpoint.hostname, port: endpoint.port };
  const socket = await connectWithDeadline(
    endpoint,
    options,
    () => bun.connect({ ...address, socket: handlers }),
    (late) => {
      try {
        late.terminate ? late.terminate() : late.end();
      } catch {
        // Already closed.
      }
    },
  );
  connected = true;
  transport.attach(socket);
  return transport;
}

/** A listening Bun socket: accepted connections in arrival order. */
export interface BunUnixListener {
  /** The next accepted connection; rejects once the listener is closed. */
  accept(): Promise<Transport>;
  /** Stops accepting (idempotent); accepted connections stay open. */
  close(): void;
}

/**
 * Listens on the Unix socket `path` with `Bun.listen` (`allowHalfOpen`) and yields accepted
 * connections as {@link Transport}s that write straight to the socket (see the module
 * documentation). Accepted connections are half-open capable: a peer that ends its side still
 * gets every reply that was due, until the transport is closed. Returns `undefined` outside
 * Bun. Throws when the socket cannot be bound.
 *
 * @example
 * ```ts
 * import { listenBunUnix } from "./bun.ts";
 * const l = listenBunUnix("/tmp/rp-example.sock");
 * const t = await l?.accept();
 * await t?.close();
 * l?.close();
 * ```
 */
export function listenBunUnix(path: string): BunUnixListener | undefined {
  const bun = (globalThis as { Bun?: BunNamespace }).Bun;
  if (!bun || typeof bun.listen !== "function") return undefined;
  const endpoint: Endpoint = { kind: "unix", path };
  const pending: Transport[] = [];
  const waiters: { resolve(t: Transport): void; reject(e: unknown): void }[] = [];
  let closed = false;
  const of = (socket: BunSocket) => socket.data as BunTransport | undefined;
  const server = bun.listen({
    unix: path,
    allowHalfOpen: true,
    socket: {
      open(socket: BunSocket) {
        const t = new BunTransport(endpoint, { halfOpen: true });
        socket.data = t;
        t.attach(socket);
        if (closed) {
          void t.close();
          return;
        }
        const w = waiters.shift();
        if (w) w.resolve(t);
        else pending.push(t);
      },
      data: (socket: BunSocket, data: Uint8Array) => of(socket)?.onData(socket, data),
      drain: (socket: BunSocket) => of(socket)?.onDrain(),
      end: (socket: BunSocket) => of(socket)?.onEnd(),
      close: (socket: BunSocket, error?: unknown) => of(socket)?.onClose(error),
      error: (socket: BunSocket, error: unknown) => of(socket)?.onError(error),
    },
  });
  return {
    accept(): Promise<Transport> {
      const t = pending.shift();
      if (t) return Promise.resolve(t);
      if (closed) return Promise.reject(new ConnectionClosedError("the listener is closed"));
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    close(): void {
      if (closed) return;
      closed = true;
      server.stop(false);
      for (const t of pending.splice(0)) void t.close();
      const error = new ConnectionClosedError("the listener is closed");
      for (const w of waiters.splice(0)) w.reject(error);
    },
  };
}

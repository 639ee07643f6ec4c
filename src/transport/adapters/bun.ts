/**
 * The Bun socket transport (`Bun.connect` with `unix:` or `hostname` + `port`).
 *
 * Bun's `socket.write()` does not buffer: it returns how many bytes the kernel took (0 when
 * the socket is full, −1 once closed). This adapter keeps the rest and writes it from the
 * `drain` handler, so {@link Transport.write} still sends everything in order.
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
}

interface BunNamespace {
  connect(options: Record<string, unknown>): Promise<BunSocket>;
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
  #resolveClosed!: () => void;

  constructor(endpoint: Endpoint) {
    this.endpoint = endpoint;
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
    this.#shutdown(new ConnectionClosedError("the peer closed the connection"));
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
    try {
      this.#socket?.end();
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

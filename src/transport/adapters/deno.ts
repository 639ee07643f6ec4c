/**
 * The Deno socket transport (`Deno.connect`, transports `"unix"` and `"tcp"`).
 *
 * Deno needs `--allow-read --allow-write --allow-net=unix:<absolute path>` for a Unix
 * socket (Deno 2.8+), or `--allow-net=<host>:<port>` for TCP.
 *
 * @example
 * ```ts
 * import { connectDeno } from "./deno.ts";
 * await using t = await connectDeno({ kind: "unix", path: "/tmp/x.sock" }, { timeoutMs: 1000 });
 * await t.write(new Uint8Array([0, 0, 0, 0]));
 * ```
 *
 * @module
 */

import { ConnectionClosedError, UnsupportedError } from "../../errors.ts";
import { ByteQueue } from "../../async.ts";
import { connectWithDeadline, toClosedError } from "../connect_util.ts";
import type { ConnectOptions, Endpoint, Transport } from "../transport.ts";

/** The subset of `Deno.Conn` this adapter uses (typed locally: no Deno types leak out). */
interface DenoConn {
  read(p: Uint8Array): Promise<number | null>;
  write(p: Uint8Array): Promise<number>;
  close(): void;
}

interface DenoNamespace {
  connect(options: Record<string, unknown>): Promise<DenoConn>;
}

/**
 * Read buffer sizes. A connection starts small (an idle daemon connection then costs 4 KiB
 * instead of 64) and doubles its buffer each time a read fills it, up to the maximum. A read
 * filling less than half of the buffer is copied out and the buffer reused.
 */
const READ_BUFFER_MIN_BYTES = 4 * 1024;
const READ_BUFFER_MAX_BYTES = 64 * 1024;

class DenoTransport implements Transport {
  readonly endpoint: Endpoint;
  readonly closed: Promise<void>;
  #conn: DenoConn;
  #queue: ByteQueue;
  #closing = false;
  #resolveClosed!: () => void;
  #writeChain: Promise<void> = Promise.resolve();
  #pumping = false;
  #readSize = READ_BUFFER_MIN_BYTES;
  #halfOpen: boolean;
  #inputEnded = false;

  /**
   * @param halfOpen keep the write side open after the peer ended its side (accepted
   *   connections: replies still due are written; `close()` ends the connection)
   */
  constructor(conn: DenoConn, endpoint: Endpoint, halfOpen = false) {
    this.#conn = conn;
    this.endpoint = endpoint;
    this.#halfOpen = halfOpen;
    this.closed = new Promise((resolve) => (this.#resolveClosed = resolve));
    this.#queue = new ByteQueue({ onDrain: () => this.#pump() });
    this.#pump();
  }

  /** Reads from the socket until the queue asks for a pause, EOF, error or close. */
  async #pump(): Promise<void> {
    if (this.#pumping || this.#closing || this.#inputEnded) return;
    this.#pumping = true;
    let buf = new Uint8Array(this.#readSize);
    try {
      while (!this.#closing) {
        const n = await this.#conn.read(buf);
        if (this.#closing) break;
        if (n === null) {
          this.#inputEnded = true;
          this.#queue.end();
          if (!this.#halfOpen) this.#shutdown();
          break;
        }
        let chunk: Uint8Array;
        if (n === buf.length && this.#readSize < READ_BUFFER_MAX_BYTES) this.#readSize *= 2;
        if (n >= buf.length / 2) {
          chunk = buf.subarray(0, n);
          buf = new Uint8Array(this.#readSize);
        } else {
          chunk = buf.slice(0, n);
        }
        if (!this.#queue.push(chunk)) break; // paused; onDrain restarts the pump
      }
    } catch (error) {
      if (!this.#closing) {
        this.#queue.fail(toClosedError(error, "socket read failed"));
        this.#shutdown();
      }
    } finally {
      this.#pumping = false;
    }
  }

  write(bytes: Uint8Array): Promise<void> {
    if (this.#closing) {
      return Promise.reject(new ConnectionClosedError("cannot write: the connection is closed"));
    }
    const run = async (): Promise<void> => {
      let offset = 0;
      while (offset < bytes.length) {
        if (this.#closing) {
          throw new ConnectionClosedError(
            `connection closed after ${offset} of ${bytes.length} bytes were written`,
          );
        }
        try {
          offset += await this.#conn.write(bytes.subarray(offset));
        } catch (error) {
          const wrapped = this.#closing
            ? new ConnectionClosedError(
              `connection closed after ${offset} of ${bytes.length} bytes were written`,
              { cause: error },
            )
            : toClosedError(error, "socket write failed");
          this.#queue.fail(wrapped);
          this.#shutdown();
          throw wrapped;
        }
      }
    };
    const result = this.#writeChain.then(run);
    this.#writeChain = result.catch(() => {});
    return result;
  }

  #shutdown(): void {
    if (this.#closing) return;
    this.#closing = true;
    try {
      this.#conn.close();
    } catch {
      // Already closed.
    }
    this.#resolveClosed();
  }

  close(): Promise<void> {
    this.#queue.discard();
    this.#shutdown();
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
 * Connects with `Deno.connect`. Throws `UnsupportedError` outside Deno; see
 * `TransportFactory` for the other failures.
 *
 * @example
 * ```ts
 * import { connectDeno } from "./deno.ts";
 * const t = await connectDeno({ kind: "tcp", hostname: "127.0.0.1", port: 7777 });
 * await t.close();
 * ```
 */
export async function connectDeno(
  endpoint: Endpoint,
  options?: ConnectOptions,
): Promise<Transport> {
  const deno = (globalThis as unknown as { Deno?: DenoNamespace }).Deno;
  if (!deno || typeof deno.connect !== "function") {
    throw new UnsupportedError("the Deno transport needs the Deno runtime (globalThis.Deno)");
  }
  const conn = await connectWithDeadline(
    endpoint,
    options,
    (signal) =>
      endpoint.kind === "unix"
        ? deno.connect({ transport: "unix", path: endpoint.path })
        : deno.connect({
          transport: "tcp",
          hostname: endpoint.hostname,
          port: endpoint.port,
          signal,
        }),
    (late) => late.close(),
  );
  return new DenoTransport(conn, { ...endpoint });
}

/** The subset of `Deno.Listener` the listener adapter uses. */
interface DenoListener {
  accept(): Promise<DenoConn>;
  close(): void;
}

/**
 * Listens on a Unix socket with `Deno.listen` (whose socket is close-on-exec, so children do
 * not inherit it, unlike Deno's `node:net` server) and yields accepted connections as
 * {@link Transport}s. Returns `undefined` outside Deno.
 *
 * @example
 * ```ts
 * import { listenDenoUnix } from "./deno.ts";
 * const l = listenDenoUnix("/tmp/rp-example.sock");
 * const t = await l?.accept();
 * await t?.close();
 * l?.close();
 * ```
 */
export function listenDenoUnix(
  path: string,
): { accept(): Promise<Transport>; close(): void } | undefined {
  const deno = (globalThis as unknown as {
    Deno?: { listen?(options: Record<string, unknown>): DenoListener };
  }).Deno;
  if (!deno || typeof deno.listen !== "function") return undefined;
  const listener = deno.listen({ transport: "unix", path });
  const endpoint: Endpoint = { kind: "unix", path };
  return {
    // Accepted connections are half-open capable: a peer that ends its side still gets the
    // replies that were due.
    accept: async () => new DenoTransport(await listener.accept(), endpoint, true),
    close: () => listener.close(),
  };
}

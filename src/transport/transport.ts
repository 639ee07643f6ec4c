/**
 * The runtime-neutral transport contract: a {@link Transport} is one connected byte stream
 * (Unix socket or TCP), produced by a {@link TransportFactory}. Framing is layered on top
 * by `FramedConnection` (`framed.ts`).
 *
 * Implementations: `deno.ts`, `bun.ts`, `node.ts`; `auto.ts` picks one for the current
 * runtime.
 *
 * @example
 * ```ts
 * import type { Endpoint, Transport } from "./transport.ts";
 * import { connectTransport } from "./auto.ts";
 * const endpoint: Endpoint = { kind: "unix", path: "/tmp/running-process-1000/daemon.sock" };
 * await using t: Transport = await connectTransport(endpoint, { timeoutMs: 10_000 });
 * await t.write(new Uint8Array([0, 0, 0, 0])); // one zero-length frame
 * for await (const chunk of t) console.log(chunk.length);
 * ```
 *
 * @module
 */

import { ValidationError } from "../errors.ts";

/**
 * A Unix-domain stream socket at a filesystem path.
 *
 * @example
 * ```ts
 * import type { UnixEndpoint } from "./transport.ts";
 * const e: UnixEndpoint = { kind: "unix", path: "/run/user/1000/running-process/daemon.sock" };
 * ```
 */
export interface UnixEndpoint {
  /** Discriminator. */
  kind: "unix";
  /** Socket path (at most 107 bytes on Linux). */
  path: string;
}

/**
 * A TCP endpoint.
 *
 * @example
 * ```ts
 * import type { TcpEndpoint } from "./transport.ts";
 * const e: TcpEndpoint = { kind: "tcp", hostname: "127.0.0.1", port: 7777 };
 * ```
 */
export interface TcpEndpoint {
  /** Discriminator. */
  kind: "tcp";
  /** Host name or IP address. */
  hostname: string;
  /** Port, 1..65535. */
  port: number;
}

/**
 * Where to connect.
 *
 * @example
 * ```ts
 * import type { Endpoint } from "./transport.ts";
 * const endpoints: Endpoint[] = [
 *   { kind: "unix", path: "/tmp/x.sock" },
 *   { kind: "tcp", hostname: "localhost", port: 9000 },
 * ];
 * ```
 */
export type Endpoint = UnixEndpoint | TcpEndpoint;

/**
 * Options of a connect attempt.
 *
 * @example
 * ```ts
 * import type { ConnectOptions } from "./transport.ts";
 * const opts: ConnectOptions = { timeoutMs: 10_000, signal: AbortSignal.timeout(60_000) };
 * ```
 */
export interface ConnectOptions {
  /** Cancels the attempt; it then rejects with `AbortError`. */
  signal?: AbortSignal;
  /**
   * Deadline in milliseconds; on expiry the attempt rejects with `TimeoutError`.
   * `undefined` (or `Infinity`) means no deadline. Values above 2^31 − 1 (about 24.8 days)
   * are treated as no deadline.
   */
  timeoutMs?: number;
}

/**
 * One connected byte stream.
 *
 * **Reading.** The transport is an async iterable of raw byte chunks, in arrival order and
 * with arbitrary boundaries (use `FramedConnection` for whole frames). Every chunk is a
 * fresh buffer the transport never touches again, so consumers may keep views into it.
 * Iteration ends when the peer closes its side or after {@link Transport.close} (chunks not
 * yet read are then dropped); it throws `ConnectionClosedError` (with the socket error as
 * `cause`) if the socket fails. Reads are pulled: while nobody reads, the transport stops
 * reading from the socket once about 1 MiB is queued. Several iterators (or successive
 * `for await` loops) share the one stream; leaving a loop early does not close it.
 *
 * Half-closed connections: a transport made by a {@link TransportFactory} closes when the peer
 * ends its side. Connections accepted by a listener (`listen.ts`) stay writable after the peer
 * ended its side (iteration ends; writes still work) until {@link Transport.close}, so a peer
 * that shuts down its write side still receives every reply that was due.
 *
 * **Writing.** {@link Transport.write} sends all bytes, looping over partial writes and
 * waiting for the socket to drain; concurrent writes are sent one after another in call
 * order, never interleaved. Do not modify the buffer until the returned promise settles.
 *
 * @example
 * ```ts
 * import type { Transport } from "./transport.ts";
 * async function echoOnce(t: Transport): Promise<void> {
 *   for await (const chunk of t) {
 *     await t.write(chunk);
 *     break;
 *   }
 *   await t.close();
 * }
 * ```
 */
export interface Transport extends AsyncIterable<Uint8Array>, AsyncDisposable {
  /** The endpoint this transport is connected to. */
  readonly endpoint: Endpoint;
  /**
   * Resolves when every byte has been handed to the operating system. Rejects with
   * `ConnectionClosedError` if the connection is (or becomes) closed first.
   */
  write(bytes: Uint8Array): Promise<void>;
  /** Closes the connection (idempotent). Pending reads end; pending writes reject. */
  close(): Promise<void>;
  /** Resolves once the connection is closed for any reason. Never rejects. */
  readonly closed: Promise<void>;
  /** Returns an iterator over the incoming byte chunks (see the interface docs). */
  [Symbol.asyncIterator](): AsyncIterator<Uint8Array>;
  /** Same as {@link Transport.close}. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Opens a {@link Transport}. Rejects with `ConnectError` (naming the endpoint) when nothing
 * listens or the socket cannot be opened, `TimeoutError` when `timeoutMs` expires,
 * `AbortError` when `signal` aborts, and `ValidationError` for a malformed endpoint.
 *
 * @example
 * ```ts
 * import type { TransportFactory } from "./transport.ts";
 * import { connectNode } from "./adapters/node.ts";
 * const factory: TransportFactory = connectNode;
 * const t = await factory({ kind: "unix", path: "/tmp/x.sock" }, { timeoutMs: 1000 });
 * ```
 */
export type TransportFactory = (endpoint: Endpoint, options?: ConnectOptions) => Promise<Transport>;

/** Linux `sun_path` holds 108 bytes including the terminating NUL. */
export const MAX_UNIX_PATH_BYTES = 107;

/**
 * A printable form of an endpoint: `unix:<path>` or `tcp:<hostname>:<port>`.
 *
 * @example
 * ```ts
 * import { formatEndpoint } from "./transport.ts";
 * formatEndpoint({ kind: "unix", path: "/tmp/x.sock" });             // "unix:/tmp/x.sock"
 * formatEndpoint({ kind: "tcp", hostname: "127.0.0.1", port: 80 });  // "tcp:127.0.0.1:80"
 * ```
 */
export function formatEndpoint(endpoint: Endpoint): string {
  return endpoint.kind === "unix"
    ? `unix:${endpoint.path}`
    : `tcp:${
      endpoint.hostname.includes(":") ? `[${endpoint.hostname}]` : endpoint.hostname
    }:${endpoint.port}`;
}

/**
 * Checks an endpoint's shape, throwing `ValidationError` naming the problem: an empty Unix
 * path, one longer than {@link MAX_UNIX_PATH_BYTES} bytes or containing NUL, an empty
 * hostname, or a port outside 1..65535.
 *
 * @example
 * ```ts
 * import { validateEndpoint } from "./transport.ts";
 * validateEndpoint({ kind: "tcp", hostname: "localhost", port: 0 }); // throws ValidationError
 * ```
 */
export function validateEndpoint(endpoint: Endpoint): void {
  const e = endpoint as { kind?: unknown; path?: unknown; hostname?: unknown; port?: unknown };
  if (e === null || typeof e !== "object") {
    throw new ValidationError(`endpoint must be an object, got ${String(e)}`);
  }
  if (e.kind === "unix") {
    if (typeof e.path !== "string" || e.path === "") {
      throw new ValidationError("unix endpoint needs a non-empty path");
    }
    if (e.path.includes("\0")) {
      throw new ValidationError(`unix socket path contains a NUL byte: ${JSON.stringify(e.path)}`);
    }
    const bytes = new TextEncoder().encode(e.path).length;
    if (bytes > MAX_UNIX_PATH_BYTES) {
      throw new ValidationError(
        `unix socket path is ${bytes} bytes, over the ${MAX_UNIX_PATH_BYTES}-byte limit: ${e.path}`,
      );
    }
  } else if (e.kind === "tcp") {
    if (typeof e.hostname !== "string" || e.hostname === "") {
      throw new ValidationError("tcp endpoint needs a non-empty hostname");
    }
    if (typeof e.port !== "number" || !Number.isInteger(e.port) || e.port < 1 || e.port > 65535) {
      throw new ValidationError(`tcp port must be an integer in 1..65535, got ${String(e.port)}`);
    }
  } else {
    throw new ValidationError(`endpoint kind must be "unix" or "tcp", got ${String(e.kind)}`);
  }
}

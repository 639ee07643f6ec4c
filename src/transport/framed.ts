/**
 * {@link FramedConnection}: whole frames over any {@link Transport}.
 *
 * @example
 * ```ts
 * import { FramedConnection } from "./framed.ts";
 * import { connectTransport } from "./auto.ts";
 * await using conn = new FramedConnection(
 *   await connectTransport({ kind: "unix", path: "/tmp/x.sock" }),
 * );
 * await conn.writeFrame(new Uint8Array([0x08, 0x01])); // payload; the prefix is added
 * const reply = await conn.readFrame();                  // payload, or undefined at EOF
 * ```
 *
 * @module
 */

import { AbortError, ConnectionClosedError, FrameTooLargeError } from "../errors.ts";
import {
  CLIENT_MAX_INBOUND_FRAME,
  DAEMON_MAX_FRAME,
  encodeFrame,
  FRAME_HEADER_BYTES,
  FrameDecoder,
  writeFramePrefix,
} from "../frame.ts";
import { abortErrorFor, toClosedError } from "./connect_util.ts";
import type { Endpoint, Transport } from "./transport.ts";

/**
 * Caps of a {@link FramedConnection}.
 *
 * @example
 * ```ts
 * import type { FramedConnectionOptions } from "./framed.ts";
 * const opts: FramedConnectionOptions = { maxInboundFrame: 1 << 20 };
 * ```
 */
export interface FramedConnectionOptions {
  /** Largest inbound payload accepted; default 16 MiB (`CLIENT_MAX_INBOUND_FRAME`). */
  maxInboundFrame?: number;
  /** Largest outbound payload sent; default 4 MiB (`DAEMON_MAX_FRAME`). */
  maxOutboundFrame?: number;
}

/** Settles like `promise`, or rejects with `AbortError` once `signal` aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortErrorFor(signal, "frame read"));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortErrorFor(signal, "frame read"));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Payloads above this are written as prefix + payload instead of being copied together. */
const COPY_LIMIT = 64 * 1024;

/**
 * Length-prefixed frames over a {@link Transport}.
 *
 * - {@link FramedConnection.writeFrame} refuses payloads above `maxOutboundFrame` (the
 *   daemon's 4 MiB by default) with `FrameTooLargeError` before sending anything. Frames
 *   written concurrently are sent whole, in call order.
 * - {@link FramedConnection.readFrame} (and async iteration) yields whole payloads, in
 *   order; see `FrameDecoder` for when they are views into received chunks. It returns
 *   `undefined` (iteration ends) when the peer closes between frames or after
 *   {@link FramedConnection.close}. It throws `ConnectionClosedError` when the peer closes
 *   in the middle of a frame or the socket fails, and `FrameTooLargeError` for an inbound
 *   prefix above `maxInboundFrame` (16 MiB by default). After either error the connection
 *   is closed and every later read throws the same error.
 *
 * @example
 * ```ts
 * import { FramedConnection } from "./framed.ts";
 * import { connectTransport } from "./auto.ts";
 * const conn = new FramedConnection(await connectTransport({ kind: "unix", path: "/tmp/x.sock" }));
 * await conn.writeFrame(new Uint8Array(0));
 * for await (const frame of conn) {
 *   console.log(frame.length);
 *   break;
 * }
 * await conn.close();
 * ```
 */
export class FramedConnection implements AsyncIterable<Uint8Array>, AsyncDisposable {
  /** The underlying byte stream. */
  readonly transport: Transport;
  /** Largest inbound payload accepted. */
  readonly maxInboundFrame: number;
  /** Largest outbound payload sent. */
  readonly maxOutboundFrame: number;
  #decoder: FrameDecoder;
  #chunks: AsyncIterator<Uint8Array>;
  /** A chunk read that outlived an aborted `readFrame`; the next read continues with it. */
  #pendingChunk: Promise<IteratorResult<Uint8Array>> | undefined;
  #eof = false;
  #closedLocally = false;
  #error: Error | undefined;
  #readChain: Promise<unknown> = Promise.resolve();

  /**
   * Wraps a connected transport.
   *
   * @param transport a connected transport; the connection takes over reading from it
   * @param options frame caps
   */
  constructor(transport: Transport, options: FramedConnectionOptions = {}) {
    this.transport = transport;
    this.maxInboundFrame = options.maxInboundFrame ?? CLIENT_MAX_INBOUND_FRAME;
    this.maxOutboundFrame = options.maxOutboundFrame ?? DAEMON_MAX_FRAME;
    this.#decoder = new FrameDecoder(this.maxInboundFrame);
    this.#chunks = transport[Symbol.asyncIterator]();
  }

  /** The endpoint of the underlying transport. */
  get endpoint(): Endpoint {
    return this.transport.endpoint;
  }

  /** Resolves once the underlying transport is closed. Never rejects. */
  get closed(): Promise<void> {
    return this.transport.closed;
  }

  /**
   * Sends one frame: the 4-byte length prefix, then `payload`. Rejects with
   * `FrameTooLargeError` (nothing sent) above `maxOutboundFrame`, and with
   * `ConnectionClosedError` if the connection is closed. Do not modify `payload` until the
   * promise settles.
   */
  writeFrame(payload: Uint8Array): Promise<void> {
    if (payload.length > this.maxOutboundFrame) {
      return Promise.reject(
        new FrameTooLargeError(payload.length, this.maxOutboundFrame, "outbound"),
      );
    }
    if (this.#closedLocally) {
      return Promise.reject(new ConnectionClosedError("cannot write: the connection is closed"));
    }
    if (payload.length <= COPY_LIMIT) return this.transport.write(encodeFrame(payload));
    const prefix = new Uint8Array(FRAME_HEADER_BYTES);
    writeFramePrefix(prefix, 0, payload.length);
    // Both writes are queued now, back to back, so no other frame can come between them.
    const first = this.transport.write(prefix);
    const second = this.transport.write(payload);
    return Promise.all([first, second]).then(() => {});
  }

  /**
   * Resolves with the next frame payload, or `undefined` at a clean end of stream. With
   * `signal`, an abort rejects this call with `AbortError` without losing data: bytes that
   * arrive later are kept for the next read.
   */
  readFrame(signal?: AbortSignal): Promise<Uint8Array | undefined> {
    const result = this.#readChain.then(() => this.#readFrame(signal));
    this.#readChain = result.catch(() => {});
    return result;
  }

  async #readFrame(signal: AbortSignal | undefined): Promise<Uint8Array | undefined> {
    for (;;) {
      if (this.#error) throw this.#error;
      if (this.#closedLocally) return undefined;
      let frame: Uint8Array | undefined;
      try {
        frame = this.#decoder.next();
      } catch (error) {
        this.#fail(error as Error);
        throw error;
      }
      if (frame !== undefined) return frame;
      if (this.#eof) {
        const partial = this.#decoder.buffered;
        if (partial === 0) return undefined;
        const expected = this.#decoder.pendingFrameLength;
        const error = new ConnectionClosedError(
          expected === undefined
            ? `connection closed mid-frame: ${partial} of ${FRAME_HEADER_BYTES} length-prefix bytes received`
            : `connection closed mid-frame: ${partial - FRAME_HEADER_BYTES} of ${expected} ` +
              `payload bytes received`,
        );
        this.#fail(error);
        throw error;
      }
      let step: IteratorResult<Uint8Array>;
      try {
        step = await this.#nextChunk(signal);
      } catch (error) {
        if (error instanceof AbortError) throw error;
        if (this.#closedLocally) return undefined;
        const wrapped = toClosedError(error, "connection failed");
        this.#fail(wrapped);
        throw wrapped;
      }
      if (step.done) this.#eof = true;
      else this.#decoder.push(step.value);
    }
  }

  async #nextChunk(signal: AbortSignal | undefined): Promise<IteratorResult<Uint8Array>> {
    // A chunk read left over from an aborted call is reused, so no data is lost.
    const pending = this.#pendingChunk ?? this.#chunks.next();
    this.#pendingChunk = pending;
    pending.catch(() => {}); // may be abandoned by an abort
    let result: IteratorResult<Uint8Array>;
    try {
      result = signal ? await raceAbort(pending, signal) : await pending;
    } catch (error) {
      if (!(error instanceof AbortError)) this.#pendingChunk = undefined;
      throw error;
    }
    this.#pendingChunk = undefined;
    return result;
  }

  #fail(error: Error): void {
    if (this.#error) return;
    this.#error = error;
    this.transport.close().catch(() => {});
  }

  /** Closes the connection (idempotent); pending and later reads return `undefined`. */
  close(): Promise<void> {
    this.#closedLocally = true;
    return this.transport.close();
  }

  /** Same as {@link FramedConnection.close}. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** Iterates over incoming frame payloads until the end of the stream. */
  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    for (;;) {
      const frame = await this.readFrame();
      if (frame === undefined) return;
      yield frame;
    }
  }
}

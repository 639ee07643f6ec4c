/**
 * One daemon connection: frames in, `DaemonRequest` decode, dispatch, `DaemonResponse` out,
 * in strict order with pipelining (docs/PROTOCOL.md#ordering-and-pipelining). Responses to requests
 * that arrived together are written with one socket write. ATTACH requests turn the connection into
 * a stream for good.
 *
 * @module
 */
import {
  type DaemonRequest,
  type DaemonResponseInit,
  decodeDaemonRequest,
  RequestType,
  StatusCode,
  writeDaemonResponse,
} from "../../../proto_gen/daemon_pb.ts";
import { sleep } from "../../async.ts";
import { FrameTooLargeError } from "../../errors.ts";
import { beginFrame, DAEMON_MAX_FRAME, encodeFrame, endFrame, FrameDecoder } from "../../frame.ts";
import type { Transport } from "../../transport/transport.ts";
import { WireError, Writer } from "../../wire.ts";
import { StatusError } from "./status_error.ts";
import type { AttachIO, AttachTakeover, Handler, HandlerResult } from "../types.ts";

/**
 * Element budget of one request frame (see `Reader`): sub-messages, map entries, repeated
 * strings/bytes and unknown fields together. A request past it is answered INVALID_ARGUMENT
 * (`protobuf decode error: … TOO_MANY_ELEMENTS`) before it can allocate much: no legitimate
 * request comes near it (spawn argv/env have their own, lower limits).
 */
export const DAEMON_MAX_REQUEST_ELEMENTS = 1 << 16;

/** Requests at least this long are handled after a turn of the event loop (see above use). */
const YIELD_AFTER_DECODE_BYTES = 256 * 1024;

/** Idle timeout of request/response mode. */
export const IDLE_TIMEOUT_MS = 60_000;

const ATTACH_PAYLOAD: Record<number, keyof DaemonResponseInit> = {
  [RequestType.REQUEST_TYPE_ATTACH_PTY_SESSION]: "attachPtySession",
  [RequestType.REQUEST_TYPE_ATTACH_PIPE_STREAM]: "attachPipeStream",
  [RequestType.REQUEST_TYPE_ATTACH_SESSION_OBSERVER]: "attachSessionObserver",
};

/** What a connection needs from the server. */
export interface ConnectionHost {
  /** Handlers by request type. */
  handlers: Map<number, Handler>;
  /** True once shutdown started. */
  shuttingDown(): boolean;
  /** Called after the SHUTDOWN reply is written. */
  startShutdown(): void;
  /** Idle timeout override (tests). */
  idleTimeoutMs?: number;
}

function isAttach(r: HandlerResult): r is AttachTakeover {
  return (r as AttachTakeover).kind === "attach";
}

function isPromise<T>(v: T | Promise<T>): v is Promise<T> {
  return typeof (v as Promise<T>)?.then === "function";
}

/** Serves one accepted connection until it closes. Never throws. */
export async function serveConnection(t: Transport, host: ConnectionHost): Promise<void> {
  const dec = new FrameDecoder(DAEMON_MAX_FRAME);
  const out = new Writer(4096);
  const chunks = t[Symbol.asyncIterator]();
  // Aborted once the client is gone: it ended its side, or the connection closed. Handlers
  // that wait on the client's behalf give up on it (RequestContext.signal).
  const gone = new AbortController();
  void t.closed.then(() => gone.abort());
  /** A read started while a handler runs, to notice the client's EOF; consumed next. */
  let ahead: Promise<IteratorResult<Uint8Array>> | undefined;
  const readChunk = (): Promise<IteratorResult<Uint8Array>> => {
    const p = ahead ?? chunks.next();
    ahead = undefined;
    return p;
  };
  const watchEof = () => {
    if (ahead !== undefined || gone.signal.aborted) return;
    ahead = chunks.next();
    ahead.then((r) => {
      if (r.done) gone.abort();
    }, () => gone.abort());
  };
  // One timer per connection, re-armed lazily (timers are costly to reset on every request).
  // The idle clock restarts when the frames of a read have been handled and the connection
  // waits for more, as the 60 s wait for the next frame starts after each reply;
  // reading the clock once per read rather than per frame keeps it off the hot path.
  let idle: ReturnType<typeof setTimeout> | undefined;
  const idleMs = host.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
  let lastFrameAt = Date.now();
  let sawFrame = false;
  /** False while requests are being handled: a slow handler is not idleness. */
  let waiting = true;
  const onIdleTimer = () => {
    const left = waiting ? lastFrameAt + idleMs - Date.now() : idleMs;
    if (left > 0) idle = setTimeout(onIdleTimer, left);
    else void t.close();
  };
  const armIdle = () => {
    lastFrameAt = Date.now();
    if (idle === undefined) idle = setTimeout(onIdleTimer, idleMs);
  };

  /** Appends one framed response to `out`. */
  const queue = (id: DaemonRequest["id"], res: DaemonResponseInit) => {
    let start = beginFrame(out);
    // request_id is field 1: written first, then the handler's fields (no object copy).
    if (id) out.uint32(8).uint64(id);
    writeDaemonResponse(out, res.requestId === undefined ? res : { ...res, requestId: undefined });
    try {
      endFrame(out, start, DAEMON_MAX_FRAME);
    } catch (e) {
      if (!(e instanceof FrameTooLargeError)) throw e;
      // Never send a frame the peer's daemon-side cap would refuse; answer with the reason.
      start = beginFrame(out);
      writeDaemonResponse(out, {
        requestId: id,
        code: StatusCode.STATUS_CODE_INTERNAL,
        message: `response of ${e.size} bytes exceeds the ${DAEMON_MAX_FRAME}-byte frame cap`,
      });
      endFrame(out, start);
    }
  };
  const flush = async () => {
    if (out.pos === 0) return;
    const bytes = out.finish();
    out.reset();
    if (out.buf.length > 1 << 20) out.buf = new Uint8Array(4096); // do not pin big buffers
    await t.write(bytes);
  };
  const errorResponse = (type: number, e: unknown): DaemonResponseInit => {
    const res: DaemonResponseInit = e instanceof StatusError
      ? { code: e.status, message: e.message }
      : {
        code: StatusCode.STATUS_CODE_INTERNAL,
        message: `internal server error: ${(e as Error)?.message ?? String(e)}`,
      };
    const attachField = ATTACH_PAYLOAD[type];
    if (attachField) (res as Record<string, unknown>)[attachField] = {};
    return res;
  };

  try {
    armIdle();
    for (;;) {
      let frame: Uint8Array | undefined;
      try {
        frame = dec.next();
      } catch (e) {
        if (e instanceof FrameTooLargeError) {
          queue(0, {
            code: StatusCode.STATUS_CODE_INVALID_ARGUMENT,
            message: "frame decode error: frame size too big",
          });
          await flush().catch(() => {});
          return;
        }
        throw e;
      }
      if (frame === undefined) {
        if (sawFrame) {
          sawFrame = false;
          armIdle();
        }
        waiting = true;
        await flush();
        const r = await readChunk();
        if (r.done) {
          if (dec.buffered > 0) {
            queue(0, {
              code: StatusCode.STATUS_CODE_INVALID_ARGUMENT,
              message: "frame decode error: bytes remaining on stream",
            });
            await flush().catch(() => {});
          }
          return;
        }
        dec.push(r.value);
        continue;
      }
      sawFrame = true;
      waiting = false;
      if (host.shuttingDown()) return;
      let req: DaemonRequest;
      try {
        req = decodeDaemonRequest(frame, DAEMON_MAX_REQUEST_ELEMENTS);
      } catch (e) {
        if (!(e instanceof WireError)) throw e;
        queue(0, {
          code: StatusCode.STATUS_CODE_INVALID_ARGUMENT,
          message: `protobuf decode error: ${e.message}`,
        });
        continue;
      }
      // Decoding a large request takes a while: let other connections and timers run
      // before handling it, so the two halves never add up to one long stall.
      if (frame.length >= YIELD_AFTER_DECODE_BYTES) await sleep(0);
      const type = req.type;
      let result: HandlerResult;
      const handler = host.handlers.get(type);
      try {
        if (type === 0) {
          throw new StatusError(StatusCode.STATUS_CODE_UNKNOWN_REQUEST, "unspecified request type");
        }
        if (!handler) {
          if ((RequestType as Record<number, string>)[type] === undefined) {
            throw new StatusError(
              StatusCode.STATUS_CODE_UNKNOWN_REQUEST,
              `unknown request type: ${type}`,
            );
          }
          throw new StatusError(
            StatusCode.STATUS_CODE_UNIMPLEMENTED,
            `${(RequestType as Record<number, string>)[type]} is not implemented by this daemon`,
          );
        }
        const r = handler({ request: req, clientName: req.clientName, signal: gone.signal });
        if (isPromise(r)) {
          watchEof();
          await flush(); // earlier answers go out before a slow handler runs
          result = await r;
        } else result = r;
      } catch (e) {
        result = errorResponse(type, e);
        if (ATTACH_PAYLOAD[type]) {
          // An attach error answers and closes (the connection never returns to RPC mode).
          queue(req.id, result as DaemonResponseInit);
          await flush().catch(() => {});
          return;
        }
      }
      if (isAttach(result)) {
        queue(req.id, result.response);
        // Run the stream even if the response could not be written: it then sees a closed
        // connection at once and releases the attachment slot it holds.
        await flush().catch(() => void t.close());
        if (idle !== undefined) clearTimeout(idle);
        idle = undefined;
        await runAttach(t, dec, readChunk, result);
        return;
      }
      queue(req.id, result);
      if (type === RequestType.REQUEST_TYPE_SHUTDOWN) {
        await flush().catch(() => {});
        host.startShutdown();
        return;
      }
    }
  } catch {
    // I/O failure: the connection is gone; nothing else to do.
  } finally {
    if (idle !== undefined) clearTimeout(idle);
    await t.close().catch(() => {});
  }
}

async function runAttach(
  t: Transport,
  dec: FrameDecoder,
  readChunk: () => Promise<IteratorResult<Uint8Array>>,
  takeover: AttachTakeover,
): Promise<void> {
  async function* inbound(): AsyncGenerator<Uint8Array> {
    for (;;) {
      let f: Uint8Array | undefined;
      try {
        f = dec.next();
      } catch {
        return; // a frame-level error ends the stream silently (docs/PROTOCOL.md#pty-attach)
      }
      if (f !== undefined) {
        yield f;
        continue;
      }
      const r = await readChunk().catch(() => ({ done: true as const, value: undefined }));
      if (r.done) return;
      dec.push(r.value);
    }
  }
  const io: AttachIO = {
    writeFrame(payload: Uint8Array): Promise<void> {
      return t.write(encodeFrame(payload));
    },
    write: (framed: Uint8Array) => t.write(framed),
    frames: inbound(),
    close: () => t.close(),
    closed: t.closed,
  };
  try {
    await takeover.run(io);
  } catch {
    // stream failures close the connection
  }
}

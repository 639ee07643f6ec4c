/**
 * Attach streams (docs/PROTOCOL.md#attach-streams): a pipe stream or a PTY session followed live on a
 * connection of its own, like upstream (which opens a fresh connection per attach and sends
 * `id = 1`).
 *
 * - {@link openAttach} is the shared first step: connect, send the ATTACH request, read the
 *   single `DaemonResponse` (non-OK → `DaemonError`, and the connection is closed), and hand
 *   back the response payload plus the connection that now carries bare stream frames.
 * - {@link attachPipeStream} follows stdout or stderr of a pipe session:
 *   {@link PipeStreamAttachment}.
 * - {@link attachPtySession} follows a PTY session and can type into it, resize it,
 *   interrupt it and detach: {@link PtyAttachment}.
 *
 * Both attachments yield every frame the daemon sends, up to and including the terminal one
 * (`eof`, `exitCode`, `error` or `stolenBy`), so the caller always sees why the stream
 * ended; after it, the connection is closed. A stream the daemon closes without a terminal
 * frame ends with `ConnectionClosedError`; an aborted one with `AbortError`; one closed
 * locally (`close()`, `detach()`, leaving a `for await` loop early) just ends.
 *
 * @example
 * ```ts
 * import { attachPipeStream } from "./attach.ts";
 * await using att = await attachPipeStream({ scope: "ci" }, { sessionId: "pipe-…" });
 * console.log(new TextDecoder().decode(att.backlog));
 * for await (const frame of att.frames) {
 *   if (frame.frame?.case === "bytes") console.log(new TextDecoder().decode(frame.frame.value));
 *   else console.log("ended:", frame.frame);
 * }
 * ```
 *
 * @module
 */
import {
  DaemonRequest_FIELDS,
  type DaemonRequestInit,
  type DaemonResponse,
  decodeDaemonResponse,
  decodePipeStreamFrame,
  decodePtyStreamFrame,
  encodeDaemonRequest,
  encodePtyInputFrame,
  type PipeStreamFrame,
  type PtyInputFrameInit,
  type PtyStreamFrame,
  StatusCode,
  type TerminalGraphicsCapabilitiesInit,
} from "../../proto_gen/daemon_pb.ts";
import {
  type DaemonClientOptions,
  DEFAULT_CLIENT_NAME,
  openFramed,
  type RequestPayload,
  resolveDeadlines,
  type ResponsePayload,
} from "./connection.ts";
import {
  AbortError,
  ConnectionClosedError,
  DaemonError,
  ProtocolError,
  TimeoutError,
  ValidationError,
} from "../errors.ts";
import { withDeadline } from "../async.ts";
import type { FramedConnection } from "../transport/framed.ts";
import type { Int64 } from "../wire.ts";

/**
 * The request payload fields that open an attach stream: ATTACH_PTY_SESSION (61),
 * ATTACH_PIPE_STREAM (66) and our ATTACH_SESSION_OBSERVER (81) extension; and the spawns,
 * whose `observe.stream` (our extension) makes the spawn's connection the new subscription's
 * event stream.
 *
 * @example
 * ```ts
 * import type { AttachField } from "./attach.ts";
 * const field: AttachField = "attachPipeStream";
 * ```
 */
export type AttachField =
  | "attachPtySession"
  | "attachPipeStream"
  | "attachSessionObserver"
  | "attachServiceEvents"
  | "spawnPipeSession"
  | "spawnPtySession";

/**
 * Options of the attach step.
 *
 * @example
 * ```ts
 * import type { AttachCallOptions } from "./attach.ts";
 * const ac = new AbortController();
 * const opts: AttachCallOptions = { signal: ac.signal, timeoutMs: 5_000 };
 * ```
 */
export interface AttachCallOptions {
  /**
   * Cancels the connect and the attach request, and later the stream itself (iteration then
   * throws `AbortError`). The connect options' own `signal` is deliberately not used: it
   * belongs to the connect of the client they came from.
   */
  signal?: AbortSignal;
  /** Deadline for the attach response, in ms (default: the client options' RPC deadline). */
  timeoutMs?: number;
  /** `client_name` of the attach request (default: the client options', or upstream's). */
  clientName?: string;
  /**
   * A connection already open to the daemon and not used yet, to carry this attach instead
   * of a new one (it is closed when the attach fails).
   */
  connection?: FramedConnection;
}

/**
 * The outcome of {@link openAttach}: the OK response payload, and the connection, which now
 * carries bare stream frames (not `DaemonResponse`s) and belongs to the caller.
 *
 * @example
 * ```ts
 * import { openAttach } from "./attach.ts";
 * const { response, connection } = await openAttach({}, "attachPipeStream", {
 *   sessionId: "pipe-…",
 *   stream: 1,
 * });
 * console.log(response.backlog.length);
 * await connection.close();
 * ```
 */
export interface OpenedAttach<F extends AttachField> {
  /** The attach response payload. */
  response: ResponsePayload<F>;
  /** The whole response envelope (message, request id). */
  envelope: DaemonResponse;
  /** The dedicated connection, positioned after the response. */
  connection: FramedConnection;
}

/**
 * Opens an attach stream: connects (a fresh connection, as upstream does), sends the
 * request with `id = 1`, and reads the single response. A non-OK response rejects with
 * `DaemonError` (the connection is closed, as the daemon closes it too); an OK response
 * without its payload, or with another request id, with `ProtocolError`; no response in
 * time with `TimeoutError`; an abort with `AbortError`; a connection closed before the
 * response with `ConnectionClosedError`. When `options.connection` (opened ahead of need) was
 * closed by the daemon meanwhile (it closes idle connections), the request goes out again on
 * a new connection.
 *
 * @param clientOptions where to connect (the same options as `DaemonClient.connect`)
 * @param field the attach payload field
 * @param payload the attach request
 * @param options abort signal, deadline, client name
 * @returns the response payload and the connection carrying the stream
 *
 * @example
 * ```ts
 * import { openAttach } from "./attach.ts";
 * import { decodePipeStreamFrame } from "../../proto_gen/daemon_pb.ts";
 * const { connection } = await openAttach({ scope: "ci" }, "attachPipeStream", {
 *   sessionId: "pipe-…",
 *   stream: 1,
 * });
 * for await (const bytes of connection) console.log(decodePipeStreamFrame(bytes).frame);
 * ```
 */
export async function openAttach<F extends AttachField>(
  clientOptions: DaemonClientOptions,
  field: F,
  payload: RequestPayload<F>,
  options: AttachCallOptions = {},
): Promise<OpenedAttach<F>> {
  if (options.connection === undefined) {
    return await attachOnce(clientOptions, field, payload, options);
  }
  try {
    return await attachOnce(clientOptions, field, payload, options);
  } catch (e) {
    // Closed by the daemon while it waited: the request was never read. Send it again.
    if (!(e instanceof ConnectionClosedError)) throw e;
    return await attachOnce(clientOptions, field, payload, { ...options, connection: undefined });
  }
}

/** {@link openAttach} on the given connection, or on a new one, without a second try. */
async function attachOnce<F extends AttachField>(
  clientOptions: DaemonClientOptions,
  field: F,
  payload: RequestPayload<F>,
  options: AttachCallOptions,
): Promise<OpenedAttach<F>> {
  const { signal } = options;
  const name = snake(field);
  if (signal?.aborted) throw new AbortError(`${name} aborted`, { cause: signal.reason });
  const request: DaemonRequestInit = {
    id: 1,
    type: DaemonRequest_FIELDS[field],
    protocolVersion: 1,
    clientName: options.clientName ?? clientOptions.clientName ?? DEFAULT_CLIENT_NAME,
  };
  (request as Record<string, unknown>)[field] = payload;
  const bytes = encodeDaemonRequest(request);
  const connection = options.connection ?? await openFramed({ ...clientOptions, signal });
  const timeoutMs = options.timeoutMs ?? resolveDeadlines(clientOptions).rpcTimeoutMs;
  const ac = new AbortController();
  let timedOut = false;
  const timer = timeoutMs > 0 && timeoutMs < 2 ** 31
    ? setTimeout(() => {
      timedOut = true;
      ac.abort();
    }, timeoutMs)
    : undefined;
  const onAbort = () => ac.abort();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    await connection.writeFrame(bytes);
    let frame: Uint8Array | undefined;
    try {
      frame = await connection.readFrame(ac.signal);
    } catch (e) {
      if (e instanceof AbortError) {
        if (timedOut) {
          throw new TimeoutError(
            `daemon response read timed out after ${timeoutMs} ms (${name})`,
            timeoutMs,
          );
        }
        throw new AbortError(`${name} aborted`, { cause: signal?.reason });
      }
      throw e;
    }
    if (frame === undefined) {
      throw new ConnectionClosedError(`the daemon closed the connection before answering ${name}`);
    }
    let envelope: DaemonResponse;
    try {
      envelope = decodeDaemonResponse(frame);
    } catch (e) {
      throw new ProtocolError(`undecodable ${name} response: ${(e as Error).message}`, {
        cause: e,
      });
    }
    const ok = envelope.code === StatusCode.STATUS_CODE_OK;
    const rid = envelope.requestId;
    if (rid !== 1 && !(rid === 0 && !ok)) {
      throw new ProtocolError(`${name} response has request_id ${rid}, expected 1`);
    }
    if (!ok) throw new DaemonError(envelope.code, envelope.message);
    const response = envelope[field];
    if (response === undefined || response === null) {
      throw new ProtocolError(`${name} response missing payload`);
    }
    return { response: response as ResponsePayload<F>, envelope, connection };
  } catch (e) {
    await connection.close().catch(() => {});
    throw e;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * What the daemon does when this attachment's queue is full (the client reads more slowly
 * than the session writes):
 *
 * - `"drop-oldest"` (default): the daemon drops the oldest queued output and sends a
 *   `missedBytes` frame where it was lost, with the count (see {@link StreamOutput});
 * - `"block"`: nothing is dropped; the daemon stops reading the session's output until the
 *   client catches up, so the child blocks on write as with a direct pipe (our `lossless`
 *   request field; a daemon without it ignores the field and behaves like upstream).
 *
 * @example
 * ```ts
 * import type { AttachBackpressure } from "./attach.ts";
 * const mode: AttachBackpressure = "block";
 * ```
 */
export type AttachBackpressure = "drop-oldest" | "block";

/**
 * One piece of a live stream, as {@link PipeStreamAttachment.output} yields it: output
 * bytes, or a gap of `count` bytes the daemon dropped at this position (a `missedBytes`
 * frame: the client read too slowly in `"drop-oldest"` mode).
 *
 * @example
 * ```ts
 * import type { StreamOutput } from "./attach.ts";
 * const show = (o: StreamOutput) => o.kind === "bytes" ? o.bytes.length : `gap of ${o.count}`;
 * ```
 */
export type StreamOutput =
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "missed"; count: number };

function checkBackpressure(v: AttachBackpressure | undefined): boolean {
  if (v === undefined || v === "drop-oldest") return false;
  if (v === "block") return true;
  throw new ValidationError(
    `backpressure must be "drop-oldest" or "block", got ${JSON.stringify(v)}`,
  );
}

/** One pipe stream of a pipe session. */
export type PipeStreamName = "stdout" | "stderr";

/**
 * Options of {@link attachPipeStream}.
 *
 * @example
 * ```ts
 * import type { PipeStreamAttachOptions } from "./attach.ts";
 * const o: PipeStreamAttachOptions = { sessionId: "pipe-…", stream: "stderr", steal: true };
 * ```
 */
export interface PipeStreamAttachOptions extends AttachCallOptions {
  /** The pipe session (`pipe-…`). */
  sessionId: string;
  /** Which stream (default stdout). */
  stream?: PipeStreamName;
  /** Evict the current holder (it receives `stolenBy: "peer"`) instead of failing. */
  steal?: boolean;
  /** What the daemon does when this client reads too slowly (default `"drop-oldest"`). */
  backpressure?: AttachBackpressure;
  /**
   * Attach as a shared (non-exclusive) reader (our `shared` extension): any number of shared
   * readers each get every byte, beside the one exclusive attachment; the backlog is copied,
   * not drained; `steal` is ignored. A daemon without the extension treats the request as an
   * exclusive attach.
   */
  shared?: boolean;
}

/**
 * Options of {@link attachPtySession}.
 *
 * @example
 * ```ts
 * import type { PtyAttachOptions } from "./attach.ts";
 * const o: PtyAttachOptions = { sessionId: "pty-…", rows: 40, cols: 120, term: "xterm-256color" };
 * ```
 */
export interface PtyAttachOptions extends AttachCallOptions {
  /** The PTY session (`pty-…`). */
  sessionId: string;
  /** Terminal rows (0 = keep the session's). */
  rows?: number;
  /** Terminal columns (0 = keep the session's). */
  cols?: number;
  /** Evict the current holder (it receives `stolenBy: "peer"`) instead of failing. */
  steal?: boolean;
  /** The `TERM` of the attaching terminal, recorded for listings. */
  term?: string;
  /** Whether the attaching side is a terminal (default true, like upstream); only then is the size applied. */
  isTty?: boolean;
  /** Graphics capabilities of the attaching terminal. */
  graphicsCapabilities?: TerminalGraphicsCapabilitiesInit;
  /** What the daemon does when this client reads too slowly (default `"drop-oldest"`). */
  backpressure?: AttachBackpressure;
}

type AnyFrame = PipeStreamFrame | PtyStreamFrame;

const TERMINAL_CASES = new Set(["eof", "exitCode", "error", "stolenBy"]);

/** Frame reading shared by both attachments. */
class StreamCore<T extends AnyFrame> {
  readonly connection: FramedConnection;
  readonly #decode: (b: Uint8Array) => T;
  readonly #what: string;
  readonly #signal: AbortSignal | undefined;
  #terminal: T | undefined;
  #missed = 0;
  #closedLocally = false;
  #aborted = false;
  #iterated = false;
  readonly #onAbort = () => {
    this.#aborted = true;
    void this.close();
  };

  constructor(
    connection: FramedConnection,
    decode: (b: Uint8Array) => T,
    what: string,
    signal: AbortSignal | undefined,
  ) {
    this.connection = connection;
    this.#decode = decode;
    this.#what = what;
    this.#signal = signal;
    if (signal) {
      if (signal.aborted) this.#onAbort();
      else signal.addEventListener("abort", this.#onAbort, { once: true });
    }
  }

  get terminal(): T | undefined {
    return this.#terminal;
  }

  /** Sum of the `missedBytes` frames read so far. */
  get liveBytesMissed(): number {
    return this.#missed;
  }

  /** Marks the end as intended (detach): EOF then ends iteration quietly. */
  expectEnd(): void {
    this.#closedLocally = true;
  }

  frames(): AsyncIterable<T> {
    return { [Symbol.asyncIterator]: () => this.#iterate() };
  }

  async *#iterate(): AsyncGenerator<T> {
    if (this.#iterated) {
      throw new ValidationError(`the frames of this ${this.#what} can be iterated only once`);
    }
    this.#iterated = true;
    try {
      for (;;) {
        if (this.#terminal) return;
        let payload: Uint8Array | undefined;
        try {
          payload = await this.connection.readFrame();
        } catch (e) {
          if (this.#aborted) throw this.#abortError();
          if (this.#closedLocally) return;
          throw e;
        }
        if (payload === undefined) {
          if (this.#aborted) throw this.#abortError();
          if (this.#closedLocally) return;
          throw new ConnectionClosedError(
            `the daemon closed the ${this.#what} without a terminal frame`,
          );
        }
        let frame: T;
        try {
          frame = this.#decode(payload);
        } catch (e) {
          throw new ProtocolError(`undecodable ${this.#what} frame: ${(e as Error).message}`, {
            cause: e,
          });
        }
        const c = frame.frame?.case;
        if (c === undefined) continue; // no oneof member we know: nothing to report
        if (c === "missedBytes") this.#missed += Number(frame.frame!.value);
        if (TERMINAL_CASES.has(c)) {
          this.#terminal = frame;
          await this.close();
        }
        yield frame;
      }
    } finally {
      await this.close();
    }
  }

  async *bytes(): AsyncGenerator<Uint8Array> {
    for await (const f of this.frames()) {
      const fr = f.frame;
      if (fr && (fr.case === "bytes" || fr.case === "output")) yield fr.value;
    }
  }

  async *output(): AsyncGenerator<StreamOutput> {
    for await (const f of this.frames()) {
      const fr = f.frame;
      if (fr === undefined) continue;
      if (fr.case === "bytes" || fr.case === "output") yield { kind: "bytes", bytes: fr.value };
      else if (fr.case === "missedBytes") yield { kind: "missed", count: Number(fr.value) };
    }
  }

  #abortError(): AbortError {
    return new AbortError(`${this.#what} aborted`, { cause: this.#signal?.reason });
  }

  async close(): Promise<void> {
    this.#closedLocally = true;
    this.#signal?.removeEventListener("abort", this.#onAbort);
    await this.connection.close().catch(() => {});
  }
}

/**
 * What a pipe stream attachment and a PTY attachment have in common: the backlog at attach
 * time, the live frames (`F`: `PipeStreamFrame` or `PtyStreamFrame`) and the output with the
 * gaps the daemon reported.
 */
export interface StreamAttachment<F> extends AsyncDisposable {
  /** The session. */
  readonly sessionId: string;
  /** The ring contents at attach time (the live output continues right after it). */
  readonly backlog: Uint8Array;
  /** True when the ring had overflowed, so the backlog misses older output. */
  readonly backlogTruncated: boolean;
  /** Bytes dropped from the ring so far (cumulative). */
  readonly bytesMissed: Int64;
  /** Every frame, up to and including the terminal one. Iterate once. */
  readonly frames: AsyncIterable<F>;
  /** The terminal frame, once received. */
  readonly terminal: F | undefined;
  /**
   * The output bytes only; ends at the terminal frame (or, on a PTY, after a detach). Gaps the
   * daemon reported are skipped silently: see {@link StreamAttachment.output} and
   * {@link StreamAttachment.liveBytesMissed}.
   */
  bytes(): AsyncIterable<Uint8Array>;
  /** Output bytes and the gaps the daemon reported, in stream order. */
  output(): AsyncIterable<StreamOutput>;
  /** Live output the daemon dropped for this client so far (sum of `missedBytes` frames). */
  readonly liveBytesMissed: number;
  /** Closes the connection (idempotent); the daemon releases the slot. */
  close(): Promise<void>;
}

/**
 * A live pipe stream (stdout or stderr of a pipe session).
 *
 * `frames` yields `PipeStreamFrame`s: `bytes` (output as the daemon sends it: byte-faithful from this daemon, docs/PROTOCOL.md#pipe-attach) and finally one
 * terminal frame — `eof` (the stream ended, or DETACH_PIPE_STREAM), `exitCode` (the child
 * exited), `error` (`"session terminated by request"`) or `stolenBy` (`"peer"`: another
 * client attached with `steal`). It can be iterated once; leaving the loop early closes the
 * attachment. Frames are never reused by the reader, so they may be kept.
 *
 * @example
 * ```ts
 * import { attachPipeStream } from "./attach.ts";
 * await using att = await attachPipeStream({}, { sessionId: "pipe-…", stream: "stdout" });
 * for await (const chunk of att.bytes()) console.log(new TextDecoder().decode(chunk));
 * console.log("ended with", att.terminal?.frame);
 * ```
 */
export interface PipeStreamAttachment extends StreamAttachment<PipeStreamFrame> {
  /** The stream followed. */
  readonly stream: "stdout" | "stderr";
}

/**
 * A live PTY session: output frames in, input/resize/interrupt/detach out (docs/PROTOCOL.md#pty-attach).
 *
 * `frames` yields `PtyStreamFrame`s: `output` (raw bytes) and finally one terminal frame —
 * `exitCode`, `error` (`"detached"` after DETACH_PTY_SESSION, `"session terminated by
 * request"`) or `stolenBy`. After {@link PtyAttachment.detach} the daemon closes without a
 * frame, and iteration simply ends.
 *
 * @example
 * ```ts
 * import { attachPtySession } from "./attach.ts";
 * await using pty = await attachPtySession({}, { sessionId: "pty-…", rows: 24, cols: 80 });
 * await pty.write("echo hi\n");
 * for await (const out of pty.bytes()) console.log(new TextDecoder().decode(out));
 * ```
 */
export interface PtyAttachment extends StreamAttachment<PtyStreamFrame> {
  /** Types into the PTY (strings are UTF-8 encoded; large inputs are sent in 64 KiB frames). */
  write(data: Uint8Array | string): Promise<void>;
  /** Resizes the PTY (applied literally: 0 is not "keep"). */
  resize(rows: number, cols: number): Promise<void>;
  /** Sends the interrupt (SIGINT-equivalent) to the session. */
  interrupt(): Promise<void>;
  /** Detaches: the daemon releases the slot and closes without a frame; the session keeps running. */
  detach(): Promise<void>;
}

function pipeStreamNumber(stream: PipeStreamName | undefined): 1 | 2 {
  if (stream === undefined || stream === "stdout") return 1;
  if (stream === "stderr") return 2;
  throw new ValidationError(
    `stream must be "stdout" or "stderr", got ${JSON.stringify(stream)}`,
  );
}

function checkSessionId(id: unknown): string {
  if (typeof id !== "string") {
    throw new ValidationError(`sessionId must be a string, got ${typeof id}`);
  }
  return id;
}

function checkU32(name: string, v: number | undefined): number {
  const n = v ?? 0;
  if (!Number.isInteger(n) || n < 0 || n > 0xffff_ffff) {
    throw new ValidationError(`${name} must be an integer in 0..4294967295, got ${String(v)}`);
  }
  return n;
}

/**
 * Attaches to stdout (default) or stderr of a pipe session on a connection of its own.
 * Rejects like {@link openAttach}; the daemon's errors include NOT_FOUND (unknown or exited
 * session), INVALID_ARGUMENT (stderr of a merged session) and ALREADY_ATTACHED.
 *
 * @param clientOptions where to connect (e.g. `client.options`)
 * @param options the session, stream, steal flag, signal and deadline
 * @returns the attachment
 *
 * @example
 * ```ts
 * import { attachPipeStream } from "./attach.ts";
 * const att = await attachPipeStream({ scope: "ci" }, { sessionId: "pipe-…" });
 * for await (const f of att.frames) {
 *   if (f.frame?.case === "exitCode") console.log("exit", f.frame.value);
 * }
 * ```
 */
export async function attachPipeStream(
  clientOptions: DaemonClientOptions,
  options: PipeStreamAttachOptions,
): Promise<PipeStreamAttachment> {
  const sessionId = checkSessionId(options.sessionId);
  const stream = pipeStreamNumber(options.stream);
  const lossless = checkBackpressure(options.backpressure);
  const { response, connection } = await openAttach(clientOptions, "attachPipeStream", {
    sessionId,
    stream,
    steal: options.steal ?? false,
    lossless,
    shared: options.shared ?? false,
  }, options);
  const core = new StreamCore<PipeStreamFrame>(
    connection,
    decodePipeStreamFrame,
    "pipe stream attachment",
    options.signal,
  );
  const frames = core.frames();
  return {
    sessionId,
    stream: stream === 1 ? "stdout" : "stderr",
    backlog: response.backlog,
    backlogTruncated: response.backlogTruncated,
    bytesMissed: response.bytesMissed,
    frames,
    get terminal() {
      return core.terminal;
    },
    get liveBytesMissed() {
      return core.liveBytesMissed;
    },
    bytes: () => core.bytes(),
    output: () => core.output(),
    close: () => core.close(),
    [Symbol.asyncDispose]: () => core.close(),
  };
}

/** Input frames larger than this are split. */
const INPUT_CHUNK = 64 * 1024;

/**
 * Attaches to a PTY session on a connection of its own. With `isTty` (the default, like
 * upstream) and non-zero `rows`/`cols`, the daemon resizes the PTY before draining the
 * backlog. Rejects like {@link openAttach}; the daemon's errors include NOT_FOUND (unknown or
 * exited session) and ALREADY_ATTACHED.
 *
 * @param clientOptions where to connect (e.g. `client.options`)
 * @param options the session, terminal size and type, steal flag, signal and deadline
 * @returns the attachment
 *
 * @example
 * ```ts
 * import { attachPtySession } from "./attach.ts";
 * const pty = await attachPtySession({}, { sessionId: "pty-…", rows: 24, cols: 80 });
 * await pty.write("exit 3\n");
 * for await (const f of pty.frames) {
 *   if (f.frame?.case === "exitCode") console.log("exit", f.frame.value); // exit 3
 * }
 * ```
 */
export async function attachPtySession(
  clientOptions: DaemonClientOptions,
  options: PtyAttachOptions,
): Promise<PtyAttachment> {
  const sessionId = checkSessionId(options.sessionId);
  const rows = checkU32("rows", options.rows);
  const cols = checkU32("cols", options.cols);
  const lossless = checkBackpressure(options.backpressure);
  const { response, connection } = await openAttach(clientOptions, "attachPtySession", {
    sessionId,
    rows,
    cols,
    steal: options.steal ?? false,
    term: options.term ?? "",
    isTty: options.isTty ?? true,
    graphicsCapabilities: options.graphicsCapabilities,
    lossless,
  }, options);
  const core = new StreamCore<PtyStreamFrame>(
    connection,
    decodePtyStreamFrame,
    "PTY attachment",
    options.signal,
  );
  const send = (frame: PtyInputFrameInit) => connection.writeFrame(encodePtyInputFrame(frame));
  const encoder = new TextEncoder();
  const frames = core.frames();
  return {
    sessionId,
    backlog: response.backlog,
    backlogTruncated: response.backlogTruncated,
    bytesMissed: response.bytesMissed,
    frames,
    get terminal() {
      return core.terminal;
    },
    get liveBytesMissed() {
      return core.liveBytesMissed;
    },
    bytes: () => core.bytes(),
    output: () => core.output(),
    async write(data: Uint8Array | string): Promise<void> {
      const bytes = typeof data === "string" ? encoder.encode(data) : data;
      if (!(bytes instanceof Uint8Array)) {
        throw new ValidationError("write() takes a Uint8Array or a string");
      }
      for (let i = 0; i < bytes.length; i += INPUT_CHUNK) {
        await send({ frame: { case: "input", value: bytes.subarray(i, i + INPUT_CHUNK) } });
      }
    },
    resize(r: number, c: number): Promise<void> {
      const value = { rows: checkU32("rows", r), cols: checkU32("cols", c) };
      return send({ frame: { case: "resize", value } });
    },
    interrupt: () => send({ frame: { case: "interrupt", value: true } }),
    async detach(): Promise<void> {
      core.expectEnd();
      try {
        await send({ frame: { case: "detach", value: true } });
      } catch (e) {
        if (!(e instanceof ConnectionClosedError)) throw e;
      }
      // The daemon closes the connection once it has released the slot; give it a moment.
      await withDeadline(connection.closed, { timeoutMs: 1000 }).catch(() => {});
      await core.close();
    },
    close: () => core.close(),
    [Symbol.asyncDispose]: () => core.close(),
  };
}

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
}

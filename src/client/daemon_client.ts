/**
 * `DaemonClient`: one connection to the daemon, request ids from 1, several calls in flight
 * (the daemon answers in order), typed errors, per-call deadlines and `AbortSignal`s, and a
 * typed method for every request type of the schema.
 *
 * Better than upstream: when the daemon closes the connection every pending call fails at
 * once with `ConnectionClosedError`, and a response whose `request_id` does not match the
 * oldest call in flight is a `ProtocolError` that closes the connection (never taken as the
 * next reply). A call that times out or is aborted keeps its place in the queue, so its late
 * reply is recognised and discarded.
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * await using client = await DaemonClient.connect({ socketPath: "/tmp/rp/daemon.sock" });
 * const { serverTimeMs } = await client.ping();
 * const pipes = await client.listPipeSessions({});
 * console.log(serverTimeMs, pipes.sessions.length);
 * ```
 *
 * @module
 */
import { openServiceEvents, type ServiceEventStream } from "./service_events.ts";
import { releaseReserve } from "./connection_reserve.ts";
import {
  checkRequestOptions,
  DaemonClientMethods,
  type RequestOptions,
} from "./generated_methods.ts";
import {
  DaemonRequest_FIELDS,
  type DaemonRequestInit,
  type DaemonResponse,
  decodeDaemonResponse,
  StatusCode,
  writeDaemonRequest,
} from "../../proto_gen/daemon_pb.ts";
import { Writer } from "../wire.ts";
import {
  AbortError,
  ConnectionClosedError,
  DaemonError,
  FrameTooLargeError,
  ProtocolError,
  RunningProcessError,
  TimeoutError,
} from "../errors.ts";
import {
  CLIENT_MAX_INBOUND_FRAME,
  DAEMON_MAX_FRAME,
  FRAME_HEADER_BYTES,
  FrameDecoder,
  writeFramePrefix,
} from "../frame.ts";
import type { Endpoint, Transport } from "../transport/transport.ts";
import { formatEndpoint } from "../transport/transport.ts";
import type { Int64 } from "../wire.ts";
import {
  attachPipeStream,
  attachPtySession,
  type PipeStreamAttachment,
  type PipeStreamAttachOptions,
  type PtyAttachment,
  type PtyAttachOptions,
} from "./attach.ts";
import {
  type RunOptions,
  type RunResult,
  runSession,
  type Session,
  type SpawnOptions,
  spawnSession,
} from "./session.ts";
import {
  type CallOptions,
  type DaemonClientOptions,
  DEFAULT_CLIENT_NAME,
  openTransport,
  type PayloadField,
  type RequestPayload,
  resolveDeadlines,
  type ResponsePayload,
} from "./connection.ts";

export {
  type CallOptions,
  type DaemonClientOptions,
  DEFAULT_CLIENT_NAME,
  openFramed,
  openTransport,
  type PayloadField,
  type RequestPayload,
  resolveDeadlines,
  type ResponsePayload,
} from "./connection.ts";

/**
 * Calls issued while others are in flight are batched until the end of the current macrotask,
 * but a batch is sent as soon as it holds this many bytes: the daemon starts on the first
 * requests while the client still issues the rest (on two cores this roughly doubles the
 * pipelined throughput compared with one write per batch).
 *
 * @example
 * ```ts
 * import { DaemonClient, EARLY_FLUSH_BYTES } from "./daemon_client.ts";
 * const client = await DaemonClient.connect();
 * // 100 status calls (~36 framed bytes each) leave in writes of about EARLY_FLUSH_BYTES.
 * await Promise.all(Array.from({ length: 100 }, () => client.status()));
 * console.log(EARLY_FLUSH_BYTES); // 1024
 * ```
 */
export const EARLY_FLUSH_BYTES = 1024;

interface Pending {
  id: number;
  field: string;
  /** Resolve with the payload field of the response (`call`) instead of the whole response. */
  unwrap: boolean;
  resolve(r: unknown): void;
  reject(e: Error): void;
  /** Absolute deadline (Date.now() ms), or Infinity. */
  deadline: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  /** Settled already (timed out or aborted): its late reply is recognised and discarded. */
  done: boolean;
}

/** A connection to the daemon. */
export class DaemonClient extends DaemonClientMethods implements AsyncDisposable {
  /** The endpoint this client is connected to. */
  readonly endpoint: Endpoint;
  /** `client_name` sent with requests. */
  readonly clientName: string;
  /** Default per-call deadline. */
  readonly rpcTimeoutMs: number;
  /** Options used to connect (for attach streams, which open their own connection). */
  readonly options: Readonly<DaemonClientOptions>;
  #transport: Transport;
  /** The connection failed or the daemon closed it: the next write opens a new one. */
  #dropped = false;
  /** The new connection being opened; writes wait for it, in order. */
  #reconnecting: Promise<void> | undefined;
  #waitingWrites: Uint8Array[] = [];
  /** The id of the last request written to the transport. */
  #lastSentId = 0;
  #nextId = 1;
  #pending: Pending[] = [];
  #head = 0;
  #closedError: Error | undefined;
  /** Requests encoded since the last flush, with their length prefixes. */
  #out = new Writer(1024);
  #flushQueued = false;
  #flushFn = () => this.#flush();
  /** One timer for the earliest deadline among the calls in flight. */
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;

  private constructor(transport: Transport, options: DaemonClientOptions, rpcTimeoutMs: number) {
    super();
    this.#transport = transport;
    this.endpoint = transport.endpoint;
    this.options = options;
    this.clientName = options.clientName ?? DEFAULT_CLIENT_NAME;
    this.rpcTimeoutMs = rpcTimeoutMs;
    void this.#readLoop();
  }

  /**
   * Connects to the daemon.
   *
   * @example
   * ```ts
   * import { DaemonClient } from "./daemon_client.ts";
   * const client = await DaemonClient.connect({ scope: "ci", connectTimeoutMs: 2000 });
   * await client.close();
   * ```
   */
  static async connect(options: DaemonClientOptions = {}): Promise<DaemonClient> {
    const t = await openTransport(options);
    // A copy: the options object is this client's own (its reserved connection is keyed by it).
    return new DaemonClient(t, { ...options }, resolveDeadlines(options).rpcTimeoutMs);
  }

  /**
   * True once {@link DaemonClient.close} was called. A connection the daemon closed, or one
   * that failed, fails the calls in flight on it and is replaced by the next call.
   */
  get isClosed(): boolean {
    return this.#closedError !== undefined;
  }

  /** Resolves when the current connection closes. */
  get closed(): Promise<void> {
    return this.#transport.closed;
  }

  /** Closes the connection; pending calls fail with `ConnectionClosedError`. */
  async close(): Promise<void> {
    const closed = new ConnectionClosedError("the client was closed");
    this.#closedError ??= closed;
    this.#failCalls(closed, Infinity);
    await Promise.all([
      this.#transport.close(),
      this.#reconnecting?.catch(() => {}),
      releaseReserve(this.options),
    ]);
  }

  /** Same as {@link DaemonClient.close}. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /**
   * Sends one request and resolves with the whole `DaemonResponse` when its code is OK;
   * a non-OK code rejects with `DaemonError`. Requests issued in the same tick leave together,
   * in writes of about {@link EARLY_FLUSH_BYTES}.
   *
   * @example
   * ```ts
   * import { DaemonClient } from "./daemon_client.ts";
   * const client = await DaemonClient.connect();
   * const res = await client.request("ping", {});
   * console.log(res.ping?.serverTimeMs);
   * ```
   */
  request<F extends PayloadField>(
    field: F,
    payload: RequestPayload<F> | undefined,
    options?: CallOptions,
  ): Promise<DaemonResponse> {
    return this.#issue(field, payload, options, false) as Promise<DaemonResponse>;
  }

  /**
   * Sends one request and resolves with its response payload. An OK reply without the
   * payload is a `ProtocolError` (upstream's client reports it as INTERNAL).
   *
   * @example
   * ```ts
   * import { DaemonClient } from "./daemon_client.ts";
   * const client = await DaemonClient.connect();
   * const status = await client.call("status", {});
   * console.log(status.version);
   * ```
   */
  override call<F extends PayloadField>(
    field: F,
    payload: RequestPayload<F> | undefined,
    options?: CallOptions,
  ): Promise<ResponsePayload<F>> {
    return this.#issue(field, payload, options, true) as Promise<ResponsePayload<F>>;
  }

  /** Encodes and queues one request; settles with the response, or its payload (`unwrap`). */
  #issue(
    field: PayloadField,
    payload: unknown,
    options: CallOptions = {},
    unwrap: boolean,
  ): Promise<unknown> {
    if (this.#closedError) return Promise.reject(this.#closedError);
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new AbortError(`${field} call aborted`));
    const id = this.#nextId;
    const w = this.#out;
    const start = w.pos;
    w.ensure(FRAME_HEADER_BYTES);
    w.pos += FRAME_HEADER_BYTES;
    const req: DaemonRequestInit = {
      id,
      type: DaemonRequest_FIELDS[field],
      protocolVersion: 1,
      clientName: options.clientName ?? this.clientName,
    };
    if (payload !== undefined) (req as Record<string, unknown>)[field] = payload;
    try {
      writeDaemonRequest(w, req);
    } catch (e) {
      w.pos = start;
      return Promise.reject(e);
    }
    const n = w.pos - start - FRAME_HEADER_BYTES;
    if (n > DAEMON_MAX_FRAME) {
      w.pos = start; // refused before sending: the daemon would drop the connection
      return Promise.reject(new FrameTooLargeError(n, DAEMON_MAX_FRAME, "outbound"));
    }
    writeFramePrefix(w.buf, start, n);
    this.#nextId++;
    if (w.pos >= EARLY_FLUSH_BYTES) this.#send(); // the queued flush takes what follows
    else if (!this.#flushQueued) {
      this.#flushQueued = true;
      // Nothing in flight: send at the end of this tick (lowest latency). Calls in flight:
      // wait for the current macrotask (e.g. a batch of replies) so that every call its
      // continuations issue leaves in the same write.
      if (this.#pending.length === this.#head) queueMicrotask(this.#flushFn);
      else setImmediate(this.#flushFn);
    }
    const timeoutMs = options.timeoutMs ?? this.rpcTimeoutMs;
    return new Promise<unknown>((resolve, reject) => {
      const entry: Pending = {
        id,
        field,
        unwrap,
        resolve,
        reject,
        timeoutMs,
        deadline: timeoutMs > 0 && timeoutMs < 2 ** 31 ? Date.now() + timeoutMs : Infinity,
        signal,
        onAbort: undefined,
        done: false,
      };
      if (signal) {
        entry.onAbort = () => this.#settle(entry, new AbortError(`${field} call aborted`));
        signal.addEventListener("abort", entry.onAbort, { once: true });
      }
      this.#pending.push(entry);
      if (entry.deadline < this.#timerAt) this.#armTimer(entry.deadline);
    });
  }

  #flush(): void {
    this.#flushQueued = false;
    this.#send();
  }

  /** Writes the requests encoded so far. */
  #send(): void {
    const w = this.#out;
    if (w.pos === 0 || this.#closedError) {
      w.reset();
      return;
    }
    const bytes = w.finish();
    w.reset();
    if (w.buf.length > 1 << 20) this.#out = new Writer(1024); // do not pin a huge buffer
    if (this.#dropped || this.#reconnecting !== undefined) {
      this.#waitingWrites.push(bytes);
      this.#reconnecting ??= this.#reconnect();
      return;
    }
    this.#write(bytes);
  }

  #write(bytes: Uint8Array): void {
    this.#lastSentId = this.#nextId - 1;
    const t = this.#transport;
    t.write(bytes).catch((e: Error) => {
      if (this.#transport !== t) return; // that connection is gone already
      this.#dropConnection(
        e instanceof ConnectionClosedError
          ? e
          : new ConnectionClosedError(`cannot send to the daemon: ${e.message}`, { cause: e }),
      );
    });
  }

  /** Opens a new connection for the calls issued after the daemon closed the last one. */
  async #reconnect(): Promise<void> {
    let t: Transport;
    try {
      t = await openTransport(this.options);
    } catch (e) {
      // The calls that waited for it fail; the next call tries again.
      this.#reconnecting = undefined;
      this.#waitingWrites = [];
      this.#failCalls(e instanceof Error ? e : new ConnectionClosedError(String(e)), Infinity);
      return;
    }
    this.#reconnecting = undefined;
    if (this.#closedError !== undefined) {
      await t.close().catch(() => {});
      return;
    }
    this.#transport = t;
    this.#dropped = false;
    void this.#readLoop();
    const writes = this.#waitingWrites;
    this.#waitingWrites = [];
    for (const bytes of writes) this.#write(bytes);
  }

  /** Rejects a call early (timeout, abort); it keeps its place so its late reply is skipped. */
  #settle(p: Pending, error: Error): void {
    if (p.done) return;
    p.done = true;
    if (p.signal && p.onAbort) p.signal.removeEventListener("abort", p.onAbort);
    p.reject(error);
  }

  #armTimer(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(() => this.#onTimer(), Math.max(0, at - Date.now()));
  }

  #onTimer(): void {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = Date.now();
    let next = Infinity;
    for (let i = this.#head; i < this.#pending.length; i++) {
      const p = this.#pending[i];
      if (p.done) continue;
      if (p.deadline <= now) {
        this.#settle(
          p,
          new TimeoutError(
            `daemon response read timed out after ${p.timeoutMs} ms (${p.field}, request ${p.id})`,
            p.timeoutMs,
          ),
        );
      } else if (p.deadline < next) next = p.deadline;
    }
    if (next !== Infinity) this.#armTimer(next);
  }

  async #readLoop(): Promise<void> {
    const t = this.#transport;
    const dec = new FrameDecoder(CLIENT_MAX_INBOUND_FRAME);
    try {
      for await (const chunk of t) {
        dec.push(chunk);
        for (let frame = dec.next(); frame !== undefined; frame = dec.next()) {
          if (this.#transport !== t || this.#dropped) return; // replaced: nothing is ours
          if (!this.#onFrame(frame)) return;
        }
      }
      if (this.#transport !== t) return;
      if (dec.buffered > 0) {
        this.#dropConnection(
          new ConnectionClosedError(
            `the daemon at ${formatEndpoint(this.endpoint)} closed the connection mid-frame`,
          ),
        );
        return;
      }
      this.#dropConnection(
        new ConnectionClosedError(
          `the daemon at ${formatEndpoint(this.endpoint)} closed the connection`,
        ),
      );
    } catch (e) {
      if (this.#transport !== t) return;
      this.#dropConnection(
        e instanceof RunningProcessError
          ? e
          : new ConnectionClosedError(`connection failed: ${(e as Error)?.message}`, { cause: e }),
      );
    }
  }

  /** Handles one response frame; false when the connection had to be failed. */
  #onFrame(frame: Uint8Array): boolean {
    let res: DaemonResponse;
    try {
      res = decodeDaemonResponse(frame);
    } catch (e) {
      this.#dropConnection(new ProtocolError(`undecodable response: ${(e as Error).message}`));
      return false;
    }
    const p = this.#pending[this.#head];
    if (!p) {
      this.#dropConnection(
        new ProtocolError(`unsolicited response with request_id ${res.requestId}`),
      );
      return false;
    }
    const rid = res.requestId;
    if (rid !== p.id) {
      if (rid === 0 && res.code !== StatusCode.STATUS_CODE_OK) {
        // The daemon could not decode our frame (request_id 0): it answers this call.
        this.#shift();
        this.#complete(p, new DaemonError(res.code, res.message));
        return true;
      }
      this.#dropConnection(
        new ProtocolError(`response request_id ${rid} does not match the call in flight (${p.id})`),
      );
      return false;
    }
    this.#shift();
    if (res.code !== StatusCode.STATUS_CODE_OK) {
      this.#complete(p, new DaemonError(res.code, res.message));
    } else this.#complete(p, res);
    return true;
  }

  #complete(p: Pending, result: DaemonResponse | Error): void {
    if (p.done) return;
    p.done = true;
    if (p.signal && p.onAbort) p.signal.removeEventListener("abort", p.onAbort);
    if (result instanceof Error) p.reject(result);
    else if (!p.unwrap) p.resolve(result);
    else {
      const out = (result as unknown as Record<string, unknown>)[p.field];
      if (out === undefined || out === null) {
        p.reject(new ProtocolError(`${snake(p.field)} response missing payload`));
      } else p.resolve(out);
    }
  }

  #shift(): void {
    this.#head++;
    if (this.#head === this.#pending.length) {
      this.#pending.length = 0;
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > this.#pending.length) {
      this.#pending = this.#pending.slice(this.#head);
      this.#head = 0;
    }
  }

  /**
   * Ends the current connection: the calls written to it fail with `error` (whether the
   * daemon acted on them is unknown), the ones not written yet go out on the next connection,
   * which the next write opens.
   */
  #dropConnection(error: Error): void {
    if (this.#dropped) return;
    this.#dropped = true;
    this.#failCalls(error, this.#lastSentId);
    void this.#transport.close().catch(() => {});
  }

  /** Fails the calls with an id up to `upTo`; the others stay queued in order. */
  #failCalls(error: Error, upTo: number): void {
    const list = this.#pending.slice(this.#head);
    const failed = list.filter((p) => p.id <= upTo);
    this.#pending = list.filter((p) => p.id > upTo);
    this.#head = 0;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
    let next = Infinity;
    for (const p of this.#pending) if (!p.done && p.deadline < next) next = p.deadline;
    if (next !== Infinity) this.#armTimer(next);
    for (const p of failed) this.#settle(p, error);
  }

  // ---- hand-written conveniences over the generated typed methods ------------------------

  /**
   * DETACH_PIPE_STREAM (67): end the attachment of one pipe stream, or of both
   * (`stream: "both"` sends one request per stream; a stream without an attachment is
   * `NOT_FOUND` from the daemon, which `"both"` ignores for that stream).
   *
   * @param options the session and the stream (`"stdout"`, `"stderr"` or `"both"`)
   * @param callOptions signal, deadline and client name of this call
   * @returns the response payload
   */
  override async detachPipeStream(
    options: Omit<RequestOptions<"detachPipeStream">, "stream"> & { stream?: PipeStreamSelection },
    callOptions?: CallOptions,
  ): Promise<ResponsePayload<"detachPipeStream">> {
    if (options?.stream !== "both") {
      return await super.detachPipeStream(
        options as RequestOptions<"detachPipeStream">,
        callOptions,
      );
    }
    const one = { ...options, stream: "stdout" } as RequestOptions<"detachPipeStream">;
    checkRequestOptions("detachPipeStream", one);
    let detached = 0;
    let last: unknown;
    for (const stream of ["stdout", "stderr"] as const) {
      try {
        await super.detachPipeStream({ ...one, stream }, callOptions);
        detached++;
      } catch (e) {
        if (!(e instanceof DaemonError) || e.statusName !== "STATUS_CODE_NOT_FOUND") throw e;
        last = e;
      }
    }
    if (detached === 0) throw last;
    return {};
  }

  /**
   * ATTACH_SERVICE_EVENTS (120, our extension) on a connection of its own: lifecycle events
   * and/or log lines of a service (`target` name or id) or of every service (`""`).
   */
  attachServiceEvents(
    p: RequestPayload<"attachServiceEvents">,
    signal?: AbortSignal,
  ): Promise<ServiceEventStream> {
    return openServiceEvents(this.options, p, signal);
  }
  /**
   * ATTACH_PIPE_STREAM (66) on a connection of its own (see `attachPipeStream` in
   * `attach.ts`); this client's connection is not used.
   */
  attachPipeStream(options: PipeStreamAttachOptions): Promise<PipeStreamAttachment> {
    return attachPipeStream(this.options, options);
  }
  /**
   * ATTACH_PTY_SESSION (61) on a connection of its own (see `attachPtySession` in
   * `attach.ts`); this client's connection is not used.
   */
  attachPtySession(options: PtyAttachOptions): Promise<PtyAttachment> {
    return attachPtySession(this.options, options);
  }
  /**
   * Spawns a command as a session and returns its handle (see `spawnSession` in
   * `session.ts`): a pipe session by default, a PTY with `{ pty: { rows, cols } }`.
   *
   * @example
   * ```ts
   * import { DaemonClient } from "./daemon_client.ts";
   * await using client = await DaemonClient.connect();
   * await using s = await client.spawn(["sh", "-c", "echo hi"]);
   * console.log(await s.text(), (await s.wait()).exitCode); // "hi\n" 0
   * ```
   */
  spawn(argv: readonly string[], options?: SpawnOptions): Promise<Session> {
    return spawnSession(this, argv, options);
  }
  /**
   * Runs a command to completion and resolves with its exit and output (see `runSession`
   * in `session.ts`).
   *
   * @example
   * ```ts
   * import { DaemonClient } from "./daemon_client.ts";
   * await using client = await DaemonClient.connect();
   * const { exitCode, stdout } = await client.run(["echo", "hi"]);
   * console.log(exitCode, stdout); // 0 "hi\n"
   * ```
   */
  run(
    argv: readonly string[],
    options?: RunOptions & { output?: "text" },
  ): Promise<RunResult<string>>;
  /** Runs a command to completion, with its output as bytes. */
  run(
    argv: readonly string[],
    options: RunOptions & { output: "bytes" },
  ): Promise<RunResult<Uint8Array>>;
  run(
    argv: readonly string[],
    options?: RunOptions,
  ): Promise<RunResult<string> | RunResult<Uint8Array>> {
    return runSession(this, argv, options as RunOptions & { output?: "text" });
  }
}

/** Which pipe streams an operation applies to: one of them, or both. */
export type PipeStreamSelection = "stdout" | "stderr" | "both";

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
}

/** Convenience for code that holds `Int64` values from the daemon. */
export function toBigInt(v: Int64): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

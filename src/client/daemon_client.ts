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
  type DaemonClientOptions,
  DEFAULT_CLIENT_NAME,
  openTransport,
  type PayloadField,
  type RequestPayload,
  resolveDeadlines,
  type ResponsePayload,
} from "./connection.ts";

export {
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

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call (rejects with `AbortError`). */
  signal?: AbortSignal;
  /** Deadline of this call in ms (default: the client's). */
  timeoutMs?: number;
  /** `client_name` for this call (default: the client's). */
  clientName?: string;
}

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
export class DaemonClient implements AsyncDisposable {
  /** The endpoint this client is connected to. */
  readonly endpoint: Endpoint;
  /** `client_name` sent with requests. */
  readonly clientName: string;
  /** Default per-call deadline. */
  readonly rpcTimeoutMs: number;
  /** Options used to connect (for attach streams, which open their own connection). */
  readonly options: Readonly<DaemonClientOptions>;
  #transport: Transport;
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
    return new DaemonClient(t, options, resolveDeadlines(options).rpcTimeoutMs);
  }

  /** True once the connection is closed. */
  get isClosed(): boolean {
    return this.#closedError !== undefined;
  }

  /** Resolves when the connection closes. */
  get closed(): Promise<void> {
    return this.#transport.closed;
  }

  /** Closes the connection; pending calls fail with `ConnectionClosedError`. */
  async close(): Promise<void> {
    this.#failAll(new ConnectionClosedError("the client was closed"));
    await this.#transport.close();
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
  call<F extends PayloadField>(
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
    this.#transport.write(bytes).catch((e: Error) => {
      this.#failAll(
        e instanceof ConnectionClosedError
          ? e
          : new ConnectionClosedError(`cannot send to the daemon: ${e.message}`, { cause: e }),
      );
    });
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
    const dec = new FrameDecoder(CLIENT_MAX_INBOUND_FRAME);
    try {
      for await (const chunk of this.#transport) {
        dec.push(chunk);
        for (let frame = dec.next(); frame !== undefined; frame = dec.next()) {
          if (!this.#onFrame(frame)) return;
        }
      }
      if (dec.buffered > 0) {
        this.#failAll(
          new ConnectionClosedError(
            `the daemon at ${formatEndpoint(this.endpoint)} closed the connection mid-frame`,
          ),
        );
        return;
      }
      this.#failAll(
        new ConnectionClosedError(
          `the daemon at ${formatEndpoint(this.endpoint)} closed the connection`,
        ),
      );
    } catch (e) {
      this.#failAll(
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
      this.#failAll(new ProtocolError(`undecodable response: ${(e as Error).message}`));
      return false;
    }
    const p = this.#pending[this.#head];
    if (!p) {
      this.#failAll(new ProtocolError(`unsolicited response with request_id ${res.requestId}`));
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
      this.#failAll(
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

  #failAll(error: Error): void {
    if (!this.#closedError) this.#closedError = error;
    const list = this.#pending.slice(this.#head);
    this.#pending = [];
    this.#head = 0;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
    for (const p of list) this.#settle(p, error);
    void this.#transport.close().catch(() => {});
  }

  // ---- typed methods: one per request type -------------------------------------------

  /** REGISTER (10): track a pid in the daemon's registry. */
  register(p: RequestPayload<"register">, o?: CallOptions): Promise<ResponsePayload<"register">> {
    return this.call("register", p, o);
  }
  /** UNREGISTER (11). */
  unregister(
    p: RequestPayload<"unregister">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"unregister">> {
    return this.call("unregister", p, o);
  }
  /** SPAWN_DAEMON (12): spawn a detached, tracked shell command. */
  spawnDaemon(
    p: RequestPayload<"spawnDaemon">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"spawnDaemon">> {
    return this.call("spawnDaemon", p, o);
  }
  /** LIST_ACTIVE (20). */
  listActive(
    p: RequestPayload<"listActive"> = {},
    o?: CallOptions,
  ): Promise<ResponsePayload<"listActive">> {
    return this.call("listActive", p, o);
  }
  /** LIST_BY_ORIGINATOR (21). */
  listByOriginator(
    p: RequestPayload<"listByOriginator">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"listByOriginator">> {
    return this.call("listByOriginator", p, o);
  }
  /** GET_PROCESS_TREE (22). */
  getProcessTree(
    p: RequestPayload<"getProcessTree">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"getProcessTree">> {
    return this.call("getProcessTree", p, o);
  }
  /** KILL_ZOMBIES (30). */
  killZombies(
    p: RequestPayload<"killZombies">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"killZombies">> {
    return this.call("killZombies", p, o);
  }
  /** KILL_TREE (31). */
  killTree(p: RequestPayload<"killTree">, o?: CallOptions): Promise<ResponsePayload<"killTree">> {
    return this.call("killTree", p, o);
  }
  /** PING (40). */
  ping(o?: CallOptions): Promise<ResponsePayload<"ping">> {
    return this.call("ping", {}, o);
  }
  /** SHUTDOWN (41): the daemon answers, then stops. */
  shutdown(o?: CallOptions): Promise<ResponsePayload<"shutdown">> {
    return this.call("shutdown", {}, o);
  }
  /** STATUS (42). */
  status(o?: CallOptions): Promise<ResponsePayload<"status">> {
    return this.call("status", {}, o);
  }
  /** SERVICE_START (50). */
  serviceStart(
    p: RequestPayload<"serviceStart">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"serviceStart">> {
    return this.call("serviceStart", p, o);
  }
  /** SERVICE_STOP (51). */
  serviceStop(
    p: RequestPayload<"serviceStop">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"serviceStop">> {
    return this.call("serviceStop", p, o);
  }
  /** SERVICE_RESTART (52). */
  serviceRestart(
    p: RequestPayload<"serviceRestart">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"serviceRestart">> {
    return this.call("serviceRestart", p, o);
  }
  /** SERVICE_DELETE (53). */
  serviceDelete(
    p: RequestPayload<"serviceDelete">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"serviceDelete">> {
    return this.call("serviceDelete", p, o);
  }
  /** SERVICE_LIST (54). */
  serviceList(
    p: RequestPayload<"serviceList"> = {},
    o?: CallOptions,
  ): Promise<ResponsePayload<"serviceList">> {
    return this.call("serviceList", p, o);
  }
  /** SERVICE_DESCRIBE (55). */
  serviceDescribe(
    p: RequestPayload<"serviceDescribe">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"serviceDescribe">> {
    return this.call("serviceDescribe", p, o);
  }
  /** SERVICE_LOGS (56). */
  serviceLogs(
    p: RequestPayload<"serviceLogs">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"serviceLogs">> {
    return this.call("serviceLogs", p, o);
  }
  /** SERVICE_FLUSH (57). */
  serviceFlush(
    p: RequestPayload<"serviceFlush">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"serviceFlush">> {
    return this.call("serviceFlush", p, o);
  }
  /** SERVICE_SAVE (58). */
  serviceSave(
    p: RequestPayload<"serviceSave"> = {},
    o?: CallOptions,
  ): Promise<ResponsePayload<"serviceSave">> {
    return this.call("serviceSave", p, o);
  }
  /** SERVICE_RESURRECT (59). */
  serviceResurrect(
    p: RequestPayload<"serviceResurrect"> = {},
    o?: CallOptions,
  ): Promise<ResponsePayload<"serviceResurrect">> {
    return this.call("serviceResurrect", p, o);
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
  /** SPAWN_PTY_SESSION (60). */
  spawnPtySessionRaw(
    p: RequestPayload<"spawnPtySession">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"spawnPtySession">> {
    return this.call("spawnPtySession", p, o);
  }
  /** DETACH_PTY_SESSION (62). */
  detachPtySession(
    sessionId: string,
    o?: CallOptions,
  ): Promise<ResponsePayload<"detachPtySession">> {
    return this.call("detachPtySession", { sessionId }, o);
  }
  /** LIST_PTY_SESSIONS (63), optionally filtered by originator. */
  listPtySessions(
    p: RequestPayload<"listPtySessions"> = {},
    o?: CallOptions,
  ): Promise<ResponsePayload<"listPtySessions">> {
    return this.call("listPtySessions", p, o);
  }
  /** TERMINATE_PTY_SESSION (64); `graceMs` 0 means 2000 ms. */
  terminatePtySession(
    sessionId: string,
    graceMs = 0,
    o?: CallOptions,
  ): Promise<ResponsePayload<"terminatePtySession">> {
    return this.call("terminatePtySession", { sessionId, graceMs }, o);
  }
  /** SPAWN_PIPE_SESSION (65). */
  spawnPipeSessionRaw(
    p: RequestPayload<"spawnPipeSession">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"spawnPipeSession">> {
    return this.call("spawnPipeSession", p, o);
  }
  /** DETACH_PIPE_STREAM (67); `stream` 1 = stdout, 2 = stderr. */
  detachPipeStream(
    sessionId: string,
    stream: number,
    o?: CallOptions,
  ): Promise<ResponsePayload<"detachPipeStream">> {
    return this.call("detachPipeStream", { sessionId, stream }, o);
  }
  /** LIST_PIPE_SESSIONS (68), optionally filtered by originator. */
  listPipeSessions(
    p: RequestPayload<"listPipeSessions"> = {},
    o?: CallOptions,
  ): Promise<ResponsePayload<"listPipeSessions">> {
    return this.call("listPipeSessions", p, o);
  }
  /** TERMINATE_PIPE_SESSION (69); `graceMs` 0 means 2000 ms. */
  terminatePipeSession(
    sessionId: string,
    graceMs = 0,
    o?: CallOptions,
  ): Promise<ResponsePayload<"terminatePipeSession">> {
    return this.call("terminatePipeSession", { sessionId, graceMs }, o);
  }
  /** WRITE_PIPE_STDIN (70); `close` closes stdin after the write. */
  writePipeStdin(
    sessionId: string,
    data: Uint8Array | string,
    close = false,
    o?: CallOptions,
  ): Promise<ResponsePayload<"writePipeStdin">> {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    return this.call("writePipeStdin", { sessionId, data: bytes, close }, o);
  }
  /** GET_SESSION_BACKLOG (71): a copy of the backlog (not drained). */
  getSessionBacklog(
    sessionId: string,
    pipeStream = 0,
    o?: CallOptions,
  ): Promise<ResponsePayload<"getSessionBacklog">> {
    return this.call("getSessionBacklog", { sessionId, pipeStream }, o);
  }
  /** PURGE_EXITED_SESSIONS (72). */
  purgeExitedSessions(
    p: RequestPayload<"purgeExitedSessions"> = {},
    o?: CallOptions,
  ): Promise<ResponsePayload<"purgeExitedSessions">> {
    return this.call("purgeExitedSessions", p, o);
  }
  /** BULK_TERMINATE_SESSIONS (73). */
  bulkTerminateSessions(
    p: RequestPayload<"bulkTerminateSessions"> = {},
    o?: CallOptions,
  ): Promise<ResponsePayload<"bulkTerminateSessions">> {
    return this.call("bulkTerminateSessions", p, o);
  }
  /** RESIZE_PTY_SESSION (74); 0 keeps a dimension. */
  resizePtySession(
    sessionId: string,
    rows: number,
    cols: number,
    o?: CallOptions,
  ): Promise<ResponsePayload<"resizePtySession">> {
    return this.call("resizePtySession", { sessionId, rows, cols }, o);
  }
  /** REGISTER_SESSION_TEE (75). */
  registerSessionTee(
    p: RequestPayload<"registerSessionTee">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"registerSessionTee">> {
    return this.call("registerSessionTee", p, o);
  }
  /** UNREGISTER_SESSION_TEE (76). */
  unregisterSessionTee(
    p: RequestPayload<"unregisterSessionTee">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"unregisterSessionTee">> {
    return this.call("unregisterSessionTee", p, o);
  }
  /** GET_SESSION_TEE_STATUS (77). */
  getSessionTeeStatus(
    p: RequestPayload<"getSessionTeeStatus">,
    o?: CallOptions,
  ): Promise<ResponsePayload<"getSessionTeeStatus">> {
    return this.call("getSessionTeeStatus", p, o);
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
  /** GET_OBSERVER_CAPABILITIES (82, our extension). */
  getObserverCapabilities(o?: CallOptions): Promise<ResponsePayload<"getObserverCapabilities">> {
    return this.call("getObserverCapabilities", {}, o);
  }
}

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
}

/** Convenience for code that holds `Int64` values from the daemon. */
export function toBigInt(v: Int64): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

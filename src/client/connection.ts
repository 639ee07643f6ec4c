/**
 * Opening a connection to the daemon: the connect options, their deadlines (explicit
 * options, then the environment, then the defaults), and the framed connection that
 * `DaemonClient` and the attach streams both start from. Also the payload types that
 * name a request by its `DaemonRequest` field.
 *
 * @example
 * ```ts
 * import { openFramed, resolveDeadlines } from "./connection.ts";
 * console.log(resolveDeadlines({ rpcTimeoutMs: 500 }).rpcTimeoutMs); // 500
 * const connection = await openFramed({ scope: "ci" });
 * await connection.close();
 * ```
 *
 * @module
 */
import type {
  DaemonRequest_FIELDS,
  DaemonRequestInit,
  DaemonResponse,
} from "../../proto_gen/daemon_pb.ts";
import { connectTransport } from "../transport/auto.ts";
import { FramedConnection } from "../transport/framed.ts";
import { resolveEndpoint, runtimeDeadlines } from "../transport/runtime.ts";
import type { Endpoint, Transport, TransportFactory } from "../transport/transport.ts";

/** Default `client_name`, as upstream's core/session calls send. */
export const DEFAULT_CLIENT_NAME = "running-process-client";

/** Fields of `DaemonRequest` that carry a payload (their number is the request type). */
export type PayloadField = Exclude<
  keyof typeof DaemonRequest_FIELDS,
  "id" | "type" | "protocolVersion" | "clientName"
>;

/** The request payload type of `F`. */
export type RequestPayload<F extends PayloadField> = NonNullable<DaemonRequestInit[F]>;
/** The response payload type of `F`. */
export type ResponsePayload<F extends PayloadField> = NonNullable<DaemonResponse[F]>;

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call (rejects with `AbortError`). */
  signal?: AbortSignal;
  /** Deadline of this call in ms (default: the client's). */
  timeoutMs?: number;
  /** `client_name` for this call (default: the client's). */
  clientName?: string;
}

/** Where and how to connect: the options of `DaemonClient.connect` and of every attach stream. */
export interface DaemonClientOptions {
  /** Explicit socket path. */
  socketPath?: string;
  /** Scope (`daemon-<scope>.sock`). */
  scope?: string;
  /** Explicit endpoint (wins over `socketPath` / `scope`), e.g. TCP. */
  endpoint?: Endpoint;
  /** `client_name` sent with each request (default {@link DEFAULT_CLIENT_NAME}). */
  clientName?: string;
  /** Connect deadline (default 10 s or `RUNNING_PROCESS_CLIENT_CONNECT_TIMEOUT_MS`). */
  connectTimeoutMs?: number;
  /** Default per-call deadline (default 30 s or `RUNNING_PROCESS_CLIENT_RPC_TIMEOUT_MS`). */
  rpcTimeoutMs?: number;
  /** Use this transport factory instead of the runtime's. */
  transportFactory?: TransportFactory;
  /** Aborts the connect. */
  signal?: AbortSignal;
}

/** Resolves the deadlines: explicit options, then the environment, then the defaults. */
export function resolveDeadlines(
  options: DaemonClientOptions,
): { connectTimeoutMs: number; rpcTimeoutMs: number } {
  const env = runtimeDeadlines();
  return {
    connectTimeoutMs: options.connectTimeoutMs ?? env.connectTimeoutMs,
    rpcTimeoutMs: options.rpcTimeoutMs ?? env.rpcTimeoutMs,
  };
}

/** Opens a transport to the endpoint named by `options`. */
export async function openTransport(options: DaemonClientOptions): Promise<Transport> {
  const endpoint = options.endpoint ??
    resolveEndpoint({ socketPath: options.socketPath, scope: options.scope });
  return await connectTransport(endpoint, {
    factory: options.transportFactory,
    signal: options.signal,
    timeoutMs: resolveDeadlines(options).connectTimeoutMs,
  });
}

/** Opens a framed connection to the endpoint named by `options` (attach streams use it). */
export async function openFramed(options: DaemonClientOptions): Promise<FramedConnection> {
  return new FramedConnection(await openTransport(options));
}

/**
 * Makes `call` while `count` connections open beside it, for the attaches that follow its
 * reply, so that they need no connect of their own. A connection that failed to open is
 * `undefined` (the attach then opens one); all are closed when the call fails.
 *
 * @param options where to connect
 * @param call the request (made first, so that the daemon reads it before the connects)
 * @param count connections to open
 * @returns the call's result and the connections' promises
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { callWithSpares } from "./connection.ts";
 * const client = await DaemonClient.connect();
 * const [status, [spare]] = await callWithSpares(client.options, () => client.call("status", {}), 1);
 * console.log(status.activeConnections);
 * await (await spare)?.close();
 * ```
 */
export async function callWithSpares<T>(
  options: DaemonClientOptions,
  call: () => Promise<T>,
  count: number,
): Promise<[T, Promise<FramedConnection | undefined>[]]> {
  const pending = call();
  // Opened once the call's request is written (the client flushes in a microtask queued
  // before this one), so that the daemon reads the request first.
  const first = new Promise<void>((r) => queueMicrotask(r));
  const spares = Array.from(
    { length: count },
    () => first.then(() => openFramed({ ...options, signal: undefined })).catch(() => undefined),
  );
  try {
    return [await pending, spares];
  } catch (e) {
    for (const s of spares) void s.then((c) => c?.close()).catch(() => {});
    throw e;
  }
}

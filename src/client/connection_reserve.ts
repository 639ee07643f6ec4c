/**
 * One connection per client kept open ahead of need, for the requests that turn their own
 * connection into a stream (a spawn whose observer events follow its reply). Taking it keeps
 * the connect off the request's path; the next one is opened behind the request.
 *
 * A reserved connection left unused for long is not trusted: the daemon closes idle
 * connections (after 60 s by default), so one older than {@link RESERVE_MAX_AGE_MS} is closed
 * and a new one opened instead; one the daemon closed sooner (a shorter idle timeout, a
 * restart) fails before the daemon read the request, which then goes out on a new connection.
 *
 * @module
 */
import {
  type AttachCallOptions,
  type AttachField,
  openAttach,
  type OpenedAttach,
} from "./attach.ts";
import { type DaemonClientOptions, openFramed, type RequestPayload } from "./connection.ts";
import type { FramedConnection } from "../transport/framed.ts";

/** How long a reserved connection is used (ms); well under the daemon's idle timeout. */
export const RESERVE_MAX_AGE_MS = 20_000;

interface Reserved {
  connection: Promise<FramedConnection | undefined>;
  openedAt: number;
}

/** Each client's reserved connection, keyed by its options object. */
const reserves = new WeakMap<object, Reserved>();
/** Clients closed: nothing more is reserved for them. */
const released = new WeakSet<object>();

function take(options: object): Promise<FramedConnection | undefined> | undefined {
  const r = reserves.get(options);
  if (r === undefined) return undefined;
  reserves.delete(options);
  if (performance.now() - r.openedAt <= RESERVE_MAX_AGE_MS) return r.connection;
  void r.connection.then((c) => c?.close()).catch(() => {});
  return undefined;
}

function refill(options: Readonly<DaemonClientOptions>): void {
  if (released.has(options) || reserves.has(options)) return;
  reserves.set(options, {
    connection: openFramed({ ...options, signal: undefined }).catch(() => undefined),
    openedAt: performance.now(),
  });
}

/**
 * Sends an attach-style request (see `openAttach`) on the client's reserved connection, or
 * on a new one when none is ready, and reserves the next connection once the request is
 * written.
 *
 * @param options the client's options (the key of its reserve)
 * @param field the request payload field
 * @param payload the request payload
 * @param callOptions signal, deadline and client name of the request
 * @returns the response and the connection, now carrying the stream
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { openAttachOnReserve } from "./connection_reserve.ts";
 * const client = await DaemonClient.connect();
 * const { response, connection } = await openAttachOnReserve(client.options, "spawnPipeSession", {
 *   argv: ["true"],
 *   observe: { categories: [0], stream: true },
 * });
 * console.log(response.observerStreaming); // true
 * await connection.close();
 * await client.close();
 * ```
 */
export async function openAttachOnReserve<F extends AttachField>(
  options: Readonly<DaemonClientOptions>,
  field: F,
  payload: RequestPayload<F>,
  callOptions: Omit<AttachCallOptions, "connection"> = {},
): Promise<OpenedAttach<F>> {
  const reserved = await take(options);
  // A reserved connection the daemon closed meanwhile: openAttach sends the request again on
  // a new one.
  const pending = openAttach(options, field, payload, { ...callOptions, connection: reserved });
  // openAttach has written the request by now (or is connecting for it): the next connect
  // goes out behind it.
  refill(options);
  return await pending;
}

/**
 * Closes a client's reserved connection and reserves none after it (the client closes).
 *
 * @param options the client's options
 * @returns once the reserved connection is closed
 *
 * @example
 * ```ts
 * import { DaemonClient } from "./daemon_client.ts";
 * import { releaseReserve } from "./connection_reserve.ts";
 * const client = await DaemonClient.connect();
 * await releaseReserve(client.options);
 * ```
 */
export async function releaseReserve(options: object): Promise<void> {
  released.add(options);
  const r = reserves.get(options);
  reserves.delete(options);
  await r?.connection.then((c) => c?.close()).catch(() => {});
}

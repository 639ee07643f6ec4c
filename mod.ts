/**
 * A client, session-observer API and compatible daemon for the running-process daemon's IPC
 * protocol: 4-byte big-endian length-prefixed protobuf (`running_process.daemon.v1`) over a
 * Unix socket. Deno- and Bun-first; Node works too.
 *
 * This entry exports, by name, what a program needs: the client (`DaemonClient`, one typed
 * method per request type, each taking one options object), the observer API, the attach
 * streams, the spawn helpers, the service manager, the error classes, the endpoint helpers and
 * the framing/transport building blocks. Sub-path entries: `./daemon` (`serve()`), `./wire`
 * (protobuf Reader/Writer) and `./proto` (every message type, enum and codec of the schema).
 *
 * @example
 * ```ts
 * import {
 *   DaemonClient,
 *   EventCategory,
 *   registerSessionObserver,
 *   SessionObserverRequest,
 * } from "@rp/running-process";
 *
 * await using client = await DaemonClient.connect(); // the default endpoint, like upstream
 * const { sessionId } = await client.spawnPipeSessionRaw({ argv: ["sh", "-c", "echo hi"] });
 * await using sub = await registerSessionObserver(
 *   client,
 *   SessionObserverRequest.pipe(sessionId).withCategories(EventCategory.Lifecycle),
 * );
 * for await (const record of sub.subscriber) {
 *   if (record.type === "event") console.log(record.kind, record.pid, record.exitCode);
 *   if (record.type === "event" && record.kind === "exited") break;
 * }
 * ```
 *
 * @module
 */
// ---- client -----------------------------------------------------------------------------------
export {
  type CallOptions,
  DaemonClient,
  type DaemonClientOptions,
  DEFAULT_CLIENT_NAME,
  type PayloadField,
  type PipeStreamSelection,
  type RequestPayload,
  type ResponsePayload,
} from "./src/client/daemon_client.ts";
export {
  DaemonClientMethods,
  type RequestMethod,
  type RequestOptions,
  type RequestOptionsMap,
} from "./src/client/generated_methods.ts";
export {
  connectOrStart,
  type ConnectOrStartOptions,
  DEFAULT_START_TIMEOUT_MS,
} from "./src/client/connect_or_start.ts";
export { TerminationOutcome } from "./proto_gen/daemon_pb.ts";

// ---- spawn helpers ------------------------------------------------------------------------------
export {
  type EnvironmentPolicyName,
  type SpawnedSession,
  spawnPipeSession,
  type SpawnPipeSessionOptions,
  spawnPtySession,
  type SpawnPtySessionOptions,
  type SpawnSessionOptions,
} from "./src/client/spawn_helpers.ts";

// ---- attach streams -----------------------------------------------------------------------------
export {
  type AttachBackpressure,
  type AttachCallOptions,
  type AttachField,
  attachPipeStream,
  attachPtySession,
  openAttach,
  type OpenedAttach,
  type PipeStreamAttachment,
  type PipeStreamAttachOptions,
  type PipeStreamName,
  type PtyAttachment,
  type PtyAttachOptions,
  type StreamAttachment,
  type StreamOutput,
} from "./src/client/attach.ts";

// ---- observer API -------------------------------------------------------------------------------
export {
  EventCategory,
  eventCategoryName,
  getSessionObserverStatus,
  type ObserverEventRecord,
  type ObserverLossRecord,
  type ObserverRecord,
  ObserverSubscriber,
  type RecvOptions,
  registerSessionObserver,
  RemoteObserverSubscription,
  SessionObserverBackpressure,
  SessionObserverKind,
  SessionObserverRequest,
  type SessionObserverRequestOptions,
  type SessionObserverStatus,
  unregisterSessionObserver,
} from "./src/client/observer_api.ts";

// ---- services -----------------------------------------------------------------------------------
export {
  type ServiceEventsOptions,
  type ServiceLogsOptions,
  ServiceManager,
  type ServiceStartOptions,
} from "./src/client/service_manager.ts";
export { openServiceEvents, type ServiceEventStream } from "./src/client/service_events.ts";

// ---- errors -------------------------------------------------------------------------------------
export {
  AbortError,
  ConnectError,
  ConnectionClosedError,
  DaemonError,
  FrameTooLargeError,
  ProtocolError,
  RunningProcessError,
  statusCodeName,
  TimeoutError,
  UnsupportedError,
  ValidationError,
} from "./src/errors.ts";
export { SpawnError, StdinClosedError, StdinWriteError } from "./src/process/errors.ts";

// ---- endpoints, transports and framing ----------------------------------------------------------
export { type Env, socketPath, type SocketPathOptions } from "./src/endpoint.ts";
export type {
  ConnectOptions,
  Endpoint,
  TcpEndpoint,
  Transport,
  TransportFactory,
  UnixEndpoint,
} from "./src/transport/transport.ts";
export { connectTransport, type ConnectTransportOptions } from "./src/transport/auto.ts";
export { FramedConnection } from "./src/transport/framed.ts";
export {
  CLIENT_MAX_INBOUND_FRAME,
  DAEMON_MAX_FRAME,
  encodeFrame,
  FRAME_HEADER_BYTES,
  FrameDecoder,
} from "./src/frame.ts";

// The session handle: client.spawn / client.run and what they return.
export {
  linesOf,
  type RunOptions,
  type RunResult,
  runSession,
  Session,
  type SessionEnvironmentPolicy,
  type SessionEvent,
  type SessionEventCategory,
  type SessionEventFields,
  type SessionEventKind,
  type SessionOutcome,
  type SessionResult,
  type SessionRpc,
  type SpawnOptions,
  spawnSession,
} from "./src/client/session.ts";

/**
 * A client, session-observer API and compatible daemon for the running-process daemon's IPC
 * protocol: 4-byte big-endian length-prefixed protobuf (`running_process.daemon.v1`) over a
 * Unix socket. Deno- and Bun-first; Node works too.
 *
 * This entry re-exports the wire layer and the generated message codecs. Sub-path entries:
 * `./wire` (protobuf Reader/Writer) and `./proto` (every message type and codec).
 *
 * @example
 * ```ts
 * import { decodeDaemonRequest, encodeDaemonRequest, RequestType } from "@rp/running-process";
 * const bytes = encodeDaemonRequest({ id: 1, type: RequestType.REQUEST_TYPE_PING, ping: {} });
 * console.log(decodeDaemonRequest(bytes).type === RequestType.REQUEST_TYPE_PING); // true
 * ```
 *
 * @module
 */
export * from "./src/wire.ts";
export * from "./proto_gen/daemon_pb.ts";
export { JsonMappingError } from "./src/pbruntime.ts";

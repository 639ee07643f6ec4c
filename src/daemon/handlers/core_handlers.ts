/**
 * PING, STATUS and SHUTDOWN (docs/PROTOCOL.md#ping-and-status).
 *
 * @module
 */
import { RequestType } from "../../../proto_gen/daemon_pb.ts";
import type { DaemonState, Handler } from "../types.ts";

/** Handlers for PING (40), SHUTDOWN (41) and STATUS (42). */
export function coreHandlers(state: DaemonState): Map<number, Handler> {
  return new Map<number, Handler>([
    [RequestType.REQUEST_TYPE_PING, () => ({ ping: { serverTimeMs: Date.now() } })],
    [RequestType.REQUEST_TYPE_SHUTDOWN, () => {
      state.requestShutdown();
      return { message: "shutting down", shutdown: {} };
    }],
    [RequestType.REQUEST_TYPE_STATUS, () => ({
      status: {
        version: state.version,
        uptimeSeconds: Math.floor((Date.now() - state.startedAtMs) / 1000),
        trackedProcessCount: state.trackedProcessCount(),
        activeConnections: state.activeConnections(),
        socketPath: state.socketPath,
        dbPath: state.dbPath,
        scope: state.scope ?? "global",
        scopeHash: state.scope ?? "",
        scopeCwd: state.cwd,
        emergencyReserve: "armed",
      },
    })],
  ]);
}

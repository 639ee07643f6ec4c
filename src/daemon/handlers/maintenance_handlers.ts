/**
 * Cross-kind maintenance RPCs (docs/PROTOCOL.md#maintenance): GET_SESSION_BACKLOG (71),
 * PURGE_EXITED_SESSIONS (72) and BULK_TERMINATE_SESSIONS (73).
 *
 * - Backlog: the PTY registry is searched first, then the pipe registry; `pipe_stream == 2`
 *   selects stderr, anything else stdout; the ring is copied, not drained.
 * - Purge: exited sessions only (exact originator filter when non-empty); purging also ends
 *   the session's observer subscriptions and releases its tees (`dispose()`).
 * - Bulk terminate: live sessions strictly older than `older_than_secs`, grace
 *   `max(grace_ms, 1)`; attached streams are not notified (they end when the child exits).
 *
 * @module
 */
import { RequestType } from "../../../proto_gen/daemon_pb.ts";
import { PipeSession } from "../sessions/pipe_session.ts";
import { PtySession } from "../sessions/pty_session.ts";
import { invalidArgument, notFound } from "../connection/status_error.ts";
import type { DaemonState, Handler, SessionBase } from "../types.ts";

/** Handlers for RPCs 71–73. */
export function maintenanceHandlers(state: DaemonState): Map<number, Handler> {
  return new Map<number, Handler>([
    [RequestType.REQUEST_TYPE_GET_SESSION_BACKLOG, ({ request }) => {
      const p = request.getSessionBacklog;
      if (!p) throw invalidArgument("get_session_backlog payload missing");
      const pty = state.ptySessions.get(p.sessionId);
      const s: SessionBase | undefined = pty instanceof PtySession
        ? pty
        : state.pipeSessions.get(p.sessionId);
      if (!(s instanceof PtySession) && !(s instanceof PipeSession)) {
        throw notFound(`session not found: ${p.sessionId}`);
      }
      const ring = s instanceof PtySession ? s.ring : s.streamOf(p.pipeStream).ring;
      return {
        getSessionBacklog: {
          backlog: ring.snapshot(),
          bytesMissed: ring.bytesDropped,
          sessionKind: s.kind,
          exited: s.exited,
          exitCode: s.exitCode ?? 0,
          exitedAt: s.exitedAt ?? 0,
          terminationOutcome: s.terminationOutcome,
        },
      };
    }],

    [RequestType.REQUEST_TYPE_PURGE_EXITED_SESSIONS, ({ request }) => {
      const filter = request.purgeExitedSessions?.originator ?? "";
      const purge = (map: Map<string, SessionBase>): number => {
        let n = 0;
        for (const [id, s] of [...map]) {
          if (!s.exited || (filter !== "" && s.originator !== filter)) continue;
          map.delete(id);
          s.observers.clear();
          s.dispose();
          n++;
        }
        return n;
      };
      const ptyPurged = purge(state.ptySessions);
      const pipePurged = purge(state.pipeSessions);
      return { purgeExitedSessions: { ptyPurged, pipePurged } };
    }],

    [RequestType.REQUEST_TYPE_BULK_TERMINATE_SESSIONS, ({ request }) => {
      const p = request.bulkTerminateSessions;
      if (!p) throw invalidArgument("bulk_terminate_sessions payload missing");
      const olderThan = Number(p.olderThanSecs);
      const grace = Math.max(p.graceMs, 1);
      const now = Date.now() / 1000;
      const sweep = (map: Map<string, SessionBase>): number => {
        let n = 0;
        for (const s of [...map.values()]) {
          if (s.exited) continue;
          if (p.originator !== "" && s.originator !== p.originator) continue;
          // `0` selects everything live (even a session spawned in this very millisecond).
          if (olderThan > 0 && !(now - s.createdAt > olderThan)) continue;
          s.terminate(grace, false);
          n++;
        }
        return n;
      };
      const ptyTerminated = sweep(state.ptySessions);
      const pipeTerminated = sweep(state.pipeSessions);
      return { bulkTerminateSessions: { ptyTerminated, pipeTerminated } };
    }],
  ]);
}

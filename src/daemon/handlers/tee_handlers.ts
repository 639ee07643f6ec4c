/**
 * Tee RPCs (docs/PROTOCOL.md#tees): REGISTER_SESSION_TEE (75), UNREGISTER_SESSION_TEE (76) and
 * GET_SESSION_TEE_STATUS (77), with upstream's validation order, codes and messages.
 * Success replies carry `message: "OK"`.
 *
 * REGISTER validation, in order (every failure is INVALID_ARGUMENT unless noted):
 *
 * 1. payload (`register_session_tee payload missing`);
 * 2. `session_id must not be empty`;
 * 3. `invalid tee sink kind`, then `only file tee sinks are supported over IPC`;
 * 4. `invalid tee stream`;
 * 5. `invalid tee file path: …`;
 * 6. `tee file path must not be empty`;
 * 7. `invalid tee file mode`, then `invalid backpressure`;
 * 8. `invalid tee session kind`, then `session_kind must be PTY or PIPE`;
 * 9. NOT_FOUND `PTY session not found` / `pipe session not found`;
 * 10. `PTY tee stream must be PTY_OUTPUT or STDIN`,
 *     `pipe tee stream must be STDOUT, STDERR, or STDIN`, `pipe stream unavailable`
 *     (stderr of a session spawned with `merge_stderr_into_stdout`);
 * 10b. RATE_LIMITED `too many tees on session <id>: at most 16; unregister one first` (ours:
 *     upstream has no limit; checked again after the file is opened);
 * 11. opening the file: INVALID_ARGUMENT for Rust's `InvalidInput` kind (a NUL byte in the
 *     path: `file name contained an unexpected NUL byte`; `EINVAL`), INTERNAL otherwise,
 *     with Rust-shaped text such as `Is a directory (os error 21)`.
 *
 * UNREGISTER and STATUS: payload, `invalid tee session kind`,
 * `session_kind must be PTY or PIPE`, the session lookup (an empty id is simply not found),
 * then NOT_FOUND `tee handle not found`.
 *
 * Further rules (docs/COMPATIBILITY.md lists how they differ from other daemons):
 *
 * * Step 5: paths must be valid UTF-8 (Deno's `node:fs` cannot name a file with other bytes), otherwise
 *   `invalid tee file path: file path is not valid UTF-8`.
 * * Backpressure: see `../streams/tees.ts` (DROP_OLDEST evicts the oldest chunk; BLOCK never
 *   blocks the session and never drops below the byte caps: per tee, and for all tees).
 * * At most `MAX_TEES_PER_SESSION` tees per session (step 10b).
 * * UNREGISTER answers once the tee's file is closed: the queued bytes are written first,
 *   and a sink that accepts nothing for `END_DRAIN_MS` is abandoned (see `../streams/tees.ts`).
 * * If the session is purged (or the daemon shuts down) while the file is being opened,
 *   REGISTER answers the step-9 NOT_FOUND and closes the file.
 *
 * @module
 */
import { RequestType, StatusCode } from "../../../proto_gen/daemon_pb.ts";
import { PipeSession } from "../sessions/pipe_session.ts";
import { PtySession } from "../sessions/pty_session.ts";
import type { OutputStreamName, Session } from "../sessions/session.ts";
import { internal, invalidArgument, notFound, StatusError } from "../connection/status_error.ts";
import {
  type FileTee,
  MAX_TEES_PER_SESSION,
  openTeeFile,
  SessionTees,
  TeeOpenError,
} from "../streams/tees.ts";
import type { DaemonState, Handler } from "../types.ts";

/** `TeeSessionKind` values. */
const SESSION_PTY = 1;
const SESSION_PIPE = 2;

/** `TeeStreamKind` values. */
const STREAM_PTY_OUTPUT = 1;
const STREAM_STDOUT = 2;
const STREAM_STDERR = 3;
const STREAM_STDIN = 4;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Step 8 (and the first steps of UNREGISTER / STATUS): a known, specified session kind. */
function checkSessionKind(kind: number): void {
  if (kind !== 0 && kind !== SESSION_PTY && kind !== SESSION_PIPE) {
    throw invalidArgument("invalid tee session kind");
  }
  if (kind === 0) throw invalidArgument("session_kind must be PTY or PIPE");
}

/** Step 9: the session of `kind` named `id`, or NOT_FOUND with upstream's wording. */
function lookupSession(state: DaemonState, kind: number, id: string): Session {
  if (kind === SESSION_PTY) {
    const s = state.ptySessions.get(id);
    if (!(s instanceof PtySession)) throw notFound("PTY session not found");
    return s;
  }
  const s = state.pipeSessions.get(id);
  if (!(s instanceof PipeSession)) throw notFound("pipe session not found");
  return s;
}

/** Step 10: the listener stream name for `stream` on `session`. */
function listenerStream(session: Session, stream: number): OutputStreamName {
  if (session instanceof PtySession) {
    if (stream === STREAM_PTY_OUTPUT) return "pty";
    if (stream === STREAM_STDIN) return "stdin";
    throw invalidArgument("PTY tee stream must be PTY_OUTPUT or STDIN");
  }
  if (stream === STREAM_STDOUT) return "stdout";
  if (stream === STREAM_STDIN) return "stdin";
  if (stream === STREAM_STDERR) {
    if (session instanceof PipeSession && session.merged) {
      throw invalidArgument("pipe stream unavailable");
    }
    return "stderr";
  }
  throw invalidArgument("pipe tee stream must be STDOUT, STDERR, or STDIN");
}

/** RATE_LIMITED once a session has {@link MAX_TEES_PER_SESSION} tees. */
function checkTeeCount(tees: SessionTees, id: string): void {
  if (tees.size >= MAX_TEES_PER_SESSION) {
    throw new StatusError(
      StatusCode.STATUS_CODE_RATE_LIMITED,
      `too many tees on session ${id}: at most ${MAX_TEES_PER_SESSION}; unregister one first`,
    );
  }
}

/** The tee `handle` of the session named by (kind, id), for UNREGISTER / STATUS. */
function lookupTee(
  state: DaemonState,
  kind: number,
  id: string,
  handle: number | bigint,
): { tees: SessionTees; tee: FileTee } {
  checkSessionKind(kind);
  const tees = SessionTees.existing(lookupSession(state, kind, id));
  const tee = tees?.get(Number(handle));
  if (tees === undefined || tee === undefined) throw notFound("tee handle not found");
  return { tees, tee };
}

/** Handlers for RPCs 75–77. */
export function teeHandlers(state: DaemonState): Map<number, Handler> {
  return new Map<number, Handler>([
    [RequestType.REQUEST_TYPE_REGISTER_SESSION_TEE, async ({ request }) => {
      const p = request.registerSessionTee;
      if (!p) throw invalidArgument("register_session_tee payload missing");
      if (p.sessionId === "") throw invalidArgument("session_id must not be empty");
      if (p.sinkKind !== 0 && p.sinkKind !== 1) throw invalidArgument("invalid tee sink kind");
      if (p.sinkKind !== 1) throw invalidArgument("only file tee sinks are supported over IPC");
      if (p.stream < 0 || p.stream > STREAM_STDIN) throw invalidArgument("invalid tee stream");
      let path: string;
      try {
        path = utf8.decode(p.filePath);
      } catch {
        throw invalidArgument("invalid tee file path: file path is not valid UTF-8");
      }
      if (path === "") throw invalidArgument("tee file path must not be empty");
      if (p.fileMode !== 0 && p.fileMode !== 1) throw invalidArgument("invalid tee file mode");
      if (p.backpressure !== 0 && p.backpressure !== 1) {
        throw invalidArgument("invalid backpressure");
      }
      checkSessionKind(p.sessionKind);
      const session = lookupSession(state, p.sessionKind, p.sessionId);
      const name = listenerStream(session, p.stream);
      const tees = SessionTees.of(session); // from here on, a dispose is noticed
      checkTeeCount(tees, p.sessionId);
      let file;
      try {
        file = await openTeeFile(path, p.fileMode === 0);
      } catch (e) {
        if (e instanceof TeeOpenError) {
          throw e.invalidInput ? invalidArgument(e.message) : internal(e.message);
        }
        throw e;
      }
      if (tees.disposed) {
        await file.handle.close().catch(() => {});
        throw notFound(
          session instanceof PtySession ? "PTY session not found" : "pipe session not found",
        );
      }
      try {
        checkTeeCount(tees, p.sessionId); // again: other registrations may have raced
      } catch (e) {
        await file.handle.close().catch(() => {});
        throw e;
      }
      const tee = tees.add(session, name, p.stream, file, {
        queueCapacity: p.queueCapacity,
        backpressure: p.backpressure === 1 ? "block" : "drop-oldest",
        suppressMissedMarkers: p.suppressMissedMarkers,
      });
      return { message: "OK", registerSessionTee: { teeHandle: tee.handle } };
    }],

    [RequestType.REQUEST_TYPE_UNREGISTER_SESSION_TEE, async ({ request }) => {
      const p = request.unregisterSessionTee;
      if (!p) throw invalidArgument("unregister_session_tee payload missing");
      const { tees, tee } = lookupTee(state, p.sessionKind, p.sessionId, p.teeHandle);
      tees.remove(tee.handle);
      await tee.closed;
      return { message: "OK", unregisterSessionTee: {} };
    }],

    [RequestType.REQUEST_TYPE_GET_SESSION_TEE_STATUS, ({ request }) => {
      const p = request.getSessionTeeStatus;
      if (!p) throw invalidArgument("get_session_tee_status payload missing");
      const { tee } = lookupTee(state, p.sessionKind, p.sessionId, p.teeHandle);
      return { message: "OK", getSessionTeeStatus: tee.status() };
    }],
  ]);
}

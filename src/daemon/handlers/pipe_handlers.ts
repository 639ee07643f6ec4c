/**
 * Pipe session RPCs (docs/PROTOCOL.md#pipe-sessions, docs/PROTOCOL.md#pipe-attach): SPAWN (65),
 * ATTACH (66), DETACH (67), LIST (68), TERMINATE (69) and WRITE_STDIN (70), with the protocol's
 * validation order, codes and messages. Output is byte-faithful (see `sessions/pipe_session.ts`);
 * an attachment's queue is bounded: a slow client gets `missed_bytes` frames, or with the
 * `lossless` field stops the reader instead (see `streams/attach_stream.ts`).
 * With the `hold_output` spawn field a stream is read only once it is attached, and a held
 * session stays attachable after the exit (see `sessions/pipe_session.ts`).
 *
 * @module
 */
import { RequestType, StatusCode } from "../../../proto_gen/daemon_pb.ts";
import { spawnPipe } from "../../process/spawn.ts";
import { formatSeconds } from "../sessions/session.ts";
import { PIPE_FRAMES, PipeSession } from "../sessions/pipe_session.ts";
import { SessionIdGenerator } from "../sessions/session_id.ts";
import {
  launchSession,
  prepareSpawn,
  spawnAnswer,
  spawnFailureText,
} from "../sessions/spawn_request.ts";
import { DEFAULT_TERMINATE_GRACE_MS } from "../sessions/termination.ts";
import { internal, invalidArgument, notFound, StatusError } from "../connection/status_error.ts";
import type { DaemonState, Handler } from "../types.ts";

const STREAM_KIND_MESSAGE = "stream must be PIPE_STREAM_KIND_STDOUT or PIPE_STREAM_KIND_STDERR";

/** The pipe session `id`, or NOT_FOUND `pipe session not found: <id>`. */
export function lookupPipe(state: DaemonState, id: string): PipeSession {
  const s = state.pipeSessions.get(id);
  if (!(s instanceof PipeSession)) throw notFound(`pipe session not found: ${id}`);
  return s;
}

/** Handlers for RPCs 65–70. */
export function pipeHandlers(state: DaemonState): Map<number, Handler> {
  const ids = new SessionIdGenerator("pipe");
  return new Map<number, Handler>([
    [RequestType.REQUEST_TYPE_SPAWN_PIPE_SESSION, ({ request, clientName }) => {
      const p = request.spawnPipeSession;
      if (!p) throw invalidArgument("spawn_pipe_session payload missing");
      const prep = prepareSpawn(p, clientName, { inheritEnv: true });
      let child;
      try {
        child = spawnPipe({
          argv: prep.argv,
          cwd: p.cwd === "" ? undefined : p.cwd,
          env: prep.env,
          inheritEnv: prep.inheritEnv,
          mergeStderr: p.mergeStderrIntoStdout,
        });
      } catch (e) {
        prep.observers.clear();
        throw internal(`failed to spawn pipe session: ${spawnFailureText(e)}`);
      }
      const session = new PipeSession({
        id: ids.next(),
        pid: child.pid,
        argv: prep.argv,
        cwd: p.cwd,
        originator: prep.originator,
        observers: prep.observers,
        child,
        merged: p.mergeStderrIntoStdout,
        hold: p.holdOutput,
        onExited: (s) => state.sessionExited?.(s),
      });
      // Answered at once: on Deno the child makes its own session a moment later (`setsid`),
      // and a signal to its group before then reaches the child itself (`signalGroup`), which
      // has started nothing yet.
      return spawnAnswer(
        "spawnPipeSession",
        launchSession(state, state.pipeSessions, session, prep),
        prep,
      );
    }],

    [RequestType.REQUEST_TYPE_ATTACH_PIPE_STREAM, ({ request }) => {
      const p = request.attachPipeStream ??
        { sessionId: "", stream: 0, steal: false, lossless: false, shared: false };
      if (p.stream !== 1 && p.stream !== 2) throw invalidArgument(STREAM_KIND_MESSAGE);
      const s = lookupPipe(state, p.sessionId);
      if (p.stream === 2 && s.merged) {
        throw invalidArgument(
          "requested stream is not available on this session (likely merged into stdout)",
        );
      }
      // A held session (`hold_output`) stays attachable after the exit: the attachment gets
      // the output not yet delivered, then `exit_code`.
      if (s.exited && !s.hold) {
        throw notFound(
          `pipe session has already exited (exit_code=${s.exitCode}, at=${
            formatSeconds(s.exitedAt!)
          })`,
        );
      }
      const stream = s.streamOf(p.stream);
      const mode = p.lossless ? "block" : "drop-oldest";
      // A shared reader (our extension) takes no slot and leaves the backlog to the others.
      const att = p.shared
        ? stream.slot.claimShared(mode)
        : stream.slot.claim(p.steal, PIPE_FRAMES.stolen(), mode);
      if (!att) {
        throw new StatusError(
          StatusCode.STATUS_CODE_ALREADY_ATTACHED,
          `pipe session stream ${
            p.stream === 2 ? "Stderr" : "Stdout"
          } already has an attached client`,
        );
      }
      const backlog = p.shared ? stream.ring.snapshot() : stream.ring.drain();
      const missed = stream.ring.bytesDropped;
      stream.release(); // a held stream is read from now on, into this attachment
      // A stream that already reached EOF (child alive) ends after the backlog.
      if (stream.eof) s.settle(stream);
      return {
        kind: "attach",
        response: {
          attachPipeStream: { backlog, backlogTruncated: missed > 0, bytesMissed: missed },
        },
        // The stream is one-way: inbound frames are read and discarded.
        run: (io) => att.run(io),
      };
    }],

    [RequestType.REQUEST_TYPE_DETACH_PIPE_STREAM, ({ request }) => {
      const p = request.detachPipeStream;
      if (!p) throw invalidArgument("detach_pipe_stream payload missing");
      const s = lookupPipe(state, p.sessionId);
      if (p.stream !== 1 && p.stream !== 2) throw invalidArgument(STREAM_KIND_MESSAGE);
      s.streamOf(p.stream).slot.end(PIPE_FRAMES.eof());
      return { detachPipeStream: {} };
    }],

    [RequestType.REQUEST_TYPE_LIST_PIPE_SESSIONS, ({ request }) => {
      const filter = request.listPipeSessions?.originator ?? "";
      const sessions = [];
      for (const s of state.pipeSessions.values()) {
        if (!(s instanceof PipeSession)) continue;
        if (filter !== "" && s.originator !== filter) continue;
        sessions.push({
          ...s.listing(),
          stdoutAttached: s.stdout.slot.attached,
          stderrAttached: s.stderr.slot.attached,
          mergeStderrIntoStdout: s.merged,
        });
      }
      return { listPipeSessions: { sessions } };
    }],

    [RequestType.REQUEST_TYPE_TERMINATE_PIPE_SESSION, ({ request }) => {
      const p = request.terminatePipeSession;
      if (!p) throw invalidArgument("terminate_pipe_session payload missing");
      const s = lookupPipe(state, p.sessionId);
      s.terminate(p.graceMs === 0 ? DEFAULT_TERMINATE_GRACE_MS : p.graceMs, true);
      return { terminatePipeSession: {} };
    }],

    [RequestType.REQUEST_TYPE_WRITE_PIPE_STDIN, async ({ request, signal }) => {
      const p = request.writePipeStdin;
      if (!p) throw invalidArgument("write_pipe_stdin payload missing");
      const s = lookupPipe(state, p.sessionId);
      const n = await s.writeStdin(p.data, p.close, signal);
      return { writePipeStdin: { bytesWritten: n } };
    }],
  ]);
}

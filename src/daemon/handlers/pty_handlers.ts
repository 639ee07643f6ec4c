/**
 * PTY session RPCs (docs/PROTOCOL.md#pty-sessions, docs/PROTOCOL.md#pty-attach): SPAWN (60), ATTACH
 * (61), DETACH (62), LIST (63), TERMINATE (64) and RESIZE (74), with the protocol's validation
 * order, codes and messages.
 *
 * When this runtime has no PTY support (see `ptySupport()` of the process adapters),
 * SPAWN_PTY_SESSION answers `UNIMPLEMENTED` with the reason and how to get PTY support;
 * every other PTY RPC keeps working (there are simply no PTY sessions).
 *
 * @module
 */
import { RequestType, StatusCode } from "../../../proto_gen/daemon_pb.ts";
import { PtyUnsupportedError } from "../../process/errors.ts";
import { ptySupport, spawnPty } from "../../process/pty.ts";
import { formatSeconds } from "../sessions/session.ts";
import {
  dim16,
  PTY_FRAMES,
  PtySession,
  unknownGraphicsCapabilities,
} from "../sessions/pty_session.ts";
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

/** How to get PTY support, appended to the UNIMPLEMENTED answer. */
export const PTY_SUPPORT_HINT =
  "run the daemon under Bun (built-in PTY), or on Linux with util-linux `script` installed (Deno, Node)";

/** The PTY session `id`, or NOT_FOUND `session not found: <id>`. */
export function lookupPty(state: DaemonState, id: string): PtySession {
  const s = state.ptySessions.get(id);
  if (!(s instanceof PtySession)) throw notFound(`session not found: ${id}`);
  return s;
}

function unimplemented(reason: string): StatusError {
  return new StatusError(
    StatusCode.STATUS_CODE_UNIMPLEMENTED,
    `PTY sessions are not supported by this daemon: ${reason}; ${PTY_SUPPORT_HINT}`,
  );
}

/** Handlers for RPCs 60–64 and 74. */
export function ptyHandlers(state: DaemonState): Map<number, Handler> {
  const ids = new SessionIdGenerator("pty");
  return new Map<number, Handler>([
    [RequestType.REQUEST_TYPE_SPAWN_PTY_SESSION, async ({ request, clientName }) => {
      const p = request.spawnPtySession;
      if (!p) throw invalidArgument("spawn_pty_session payload missing");
      const prep = prepareSpawn(p, clientName);
      const support = ptySupport();
      if (!support.supported) {
        prep.observers.clear();
        throw unimplemented(support.reason ?? "no PTY backend");
      }
      const rows = dim16(p.rows) || 24;
      const cols = dim16(p.cols) || 80;
      let pty;
      try {
        pty = await spawnPty({
          argv: prep.argv,
          cwd: p.cwd === "" ? undefined : p.cwd,
          env: prep.env,
          rows,
          cols,
        });
      } catch (e) {
        prep.observers.clear();
        if (e instanceof PtyUnsupportedError) throw unimplemented(e.message);
        throw internal(`failed to spawn PTY: ${spawnFailureText(e)}`);
      }
      const session = new PtySession({
        id: ids.next(),
        pid: pty.pid,
        argv: prep.argv,
        cwd: p.cwd,
        originator: prep.originator,
        observers: prep.observers,
        pty,
        rows,
        cols,
        onExited: (s) => state.sessionExited?.(s),
      });
      return spawnAnswer(
        "spawnPtySession",
        launchSession(state, state.ptySessions, session, prep),
        prep,
      );
    }],

    [RequestType.REQUEST_TYPE_ATTACH_PTY_SESSION, ({ request }) => {
      const p = request.attachPtySession;
      const id = p?.sessionId ?? "";
      const s = lookupPty(state, id);
      if (s.exited) {
        throw notFound(
          `session has already exited (exit_code=${s.exitCode}, at=${formatSeconds(s.exitedAt!)})`,
        );
      }
      const att = s.slot.claim(
        p?.steal ?? false,
        PTY_FRAMES.stolen(),
        p?.lossless ? "block" : "drop-oldest",
      );
      if (!att) {
        throw new StatusError(
          StatusCode.STATUS_CODE_ALREADY_ATTACHED,
          "session already has an attached client",
        );
      }
      att.meta = {
        isTty: p?.isTty ?? false,
        term: p?.term ?? "",
        graphics: p?.graphicsCapabilities,
      };
      if (p?.isTty) {
        // Applied before the backlog is drained (the PTY resize itself completes async).
        void s.resize(p.rows, p.cols);
      }
      const backlog = s.ring.drain();
      const missed = s.ring.bytesDropped;
      return {
        kind: "attach",
        response: {
          attachPtySession: {
            streamEndpoint: "",
            backlog,
            backlogTruncated: missed > 0,
            bytesMissed: missed,
          },
        },
        run: (io) => att.run(io, (frame, a) => s.handleInput(frame, a)),
      };
    }],

    [RequestType.REQUEST_TYPE_DETACH_PTY_SESSION, ({ request }) => {
      const p = request.detachPtySession;
      if (!p) throw invalidArgument("detach_pty_session payload missing");
      const s = lookupPty(state, p.sessionId);
      s.slot.end(PTY_FRAMES.error("detached"));
      return { detachPtySession: {} };
    }],

    [RequestType.REQUEST_TYPE_LIST_PTY_SESSIONS, ({ request }) => {
      const filter = request.listPtySessions?.originator ?? "";
      const sessions = [];
      for (const s of state.ptySessions.values()) {
        if (!(s instanceof PtySession)) continue;
        if (filter !== "" && s.originator !== filter) continue;
        const meta = s.slot.holder?.meta;
        sessions.push({
          ...s.listing(),
          attached: s.slot.attached,
          rows: s.rows,
          cols: s.cols,
          attachedIsTty: meta?.isTty ?? false,
          attachedTerm: meta?.term ?? "",
          attachedGraphicsCapabilities: meta?.graphics ?? unknownGraphicsCapabilities(),
        });
      }
      return { listPtySessions: { sessions } };
    }],

    [RequestType.REQUEST_TYPE_TERMINATE_PTY_SESSION, ({ request }) => {
      const p = request.terminatePtySession;
      if (!p) throw invalidArgument("terminate_pty_session payload missing");
      const s = lookupPty(state, p.sessionId);
      s.terminate(p.graceMs === 0 ? DEFAULT_TERMINATE_GRACE_MS : p.graceMs, true);
      return { terminatePtySession: {} };
    }],

    [RequestType.REQUEST_TYPE_RESIZE_PTY_SESSION, async ({ request }) => {
      const p = request.resizePtySession;
      if (!p) throw invalidArgument("resize_pty_session payload missing");
      const s = lookupPty(state, p.sessionId);
      await s.resize(p.rows, p.cols);
      return { resizePtySession: {} };
    }],
  ]);
}

/**
 * `rp sessions` and `rp purge`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { StatusCode } from "../../../proto_gen/daemon_pb.ts";
import { DaemonError } from "../../errors.ts";
import { type Ctx, out, outJson, paint, table } from "../output.ts";
import { type Kind, withClient } from "./_shared.ts";

interface SessionRow {
  id: string;
  kind: Kind;
  pid: number;
  state: "running" | "exited";
  exitCode: number | null;
  attached: string[];
  command: string;
  cwd: string;
  originator: string;
  createdAt: number;
}

function isUnimplemented(e: unknown): boolean {
  return e instanceof DaemonError && e.status === StatusCode.STATUS_CODE_UNIMPLEMENTED;
}

/** Runs `rp sessions`; resolves with the exit code. */
export async function cmdSessions(ctx: Ctx): Promise<number> {
  return await withClient(ctx, async (client) => {
    const originator = (ctx.flags.originator as string | undefined) ?? "";
    const [pty, pipe] = await Promise.allSettled([
      client.listPtySessions({ originator }),
      client.listPipeSessions({ originator }),
    ]);
    if (pty.status === "rejected" && pipe.status === "rejected") throw pty.reason;
    for (const r of [pty, pipe]) {
      if (r.status === "rejected" && !isUnimplemented(r.reason)) throw r.reason;
    }
    const rows: SessionRow[] = [];
    if (pty.status === "fulfilled") {
      for (const s of pty.value.sessions) {
        rows.push({
          id: s.sessionId,
          kind: "pty",
          pid: s.pid,
          state: s.exited ? "exited" : "running",
          exitCode: s.exited ? s.exitCode : null,
          attached: s.attached ? ["tty"] : [],
          command: s.command,
          cwd: s.cwd,
          originator: s.originator,
          createdAt: s.createdAt,
        });
      }
    }
    if (pipe.status === "fulfilled") {
      for (const s of pipe.value.sessions) {
        const attached = [];
        if (s.stdoutAttached) attached.push("stdout");
        if (s.stderrAttached) attached.push("stderr");
        rows.push({
          id: s.sessionId,
          kind: "pipe",
          pid: s.pid,
          state: s.exited ? "exited" : "running",
          exitCode: s.exited ? s.exitCode : null,
          attached,
          command: s.command,
          cwd: s.cwd,
          originator: s.originator,
          createdAt: s.createdAt,
        });
      }
    }
    rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    if (ctx.json) {
      await outJson(ctx, { sessions: rows });
      return 0;
    }
    if (rows.length === 0) {
      await out(ctx, "no sessions\n");
      return 0;
    }
    const stateText = (r: SessionRow) =>
      r.state === "running" ? paint(ctx.color, "32", "running") : paint(ctx.color, "2", "exited");
    const body = rows.map((r) => [
      r.id,
      r.kind,
      String(r.pid),
      r.state,
      r.exitCode === null ? "-" : String(r.exitCode),
      r.attached.length ? r.attached.join(",") : "no",
      r.command,
    ]);
    let text = table(ctx, ["ID", "KIND", "PID", "STATE", "EXIT", "ATTACHED", "COMMAND"], body);
    if (ctx.color) {
      // Colour the state column after alignment (escape codes have no width).
      const lines = text.split("\n");
      for (let i = 0; i < rows.length; i++) {
        lines[i + 1] = lines[i + 1].replace(/\b(running|exited)\b/, stateText(rows[i]));
      }
      text = lines.join("\n");
    }
    await out(ctx, text);
    return 0;
  });
}

/** Runs `rp purge`: forgets exited sessions (their backlogs too); resolves with the exit code. */
export async function cmdPurge(ctx: Ctx): Promise<number> {
  return await withClient(ctx, async (client) => {
    const originator = (ctx.flags.originator as string | undefined) ?? "";
    const r = await client.purgeExitedSessions({ originator });
    if (ctx.json) await outJson(ctx, { ptyPurged: r.ptyPurged, pipePurged: r.pipePurged });
    else {
      const n = r.ptyPurged + r.pipePurged;
      await out(ctx, `purged ${n} exited session${n === 1 ? "" : "s"}\n`);
    }
    return 0;
  });
}

/**
 * `rp logs`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { type Ctx, out, outJson } from "../output.ts";
import { withClient } from "./_shared.ts";

/** Runs `rp logs`; resolves with the exit code. */
export async function cmdLogs(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  return await withClient(ctx, async (client) => {
    const b = await client.getSessionBacklog({
      sessionId,
      pipeStream: ctx.flags.stderr ? "stderr" : "stdout",
    });
    if (ctx.json) {
      await outJson(ctx, {
        sessionId,
        sessionKind: b.sessionKind,
        exited: b.exited,
        exitCode: b.exited ? b.exitCode : null,
        bytesMissed: b.bytesMissed,
        backlog: b.backlog,
      });
    } else if (b.backlog.length) await out(ctx, b.backlog);
    return 0;
  });
}

/**
 * `rp terminate`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { nonNegativeInt } from "../args.ts";
import { type Ctx, out, outJson } from "../output.ts";
import { kindOf, withClient } from "./_shared.ts";

/** Runs `rp terminate`; resolves with the exit code. */
export async function cmdTerminate(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  const kind = kindOf(sessionId);
  const grace = ctx.flags.grace === undefined ? 0 : nonNegativeInt("grace", ctx.flags.grace);
  return await withClient(ctx, async (client) => {
    if (kind === "pty") await client.terminatePtySession({ sessionId, graceMs: grace });
    else await client.terminatePipeSession({ sessionId, graceMs: grace });
    if (ctx.json) await outJson(ctx, { sessionId, terminating: true, graceMs: grace || 2000 });
    else await out(ctx, `terminating ${sessionId}\n`);
    return 0;
  });
}

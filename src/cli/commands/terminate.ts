/**
 * `rp terminate`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { TerminationOutcome } from "../../../proto_gen/daemon_pb.ts";
import { sleep } from "../../async.ts";
import { nonNegativeInt } from "../args.ts";
import { type Ctx, out, outJson } from "../output.ts";
import { kindOf, withClient } from "./_shared.ts";

/** The outcome's short name (`natural-exit`, `soft-exit`, `hard-killed`), or undefined. */
function outcomeName(n: number): string | undefined {
  const name = (TerminationOutcome as Record<number, string | number | undefined>)[n];
  if (typeof name !== "string" || n === 0) return undefined;
  return name.replace("TERMINATION_OUTCOME_", "").toLowerCase().replace(/_/g, "-");
}

/** Extra time, past the grace period, to wait for the session to be reaped. */
const REAP_MARGIN_MS = 5000;

/** Runs `rp terminate`: sends the request, then waits for the session to exit and prints how. */
export async function cmdTerminate(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  const kind = kindOf(sessionId);
  const grace = ctx.flags.grace === undefined ? 0 : nonNegativeInt("grace", ctx.flags.grace);
  const graceMs = grace || 2000;
  return await withClient(ctx, async (client) => {
    if (kind === "pty") await client.terminatePtySession({ sessionId, graceMs: grace });
    else await client.terminatePipeSession({ sessionId, graceMs: grace });
    const end = Date.now() + graceMs + REAP_MARGIN_MS;
    for (;;) {
      const b = await client.getSessionBacklog({ sessionId });
      if (b.exited) {
        const outcome = outcomeName(b.terminationOutcome) ?? null;
        if (ctx.json) {
          await outJson(ctx, { sessionId, exited: true, exitCode: b.exitCode, outcome, graceMs });
        } else {
          await out(
            ctx,
            `${sessionId} exited with code ${b.exitCode}${outcome ? ` (${outcome})` : ""}\n`,
          );
        }
        return 0;
      }
      if (Date.now() > end) {
        throw new Error(
          `${sessionId} has not exited ${graceMs + REAP_MARGIN_MS} ms after terminate`,
        );
      }
      await sleep(50);
    }
  });
}

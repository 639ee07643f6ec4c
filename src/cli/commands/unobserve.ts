/**
 * `rp unobserve`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { unregisterSessionObserver } from "../../client/observer_api.ts";
import { type Ctx, out, outJson } from "../output.ts";
import { observerKind, withClient } from "./_shared.ts";

/** Runs `rp unobserve`; resolves with the exit code. */
export async function cmdUnobserve(ctx: Ctx): Promise<number> {
  const [sessionId, subscriberId] = ctx.args;
  const kind = observerKind(sessionId);
  return await withClient(ctx, async (client) => {
    await unregisterSessionObserver(client, kind, sessionId, subscriberId);
    if (ctx.json) await outJson(ctx, { sessionId, subscriberId, unregistered: true });
    else await out(ctx, `unregistered ${subscriberId}\n`);
    return 0;
  });
}

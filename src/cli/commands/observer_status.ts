/**
 * `rp observer-status`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { getSessionObserverStatus } from "../../client/observer_api.ts";
import type { Ctx } from "../output.ts";
import { observerKind, printObserverStatus, withClient } from "./_shared.ts";

/** Runs `rp observer-status`; resolves with the exit code. */
export async function cmdObserverStatus(ctx: Ctx): Promise<number> {
  const [sessionId, subscriberId] = ctx.args;
  const kind = observerKind(sessionId);
  return await withClient(ctx, async (client) => {
    const s = await getSessionObserverStatus(client, kind, sessionId, subscriberId);
    await printObserverStatus(ctx, sessionId, subscriberId, s);
    return 0;
  });
}

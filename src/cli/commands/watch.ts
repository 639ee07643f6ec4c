/**
 * `rp watch`: see the usage text in `../args.ts`.
 *
 * @module
 */
import type { DaemonClient } from "../../client/daemon_client.ts";
import {
  type ObserverRecord,
  registerSessionObserver,
  SessionObserverRequest,
} from "../../client/observer_api.ts";
import { RunningProcessError } from "../../errors.ts";
import { observeOptions } from "../args.ts";
import { ALL_CATEGORIES, formatRecord, isSessionExit, recordJson } from "../events.ts";
import { colorOn, type Ctx, out, outJson } from "../output.ts";
import { dropSubscription, interruption, observerKind, onAbort, withClient } from "./_shared.ts";

/** The session's exit code when it has already exited; undefined if running or unknown. */
async function exitedAlready(client: DaemonClient, sessionId: string): Promise<number | undefined> {
  try {
    const b = await client.getSessionBacklog({ sessionId });
    return b.exited ? b.exitCode : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `rp watch`; resolves with the exit code. */
export async function cmdWatch(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  const request = new SessionObserverRequest(
    observerKind(sessionId),
    sessionId,
    observeOptions(ctx.flags, ALL_CATEGORIES),
  );
  using stop = interruption(ctx);
  const color = colorOn(ctx, ctx.io.stdout);
  return await withClient(ctx, async (client) => {
    const sub = await registerSessionObserver(client, request);
    const subscriber = sub.subscriber;
    const unhook = onAbort(stop.signal, () => void subscriber.close());
    try {
      // The daemon ends the stream after `exited`; an observer registered after the exit gets
      // a copy of that `exited` and nothing else: report it as one error line.
      const before = await exitedAlready(client, sessionId);
      for (;;) {
        const r: ObserverRecord | undefined = await subscriber.recv();
        if (r === undefined) break; // interrupted, or the stream ended
        if (before !== undefined && isSessionExit(r)) break;
        if (ctx.json) await outJson(ctx, recordJson(r));
        else await out(ctx, formatRecord(r, color));
        if (isSessionExit(r)) return 0;
      }
      if (before === undefined) return 0;
      throw new RunningProcessError(
        "SESSION_EXITED",
        `${sessionId} has already exited (exit code ${before})`,
      );
    } finally {
      unhook();
      await dropSubscription(sub);
    }
  });
}

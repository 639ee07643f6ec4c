/**
 * `rp observe`: see the usage text in `../args.ts`.
 *
 * @module
 */
import {
  eventCategoryName,
  type ObserverEventRecord,
  registerSessionObserver,
  SessionObserverRequest,
} from "../../client/observer_api.ts";
import { observeOptions } from "../args.ts";
import { type Ctx, num, out, outJson, paint } from "../output.ts";
import { observerKind, printObserverStatus, withClient } from "./_shared.ts";

/** One line per event: sequence, category, kind, then the fields that are set. */
function formatEvent(ctx: Ctx, e: ObserverEventRecord): string {
  const parts = [
    paint(ctx.color, "2", `#${e.sequence}`),
    eventCategoryName(e.category),
    paint(ctx.color, "1", e.kind),
    `pid=${e.pid}`,
  ];
  if (e.ppid) parts.push(`ppid=${e.ppid}`);
  if (e.kind.endsWith("exited")) parts.push(`exit=${e.exitCode}`);
  if (e.argv.length) parts.push(`argv=${JSON.stringify(e.argv.join(" "))}`);
  if (e.path) parts.push(`path=${JSON.stringify(e.path)}`);
  if (e.toPath) parts.push(`to=${JSON.stringify(e.toPath)}`);
  if (num(e.byteCount)) parts.push(`bytes=${e.byteCount}`);
  if (e.protocol) parts.push(e.protocol);
  if (e.localAddress) parts.push(`local=${e.localAddress}`);
  if (e.remoteAddress) parts.push(`remote=${e.remoteAddress}`);
  return parts.join(" ") + "\n";
}

/** Runs `rp observe`; resolves with the exit code. */
export async function cmdObserve(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  const kind = observerKind(sessionId);
  const request = new SessionObserverRequest(kind, sessionId, observeOptions(ctx.flags));
  return await withClient(ctx, async (client) => {
    const sub = await registerSessionObserver(client, request);
    const status = await sub.status();
    await printObserverStatus(ctx, sessionId, sub.subscriberId, status, [
      ["categories", request.categories.map(eventCategoryName).join(",")],
    ]);
    if (!ctx.flags.follow) return 0;
    // Live events until the subscription ends or we are stopped; it stays registered.
    const subscriber = sub.subscriber;
    const stop = () => void subscriber.close();
    ctx.io.signal?.addEventListener("abort", stop, { once: true });
    try {
      for await (const r of subscriber) {
        if (ctx.json) await outJson(ctx, r);
        else if (r.type === "loss") await out(ctx, `lost ${r.missed} events\n`);
        else await out(ctx, formatEvent(ctx, r));
        // The session's own exit is the last event worth waiting for.
        if (r.type === "event" && r.kind === "exited") break;
      }
    } finally {
      ctx.io.signal?.removeEventListener("abort", stop);
      await subscriber.close();
    }
    return 0;
  });
}

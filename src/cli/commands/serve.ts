/**
 * `rp serve`: see the usage text in `../args.ts`.
 *
 * @module
 */
import process from "node:process";
import { serve } from "../../daemon/server.ts";
import { type Ctx, out, outJson } from "../output.ts";

/** Runs `rp serve`; resolves with the exit code. */
export async function cmdServe(ctx: Ctx): Promise<number> {
  const ac = new AbortController();
  let unhook = () => {};
  if (ctx.io.signal) {
    const s = ctx.io.signal;
    if (s.aborted) ac.abort();
    else s.addEventListener("abort", () => ac.abort(), { once: true });
  } else {
    const stop = () => ac.abort();
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    unhook = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    };
  }
  try {
    const daemon = await serve({
      socketPath: ctx.clientOptions.socketPath,
      scope: ctx.clientOptions.scope,
      signal: ac.signal,
    });
    if (ctx.json) await outJson(ctx, { socketPath: daemon.socketPath, pid: process.pid });
    else {
      await out(ctx, `${daemon.socketPath}\n`);
      await ctx.io.stderr.write(`rp: daemon listening (pid ${process.pid}); Ctrl-C stops it\n`);
    }
    await daemon.finished;
    return 0;
  } finally {
    unhook();
  }
}

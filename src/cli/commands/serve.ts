/**
 * `rp serve`: see the usage text in `../args.ts`.
 *
 * @module
 */
import process from "node:process";
import { serve } from "../../daemon/server.ts";
import { UsageError } from "../args.ts";
import { type Ctx, out, outJson } from "../output.ts";

/** Signals that shut `rp serve` down cleanly (sessions reaped, socket and lock removed). */
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

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
    for (const sig of STOP_SIGNALS) process.on(sig, stop);
    unhook = () => {
      for (const sig of STOP_SIGNALS) process.off(sig, stop);
    };
  }
  try {
    const orphans = ctx.flags.orphans as string | undefined;
    if (orphans !== undefined && orphans !== "terminate" && orphans !== "keep") {
      throw new UsageError(`--orphans must be terminate or keep, not ${JSON.stringify(orphans)}`);
    }
    const dbPath = ctx.flags["db-path"] as string | undefined;
    if (dbPath === "") throw new UsageError("--db-path needs a file path");
    const daemon = await serve({
      socketPath: ctx.clientOptions.socketPath,
      scope: ctx.clientOptions.scope,
      signal: ac.signal,
      orphans,
      dbPath,
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

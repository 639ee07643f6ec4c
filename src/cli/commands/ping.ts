/**
 * `rp ping`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { type Ctx, num, out, outJson } from "../output.ts";
import { withClient } from "./_shared.ts";

/** Runs `rp ping`; resolves with the exit code. */
export async function cmdPing(ctx: Ctx): Promise<number> {
  return await withClient(ctx, async (client) => {
    const t0 = performance.now();
    const { serverTimeMs } = await client.ping();
    const rttMs = Math.round((performance.now() - t0) * 1000) / 1000;
    if (ctx.json) await outJson(ctx, { ok: true, serverTimeMs, rttMs });
    else {
      const t = new Date(num(serverTimeMs)).toISOString();
      await out(
        ctx,
        `pong from ${
          client.endpoint.kind === "unix" ? client.endpoint.path : ""
        } in ${rttMs} ms (daemon time ${t})\n`,
      );
    }
    return 0;
  });
}

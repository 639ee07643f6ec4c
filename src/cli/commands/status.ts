/**
 * `rp status`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { type Ctx, keyValues, num, out, outJson } from "../output.ts";
import { withClient } from "./_shared.ts";

/** Runs `rp status`; resolves with the exit code. */
export async function cmdStatus(ctx: Ctx): Promise<number> {
  return await withClient(ctx, async (client) => {
    const s = await client.status();
    if (ctx.json) {
      await outJson(ctx, s);
      return 0;
    }
    await out(
      ctx,
      keyValues(ctx, [
        ["version", s.version],
        ["uptime", `${num(s.uptimeSeconds)} s`],
        ["socket", s.socketPath],
        ["scope", s.scope],
        ["cwd", s.scopeCwd],
        ["connections", String(s.activeConnections)],
        ["tracked pids", String(s.trackedProcessCount)],
        ["db", s.dbPath || "-"],
        ["reserve", s.emergencyReserve],
      ]),
    );
    return 0;
  });
}

/**
 * `rp capabilities`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { StatusCode } from "../../../proto_gen/daemon_pb.ts";
import { eventCategoryName } from "../../client/observer_api.ts";
import { DaemonError, UnsupportedError } from "../../errors.ts";
import { type Ctx, out, outJson, paint, table } from "../output.ts";
import { withClient } from "./_shared.ts";

const SUPPORT_COLOR: Record<string, string> = {
  supported: "32",
  partial: "33",
  unavailable: "31",
};

/** Runs `rp capabilities`; resolves with the exit code. */
export async function cmdCapabilities(ctx: Ctx): Promise<number> {
  return await withClient(ctx, async (client) => {
    let caps;
    try {
      caps = await client.getObserverCapabilities();
    } catch (e) {
      if (
        e instanceof DaemonError && (e.status === StatusCode.STATUS_CODE_UNIMPLEMENTED ||
          e.status === StatusCode.STATUS_CODE_UNKNOWN_REQUEST)
      ) {
        throw new UnsupportedError(
          "the daemon does not report observer capabilities " +
            "(GET_OBSERVER_CAPABILITIES is an extension of this package's daemon)",
          { cause: e },
        );
      }
      throw e;
    }
    const rows = caps.categories.map((c) => ({
      category: eventCategoryName(c.category),
      support: c.support,
      backend: c.backend,
      reason: c.reason,
    }));
    if (ctx.json) {
      await outJson(ctx, { scope: caps.scope, categories: rows });
      return 0;
    }
    const header = ["CATEGORY", "SUPPORT", "BACKEND", "REASON"];
    let text = table(ctx, header, rows.map((r) => [r.category, r.support, r.backend, r.reason]));
    if (ctx.color) {
      // Colour the support column after alignment (escape codes have no width).
      const at = Math.max(header[0].length, ...rows.map((r) => r.category.length)) + 2;
      const lines = text.split("\n");
      rows.forEach((r, i) => {
        const l = lines[i + 1];
        const cell = l.slice(at, at + r.support.length);
        const code = SUPPORT_COLOR[r.support];
        if (code && cell === r.support) {
          lines[i + 1] = l.slice(0, at) + paint(ctx.color, code, cell) + l.slice(at + cell.length);
        }
      });
      text = lines.join("\n");
    }
    await out(ctx, text);
    return 0;
  });
}

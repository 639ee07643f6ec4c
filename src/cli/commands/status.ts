/**
 * `rp status` and `rp shutdown`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { sleep } from "../../async.ts";
import { DaemonClient } from "../../client/daemon_client.ts";
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
        ["pid", s.pid ? String(s.pid) : "-"],
        ["version", s.version],
        ["uptime", `${num(s.uptimeSeconds)} s`],
        ["socket", s.socketPath],
        ["db", s.dbPath || "-"],
        ["journal", s.journalPath || "-"],
        ["lock", s.lockPath || "-"],
        ["scope", s.scope],
        ["cwd", s.scopeCwd],
        ["connections", String(s.activeConnections)],
        ["tracked pids", String(s.trackedProcessCount)],
        ["reserve", s.emergencyReserve],
      ]),
    );
    return 0;
  });
}

/** How long `rp shutdown` waits for the socket to stop answering. */
const SHUTDOWN_WAIT_MS = 10_000;

/** Runs `rp shutdown`: asks the daemon to stop, then waits until nothing answers. */
export async function cmdShutdown(ctx: Ctx): Promise<number> {
  const { pid, socketPath } = await withClient(ctx, async (client) => {
    const s = await client.status();
    await client.shutdown();
    return { pid: s.pid, socketPath: s.socketPath };
  });
  const end = Date.now() + SHUTDOWN_WAIT_MS;
  for (;;) {
    const c = await DaemonClient.connect({ ...ctx.clientOptions, connectTimeoutMs: 500 })
      .catch(() => undefined);
    if (!c) break;
    const answered = await c.ping({}, { timeoutMs: 500 }).then(() => true, () => false);
    await c.close();
    if (!answered) break;
    if (Date.now() > end) {
      throw new Error(`the daemon on ${socketPath} still answers ${SHUTDOWN_WAIT_MS} ms later`);
    }
    await sleep(50);
  }
  if (ctx.json) await outJson(ctx, { stopped: true, pid: pid || null, socketPath });
  else await out(ctx, `stopped the daemon${pid ? ` (pid ${pid})` : ""} on ${socketPath}\n`);
  return 0;
}

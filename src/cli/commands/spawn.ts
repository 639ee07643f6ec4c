/**
 * `rp spawn`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { connectOrStart } from "../../client/connect_or_start.ts";
import { spawnPipeSession, spawnPtySession } from "../../client/spawn_helpers.ts";
import { UsageError } from "../args.ts";
import { type Ctx, out, outJson } from "../output.ts";
import { callerEnv } from "./_shared.ts";

/** Runs `rp spawn`; resolves with the exit code. */
export async function cmdSpawn(ctx: Ctx): Promise<number> {
  const pty = ctx.flags.pty === true;
  if (pty && ctx.flags["merge-stderr"]) {
    throw new UsageError("--merge-stderr applies to pipe sessions only (not with --pty)");
  }
  const common = {
    argv: ctx.args,
    cwd: (ctx.flags.cwd as string | undefined) ?? ctx.io.cwd,
    env: callerEnv(ctx),
    environment: "clear" as const,
    originator: ctx.flags.originator as string | undefined,
  };
  const stdout = ctx.io.stdout;
  // A daemon is started on demand for spawn (only).
  const client = await connectOrStart(ctx.clientOptions);
  try {
    const res = pty
      ? await spawnPtySession(client, {
        ...common,
        rows: stdout.isTTY && stdout.rows ? stdout.rows : undefined,
        cols: stdout.isTTY && stdout.columns ? stdout.columns : undefined,
      })
      : await spawnPipeSession(client, {
        ...common,
        mergeStderr: ctx.flags["merge-stderr"] === true,
      });
    if (ctx.json) {
      await outJson(ctx, { sessionId: res.sessionId, pid: res.pid, createdAt: res.createdAt });
    } else await out(ctx, `${res.sessionId}\n`);
    return 0;
  } finally {
    await client.close();
  }
}

/**
 * `rp attach`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { attachPipeStream, attachPtySession } from "../../client/attach.ts";
import { UsageError } from "../args.ts";
import { type Ctx, out, outJson } from "../output.ts";
import { type AnyStreamFrame, exitStatus, kindOf, sessionExitCode } from "./_shared.ts";

/** Prints one frame; returns the exit code when the frame is terminal. */
async function showFrame(
  ctx: Ctx,
  sessionId: string,
  f: AnyStreamFrame,
): Promise<number | undefined> {
  const fr = f.frame;
  if (!fr) return undefined;
  switch (fr.case) {
    case "bytes":
    case "output":
      if (ctx.json) {
        await outJson(ctx, { event: "output", text: new TextDecoder().decode(fr.value) });
      } else await out(ctx, fr.value);
      return undefined;
    case "missedBytes":
      if (ctx.json) await outJson(ctx, { event: "missed", bytes: fr.value });
      else await ctx.io.stderr.write(`rp: ${fr.value} bytes of output were missed\n`);
      return undefined;
    case "exitCode":
      if (ctx.json) await outJson(ctx, { event: "exit", exitCode: fr.value });
      return exitStatus(fr.value);
    case "eof": {
      const code = await sessionExitCode(ctx, sessionId);
      if (ctx.json) await outJson(ctx, { event: "eof", exitCode: code ?? null });
      return code === undefined ? 0 : exitStatus(code);
    }
    case "error": {
      if (ctx.json) await outJson(ctx, { event: "error", message: fr.value });
      else await ctx.io.stderr.write(`rp: ${fr.value}\n`);
      const code = fr.value === "detached" ? undefined : await sessionExitCode(ctx, sessionId);
      return fr.value === "detached" ? 0 : code === undefined || code === 0 ? 1 : exitStatus(code);
    }
    case "stolenBy":
      if (ctx.json) await outJson(ctx, { event: "stolen", by: fr.value });
      else await ctx.io.stderr.write(`rp: attachment taken over by ${fr.value}\n`);
      return 1;
  }
  return undefined;
}

/** Runs `rp attach`; resolves with the exit code. */
export async function cmdAttach(ctx: Ctx): Promise<number> {
  const sessionId = ctx.args[0];
  const kind = kindOf(sessionId);
  const signal = ctx.io.signal;
  if (kind === "pipe") {
    await using att = await attachPipeStream(ctx.clientOptions, {
      sessionId,
      stream: ctx.flags.stderr ? "stderr" : "stdout",
      steal: ctx.flags.steal === true,
      signal,
    });
    if (att.backlog.length) {
      if (ctx.json) {
        await outJson(ctx, { event: "backlog", text: new TextDecoder().decode(att.backlog) });
      } else await out(ctx, att.backlog);
    }
    for await (const f of att.frames) {
      const code = await showFrame(ctx, sessionId, f);
      if (code !== undefined) return code;
    }
    return 0;
  }
  if (ctx.flags.stderr) throw new UsageError("--stderr applies to pipe sessions only");
  const stdout = ctx.io.stdout;
  const stdin = ctx.io.stdin;
  const tty = stdin?.isTTY === true && stdout.isTTY === true;
  await using pty = await attachPtySession(ctx.clientOptions, {
    sessionId,
    rows: stdout.isTTY ? stdout.rows ?? 0 : 0,
    cols: stdout.isTTY ? stdout.columns ?? 0 : 0,
    steal: ctx.flags.steal === true,
    term: ctx.io.env.TERM ?? "",
    isTty: tty,
    signal,
  });
  if (pty.backlog.length) {
    if (ctx.json) {
      await outJson(ctx, { event: "backlog", text: new TextDecoder().decode(pty.backlog) });
    } else await out(ctx, pty.backlog);
  }
  let detached = false;
  let inputIt: AsyncIterator<Uint8Array> | undefined;
  const unresize = tty && ctx.io.onResize
    ? ctx.io.onResize(() => {
      if (stdout.rows && stdout.columns) {
        void pty.resize(stdout.rows, stdout.columns).catch(() => {});
      }
    })
    : () => {};
  if (stdin) {
    if (tty) stdin.setRawMode?.(true);
    inputIt = stdin[Symbol.asyncIterator]();
    const it = inputIt;
    void (async () => {
      try {
        for (;;) {
          const r = await it.next();
          if (r.done) return;
          const chunk = r.value;
          const stop = tty ? chunk.indexOf(0x1d) : -1; // Ctrl-]
          if (stop >= 0) {
            if (stop > 0) await pty.write(chunk.subarray(0, stop));
            detached = true;
            await pty.detach();
            return;
          }
          await pty.write(chunk);
        }
      } catch {
        // the attachment closed; input is no longer needed
      }
    })();
  }
  try {
    for await (const f of pty.frames) {
      const code = await showFrame(ctx, sessionId, f);
      if (code !== undefined) return code;
    }
    if (detached) {
      if (ctx.json) await outJson(ctx, { event: "detached" });
      else await ctx.io.stderr.write(`\r\nrp: detached from ${sessionId}\r\n`);
    }
    return 0;
  } finally {
    unresize();
    if (tty) stdin?.setRawMode?.(false);
    void inputIt?.return?.().catch(() => {});
  }
}

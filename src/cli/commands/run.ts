/**
 * `rp run`: see the usage text in `../args.ts`.
 *
 * @module
 */
import { StatusCode } from "../../../proto_gen/daemon_pb.ts";
import {
  attachPipeStream,
  attachPtySession,
  type PipeStreamAttachment,
  type PtyAttachment,
} from "../../client/attach.ts";
import { connectOrStart } from "../../client/connect_or_start.ts";
import { resolveEndpoint } from "../../transport/runtime.ts";
import { formatEndpoint } from "../../transport/transport.ts";
import type { DaemonClient } from "../../client/daemon_client.ts";
import type { RemoteObserverSubscription } from "../../client/observer_api.ts";
import { spawnPipeSession, spawnPtySession } from "../../client/spawn_helpers.ts";
import { AbortError, DaemonError, RunningProcessError } from "../../errors.ts";
import { observeOptions, UsageError } from "../args.ts";
import { ALL_CATEGORIES, formatRecord, isSessionExit, recordJson } from "../events.ts";
import { colorOn, type Ctx, num, outJson } from "../output.ts";
import {
  type AnyStreamFrame,
  callerEnv,
  dropSubscription,
  exitStatus,
  interruption,
  onAbort,
  sessionExitCode,
} from "./_shared.ts";

/** Splits output into lines for `--json`; a last unterminated line comes from `flush`. */
class OutputLines {
  #decoder = new TextDecoder();
  #rest = "";

  push(bytes: Uint8Array): string[] {
    const lines = (this.#rest + this.#decoder.decode(bytes, { stream: true })).split("\n");
    this.#rest = lines.pop() ?? "";
    return lines.map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  }

  flush(): string[] {
    const last = this.#rest + this.#decoder.decode();
    this.#rest = "";
    return last === "" ? [] : [last];
  }
}

type OutputStream = "stdout" | "stderr" | "pty";

/** Our stdout or stderr is gone (its reader exited: `rp run … | head`). */
class OutputClosed extends Error {
  constructor(cause: unknown) {
    super("the output is closed", { cause });
  }
}

/** Exit status after our output closed, as a program killed by SIGPIPE. */
const SIGPIPE_STATUS = 141;

/**
 * Relays one output stream of a session to ours (stderr to stderr; with `--json`, one
 * `output` object per line on stdout). Resolves with the exit code the stream's terminal
 * frame carried, if any. A session that exited before the attach is read from its backlog.
 */
async function relayOutput(
  ctx: Ctx,
  client: DaemonClient,
  sessionId: string,
  stream: OutputStream,
  signal: AbortSignal,
): Promise<number | undefined> {
  const lines = new OutputLines();
  const target = stream === "stderr" ? ctx.io.stderr : ctx.io.stdout;
  const emit = async (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    try {
      if (!ctx.json) await target.write(bytes);
      else {
        for (const text of lines.push(bytes)) await outJson(ctx, { type: "output", stream, text });
      }
    } catch (e) {
      throw new OutputClosed(e);
    }
  };
  const finish = async () => {
    for (const text of lines.flush()) await outJson(ctx, { type: "output", stream, text });
  };
  const missed = async (bytes: number | bigint) => {
    if (ctx.json) await outJson(ctx, { type: "missed", stream, bytes });
    else await ctx.io.stderr.write(`rp: ${bytes} bytes of ${stream} were missed\n`);
  };
  let att: PipeStreamAttachment | PtyAttachment;
  try {
    att = stream === "pty"
      ? await attachPtySession(ctx.clientOptions, {
        sessionId,
        isTty: false,
        signal,
        backpressure: "block",
      })
      : await attachPipeStream(ctx.clientOptions, {
        sessionId,
        stream,
        signal,
        backpressure: "block", // the child waits for our reader, as with a direct pipe
      });
  } catch (e) {
    if (!(e instanceof DaemonError && e.status === StatusCode.STATUS_CODE_NOT_FOUND)) throw e;
    // Gone before we attached: its output is still in the backlog.
    const b = await client.getSessionBacklog({
      sessionId,
      pipeStream: stream === "pty" ? undefined : stream,
    });
    if (!b.exited) throw e;
    await emit(b.backlog);
    await finish();
    if (num(b.bytesMissed)) await missed(b.bytesMissed);
    return b.exitCode;
  }
  let code: number | undefined;
  try {
    await emit(att.backlog);
    if (att.backlogTruncated) await missed(att.bytesMissed);
    for await (const f of att.frames as AsyncIterable<AnyStreamFrame>) {
      const fr = f.frame;
      if (!fr) continue;
      if (fr.case === "bytes" || fr.case === "output") await emit(fr.value);
      else if (fr.case === "missedBytes") await missed(fr.value);
      else if (fr.case === "exitCode") code = fr.value;
      else if (fr.case === "stolenBy") {
        await ctx.io.stderr.write(`rp: ${stream} of ${sessionId} taken over by ${fr.value}\n`);
      }
      // `eof` and `error` ("session terminated by request") end the stream as well.
    }
  } catch (e) {
    if (!(e instanceof AbortError)) throw e;
  } finally {
    await att.close();
  }
  await finish();
  return code;
}

/**
 * Prints a subscription's records (on stderr, or as JSON on stdout) until the session's
 * `exited` event; resolves with its exit code. A failing stream is reported, not thrown:
 * the command's output matters more than its events.
 */
async function relayEvents(
  ctx: Ctx,
  sub: RemoteObserverSubscription,
): Promise<number | undefined> {
  const color = !ctx.json && colorOn(ctx, ctx.io.stderr);
  try {
    for await (const r of sub.subscriber) {
      if (ctx.json) await outJson(ctx, recordJson(r));
      else await ctx.io.stderr.write(formatRecord(r, color));
      if (isSessionExit(r)) return r.exitCode;
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await ctx.io.stderr.write(`rp: events: ${message.replace(/\s*\n\s*/g, " ")}\n`);
  }
  return undefined;
}

/** Largest WRITE_PIPE_STDIN request `rp run` sends. */
const STDIN_CHUNK_BYTES = 1024 * 1024;

/**
 * Passes our stdin on to the session's when it is a pipe or a file, each write once the
 * child's pipe took the previous one, then closes it at our end-of-file. A terminal is not
 * read (a background `rp run` would be stopped for reading it): the child reads end-of-file,
 * as from `/dev/null`. Returns what stops the forwarding (the session ended).
 */
function forwardStdin(ctx: Ctx, client: DaemonClient, sessionId: string): () => void {
  const stdin = ctx.io.stdin;
  if (stdin === undefined || stdin.isTTY === true) {
    void client.writePipeStdin({ sessionId, close: true }).catch(() => {});
    return () => {};
  }
  const input = stdin[Symbol.asyncIterator]();
  let stopped = false;
  void (async () => {
    try {
      for (;;) {
        const r = await input.next();
        if (r.done || stopped) break;
        for (let i = 0; i < r.value.length && !stopped; i += STDIN_CHUNK_BYTES) {
          const data = r.value.subarray(i, i + STDIN_CHUNK_BYTES);
          await client.writePipeStdin({ sessionId, data });
        }
      }
      if (!stopped) await client.writePipeStdin({ sessionId, close: true });
    } catch {
      // The child exited or closed its stdin: what is left of ours has no reader.
    }
  })();
  return () => {
    stopped = true;
    void input.return?.()?.catch(() => {});
  };
}

/** Waiting for a session after Ctrl-C: its terminate grace (2 s) and some slack. */
const INTERRUPT_WAIT_MS = 5000;

/** Runs `rp run`; resolves with the exit code. */
export async function cmdRun(ctx: Ctx): Promise<number> {
  const pty = ctx.flags.pty === true;
  const watch = ctx.flags.watch === true;
  if (!watch) {
    const stray = ["category", "capacity", "block"].find((f) => ctx.flags[f] !== undefined);
    if (stray) throw new UsageError(`--${stray} needs --watch`);
  }
  const observe = watch ? observeOptions(ctx.flags, ALL_CATEGORIES) : undefined;
  const common = {
    argv: ctx.args,
    cwd: ctx.io.cwd,
    env: callerEnv(ctx),
    environment: "clear" as const,
    observe,
  };
  using stop = interruption(ctx);
  // Like spawn, run starts a daemon on demand.
  const client = await connectOrStart({
    ...ctx.clientOptions,
    onStart: (d) => {
      const where = formatEndpoint(
        resolveEndpoint({
          socketPath: ctx.clientOptions.socketPath,
          scope: ctx.clientOptions.scope,
        }),
      );
      const line = ctx.json
        ? JSON.stringify({ type: "daemon-started", pid: d.pid ?? null, endpoint: where })
        : `rp: started a daemon (pid ${d.pid ?? "?"}) on ${where}`;
      void ctx.io.stderr.write(line + "\n");
    },
  });
  let sub: RemoteObserverSubscription | undefined;
  let unhook = () => {};
  let stopInput = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const stdout = ctx.io.stdout;
    const res = pty
      ? await spawnPtySession(client, {
        ...common,
        rows: stdout.isTTY && stdout.rows ? stdout.rows : undefined,
        cols: stdout.isTTY && stdout.columns ? stdout.columns : undefined,
      })
      : await spawnPipeSession(client, { ...common, holdOutput: true });
    const { sessionId } = res;
    sub = res.subscription;
    if (ctx.json) {
      await outJson(ctx, { type: "session", sessionId, pid: res.pid, createdAt: res.createdAt });
    }
    if (watch && !sub) {
      await ctx.io.stderr.write("rp: the daemon registered no observer; no events to show\n");
    }
    if (!pty) stopInput = forwardStdin(ctx, client, sessionId);
    let interrupted = false;
    const streams = new AbortController();
    unhook = onAbort(stop.signal, () => {
      interrupted = true;
      const t = pty
        ? client.terminatePtySession({ sessionId })
        : client.terminatePipeSession({ sessionId });
      void t.catch(() => {});
      timer = setTimeout(() => {
        streams.abort();
        void sub?.subscriber.close();
      }, INTERRUPT_WAIT_MS);
    });
    const events = sub ? relayEvents(ctx, sub) : Promise.resolve(undefined);
    const names: OutputStream[] = pty ? ["pty"] : ["stdout", "stderr"];
    let codes: (number | undefined)[];
    try {
      codes = await Promise.all(
        names.map((s) => relayOutput(ctx, client, sessionId, s, streams.signal)),
      );
    } catch (e) {
      streams.abort();
      await sub?.subscriber.close();
      await events;
      if (!(e instanceof OutputClosed)) throw e;
      // Nobody reads what the command writes: end it, as SIGPIPE would end a local one.
      const t = pty
        ? client.terminatePtySession({ sessionId, graceMs: 1000 })
        : client.terminatePipeSession({ sessionId, graceMs: 1000 });
      await t.catch(() => {});
      return SIGPIPE_STATUS;
    }
    // A stream ended by someone else's terminate: the exit follows within its grace.
    const code = (await events) ?? codes.find((c) => c !== undefined) ??
      await sessionExitCode(ctx, sessionId, INTERRUPT_WAIT_MS);
    if (ctx.json) await outJson(ctx, { type: "exit", sessionId, exitCode: code ?? null });
    if (code !== undefined) return exitStatus(code);
    if (interrupted) return 130;
    throw new RunningProcessError("EXIT_UNKNOWN", `the exit code of ${sessionId} is unknown`);
  } finally {
    stopInput();
    unhook();
    clearTimeout(timer);
    if (sub) await dropSubscription(sub);
    await client.close();
  }
}

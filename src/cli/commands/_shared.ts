/**
 * Helpers several `rp` commands share: session kinds, the client connection, exit
 * statuses, interruption by signal, and observer bookkeeping.
 *
 * @module
 */
import process from "node:process";
import type { PipeStreamFrame, PtyStreamFrame } from "../../../proto_gen/daemon_pb.ts";
import { sleep } from "../../async.ts";
import { DaemonClient } from "../../client/daemon_client.ts";
import {
  type RemoteObserverSubscription,
  SessionObserverKind,
  type SessionObserverStatus,
} from "../../client/observer_api.ts";
import { UsageError } from "../args.ts";
import { type Ctx, keyValues, out, outJson } from "../output.ts";

/** Session kind, as the session id's prefix says. */
export type Kind = "pty" | "pipe";

/** The kind of `sessionId` (`pty-…` or `pipe-…`); throws `UsageError` for anything else. */
export function kindOf(sessionId: string): Kind {
  if (sessionId.startsWith("pty-")) return "pty";
  if (sessionId.startsWith("pipe-")) return "pipe";
  throw new UsageError(
    `session id must start with "pty-" or "pipe-", got ${JSON.stringify(sessionId)}`,
  );
}

/** A session exit code as a process exit status: negative codes (signals) become 128 + n. */
export function exitStatus(code: number): number {
  if (!Number.isInteger(code)) return 1;
  if (code >= 0 && code <= 255) return code;
  if (code < 0 && code > -128) return 128 - code;
  return 1;
}

/** Runs `fn` with a client connected as the command line says, closing it afterwards. */
export async function withClient<T>(ctx: Ctx, fn: (c: DaemonClient) => Promise<T>): Promise<T> {
  const client = await DaemonClient.connect(ctx.clientOptions);
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

/**
 * The caller's environment for a spawn with the `clear` policy (upstream's client default),
 * so the child sees the caller's environment rather than the long-lived daemon's.
 */
export function callerEnv(ctx: Ctx): [string, string][] {
  return Object.entries(ctx.io.env).filter((e): e is [string, string] => e[1] !== undefined);
}

/** The exit code of a session once it has exited (polls for `waitMs`), or undefined. */
export async function sessionExitCode(
  ctx: Ctx,
  sessionId: string,
  waitMs = 1000,
): Promise<number | undefined> {
  try {
    return await withClient(ctx, async (client) => {
      for (let i = 0; i < waitMs / 50; i++) {
        const b = await client.getSessionBacklog({ sessionId, pipeStream: "stdout" });
        if (b.exited) return b.exitCode;
        await sleep(50);
      }
      return undefined;
    });
  } catch {
    return undefined;
  }
}

/** A frame of either attach stream. */
export type AnyStreamFrame = PipeStreamFrame | PtyStreamFrame;

/** The observer session kind of `sessionId`. */
export function observerKind(sessionId: string): SessionObserverKind {
  return kindOf(sessionId) === "pty" ? SessionObserverKind.Pty : SessionObserverKind.Pipe;
}

/** Prints a subscription's counters (JSON or key/value lines). */
export async function printObserverStatus(
  ctx: Ctx,
  sessionId: string,
  subscriberId: string,
  s: SessionObserverStatus,
  extra: [string, string][] = [],
): Promise<void> {
  if (ctx.json) {
    await outJson(ctx, {
      sessionId,
      subscriberId,
      deliveredEvents: s.deliveredEvents,
      missedEvents: s.missedEvents,
      disconnected: s.disconnected,
    });
    return;
  }
  await out(
    ctx,
    keyValues(ctx, [
      ["subscriber", subscriberId],
      ["session", sessionId],
      ...extra,
      ["delivered", String(s.deliveredEvents)],
      ["missed", String(s.missedEvents)],
      ["disconnected", s.disconnected ? "yes" : "no"],
    ]),
  );
}

/**
 * What stops `watch` and `run`: `io.signal` when given, else the process's first SIGINT or
 * SIGTERM (the handlers go after it, so a second Ctrl-C ends `rp` the usual way).
 */
export function interruption(ctx: Ctx): { readonly signal: AbortSignal } & Disposable {
  if (ctx.io.signal) return { signal: ctx.io.signal, [Symbol.dispose]: () => {} };
  const ac = new AbortController();
  const unhook = () => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  };
  const stop = () => {
    unhook();
    ac.abort();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return { signal: ac.signal, [Symbol.dispose]: unhook };
}

/** Calls `fn` once `signal` aborts (now, if it already has); returns the unsubscribe. */
export function onAbort(signal: AbortSignal, fn: () => void): () => void {
  if (signal.aborted) {
    fn();
    return () => {};
  }
  signal.addEventListener("abort", fn, { once: true });
  return () => signal.removeEventListener("abort", fn);
}

/** Unregisters quietly (the session may be gone, or the daemon with it). */
export async function dropSubscription(sub: RemoteObserverSubscription): Promise<void> {
  await sub.subscriber.close();
  await sub.unregister().catch(() => {});
}

/**
 * `rp`: the command line of this package — run the daemon, and talk to it.
 *
 * ```
 * rp [--socket PATH] [--scope NAME] [--json] <command> [args]
 *
 *   serve                                  run the daemon in the foreground
 *   ping | status                          check the daemon
 *   sessions [--originator NAME]           list PTY and pipe sessions
 *   purge [--originator NAME]              forget exited sessions and their output
 *   spawn [--pty] [--cwd DIR] [--originator NAME] [--merge-stderr] [--] ARGV…
 *   attach SESSION [--stderr] [--steal]    follow a session (PTY: interactive, Ctrl-] detaches)
 *   logs SESSION [--stderr]                print the session's backlog
 *   terminate SESSION [--grace MS]
 *   observe SESSION [--category C]… [--capacity N] [--block] [--follow]
 *   observer-status SESSION SUBSCRIBER
 *   unobserve SESSION SUBSCRIBER
 *   watch SESSION [--category C]… [--capacity N] [--block]
 *   run [--watch] [--pty] [--category C]… [--capacity N] [--block] -- ARGV…
 *   capabilities                           what each event category can deliver here
 * ```
 *
 * Run it with `deno task rp -- …`, `deno run -A src/cli/main.ts …` or `bun src/cli/main.ts …`.
 * Output is for people by default (aligned tables; colour only on a terminal without
 * `NO_COLOR`), and JSON with `--json` (one object, or one per line for streams). Errors
 * print one line, `rp: <message>`, on stderr; the exit code is 2 for usage errors and 1
 * for other failures (`attach` and `run` exit with the session's exit code when it is
 * known; a negative code, a signal, becomes 128 + n).
 *
 * `watch` registers an observer (all four categories unless `--category` says otherwise)
 * and prints its events live, one line each — `HH:MM:SS.mmm #sequence kind category
 * details`, or `! N events lost (ring overflow)` when the daemon had to drop events — until
 * the session's `exited` event, Ctrl-C, or the end of the stream; the observer is
 * unregistered on the way out. With `--json` each event is one JSON object per line
 * (`category` as its name; 64-bit values beyond the safe range as strings).
 *
 * `run` spawns a pipe session (a PTY one with `--pty`) in the caller's environment, passes
 * our stdin on to the child's when it is a pipe or a file (a terminal is not read: the child
 * reads end-of-file), and relays the child's stdout and stderr to ours until
 * it exits; Ctrl-C terminates the session (the daemon ends output streams at the terminate
 * request, so what the child writes after that is not shown; its exit still is, with
 * `--watch`). With `--watch` the observer is registered by the daemon before the child
 * starts (so `started` is event 1) and the event lines go to stderr, keeping stdout for the
 * child's output. With `--json`, everything goes to stdout as one object per line with a
 * `type`: `session`, `event`, `loss`, `output` (one per line of output, with `stream`),
 * `missed` and finally `exit`.
 *
 * @example
 * ```ts
 * import { main } from "./main.ts";
 * let out = "";
 * const code = await main(["--scope", "ci", "--json", "ping"], {
 *   stdout: { write: (s) => void (out += typeof s === "string" ? s : new TextDecoder().decode(s)) },
 * });
 * console.log(code, JSON.parse(out).serverTimeMs);
 * ```
 *
 * @module
 */
import process from "node:process";
import { parseArgs, usage, UsageError } from "./args.ts";
import { cmdAttach } from "./commands/attach.ts";
import { cmdCapabilities } from "./commands/capabilities.ts";
import { cmdLogs } from "./commands/logs.ts";
import { cmdObserve } from "./commands/observe.ts";
import { cmdObserverStatus } from "./commands/observer_status.ts";
import { cmdPing } from "./commands/ping.ts";
import { cmdRun } from "./commands/run.ts";
import { runServiceCommand } from "./commands/service.ts";
import { cmdServe } from "./commands/serve.ts";
import { cmdPurge, cmdSessions } from "./commands/sessions.ts";
import { cmdSpawn } from "./commands/spawn.ts";
import { cmdShutdown, cmdStatus } from "./commands/status.ts";
import { cmdTerminate } from "./commands/terminate.ts";
import { cmdUnobserve } from "./commands/unobserve.ts";
import { cmdWatch } from "./commands/watch.ts";
import type { CliIO, CliReader, CliWriter, Ctx } from "./output.ts";
import { socketPath } from "../endpoint.ts";
import { errorObject } from "./output.ts";

export type { CliIO, CliReader, CliWriter } from "./output.ts";

const RUN: Record<string, (ctx: Ctx) => Promise<number>> = {
  serve: cmdServe,
  ping: cmdPing,
  status: cmdStatus,
  shutdown: cmdShutdown,
  sessions: cmdSessions,
  purge: cmdPurge,
  spawn: cmdSpawn,
  attach: cmdAttach,
  logs: cmdLogs,
  terminate: cmdTerminate,
  observe: cmdObserve,
  "observer-status": cmdObserverStatus,
  unobserve: cmdUnobserve,
  watch: cmdWatch,
  run: cmdRun,
  capabilities: cmdCapabilities,
};

// ---- entry -----------------------------------------------------------------------------

function processWriter(stream: typeof process.stdout | typeof process.stderr): CliWriter {
  // A reader that went away (`rp run … | head`) fails the write (EPIPE) instead of raising
  // an uncaught 'error' event.
  stream.on("error", () => {});
  return {
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns;
    },
    get rows() {
      return stream.rows;
    },
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        if (stream.destroyed || stream.writableEnded) {
          reject(new Error("the output is closed"));
          return;
        }
        stream.write(chunk, (e) => (e ? reject(e) : resolve()));
      }),
  };
}

function defaultIO(io: CliIO): Ctx["io"] & { isDefault: boolean } {
  const isDefault = io.stdout === undefined;
  return {
    ...io,
    stdout: io.stdout ?? processWriter(process.stdout),
    stderr: io.stderr ?? processWriter(process.stderr),
    stdin: io.stdin ?? (isDefault ? (process.stdin as unknown as CliReader) : undefined),
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
    onResize: io.onResize ?? (isDefault
      ? (fn) => {
        process.stdout.on("resize", fn);
        return () => void process.stdout.off("resize", fn);
      }
      : undefined),
    isDefault,
  };
}

/**
 * Runs the `rp` command line and resolves with its exit code: 0 on success, 2 for usage
 * errors, 1 for other failures (printed as one `rp: <message>` line on stderr), or the
 * session's exit code for `attach`. Never throws.
 *
 * @param argv the arguments after the program name
 * @param io where to read and write (defaults to the process's streams and environment)
 * @returns the exit code
 *
 * @example
 * ```ts
 * import { main } from "./main.ts";
 * const lines: string[] = [];
 * const code = await main(["--socket", "/tmp/rp/daemon.sock", "status"], {
 *   stdout: { write: (c) => void lines.push(String(c)) },
 *   stderr: { write: (c) => void lines.push(String(c)) },
 * });
 * console.log(code, lines.join(""));
 * ```
 */
export async function main(argv: readonly string[], io: CliIO = {}): Promise<number> {
  const full = defaultIO(io);
  try {
    const service = await runServiceCommand(argv, full); // `rp service …`: its own parser
    if (service !== undefined) return service;
    const parsed = parseArgs(argv);
    if (parsed.command === "help" || parsed.flags.help) {
      const scope = typeof parsed.flags.scope === "string" ? parsed.flags.scope : undefined;
      await full.stdout.write(usage(socketPath({ env: full.env, scope, uid: process.getuid?.() })));
      return 0;
    }
    const socket = parsed.flags.socket as string | undefined;
    const scope = parsed.flags.scope as string | undefined;
    const ctx: Ctx = {
      io: full,
      json: parsed.flags.json === true,
      color: full.stdout.isTTY === true && !full.env.NO_COLOR,
      flags: parsed.flags,
      args: parsed.args,
      clientOptions: {
        ...(socket !== undefined ? { socketPath: socket } : {}),
        ...(scope !== undefined ? { scope } : {}),
      },
    };
    return await RUN[parsed.command](ctx);
  } catch (e) {
    const isUsage = e instanceof UsageError;
    const message = e instanceof Error ? e.message : String(e);
    if (wantsJson(argv)) {
      await full.stderr.write(JSON.stringify(errorObject(e, message)) + "\n");
    } else {
      const hint = isUsage ? " (see rp --help)" : "";
      await full.stderr.write(`rp: ${message.replace(/\s*\n\s*/g, " ")}${hint}\n`);
    }
    return isUsage ? 2 : 1;
  }
}

/** Whether `--json` is on the command line (before a `--` that starts a child's argv). */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).includes("--json");
}

if (import.meta.main) {
  const code = await main(process.argv.slice(2));
  process.exit(code);
}

/**
 * The `rp` command line: its usage text, the flags each command takes, and the parser
 * that turns argv into a command, flags and positional arguments (mistakes throw
 * `UsageError`, exit code 2).
 *
 * @module
 */
import { RunningProcessError } from "../errors.ts";
import {
  EventCategory,
  eventCategoryName,
  SessionObserverBackpressure,
  type SessionObserverRequestOptions,
} from "../client/observer_api.ts";

/** A mistake in the command line (exit code 2). */
export class UsageError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param message what is wrong with the command line
   */
  constructor(message: string) {
    super("USAGE", message);
    this.name = "UsageError";
  }
}

/** The `rp --help` text. */
export const USAGE = `usage: rp [--socket PATH] [--scope NAME] [--json] <command> [args]

commands:
  serve [--orphans terminate|keep] [--db-path FILE]
                                               run the daemon in the foreground (SIGTERM,
                                               SIGINT and SIGHUP shut it down cleanly);
                                               --orphans: what to do with the sessions of
                                               a crashed daemon on this socket (default
                                               terminate); --db-path: the SQLite state file
                                               (services and process registry; default
                                               $XDG_STATE_HOME/running-process/
                                               tracked-pids[-SCOPE].sqlite3)
  service <command> [args]                     supervised services (rp service --help)
  ping                                         check that the daemon answers
  status                                       show the daemon's status: pid, socket and
                                               state paths, version, uptime, counts
  shutdown                                     stop the daemon and wait until it is gone
  sessions [--originator NAME]                 list PTY and pipe sessions
  purge [--originator NAME]                    forget exited sessions and their output
  spawn [--pty] [--cwd DIR] [--originator NAME] [--merge-stderr] [--] ARGV...
                                               start a session, print its id
  attach SESSION [--stderr] [--steal]          follow a session (PTY: interactive, Ctrl-] detaches)
  logs SESSION [--stderr]                      print the session's backlog
  terminate SESSION [--grace MS]               terminate a session and print how it ended
  observe SESSION [--category lifecycle|file|network|process]... [--capacity N] [--block] [--follow]
                                               register an observer, print its id and status
  observer-status SESSION SUBSCRIBER           show an observer's counters
  unobserve SESSION SUBSCRIBER                 unregister an observer
  watch SESSION [--category lifecycle|file|network|process]... [--capacity N] [--block]
                                               print a session's events live until it exits
                                               (default: all categories)
  run [--watch] [--pty] [--category C]... [--capacity N] [--block] [--] ARGV...
                                               run a command through the daemon: our stdin
                                               (a pipe or file) its stdin, its output here,
                                               its exit code ours; --watch adds its
                                               events (on stderr; all categories by default)
  capabilities                                 what each event category can deliver here

global flags:
  --socket PATH   daemon socket (default: {DEFAULT_SOCKET})
  --scope NAME    daemon scope (daemon-NAME.sock)
  --json          machine-readable output (errors too: one {"code","message"} object on
                  stderr)
`;

/**
 * The `rp --help` text with the default socket of this environment filled in (as
 * `socketPath()` computes it from `XDG_RUNTIME_DIR`, the uid and the scope).
 */
export function usage(defaultSocket: string): string {
  return USAGE.replace("{DEFAULT_SOCKET}", defaultSocket);
}

export type FlagKind = "bool" | "string" | "list";

/** The flags a command takes, and how many positional arguments. */
export interface CommandSpec {
  flags: Record<string, FlagKind>;
  /** Positional names; a trailing "..." takes the rest. */
  args: string[];
  /** The first positional stops flag parsing (the rest is an argv). */
  argvAfterFirst?: boolean;
}

/** Flags every command takes. */
export const GLOBAL_FLAGS: Record<string, FlagKind> = {
  socket: "string",
  scope: "string",
  json: "bool",
  help: "bool",
};

/** Every command and its flags. */
export const COMMANDS: Record<string, CommandSpec> = {
  serve: { flags: { orphans: "string", "db-path": "string" }, args: [] },
  ping: { flags: {}, args: [] },
  status: { flags: {}, args: [] },
  shutdown: { flags: {}, args: [] },
  sessions: { flags: { originator: "string" }, args: [] },
  purge: { flags: { originator: "string" }, args: [] },
  spawn: {
    flags: { pty: "bool", cwd: "string", originator: "string", "merge-stderr": "bool" },
    args: ["ARGV..."],
    argvAfterFirst: true,
  },
  attach: { flags: { stderr: "bool", steal: "bool" }, args: ["SESSION"] },
  logs: { flags: { stderr: "bool" }, args: ["SESSION"] },
  terminate: { flags: { grace: "string" }, args: ["SESSION"] },
  observe: {
    flags: { category: "list", capacity: "string", block: "bool", follow: "bool" },
    args: ["SESSION"],
  },
  "observer-status": { flags: {}, args: ["SESSION", "SUBSCRIBER"] },
  unobserve: { flags: {}, args: ["SESSION", "SUBSCRIBER"] },
  watch: { flags: { category: "list", capacity: "string", block: "bool" }, args: ["SESSION"] },
  run: {
    flags: { watch: "bool", pty: "bool", category: "list", capacity: "string", block: "bool" },
    args: ["ARGV..."],
    argvAfterFirst: true,
  },
  capabilities: { flags: {}, args: [] },
  help: { flags: {}, args: [] },
};

/** A parsed command line. */
export interface Parsed {
  command: string;
  flags: Record<string, string | boolean | string[] | undefined>;
  args: string[];
}

/** Parses argv into a command, its flags and positionals; throws `UsageError` on mistakes. */
export function parseArgs(argv: readonly string[]): Parsed {
  const flags: Parsed["flags"] = {};
  const positionals: string[] = [];
  let command: string | undefined;
  let spec: CommandSpec | undefined;
  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (rest) {
      positionals.push(a);
      continue;
    }
    if (a === "--") {
      // Before the command it is ignored (`deno task rp -- ping` passes it through).
      if (command) rest = true;
      continue;
    }
    if (a === "-h") {
      flags.help = true;
      continue;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const kind = GLOBAL_FLAGS[name] ?? spec?.flags[name];
      if (!kind) {
        throw new UsageError(
          command ? `unknown flag --${name} for ${command}` : `unknown flag --${name}`,
        );
      }
      if (kind === "bool") {
        if (eq >= 0) throw new UsageError(`--${name} takes no value`);
        flags[name] = true;
        continue;
      }
      let value: string;
      if (eq >= 0) value = a.slice(eq + 1);
      else {
        if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
        value = argv[++i];
      }
      if (kind === "list") {
        const list = (flags[name] as string[] | undefined) ?? [];
        list.push(...value.split(",").filter((v) => v !== ""));
        flags[name] = list;
      } else flags[name] = value;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) throw new UsageError(`unknown flag ${a}`);
    if (!command) {
      command = a;
      spec = COMMANDS[a];
      if (!spec) throw new UsageError(`unknown command ${JSON.stringify(a)}`);
      continue;
    }
    positionals.push(a);
    if (spec?.argvAfterFirst) rest = true;
  }
  // `rp --help` and `rp COMMAND --help` (a --help after `--` is the child's).
  if (flags.help) return { command: "help", flags, args: [] };
  if (!command) throw new UsageError("missing command");
  const names = COMMANDS[command].args;
  const variadic = names.length > 0 && names[names.length - 1].endsWith("...");
  const required = variadic ? names.length - 1 : names.length;
  if (positionals.length < required || (variadic && positionals.length === required)) {
    throw new UsageError(`${command}: missing ${names[positionals.length].replace("...", "")}`);
  }
  if (!variadic && positionals.length > names.length) {
    throw new UsageError(
      `${command}: unexpected argument ${JSON.stringify(positionals[names.length])}`,
    );
  }
  return { command, flags, args: positionals };
}

/** `v` as a 32-bit non-negative integer; throws `UsageError` naming `--name` otherwise. */
export function nonNegativeInt(name: string, v: unknown): number {
  const s = String(v);
  if (!/^\d+$/.test(s) || Number(s) > 0xffff_ffff) {
    throw new UsageError(`--${name} must be a non-negative integer, got ${JSON.stringify(s)}`);
  }
  return Number(s);
}

/** `--category` names (`eventCategoryName` of each category) and the categories they select. */
export const CATEGORY_BY_NAME: Readonly<Record<string, EventCategory>> = Object.fromEntries(
  Object.values(EventCategory).map((c) => [eventCategoryName(c), c]),
);

/**
 * The observer options of `--category`, `--capacity` and `--block`; without `--category`,
 * `defaults` (undefined: the daemon's default, lifecycle only).
 */
export function observeOptions(
  flags: Parsed["flags"],
  defaults?: readonly EventCategory[],
): SessionObserverRequestOptions {
  const names = (flags.category as string[] | undefined) ?? [];
  const categories = names.map((n) => {
    const c = CATEGORY_BY_NAME[n];
    if (c === undefined) {
      throw new UsageError(
        `unknown category ${JSON.stringify(n)} (${Object.keys(CATEGORY_BY_NAME).join(", ")})`,
      );
    }
    return c;
  });
  return {
    categories: categories.length ? categories : defaults,
    ringCapacityEvents: flags.capacity === undefined
      ? 0
      : nonNegativeInt("capacity", flags.capacity),
    backpressure: flags.block
      ? SessionObserverBackpressure.Block
      : SessionObserverBackpressure.DropOldest,
  };
}

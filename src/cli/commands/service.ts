/**
 * `rp service …`: upstream `runpm`'s commands, flags, output texts and exit codes
 * (docs/PROTOCOL.md#services) on our daemon, plus `--json` for every command, `logs --follow` streamed
 * by the daemon, and `startup` units that also resurrect the saved services.
 *
 * ```
 * rp [--socket PATH] [--scope NAME] [--json] service <command> [args]
 *   start [--name N] [--cwd DIR] [--env K=V]... [--env-inherit] [--no-autorestart] [--max-restarts N]
 *         [--restart-delay MS] [--kill-timeout MS] [--min-uptime MS] [--config PATH] [--] CMD...
 *   stop|restart|delete TARGET       list|ls|status [--json]      show|describe TARGET
 *   logs TARGET [--lines N] [--follow]   flush [TARGET]   save   resurrect [--wait SECONDS]
 *   startup | unstartup             ping | kill             --start-daemon | --stop-daemon
 * ```
 *
 * Exit codes: 0 success, 1 error (`error: <message>` on stderr; with `--json` one object,
 * `{ code, message }`), 2 usage error.
 *
 * @example
 * ```ts
 * import { runServiceCommand } from "./service.ts";
 * const code = await runServiceCommand(["service", "list"], {
 *   stdout: { write: (c) => void console.log(String(c)) },
 *   stderr: { write: (c) => void console.error(String(c)) },
 * });
 * console.log(code);
 * ```
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, extname, isAbsolute, join, resolve } from "node:path";
import process from "node:process";
import { DaemonClient, type DaemonClientOptions } from "../../client/daemon_client.ts";
import { connectOrStart } from "../../client/connect_or_start.ts";
import { ConnectError, DaemonError } from "../../errors.ts";
import { ServiceManager, type ServiceStartOptions } from "../../client/service_manager.ts";
import { parseToml, TomlError, type TomlTable } from "../toml.ts";
import { errorObject } from "../output.ts";
import { detectRuntime } from "../../transport/runtime.ts";
import type { ServiceState } from "../../../proto_gen/daemon_pb.ts";

/** Where the service commands write and what they read. */
export interface ServiceCliIO {
  /** Standard output. */
  stdout: { write(chunk: string | Uint8Array): void | Promise<void> };
  /** Standard error. */
  stderr: { write(chunk: string | Uint8Array): void | Promise<void> };
  /** Environment (default: the process's). */
  env?: Record<string, string | undefined>;
  /** Working directory (default: the process's). */
  cwd?: string;
  /** Ends `logs --follow`. */
  signal?: AbortSignal;
}

class Usage extends Error {}
class Failure extends Error {}

/** One app of a `runpm.toml`. */
export interface AppConfig {
  /** Service name. */
  name: string;
  /** argv. */
  cmd: string[];
  /** Working directory (resolved per upstream's rule). */
  cwd: string;
  /** Environment. */
  env: Record<string, string>;
  /** Autorestart (default true). */
  autorestart: boolean;
  /** Crash limit. */
  maxRestarts: number;
  /** Base backoff. */
  restartDelayMs: number;
  /** Stable-run threshold. */
  minUptimeMs: number;
  /** Stop grace. */
  killTimeoutMs: number;
}

/**
 * Upstream's `cwd` rule for TOML apps: absent or `""` → `""`; absolute unchanged; relative
 * joined onto the config file's directory as given (kept relative for a bare file name).
 */
export function resolveAppCwd(configPath: string, cwd: string | undefined): string {
  if (cwd === undefined || cwd === "") return "";
  if (isAbsolute(cwd)) return cwd;
  const dir = dirname(configPath);
  if (!configPath.includes("/")) return cwd;
  return join(dir, cwd);
}

function u32(v: unknown, what: string, path: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 0xffffffff) {
    throw new Failure(
      `failed to parse runpm config ${path}: ${what} must be an integer in u32 range`,
    );
  }
  return v;
}

/**
 * Loads a `runpm.toml` (see docs/PROTOCOL.md#services): `[[app]]` tables, unknown keys ignored, wrong
 * types rejected, empty `cmd` and duplicate names reported with the file's path.
 *
 * @param path the file
 * @param text its content (read from `path` when omitted)
 * @returns the apps in file order
 */
export function loadRunpmConfig(path: string, text?: string): AppConfig[] {
  let src = text;
  if (src === undefined) {
    try {
      src = readFileSync(path, "utf8");
    } catch (e) {
      throw new Failure(`failed to read runpm config ${path}: ${(e as Error).message}`);
    }
  }
  let doc: TomlTable;
  try {
    doc = parseToml(src, path);
  } catch (e) {
    if (e instanceof TomlError) {
      throw new Failure(`failed to parse runpm config ${path}: line ${e.line}: ${e.reason}`);
    }
    throw e;
  }
  const apps = doc.app ?? [];
  if (!Array.isArray(apps)) {
    throw new Failure(`failed to parse runpm config ${path}: app must be an array of tables`);
  }
  const out: AppConfig[] = [];
  const names = new Set<string>();
  const bad = (m: string) => new Failure(`failed to parse runpm config ${path}: ${m}`);
  for (const [i, a] of apps.entries()) {
    if (typeof a !== "object" || a === null || Array.isArray(a)) {
      throw bad(`app[${i}] must be a table`);
    }
    const t = a as TomlTable;
    if (typeof t.name !== "string") throw bad(`app[${i}]: missing or non-string name`);
    if (!Array.isArray(t.cmd) || !t.cmd.every((x) => typeof x === "string")) {
      throw bad(`app \`${t.name}\`: cmd must be an array of strings`);
    }
    if (t.cwd !== undefined && typeof t.cwd !== "string") {
      throw bad(`app \`${t.name}\`: cwd must be a string`);
    }
    const env: Record<string, string> = {};
    if (t.env !== undefined) {
      if (typeof t.env !== "object" || Array.isArray(t.env)) {
        throw bad(`app \`${t.name}\`: env must be a table`);
      }
      for (const [k, v] of Object.entries(t.env)) {
        if (typeof v !== "string") throw bad(`app \`${t.name}\`: env.${k} must be a string`);
        env[k] = v;
      }
    }
    if (t.autorestart !== undefined && typeof t.autorestart !== "boolean") {
      throw bad(`app \`${t.name}\`: autorestart must be a boolean`);
    }
    if (t.cmd.length === 0) throw new Failure(`app \`${t.name}\` has empty cmd in ${path}`);
    if (names.has(t.name)) throw new Failure(`duplicate app name \`${t.name}\` in ${path}`);
    names.add(t.name);
    const num = (
      k: string,
    ) => (t[k] === undefined ? 0 : u32(t[k], `app \`${t.name}\`: ${k}`, path));
    out.push({
      name: t.name,
      cmd: t.cmd as string[],
      cwd: resolveAppCwd(path, t.cwd as string | undefined),
      env,
      autorestart: (t.autorestart as boolean | undefined) ?? true,
      maxRestarts: num("max_restarts"),
      restartDelayMs: num("restart_delay_ms"),
      minUptimeMs: num("min_uptime_ms"),
      killTimeoutMs: num("kill_timeout_ms"),
    });
  }
  return out;
}

/** Rust `Path::file_stem` of `cmd[0]`: last component minus its last extension. */
export function defaultServiceName(cmd0: string): string | undefined {
  const base = basename(cmd0);
  if (base === "" || base === "." || base === "..") return undefined;
  if (base.startsWith(".") && base.indexOf(".", 1) < 0) return base;
  const ext = extname(base);
  return ext === "" ? base : base.slice(0, -ext.length);
}

/** The defined variables of `env`. */
function definedEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

/** Parses `--env K=V` values (split at the first `=`, last duplicate wins). */
export function parseEnvArgs(values: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of values) {
    const i = e.indexOf("=");
    if (i < 0) throw new Failure(`--env value \`${e}\` must be in KEY=VALUE form`);
    if (i === 0) throw new Failure(`--env value \`${e}\` has empty key`);
    env[e.slice(0, i)] = e.slice(i + 1);
  }
  return env;
}

/** Upstream's `logs --follow` delta rule (kept for polling clients). */
export function logDelta(previous: string, next: string): string | undefined {
  if (next === "") return undefined;
  if (previous === "") return next;
  if (next.startsWith(previous)) {
    return next.length === previous.length ? undefined : next.slice(previous.length);
  }
  return next;
}

/** `'…'` with `'` → `'\''` (systemd and sh single quoting). */
export function singleQuote(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}

/** The command line that runs our CLI (runtime + entry script). */
function cliCommand(): string[] {
  const script = process.argv[1] && /\.(ts|js|mjs)$/.test(process.argv[1])
    ? process.argv[1]
    : new URL("./cli.ts", import.meta.url).pathname;
  return detectRuntime() === "deno"
    ? [process.execPath, "run", "-A", script]
    : [process.execPath, script];
}

/**
 * The systemd user unit `startup` writes: starts our daemon, then resurrects the saved
 * services (a missing snapshot does not fail the unit).
 *
 * @param cli the CLI command line
 * @param global the global flags to pass (`--socket`/`--scope`)
 * @returns the unit text
 */
export function renderSystemdUnit(cli: string[], global: string[]): string {
  const q = (a: string[]) => a.map(singleQuote).join(" ");
  return `[Unit]
Description=rp process supervisor (running-process daemon)
After=default.target

[Service]
Type=simple
ExecStart=${q([...cli, ...global, "serve"])}
ExecStartPost=-${q([...cli, ...global, "service", "resurrect", "--wait", "10"])}
ExecStop=${q([...cli, ...global, "service", "kill"])}
Restart=on-failure
RestartSec=5

[Install]
WantedBy=default.target
`;
}

/** The unit file path: `${XDG_CONFIG_HOME or ~/.config}/systemd/user/rp-daemon.service`. */
export function systemdUnitPath(env: Record<string, string | undefined>): string {
  const xdg = env.XDG_CONFIG_HOME;
  let base: string;
  if (xdg) base = xdg;
  else {
    const home = env.HOME || homedir();
    if (!home) {
      throw new Failure(
        "could not resolve autostart location: neither XDG_CONFIG_HOME nor HOME is set",
      );
    }
    base = join(home, ".config");
  }
  return join(base, "systemd", "user", "rp-daemon.service");
}

interface Parsed {
  global: string[];
  clientOptions: DaemonClientOptions;
  json: boolean;
  rest: string[];
}

/** Splits `[--socket P] [--scope S] [--json] service …`; undefined when not a service command. */
function split(argv: readonly string[]): Parsed | undefined {
  const global: string[] = [];
  const clientOptions: DaemonClientOptions = {};
  let json = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") json = true;
    else if (a === "--socket" || a === "--scope") {
      const v = argv[++i];
      if (v === undefined) return undefined;
      global.push(a, v);
      if (a === "--socket") clientOptions.socketPath = v;
      else clientOptions.scope = v;
    } else if (a.startsWith("--socket=") || a.startsWith("--scope=")) {
      const [k, v] = [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)];
      global.push(k, v);
      if (k === "--socket") clientOptions.socketPath = v;
      else clientOptions.scope = v;
    } else break;
  }
  if (argv[i] !== "service") return undefined;
  return { global, clientOptions, json, rest: argv.slice(i + 1) };
}

interface Args {
  pos: string[];
  flags: Map<string, string[]>;
}

const VALUE_FLAGS = new Set([
  "--name",
  "--cwd",
  "--env",
  "--max-restarts",
  "--config",
  "--lines",
  "--wait",
  "--restart-delay",
  "--kill-timeout",
  "--min-uptime",
]);
const BOOL_FLAGS = new Set([
  "--no-autorestart",
  "--env-inherit",
  "--follow",
  "--json",
  "--help",
  "-h",
  "--start-daemon",
  "--stop-daemon",
]);

function parseArgs(rest: string[]): Args {
  const pos: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "--") {
      pos.push(...rest.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && a !== "-") {
      const eq = a.indexOf("=");
      const k = eq > 0 ? a.slice(0, eq) : a;
      if (VALUE_FLAGS.has(k)) {
        const v = eq > 0 ? a.slice(eq + 1) : rest[++i];
        if (v === undefined) throw new Usage(`${k} needs a value`);
        flags.set(k, [...(flags.get(k) ?? []), v]);
      } else if (BOOL_FLAGS.has(k) && eq < 0) flags.set(k, ["true"]);
      else throw new Usage(`unknown option ${a}`);
    } else pos.push(a);
  }
  return { pos, flags };
}

function one(a: Args, k: string): string | undefined {
  const v = a.flags.get(k);
  return v?.[v.length - 1];
}

function num(a: Args, k: string, dflt: number): number {
  const v = one(a, k);
  if (v === undefined) return dflt;
  if (!/^\+?[0-9]+$/.test(v) || Number(v) > 0xffffffff) {
    throw new Usage(`${k} must be a u32, got '${v}'`);
  }
  return Number(v);
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);

/** Rust `{}` formatting of an f64. */
function rustFloat(v: number): string {
  return Number.isInteger(v) ? `${v}` : String(v);
}

function table(services: ServiceState[]): string {
  if (services.length === 0) return "no services\n";
  let out = `${pad("ID", 4)} ${pad("NAME", 20)} ${pad("STATUS", 10)} ${pad("PID", 8)} ${
    pad("RESTARTS", 8)
  } COMMAND\n`;
  for (const s of services) {
    out += `${pad(s.id, 4)} ${pad(s.name, 20)} ${pad(s.status, 10)} ${pad(s.pid, 8)} ${
      pad(s.restartCount, 8)
    } ${s.config?.cmd.join(" ") ?? ""}\n`;
  }
  return out;
}

function listJson(services: ServiceState[]): string {
  return JSON.stringify(
    services.map((s) => ({
      autorestart: s.config?.autorestart ?? false,
      command: s.config?.cmd ?? [],
      cwd: s.config?.cwd ?? "",
      id: s.id,
      last_exit_code: s.lastExitCode,
      last_exited_at: s.lastExitedAt,
      last_started_at: s.lastStartedAt,
      max_restarts: s.config?.maxRestarts ?? 0,
      name: s.name,
      pid: s.pid,
      restart_count: s.restartCount,
      status: s.status,
    })),
    null,
    2,
  ) + "\n";
}

function show(s: ServiceState): string {
  let out = `name:          ${s.name}\nid:            ${s.id}\nstatus:        ${s.status}\n` +
    `pid:           ${s.pid}\nrestart_count: ${s.restartCount}\nlast_exit:     ${s.lastExitCode}\n`;
  if (s.lastExitedAt !== 0) out += `last_exited_at: ${rustFloat(s.lastExitedAt)} (epoch_seconds)\n`;
  if (s.lastStartedAt !== 0) {
    out += `last_started_at: ${rustFloat(s.lastStartedAt)} (epoch_seconds)\n`;
  }
  out += `command:       ${s.config?.cmd.join(" ") ?? ""}\n`;
  if (s.config?.cwd) out += `cwd:           ${s.config.cwd}\n`;
  out += `autorestart:   ${s.config?.autorestart ?? false}\nmax_restarts:  ${
    s.config?.maxRestarts ?? 0
  }\n`;
  return out;
}

const HELP = `usage: rp [--socket PATH] [--scope NAME] [--json] service <command> [args]

PM2-style process supervisor for running-process.

commands:
  start [--name N] [--cwd DIR] [--env K=V]... [--env-inherit] [--no-autorestart]
        [--max-restarts N] [--restart-delay MS] [--kill-timeout MS] [--min-uptime MS]
        [--config PATH] [--] CMD...
  stop TARGET | restart TARGET | delete TARGET      (TARGET: name, id or all)
  list (ls, status) [--json]                         show (describe) TARGET
  logs TARGET [--lines N] [--follow]                 flush [TARGET]
  save | resurrect [--wait SECONDS]                  startup | unstartup
  ping | kill                                        --start-daemon | --stop-daemon

start:
  --cwd DIR       working directory (default: the current one; a relative DIR is taken
                  from the current one)
  --env K=V       any --env REPLACES the service's whole environment: without
                  --env-inherit, give PATH, HOME, … too (no --env: the daemon's environment)
  --env-inherit   send the current environment with the --env pairs over it
`;

/**
 * Runs `rp … service …`. Resolves with the exit code, or `undefined` when `argv` is not a
 * service command (the caller handles it). Never throws.
 *
 * @param argv the arguments after the program name
 * @param io output streams, environment, cwd, abort signal
 * @returns the exit code, or undefined
 */
export async function runServiceCommand(
  argv: readonly string[],
  io: ServiceCliIO,
): Promise<number | undefined> {
  const p = split(argv);
  if (!p) return undefined;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const out = async (s: string) => void await io.stdout.write(s);
  const err = async (s: string) => void await io.stderr.write(s);
  let client: DaemonClient | undefined;
  try {
    const a = parseArgs(p.rest);
    const json = p.json || a.flags.has("--json");
    if (a.flags.has("--help") || a.flags.has("-h") || a.pos[0] === "help") {
      await out(HELP);
      return 0;
    }
    const connect = async () => {
      try {
        return client ??= await DaemonClient.connect(p.clientOptions);
      } catch (e) {
        if (e instanceof ConnectError) {
          throw new Failure("daemon is not running (try `rp service --start-daemon`)", {
            cause: e,
          });
        }
        throw e;
      }
    };
    if (a.flags.has("--start-daemon")) {
      client = await connectOrStart(p.clientOptions);
      const ping = await client.ping();
      const st = await client.status();
      await out(`daemon ready (server_time_ms=${ping.serverTimeMs}, socket=${st.socketPath})\n`);
      return 0;
    }
    const cmd = a.flags.has("--stop-daemon") ? "kill" : a.pos[0];
    const args = a.flags.has("--stop-daemon") ? [] : a.pos.slice(1);
    if (cmd === undefined) {
      await err("error: a subcommand is required (try `rp service --help`)\n");
      return 2;
    }
    const target = (label: string) => {
      if (args[0] === undefined) throw new Usage(`${label} needs a TARGET`);
      return args[0];
    };
    const emit = async (text: string, payload: unknown) => {
      await out(json ? JSON.stringify(payload, null, 2) + "\n" : text);
    };
    switch (cmd) {
      case "start": {
        let configPath = one(a, "--config");
        if (configPath === undefined && args.length === 0) {
          const local = join(cwd, "runpm.toml");
          const xdg = env.XDG_CONFIG_HOME;
          const userDir = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), ".config");
          const user = join(userDir, "runpm", "config.toml");
          const isFile = (f: string) => {
            try {
              return statSync(f).isFile();
            } catch {
              return false;
            }
          };
          if (isFile(local)) {
            configPath = "runpm.toml";
            if (isFile(user)) await err(`note: using ${local} (also found ${user})\n`);
          } else if (isFile(user)) configPath = user;
          else {
            throw new Failure(
              "missing cmd: pass a command, --config <path>, or place a runpm.toml in the current directory",
            );
          }
        }
        if (configPath !== undefined) {
          const shown = configPath;
          const readPath = isAbsolute(configPath) ? configPath : join(cwd, configPath);
          let apps: AppConfig[];
          try {
            apps = loadRunpmConfig(readPath, readFileSync(readPath, "utf8"));
          } catch (e) {
            const m = e instanceof Failure
              ? e.message
              : `failed to read runpm config ${shown}: ${(e as Error).message}`;
            throw new Failure(`failed to load runpm config ${shown}: ${m}`);
          }
          if (apps.length === 0) {
            await out(`no apps to start in ${shown}\n`);
            return 0;
          }
          const c = await connect();
          let ok = 0;
          const results: unknown[] = [];
          for (const app of apps) {
            try {
              const r = await c.serviceStart({ config: app });
              ok++;
              results.push({ name: app.name, ok: true, service: r.service });
              if (!json) {
                await out(
                  r.service
                    ? `started '${app.name}' (id=${r.service.id})\n`
                    : `started '${app.name}'\n`,
                );
              }
            } catch (e) {
              results.push({ name: app.name, ok: false, error: (e as Error).message });
              await err(
                `error starting '${app.name}': ${
                  e instanceof DaemonError ? e.daemonMessage : (e as Error).message
                }\n`,
              );
            }
          }
          if (json) await out(JSON.stringify(results, null, 2) + "\n");
          else await out(`started ${ok} of ${apps.length} apps from ${shown}\n`);
          if (ok < apps.length) {
            throw new Failure(
              `${apps.length - ok} of ${apps.length} apps failed to start from ${shown}`,
            );
          }
          return 0;
        }
        const given = parseEnvArgs(a.flags.get("--env") ?? []);
        // A non-empty env replaces the child's whole environment (the wire's rule);
        // --env-inherit sends this shell's environment with the --env pairs over it.
        const envVars: Record<string, string> = a.flags.has("--env-inherit")
          ? { ...definedEnv(env), ...given }
          : given;
        const name = one(a, "--name") ?? defaultServiceName(args[0]!);
        if (name === undefined) {
          throw new Failure(`could not derive default --name from \`${args[0]}\`; pass --name`);
        }
        const config: ServiceStartOptions = {
          name,
          cmd: args,
          // The caller's directory (the daemon's is unrelated to the shell the command is
          // typed in); a relative --cwd resolves against it.
          cwd: resolve(cwd, one(a, "--cwd") ?? ""),
          env: envVars,
          autorestart: !a.flags.has("--no-autorestart"),
          maxRestarts: num(a, "--max-restarts", 0),
          restartDelayMs: num(a, "--restart-delay", 0),
          killTimeoutMs: num(a, "--kill-timeout", 0),
          minUptimeMs: num(a, "--min-uptime", 0),
        };
        // ServiceManager.start names a program that cannot start (SpawnError).
        const s = await new ServiceManager(await connect()).start(config);
        await emit(`started '${s.name}' (id=${s.id}, pid=${s.pid}, status=${s.status})\n`, s);
        return 0;
      }
      case "stop":
      case "restart":
      case "delete": {
        const t = target(cmd);
        const c = await connect();
        const n = cmd === "stop"
          ? (await c.serviceStop({ target: t })).stoppedCount
          : cmd === "restart"
          ? (await c.serviceRestart({ target: t })).restartedCount
          : (await c.serviceDelete({ target: t })).deletedCount;
        await emit(`${cmd}: ${n} service(s)\n`, { count: n });
        return 0;
      }
      case "list":
      case "ls":
      case "status": {
        const s = (await (await connect()).serviceList()).services;
        await out(json ? listJson(s) : table(s));
        return 0;
      }
      case "show":
      case "describe": {
        const t = target(cmd);
        const s = (await (await connect()).serviceDescribe({ target: t })).service;
        if (!s) await out(`no such service: ${t}\n`);
        else await emit(show(s), s);
        return 0;
      }
      case "logs": {
        const t = args[0] ?? "";
        const lines = num(a, "--lines", 100);
        const c = await connect();
        if (!a.flags.has("--follow")) {
          const text = (await c.serviceLogs({ target: t, lines })).logText;
          if (json) await out(JSON.stringify({ logText: text }) + "\n");
          else if (text !== "") await out(text.endsWith("\n") ? text : text + "\n");
          return 0;
        }
        const sm = new ServiceManager(c);
        try {
          for await (const line of sm.logs(t, { lines, follow: true, signal: io.signal })) {
            await out(json ? JSON.stringify({ line }) + "\n" : line + "\n");
          }
        } catch (e) {
          if (io.signal?.aborted) return 0;
          throw e;
        }
        return 0;
      }
      case "flush": {
        const n = (await (await connect()).serviceFlush({ target: args[0] ?? "all" })).flushedCount;
        await emit("OK: flush\n", { count: n });
        return 0;
      }
      case "save": {
        const r = await (await connect()).serviceSave();
        await emit("OK: save\n", r);
        return 0;
      }
      case "resurrect": {
        const wait = num(a, "--wait", 0) * 1000;
        const end = Date.now() + wait;
        for (;;) {
          try {
            await connect();
            break;
          } catch (e) {
            if (Date.now() >= end) throw e;
            await new Promise((r) => setTimeout(r, 200));
          }
        }
        const r = await client!.serviceResurrect().catch((e) => {
          // The daemon words a missing snapshot as a failed target match (the wire's text).
          const m = e instanceof DaemonError
            ? /^no service matched '(no snapshot found at .*)'$/s.exec(e.daemonMessage)
            : null;
          throw m ? new Failure(m[1]!) : e;
        });
        await emit("OK: resurrect\n", r);
        return 0;
      }
      case "ping": {
        const r = await (await connect()).ping();
        await emit(`OK (server_time_ms=${r.serverTimeMs})\n`, r);
        return 0;
      }
      case "kill": {
        try {
          client = await DaemonClient.connect(p.clientOptions);
        } catch (e) {
          if (!(e instanceof ConnectError)) throw e;
          await out("daemon is not running\n");
          return 0;
        }
        await client.shutdown();
        await out("daemon shutting down\n");
        return 0;
      }
      case "startup": {
        const path = systemdUnitPath(env);
        try {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, renderSystemdUnit(cliCommand(), p.global));
        } catch (e) {
          throw new Failure(
            `failed to install boot autostart: autostart file operation failed: ${
              (e as Error).message
            }`,
          );
        }
        const sc = env.RP_SYSTEMCTL || "systemctl";
        spawnSync(sc, ["--user", "daemon-reload"], { stdio: "ignore" });
        const en = spawnSync(sc, ["--user", "enable", "rp-daemon.service"], { stdio: "ignore" });
        if (en.status !== 0) {
          await err(
            `warning: \`${sc} --user enable rp-daemon.service\` failed; enable it by hand\n`,
          );
        }
        await emit(`rp service startup: installed boot autostart at ${path}\n`, { path });
        return 0;
      }
      case "unstartup": {
        const path = systemdUnitPath(env);
        const sc = env.RP_SYSTEMCTL || "systemctl";
        spawnSync(sc, ["--user", "disable", "rp-daemon.service"], { stdio: "ignore" });
        try {
          if (existsSync(path)) rmSync(path);
        } catch (e) {
          throw new Failure(
            `failed to uninstall boot autostart: autostart file operation failed: ${
              (e as Error).message
            }`,
          );
        }
        spawnSync(sc, ["--user", "daemon-reload"], { stdio: "ignore" });
        await emit("rp service unstartup: removed boot autostart\n", { path });
        return 0;
      }
      default:
        throw new Usage(`unknown service command '${cmd}'`);
    }
  } catch (e) {
    const end = p.rest.indexOf("--"); // what follows is the service's argv
    const json = p.json || (end < 0 ? p.rest : p.rest.slice(0, end)).includes("--json");
    if (e instanceof Usage) {
      if (json) await err(JSON.stringify({ code: "USAGE", message: e.message }) + "\n");
      else await err(`error: ${e.message} (try \`rp service --help\`)\n`);
      return 2;
    }
    const m = e instanceof DaemonError
      ? (e.daemonMessage || `request failed (code=${e.status})`)
      : e instanceof Error
      ? e.message
      : String(e);
    // runpm's text; under --json one object, as every other command's errors.
    // A runpm text over a typed cause (the connect error): the cause's code.
    const typed = e instanceof Failure && e.cause instanceof Error ? e.cause : e;
    if (json) await err(JSON.stringify(errorObject(typed, m)) + "\n");
    else await err(`error: ${m}\n`);
    return 1;
  } finally {
    await client?.close().catch(() => {});
  }
}

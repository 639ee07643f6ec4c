/**
 * The process-registry RPCs (docs/PROTOCOL.md#process-registry, docs/PROTOCOL.md#status-codes): REGISTER (10), UNREGISTER (11),
 * SPAWN_DAEMON (12), LIST_ACTIVE (20), LIST_BY_ORIGINATOR (21), GET_PROCESS_TREE (22),
 * KILL_ZOMBIES (30) and KILL_TREE (31), on Linux through `/proc`. The store is
 * `../registry/process_registry.ts`; its module documentation says when an entry counts as dead.
 *
 * Behaviour, with upstream's messages (the registry family says `missing <field> payload`):
 *
 * * **REGISTER** — `pid must be > 0`, `command must not be empty` (INVALID_ARGUMENT);
 *   `registry error: …` (INTERNAL) when the file cannot be written. A new registration of
 *   a pid replaces the old one.
 * * **UNREGISTER** — NOT_FOUND `pid <pid> not found in registry`.
 * * **SPAWN_DAEMON** — runs `/bin/sh -c <trimmed command>` detached (own session, stdio on
 *   `/dev/null`); `command must not be empty`; `unknown environment policy`. The
 *   originator is the trimmed `originator`, else the bare `client_name`. Environment: the
 *   policy's base (INHERIT: the daemon's; USER_BASELINE: USER/LOGNAME/HOME/SHELL from
 *   passwd, a login PATH, and LANG/LC_*\/TZ/TMPDIR carried over; CLEAR: empty; 0: the
 *   legacy boolean), then the `env` pairs in order, then `RUNNING_PROCESS_ORIGINATOR`
 *   (when the originator is not empty) and `RUNNING_PROCESS_IS_DAEMON=1`. Tracked with
 *   kind `subprocess`, containment `detached`, and `created_at` = the child's start time;
 *   removed from the registry when it exits while this daemon runs. Spawn failures:
 *   INTERNAL `failed to spawn detached command: …`.
 * * **LIST_ACTIVE / LIST_BY_ORIGINATOR** — the live entries, oldest registration first;
 *   the originator filter keeps originators that start with `<tool>:` (upstream's rule).
 * * **GET_PROCESS_TREE** — `Process <pid> not found`, or one line per process:
 *   `<comm> (pid=<pid>) <cmdline>`, children indented under their parent with `├── ` /
 *   `└── ` connectors, siblings by pid.
 * * **KILL_TREE** — timeout `≤ 0` means 3 s, capped at 30 s. SIGTERM (then SIGCONT, so that
 *   stopped processes act on it) to the root and all its descendants, deepest first; wait
 *   for them to go; SIGKILL the survivors. A pid is only signalled while it still has the
 *   start time seen when the tree was collected. `processes_killed` counts the processes of
 *   the tree that are gone at the end (zombies count as gone). The pid is unregistered.
 *   An unknown pid answers OK with 0. INTERNAL `failed to kill process tree: …` when the
 *   tree contains the daemon itself, or when processes are still alive after SIGKILL.
 * * **KILL_ZOMBIES** — looks at every tracked entry and reports those that are:
 *   `process <pid> no longer exists` (gone), `PID <pid> reused: registered
 *   creation_time=<ms>ms, OS creation_time=<ms>ms`, `process <pid> was registered during
 *   another boot`, `process <pid> is a zombie (exited, not reaped by parent <ppid>)`, or
 *   `parent PID <ppid> of process <pid> is dead` (an orphan: the parent recorded at
 *   registration died; entries with containment `detached` are exempt, since outliving
 *   their parent is their purpose). Unless `dry_run`, orphans get SIGKILL and every
 *   reported entry is unregistered. `killed` is true when the tracked process no longer
 *   runs after the call: it was already gone (dead, zombie, pid reused — a pid now owned by
 *   another process is never signalled) or the SIGKILL was delivered. `dry_run` reports
 *   `killed: false` and changes nothing. There is no periodic background scan.
 *
 * @module
 */
import { sleep } from "../../async.ts";
import process from "node:process";
import { type KeyValue, RequestType, type ZombieReportInit } from "../../../proto_gen/daemon_pb.ts";
import { listChildren, readCmdline, readProcStat } from "../../process/proc.ts";
import { spawnDetached } from "../../process/detached.ts";
import { liveness, parentAlive, startTicksToUnixSeconds } from "../registry/liveness.ts";
import { processRegistryOf } from "../registry/process_registry.ts";
import type { TrackedEntry } from "../registry/tracked_entry.ts";
import { internal, invalidArgument, notFound } from "../connection/status_error.ts";
import type { DaemonState, Handler } from "../types.ts";
import { baseEnvironment, resolveEnvironmentPolicy } from "../sessions/environment.ts";

/** Default KILL_TREE timeout in seconds (`timeout_seconds ≤ 0`). */
export const KILL_TREE_DEFAULT_TIMEOUT_S = 3;
/** Upper bound of the KILL_TREE timeout in seconds. */
export const KILL_TREE_MAX_TIMEOUT_S = 30;

/**
 * The complete environment of a SPAWN_DAEMON child (docs/PROTOCOL.md#environment).
 *
 * @param policy wire `environment_policy`
 * @param legacyClear wire `clear_inherited_env` (used when `policy` is 0)
 * @param env the request's ordered pairs
 * @param originator effective originator (`""`: no `RUNNING_PROCESS_ORIGINATOR`)
 * @returns the environment
 * @throws {StatusError} INVALID_ARGUMENT `unknown environment policy`
 *
 * @example
 * ```ts
 * import { spawnDaemonEnvironment } from "./registry_handlers.ts";
 * const env = spawnDaemonEnvironment(3, false, [{ key: "A", value: "1" }], "tool:x");
 * console.log(env); // { A: "1", RUNNING_PROCESS_ORIGINATOR: "tool:x", RUNNING_PROCESS_IS_DAEMON: "1" }
 * ```
 */
export function spawnDaemonEnvironment(
  policy: number,
  legacyClear: boolean,
  env: readonly KeyValue[],
  originator: string,
): Record<string, string> {
  let out: Record<string, string>;
  const resolved = resolveEnvironmentPolicy(policy, legacyClear); // INVALID_ARGUMENT if unknown
  try {
    out = baseEnvironment(resolved);
  } catch (e) {
    throw internal(`environment policy failed: ${(e as Error).message}`);
  }
  for (const kv of env) out[kv.key] = kv.value;
  if (originator !== "") out.RUNNING_PROCESS_ORIGINATOR = originator;
  out.RUNNING_PROCESS_IS_DAEMON = "1";
  return out;
}

/** One line per process of the tree under `pid` (upstream's layout, with command lines). */
function processTreeDisplay(pid: number): string {
  const root = readProcStat(pid);
  if (root === undefined) return `Process ${pid} not found`;
  const describe = (p: number, comm: string) => {
    const cmd = (readCmdline(p) ?? []).join(" ");
    return cmd === "" ? `${comm} (pid=${p})` : `${comm} (pid=${p}) ${cmd}`;
  };
  const lines = [describe(pid, root.comm)];
  const seen = new Set<number>([pid]);
  const walk = (parent: number, prefix: string) => {
    const kids = listChildren(parent).filter((c) => !seen.has(c)).sort((a, b) => a - b);
    kids.forEach((c) => seen.add(c));
    kids.forEach((c, i) => {
      const st = readProcStat(c);
      if (st === undefined) return;
      const last = i === kids.length - 1;
      lines.push(`${prefix}${last ? "└── " : "├── "}${describe(c, st.comm)}`);
      walk(c, prefix + (last ? "    " : "│   "));
    });
  };
  walk(pid, "");
  return lines.join("\n");
}

interface TreeMember {
  pid: number;
  startTicks: number;
}

/** The root and its descendants, breadth-first, with their start times. */
function collectTree(pid: number): TreeMember[] {
  const root = readProcStat(pid);
  if (root === undefined) return [];
  const out: TreeMember[] = [{ pid, startTicks: root.startTime }];
  const seen = new Set<number>([pid]);
  for (let i = 0; i < out.length; i++) {
    for (const c of listChildren(out[i]!.pid)) {
      if (seen.has(c)) continue;
      seen.add(c);
      const st = readProcStat(c);
      if (st !== undefined) out.push({ pid: c, startTicks: st.startTime });
    }
  }
  return out;
}

/** Whether the member still runs (same start time, not a zombie). */
function running(m: TreeMember): boolean {
  const st = readProcStat(m.pid);
  return st !== undefined && st.startTime === m.startTicks && st.state !== "Z" &&
    st.state !== "X";
}

function signal(m: TreeMember, sig: "SIGTERM" | "SIGKILL" | "SIGCONT"): void {
  if (!running(m)) return;
  try {
    process.kill(m.pid, sig);
  } catch { /* gone meanwhile, or not ours */ }
}

/** Adds descendants that appeared since the tree was collected (forks during the kill). */
function extendTree(members: TreeMember[]): void {
  const known = new Set(members.map((m) => m.pid));
  for (let i = 0; i < members.length; i++) {
    if (!running(members[i]!)) continue;
    for (const c of listChildren(members[i]!.pid)) {
      if (known.has(c)) continue;
      known.add(c);
      const st = readProcStat(c);
      if (st !== undefined) members.push({ pid: c, startTicks: st.startTime });
    }
  }
}

async function killTree(pid: number, timeoutS: number): Promise<number> {
  const members = collectTree(pid);
  if (members.length === 0) return 0;
  const self = process.pid;
  if (members.some((m) => m.pid === self)) {
    throw internal(`failed to kill process tree: pid ${pid} contains the daemon itself`);
  }
  const deepestFirst = () => [...members].reverse();
  let termed = 0;
  const terminateNew = () => {
    const fresh = members.slice(termed).reverse();
    termed = members.length;
    for (const m of fresh) signal(m, "SIGTERM");
    for (const m of fresh) signal(m, "SIGCONT");
  };
  terminateNew();
  const deadline = Date.now() + timeoutS * 1000;
  let delay = 5;
  while (members.some(running) && Date.now() < deadline) {
    await sleep(Math.min(delay, Math.max(1, deadline - Date.now())));
    delay = Math.min(delay * 2, 50);
    extendTree(members);
    terminateNew();
  }
  for (let round = 0; round < 3 && members.some(running); round++) {
    extendTree(members);
    for (const m of deepestFirst()) signal(m, "SIGKILL");
    for (let i = 0; i < 20 && members.some(running); i++) await sleep(10);
  }
  const survivors = members.filter(running).map((m) => m.pid);
  if (survivors.length > 0) {
    throw internal(
      `failed to kill process tree: ${survivors.join(", ")} still alive after SIGKILL`,
    );
  }
  return members.length;
}

function ticksToMs(ticks: number | null | undefined): number {
  if (ticks === null || ticks === undefined) return 0;
  return Math.round((startTicksToUnixSeconds(ticks) ?? 0) * 1000);
}

/** KILL_ZOMBIES' classification of one entry, or `undefined` when it is healthy. */
function classify(e: TrackedEntry): { reason: string; kill: boolean } | undefined {
  switch (liveness(e)) {
    case "gone":
      return { reason: `process ${e.pid} no longer exists`, kill: false };
    case "rebooted":
      return { reason: `process ${e.pid} was registered during another boot`, kill: false };
    case "reused":
      return {
        reason: `PID ${e.pid} reused: registered creation_time=${ticksToMs(e.startTicks)}ms, ` +
          `OS creation_time=${ticksToMs(readProcStat(e.pid)?.startTime)}ms`,
        kill: false,
      };
    case "zombie":
      return {
        reason: `process ${e.pid} is a zombie (exited, not reaped by parent ` +
          `${readProcStat(e.pid)?.ppid ?? 0})`,
        kill: false,
      };
    case "alive":
      if (e.containment !== "detached" && !parentAlive(e)) {
        return { reason: `parent PID ${e.parentPid} of process ${e.pid} is dead`, kill: true };
      }
      return undefined;
  }
}

/**
 * Handlers for REGISTER (10), UNREGISTER (11), SPAWN_DAEMON (12), LIST_ACTIVE (20),
 * LIST_BY_ORIGINATOR (21), GET_PROCESS_TREE (22), KILL_ZOMBIES (30) and KILL_TREE (31).
 *
 * @param state the daemon state (its registry is opened here)
 * @returns the handlers by request type
 *
 * @example
 * ```ts
 * import { serve } from "../server.ts";
 * import { registryHandlers } from "./registry_handlers.ts";
 * const daemon = await serve({ socketPath: "/tmp/rp-demo/d.sock", modules: [registryHandlers] });
 * ```
 */
export function registryHandlers(state: DaemonState): Map<number, Handler> {
  const registry = processRegistryOf(state);
  return new Map<number, Handler>([
    [RequestType.REQUEST_TYPE_REGISTER, async ({ request }) => {
      const req = request.register;
      if (!req) throw invalidArgument("missing register payload");
      if (req.pid === 0) throw invalidArgument("pid must be > 0");
      if (req.command === "") throw invalidArgument("command must not be empty");
      try {
        await registry.register(req);
      } catch (e) {
        throw internal(`registry error: ${(e as Error).message}`);
      }
      return { register: {} };
    }],

    [RequestType.REQUEST_TYPE_UNREGISTER, async ({ request }) => {
      const req = request.unregister;
      if (!req) throw invalidArgument("missing unregister payload");
      if (!(await registry.unregister(req.pid))) {
        throw notFound(`pid ${req.pid} not found in registry`);
      }
      return { unregister: {} };
    }],

    [RequestType.REQUEST_TYPE_SPAWN_DAEMON, async ({ request, clientName }) => {
      const req = request.spawnDaemon;
      if (!req) throw invalidArgument("missing spawn_daemon payload");
      const command = req.command.trim();
      if (command === "") throw invalidArgument("command must not be empty");
      const originator = req.originator.trim() || clientName;
      const env = spawnDaemonEnvironment(
        req.environmentPolicy,
        req.clearInheritedEnv,
        req.env,
        originator,
      );
      let child;
      try {
        child = await spawnDetached(["/bin/sh", "-c", command], env, req.cwd);
      } catch (e) {
        throw internal(`failed to spawn detached command: ${(e as Error).message}`);
      }
      const ticks = readProcStat(child.pid)?.startTime;
      const createdAt = (ticks === undefined ? undefined : startTicksToUnixSeconds(ticks)) ??
        Date.now() / 1000;
      let entry: TrackedEntry;
      try {
        entry = await registry.register({
          pid: child.pid,
          createdAt,
          kind: "subprocess",
          command,
          cwd: req.cwd,
          originator,
          containment: "detached",
        });
      } catch (e) {
        try {
          process.kill(child.pid, "SIGKILL");
        } catch { /* already gone */ }
        throw internal(`registry error: ${(e as Error).message}`);
      }
      void child.exited.then(() => registry.unregisterExact(entry)).catch(() => {});
      return {
        spawnDaemon: {
          pid: child.pid,
          createdAt,
          command,
          cwd: req.cwd,
          originator,
          containment: "detached",
        },
      };
    }],

    [RequestType.REQUEST_TYPE_LIST_ACTIVE, () => ({
      listActive: { processes: registry.list() },
    })],

    [RequestType.REQUEST_TYPE_LIST_BY_ORIGINATOR, ({ request }) => {
      const req = request.listByOriginator;
      if (!req) throw invalidArgument("missing list_by_originator payload");
      return { listByOriginator: { processes: registry.list(req.tool) } };
    }],

    [RequestType.REQUEST_TYPE_GET_PROCESS_TREE, ({ request }) => {
      const req = request.getProcessTree;
      if (!req) throw invalidArgument("missing get_process_tree payload");
      return { getProcessTree: { treeDisplay: processTreeDisplay(req.pid) } };
    }],

    [RequestType.REQUEST_TYPE_KILL_ZOMBIES, async ({ request }) => {
      const req = request.killZombies;
      if (!req) throw invalidArgument("missing kill_zombies payload");
      const zombies: ZombieReportInit[] = [];
      for (const e of registry.entries()) {
        const c = classify(e);
        if (c === undefined) continue;
        let killed = false;
        if (!req.dryRun) {
          if (c.kill) {
            try {
              process.kill(e.pid, "SIGKILL");
              killed = true;
            } catch (err) {
              killed = (err as { code?: string }).code === "ESRCH";
            }
          } else killed = true;
          await registry.unregisterExact(e);
        }
        zombies.push({ pid: e.pid, command: e.command, reason: c.reason, killed });
      }
      return { killZombies: { zombies } };
    }],

    [RequestType.REQUEST_TYPE_KILL_TREE, async ({ request }) => {
      const req = request.killTree;
      if (!req) throw invalidArgument("missing kill_tree payload");
      const t = req.timeoutSeconds;
      const timeout = t > 0 ? Math.min(t, KILL_TREE_MAX_TIMEOUT_S) : KILL_TREE_DEFAULT_TIMEOUT_S;
      let killed: number;
      try {
        killed = await killTree(req.pid, timeout);
      } finally {
        if (req.pid !== 0) await registry.unregister(req.pid).catch(() => false);
      }
      return { killTree: { processesKilled: killed } };
    }],
  ]);
}

/**
 * Linux /proc observation of one session's launched process tree: descendants from the
 * `children` lists, files from `/proc/<pid>/fd` + `fdinfo`, sockets from socket inodes in
 * `/proc/<pid>/fd` matched against `/proc/net/*`. Each call to {@link TreeWatcher.scan}
 * diffs the tree against the previous scan and emits what changed.
 *
 * Sampling cannot see what lives shorter than the interval between scans; the capability
 * report says so (`partial`).
 *
 * A process caught between `fork` and `exec` still carries its parent's command line, and one
 * caught inside `execve` has an empty one. Such a descendant (with no children of its own) is
 * announced once it has a command line of its own, or when it exits, or after
 * {@link EXEC_WAIT_MS} (a subshell that never execs). A descendant still waiting for a CPU
 * (state R or D: on a busy machine the step from fork to exec can take longer) is waited for
 * up to {@link EXEC_WAIT_MAX_MS}. Until it is announced its descriptors are not scanned, so
 * its events never precede its `descendant-started`. When no command line could be read at
 * all (a zombie), the argv is the process name from `/proc/<pid>/stat`.
 *
 * A socket inherited from a parent in the tree is reported by that parent only (as files
 * are). An unnamed Unix socket on descriptor 0, 1 or 2 is stdio plumbing (Bun gives a
 * child socket pairs for its pipes), not network use, and is not reported.
 *
 * @module
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { ObserverEventCategory } from "../../../proto_gen/daemon_pb.ts";
import { listChildren, readCmdline, readProcStat } from "../../process/proc.ts";
import type { EmittedEvent } from "./observer_registry.ts";
import type { SocketInfo } from "./procfs_net.ts";

/** Category numbers, by short name, taken from the generated `ObserverEventCategory` enum. */
export const CATEGORY = {
  LIFECYCLE: ObserverEventCategory.OBSERVER_EVENT_CATEGORY_LIFECYCLE,
  FILE: ObserverEventCategory.OBSERVER_EVENT_CATEGORY_FILE,
  NETWORK: ObserverEventCategory.OBSERVER_EVENT_CATEGORY_NETWORK,
  PROCESS: ObserverEventCategory.OBSERVER_EVENT_CATEGORY_PROCESS,
} as const;

const O_ACCMODE = 3;

/** Longest wait for a freshly forked descendant to exec before it is announced as it is. */
export const EXEC_WAIT_MS = 200;

/** Longest wait for a freshly forked descendant that is still runnable (not yet scheduled). */
export const EXEC_WAIT_MAX_MS = 3000;

/** What the watcher reads about processes; `/proc` unless a test gives its own. */
export interface ProcessTable {
  /** Direct children of `pid`. */
  children(pid: number): number[];
  /** Command line of `pid` (empty inside `execve` or for a zombie), `undefined` when gone. */
  cmdline(pid: number): string[] | undefined;
  /** Scheduler state letter (`R`, `S`, `D`, `Z`, …) and name of `pid`, `undefined` when gone. */
  stat(pid: number): { state: string; comm: string } | undefined;
  /** Current time in ms. */
  now(): number;
}

const procTable: ProcessTable = {
  children: listChildren,
  cmdline: readCmdline,
  stat: readProcStat,
  now: Date.now,
};

function sameArgv(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface FileFd {
  type: "file";
  target: string;
  writable: boolean;
  pos: number;
  /** Inherited from the parent at fork: reported by the parent, not again by the child. */
  inherited: boolean;
}

interface SocketFd {
  type: "socket";
  target: string;
  inode: number;
  /** Set once the socket was found in the tables and announced. */
  info?: SocketInfo;
  /** On descriptor 0, 1 or 2: ignored when it turns out an unnamed Unix socket. */
  stdio: boolean;
  /** Inherited from the parent at fork: reported by the parent, not again by the child. */
  inherited: boolean;
  /** Stdio plumbing, never reported. */
  ignored?: boolean;
}

interface OtherFd {
  type: "other";
  target: string;
}

type FdState = FileFd | SocketFd | OtherFd;

/** Provides the socket table at most once per tick. */
export type SocketTableSource = () => Map<number, SocketInfo>;

function readFdInfo(pid: number, fd: string): { flags: number; pos: number } | undefined {
  try {
    const t = readFileSync(`/proc/${pid}/fdinfo/${fd}`, "latin1");
    const pos = /^pos:\s*(\d+)/m.exec(t);
    const flags = /^flags:\s*([0-7]+)/m.exec(t);
    return { pos: pos ? Number(pos[1]) : 0, flags: flags ? parseInt(flags[1], 8) : 0 };
  } catch {
    return undefined;
  }
}

function isWatchedPath(target: string): boolean {
  return target.startsWith("/") && !target.startsWith("/dev/") &&
    !target.startsWith("/proc/") && !target.startsWith("/sys/");
}

/** Observes one session's process tree. */
export class TreeWatcher {
  /** The session's root pid. */
  readonly root: number;
  #emit: (e: EmittedEvent) => void;
  /** Known descendants: pid → ppid. */
  #tree = new Map<number, number>();
  /** Open fds per pid (root included). */
  #fds = new Map<number, Map<string, FdState>>();
  /** Descendants seen with their parent's command line (not yet exec'd): pid → first seen. */
  #forked = new Map<number, { ppid: number; since: number; argv: string[] }>();
  #proc: ProcessTable;

  constructor(root: number, emit: (e: EmittedEvent) => void, proc: ProcessTable = procTable) {
    this.root = root;
    this.#emit = emit;
    this.#proc = proc;
  }

  /**
   * Whether a new descendant is still on its way to `exec` (see the module doc) and should
   * not be announced yet. `age` is the time since it was first seen.
   */
  #awaitingExec(pid: number, argv: string[], parentArgv: string[] | undefined, age: number) {
    if (argv.length > 0 && !sameArgv(argv, parentArgv)) return false;
    const st = this.#proc.stat(pid);
    if (st === undefined || st.state === "Z" || st.state === "X") return false;
    if (age < EXEC_WAIT_MS) return true;
    return age < EXEC_WAIT_MAX_MS && (st.state === "R" || st.state === "D");
  }

  /** `argv`, or the process name when no command line could be read. */
  #argvOrName(pid: number, argv: string[]): string[] {
    if (argv.length > 0) return argv;
    const comm = this.#proc.stat(pid)?.comm;
    return comm ? [comm] : [];
  }

  /**
   * One scan. `mask` is the union of the subscriptions' category bits; `rootAlive` false
   * means the root exited (everything still known is reported gone). Returns the number of
   * events emitted (the poller speeds up when something happens).
   */
  scan(mask: number, sockets: SocketTableSource, rootAlive = true): number {
    let n = 0;
    const now = this.#proc.now();
    const emit = (e: EmittedEvent) => {
      if ((mask & (1 << e.category)) === 0) return;
      e.timestampMs = now;
      this.#emit(e);
      n++;
    };
    // -- process tree
    const current = new Map<number, number>();
    if (rootAlive) {
      const stack = [this.root];
      while (stack.length) {
        const p = stack.pop()!;
        for (const c of this.#proc.children(p)) {
          if (!current.has(c)) {
            current.set(c, p);
            stack.push(c);
          }
        }
      }
    }
    const cmdlines = new Map<number, string[] | undefined>();
    const cmdline = (pid: number) => {
      if (!cmdlines.has(pid)) cmdlines.set(pid, this.#proc.cmdline(pid));
      return cmdlines.get(pid);
    };
    const parents = new Set(current.values());
    const deferred = new Set<number>();
    for (const [pid, ppid] of current) {
      if (this.#tree.has(pid)) continue;
      const argv = cmdline(pid) ?? [];
      const forked = this.#forked.get(pid);
      if (
        !parents.has(pid) &&
        this.#awaitingExec(pid, argv, cmdline(ppid), now - (forked?.since ?? now))
      ) {
        if (!forked) this.#forked.set(pid, { ppid, since: now, argv: this.#argvOrName(pid, argv) });
        else if (argv.length > 0) forked.argv = argv;
        deferred.add(pid);
        continue;
      }
      this.#forked.delete(pid);
      emit({
        category: CATEGORY.PROCESS,
        kind: "descendant-started",
        pid,
        ppid,
        argv: this.#argvOrName(pid, argv),
      });
    }
    for (const [pid, f] of this.#forked) {
      if (current.has(pid)) continue;
      // Gone before it exec'd: it still existed, so it is announced, then reported gone.
      this.#forked.delete(pid);
      emit({
        category: CATEGORY.PROCESS,
        kind: "descendant-started",
        pid,
        ppid: f.ppid,
        argv: f.argv,
      });
      emit({ category: CATEGORY.PROCESS, kind: "descendant-exited", pid, ppid: f.ppid });
    }
    for (const pid of deferred) current.delete(pid);
    // -- files and sockets
    const wantFds = (mask & ((1 << CATEGORY.FILE) | (1 << CATEGORY.NETWORK))) !== 0;
    const pids = rootAlive ? [this.root, ...current.keys()] : [];
    const seen = new Set<number>();
    if (wantFds) {
      for (const pid of pids) {
        seen.add(pid);
        // A pid first seen now inherited its parent's descriptors at fork.
        const parent = pid !== this.root && !this.#tree.has(pid) ? current.get(pid) : undefined;
        this.#scanFds(pid, emit, sockets, parent);
      }
    }
    for (const pid of [...this.#fds.keys()]) {
      if (!seen.has(pid)) this.#closeAll(pid, emit);
    }
    for (const [pid, ppid] of this.#tree) {
      if (!current.has(pid)) {
        emit({ category: CATEGORY.PROCESS, kind: "descendant-exited", pid, ppid });
      }
    }
    this.#tree = current;
    return n;
  }

  #scanFds(
    pid: number,
    emit: (e: EmittedEvent) => void,
    sockets: SocketTableSource,
    forkedFrom?: number,
  ): void {
    let names: string[];
    try {
      names = readdirSync(`/proc/${pid}/fd`);
    } catch {
      this.#closeAll(pid, emit);
      return;
    }
    let known = this.#fds.get(pid);
    if (!known) this.#fds.set(pid, known = new Map());
    const live = new Set(names);
    for (const fd of names) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        live.delete(fd);
        continue;
      }
      let st = known.get(fd);
      if (st && st.target !== target) {
        this.#closeFd(pid, st, emit);
        st = undefined;
      }
      if (!st) {
        const inherited = forkedFrom !== undefined &&
          this.#fds.get(forkedFrom)?.get(fd)?.target === target;
        st = this.#openFd(pid, fd, target, emit, inherited);
        known.set(fd, st);
      }
      if (st.type === "file" && st.writable) {
        const info = readFdInfo(pid, fd);
        if (info && info.pos > st.pos) {
          emit({
            category: CATEGORY.FILE,
            kind: "file-write",
            pid,
            path: st.target,
            byteCount: info.pos - st.pos,
          });
          st.pos = info.pos;
        }
      } else if (st.type === "socket" && !st.info && !st.ignored) {
        this.#resolveSocket(pid, st, emit, sockets);
      }
    }
    for (const [fd, st] of known) {
      if (!live.has(fd)) {
        this.#closeFd(pid, st, emit);
        known.delete(fd);
      }
    }
  }

  #openFd(
    pid: number,
    fd: string,
    target: string,
    emit: (e: EmittedEvent) => void,
    inherited: boolean,
  ): FdState {
    if (isWatchedPath(target)) {
      const info = readFdInfo(pid, fd);
      const flags = info?.flags ?? 0;
      if (!inherited) {
        emit({ category: CATEGORY.FILE, kind: "file-open", pid, path: target, flags });
      }
      const writable = (flags & O_ACCMODE) !== 0;
      // An fd opened since the last scan may already have been written: count from 0.
      // An inherited one shares its offset with the parent, which reports the writes.
      return { type: "file", target, writable: writable && !inherited, pos: 0, inherited };
    }
    const m = /^socket:\[(\d+)\]$/.exec(target);
    if (m) {
      const stdio = fd === "0" || fd === "1" || fd === "2";
      return { type: "socket", target, inode: Number(m[1]), stdio, inherited };
    }
    return { type: "other", target };
  }

  #resolveSocket(
    pid: number,
    st: SocketFd,
    emit: (e: EmittedEvent) => void,
    sockets: SocketTableSource,
  ): void {
    const info = sockets().get(st.inode);
    if (!info) return; // not bound yet, or not an inet/unix socket: retry next scan
    const inet = info.protocol !== "unix";
    if (!inet && st.stdio && info.localAddress === "") {
      st.ignored = true; // a socket pair standing in for a pipe
      return;
    }
    if (inet && !info.listening && info.remoteAddress === "") return; // bound, not yet used
    st.info = info;
    if (st.inherited) return;
    let kind = "net-connect";
    if (info.listening) kind = "net-listen";
    else if (inet && this.#listensOn(info.localPort)) kind = "net-accept";
    emit({
      category: CATEGORY.NETWORK,
      kind,
      pid,
      protocol: info.protocol,
      localAddress: info.localAddress,
      remoteAddress: info.remoteAddress,
    });
  }

  /** True when a known listening socket of this tree has `port`. */
  #listensOn(port: number): boolean {
    for (const fds of this.#fds.values()) {
      for (const st of fds.values()) {
        if (st.type === "socket" && st.info?.listening && st.info.localPort === port) return true;
      }
    }
    return false;
  }

  #closeFd(pid: number, st: FdState, emit: (e: EmittedEvent) => void): void {
    if (st.type === "file") {
      if (!st.inherited) {
        emit({ category: CATEGORY.FILE, kind: "file-close", pid, path: st.target });
      }
    } else if (st.type === "socket" && st.info && !st.inherited) {
      emit({
        category: CATEGORY.NETWORK,
        kind: "net-close",
        pid,
        protocol: st.info.protocol,
        localAddress: st.info.localAddress,
        remoteAddress: st.info.remoteAddress,
      });
    }
  }

  #closeAll(pid: number, emit: (e: EmittedEvent) => void): void {
    const known = this.#fds.get(pid);
    if (!known) return;
    for (const st of known.values()) this.#closeFd(pid, st, emit);
    this.#fds.delete(pid);
  }
}

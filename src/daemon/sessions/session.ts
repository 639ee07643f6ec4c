/**
 * What PTY and pipe sessions share: identity, exit state, the terminate schedule, the
 * lifecycle events, and the byte-stream listeners that tees (docs/PROTOCOL.md#tees) build on.
 *
 * ## Output listeners (for tees)
 *
 * {@link Session.addOutputListener}`(stream, fn)` calls `fn(bytes)` for every chunk of
 * `stream`, synchronously, in order, exactly when the chunk enters the backlog ring (also
 * while a client is attached, and also after the session exited if a grandchild keeps
 * writing):
 *
 * | stream | session kind | bytes |
 * |---|---|---|
 * | `"stdout"` | pipe | the child's stdout (stdout+stderr when merged) |
 * | `"stderr"` | pipe | the child's stderr (never fires when merged) |
 * | `"pty"` | PTY | raw terminal output |
 * | `"stdin"` | both | bytes written to the child: WRITE_PIPE_STDIN data after a successful write; PTY attach `input` frames |
 *
 * It returns an unsubscribe function. A listener must not mutate or keep `bytes` beyond
 * the call without copying, and must not throw (exceptions are caught and the listener is
 * removed). {@link Session.onExit} tells a tee when the session exited;
 * {@link Session.dispose} (purge, shutdown) drops every listener.
 *
 * ## Lifecycle events
 *
 * `started` is emitted right after the spawn (so a subscription registered with the spawn,
 * `observe`, sees it as sequence 1), `exited` right after the exit state is recorded and
 * before attached streams are told.
 *
 * @module
 */
import type { SessionObservers } from "../observers/observer_registry.ts";
import type { SessionBase, SessionKind } from "../types.ts";
import { TerminationSchedule } from "./termination.ts";
import type { ByteRing } from "./ring_buffer.ts";

/** Names of the byte streams a listener can follow. */
export type OutputStreamName = "stdout" | "stderr" | "pty" | "stdin";

/** A byte-stream listener. */
export type OutputListener = (bytes: Uint8Array) => void;

/** Identity of a session, fixed at spawn. */
export interface SessionIdentity {
  /** Session id. */
  id: string;
  /** Child pid. */
  pid: number;
  /** argv as requested. */
  argv: readonly string[];
  /** cwd as requested (`""`: inherited). */
  cwd: string;
  /** Originator. */
  originator: string;
  /** The session's observers (subscriptions registered before the spawn included). */
  observers: SessionObservers;
  /** Called once when the exit is recorded, before `exited` is emitted (DaemonState.sessionExited). */
  onExited?: (s: Session) => void;
}

/** Formats a Unix-seconds float like Rust's `{}` for f64 (shortest round-trip text). */
export function formatSeconds(t: number): string {
  return Number.isInteger(t) ? `${t}` : String(t);
}

/** Resolves after `ms` or when `p` settles, whichever is first; never leaves a timer. */
export function settleWithin(p: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    p.then(() => {
      clearTimeout(timer);
      resolve();
    }, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Common base of {@link PipeSession} and {@link PtySession}. */
export abstract class Session implements SessionBase {
  /** Session id. */
  readonly id: string;
  /** Session kind. */
  abstract readonly kind: SessionKind;
  /** Child pid. */
  readonly pid: number;
  /** argv as requested. */
  readonly argv: readonly string[];
  /** argv joined with single spaces, no quoting. */
  readonly command: string;
  /** cwd as requested. */
  readonly cwd: string;
  /** Originator. */
  readonly originator: string;
  /** Unix seconds (float) of the spawn. */
  readonly createdAt: number;
  /** Observer subscriptions. */
  readonly observers: SessionObservers;
  /** The terminate schedule. */
  readonly termination: TerminationSchedule;
  /** Exit code once exited (kind-specific mapping of signal deaths). */
  exitCode: number | undefined;
  /** Unix seconds of the exit. */
  exitedAt: number | undefined;
  /** True once {@link Session.dispose} ran. */
  protected disposed = false;
  #listeners = new Map<OutputStreamName, Set<OutputListener>>();
  #exitListeners = new Set<(s: Session) => void>();
  #onExited: ((s: Session) => void) | undefined;
  #resolveExit!: () => void;
  /** Resolves when the exit is recorded. */
  readonly exitRecorded: Promise<void> = new Promise((r) => (this.#resolveExit = r));

  /**
   * Records the identity; the subclass starts the session.
   *
   * @param ident identity fixed at spawn
   */
  constructor(ident: SessionIdentity) {
    this.id = ident.id;
    this.pid = ident.pid;
    this.argv = ident.argv;
    this.command = ident.argv.join(" ");
    this.cwd = ident.cwd;
    this.originator = ident.originator;
    this.createdAt = Date.now() / 1000;
    this.observers = ident.observers;
    this.#onExited = ident.onExited;
    this.termination = new TerminationSchedule({
      soft: () => this.softSignal(),
      hard: () => this.hardKill(),
      exited: () => this.exited,
    });
  }

  /** True once the child's exit is recorded. */
  get exited(): boolean {
    return this.exitedAt !== undefined;
  }

  /** The fields LIST_PIPE_SESSIONS and LIST_PTY_SESSIONS report alike for every session. */
  listing(): {
    sessionId: string;
    pid: number;
    command: string;
    cwd: string;
    originator: string;
    createdAt: number;
    exited: boolean;
    exitCode: number;
    exitedAt: number;
    terminationOutcome: number;
  } {
    return {
      sessionId: this.id,
      pid: this.pid,
      command: this.command,
      cwd: this.cwd,
      originator: this.originator,
      createdAt: this.createdAt,
      exited: this.exited,
      exitCode: this.exitCode ?? 0,
      exitedAt: this.exitedAt ?? 0,
      terminationOutcome: this.terminationOutcome,
    };
  }

  /** `TerminationOutcome` number (0 while live). */
  get terminationOutcome(): number {
    return this.termination.outcome(this.exitedAt);
  }

  /** Sends the soft terminate signal (SIGTERM to the group / tree). */
  protected abstract softSignal(): void;
  /** Applies the hard kill (SIGKILL to the group / tree). */
  protected abstract hardKill(): void;
  /** Ends every attachment with `terminal` (or silently with `null`). */
  protected abstract endAttachments(terminal: "terminated" | null): void;
  /** Its output backlog rings. */
  abstract backlogs(): ByteRing[];

  /**
   * Follows one byte stream (see the module documentation).
   *
   * @param stream `"stdout"`, `"stderr"`, `"pty"` or `"stdin"`
   * @param fn called with every chunk
   * @returns unsubscribe
   */
  addOutputListener(stream: OutputStreamName, fn: OutputListener): () => void {
    if (this.disposed) return () => {};
    let set = this.#listeners.get(stream);
    if (!set) this.#listeners.set(stream, set = new Set());
    set.add(fn);
    return () => void this.#listeners.get(stream)?.delete(fn);
  }

  /**
   * Calls `fn` once the session exited (at once when it already has).
   *
   * @param fn exit callback
   * @returns unsubscribe
   */
  onExit(fn: (s: Session) => void): () => void {
    if (this.exited) {
      queueMicrotask(() => fn(this));
      return () => {};
    }
    this.#exitListeners.add(fn);
    return () => void this.#exitListeners.delete(fn);
  }

  /** Delivers `bytes` to the listeners of `stream`. */
  protected emitBytes(stream: OutputStreamName, bytes: Uint8Array): void {
    const set = this.#listeners.get(stream);
    if (!set || set.size === 0) return;
    for (const fn of [...set]) {
      try {
        fn(bytes);
      } catch {
        set.delete(fn);
      }
    }
  }

  /** Emits `started`; called right after the spawn. */
  protected emitStarted(): void {
    this.observers.emit({ category: 0, kind: "started", pid: this.pid, timestampMs: Date.now() });
  }

  /**
   * Records the exit: state, the `sessionExited` hook, `exited` event, exit listeners.
   * Attached streams are told afterwards by the caller.
   */
  protected recordExit(exitCode: number): void {
    if (this.exited) return;
    this.exitCode = exitCode;
    this.exitedAt = Date.now() / 1000;
    this.termination.cancel();
    // DaemonState.sessionExited runs before `exited` is emitted, so the observation
    // backends' last events (descendants, files, sockets gone) come before it.
    try {
      this.#onExited?.(this);
    } catch {
      // a hook failure must not break the session
    }
    this.observers.emit({
      category: 0,
      kind: "exited",
      pid: this.pid,
      exitCode,
      timestampMs: Date.now(),
      terminationOutcome: this.terminationOutcome,
    });
    for (const fn of [...this.#exitListeners]) {
      try {
        fn(this);
      } catch {
        // ignore
      }
    }
    this.#exitListeners.clear();
    this.#resolveExit();
  }

  /**
   * Starts the terminate schedule (docs/PROTOCOL.md#terminate): soft signal now, hard kill after
   * `graceMs` if still alive. With `notifyStreams` (single TERMINATE) attached clients immediately
   * get `error: "session terminated by request"`; bulk terminate passes false. No-op once exited.
   */
  terminate(graceMs: number, notifyStreams: boolean): void {
    if (this.exited || this.disposed) return;
    this.termination.start(graceMs);
    if (notifyStreams) this.endAttachments("terminated");
  }

  /** Hard kill without grace (shutdown reaping): SIGKILL to the whole group / tree. */
  kill(): void {
    this.termination.cancel();
    this.hardKill();
  }

  /** Releases listeners, attachments and timers (purge, shutdown). Idempotent. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.termination.cancel();
    this.#listeners.clear();
    this.#exitListeners.clear();
    this.endAttachments(null);
  }
}

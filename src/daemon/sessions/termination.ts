/**
 * The terminate schedule and its outcome (docs/PROTOCOL.md#terminate).
 *
 * A terminate sends the soft signal at once; a timer then waits `grace` and, if the child is
 * still alive, fires the hard kill and sets the `hard_kill_fired` flag. The outcome:
 *
 * | outcome | when |
 * |---|---|
 * | `UNSPECIFIED` (0) | the session is still live |
 * | `NATURAL_EXIT` (1) | it exited and no terminate was ever requested |
 * | `SOFT_EXIT` (2) | terminate requested, no hard kill, and `exited_at − requested_at ≤ grace + 0.25 s` |
 * | `HARD_KILLED` (3) | the hard kill fired, or the exit came later than that window |
 *
 * @example
 * ```ts
 * import { classifyTermination } from "./termination.ts";
 * console.log(classifyTermination({ exitedAt: 10.5, requestedAt: 10, graceMs: 1000, hardKillFired: false })); // 2
 * console.log(classifyTermination({ exitedAt: 12, requestedAt: 10, graceMs: 1000, hardKillFired: false })); // 3
 * ```
 *
 * @module
 */
import { TerminationOutcome } from "../../../proto_gen/daemon_pb.ts";

/** Longest delay a JavaScript timer holds (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 0x7fff_ffff;

/**
 * Calls `fn` after `ms` milliseconds, for any `ms` (a `uint32` grace of a peer can be 49 days):
 * delays past {@link MAX_TIMER_MS} are chained timers instead of overflowing into an immediate
 * call. Negative, NaN or non-finite delays: 0 ms, and `Infinity` never fires.
 *
 * @param fn the callback
 * @param ms the delay
 * @returns a function cancelling the call
 *
 * @example
 * ```ts
 * import { setLongTimeout } from "./termination.ts";
 * const cancel = setLongTimeout(() => console.log("49 days later"), 2 ** 32 - 1);
 * cancel();
 * ```
 */
export function setLongTimeout(fn: () => void, ms: number): () => void {
  if (ms === Infinity) return () => {};
  const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
  const deadline = performance.now() + delay;
  let timer: ReturnType<typeof setTimeout>;
  const arm = (left: number) => {
    timer = setTimeout(() => {
      const rest = deadline - performance.now();
      if (rest > 1) arm(rest);
      else fn();
    }, Math.min(left, MAX_TIMER_MS));
  };
  arm(delay);
  return () => clearTimeout(timer);
}

/** Grace of a single TERMINATE_* request whose `grace_ms` is 0. */
export const DEFAULT_TERMINATE_GRACE_MS = 2000;
/** Slack added to the grace when telling a soft exit from a late one (seconds). */
export const SOFT_EXIT_SLACK_S = 0.25;

/** Inputs of {@link classifyTermination}. */
export interface TerminationFacts {
  /** Unix seconds of the exit; `undefined` while live. */
  exitedAt: number | undefined;
  /** Unix seconds of the (first) terminate request; `undefined` when none. */
  requestedAt: number | undefined;
  /** Grace of that request (ms). */
  graceMs: number;
  /** Whether the hard kill fired. */
  hardKillFired: boolean;
}

/**
 * Computes the `TerminationOutcome` number.
 *
 * @param f the facts
 * @returns 0 (live), 1 (natural), 2 (soft) or 3 (hard)
 */
export function classifyTermination(f: TerminationFacts): number {
  if (f.exitedAt === undefined) return TerminationOutcome.TERMINATION_OUTCOME_UNSPECIFIED;
  if (f.requestedAt === undefined) return TerminationOutcome.TERMINATION_OUTCOME_NATURAL_EXIT;
  if (f.hardKillFired) return TerminationOutcome.TERMINATION_OUTCOME_HARD_KILLED;
  return f.exitedAt - f.requestedAt <= f.graceMs / 1000 + SOFT_EXIT_SLACK_S
    ? TerminationOutcome.TERMINATION_OUTCOME_SOFT_EXIT
    : TerminationOutcome.TERMINATION_OUTCOME_HARD_KILLED;
}

/** What a {@link TerminationSchedule} does to the child. */
export interface TerminationActions {
  /** Sends the soft signal. */
  soft(): void;
  /** Applies the hard kill. */
  hard(): void;
  /** True once the child exited. */
  exited(): boolean;
}

/** The terminate state of one session. */
export class TerminationSchedule {
  /** Unix seconds of the first terminate request. */
  requestedAt: number | undefined;
  /** Grace of the first request (ms). */
  graceMs = 0;
  /** True once the hard kill fired. */
  hardKillFired = false;
  #cancelTimer: (() => void) | undefined;
  #actions: TerminationActions;

  /**
   * Creates an idle schedule.
   *
   * @param actions how to signal the child
   */
  constructor(actions: TerminationActions) {
    this.#actions = actions;
  }

  /**
   * Starts the schedule: soft signal now, hard kill after `graceMs` if still alive. A later
   * request while one is pending re-sends the soft signal and keeps the first deadline.
   *
   * @param graceMs grace before the hard kill (any length: long graces chain timers, see
   *   {@link setLongTimeout})
   */
  start(graceMs: number): void {
    if (this.#actions.exited()) return;
    if (this.requestedAt === undefined) {
      this.requestedAt = Date.now() / 1000;
      this.graceMs = graceMs;
      this.#cancelTimer = setLongTimeout(() => {
        this.#cancelTimer = undefined;
        if (this.#actions.exited()) return;
        this.hardKillFired = true;
        this.#actions.hard();
      }, graceMs);
    }
    this.#actions.soft();
  }

  /** The outcome for an exit at `exitedAt` (undefined while live). */
  outcome(exitedAt: number | undefined): number {
    return classifyTermination({
      exitedAt,
      requestedAt: this.requestedAt,
      graceMs: this.graceMs,
      hardKillFired: this.hardKillFired,
    });
  }

  /** Cancels a pending hard kill (the child exited, or the session is disposed). */
  cancel(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
  }
}

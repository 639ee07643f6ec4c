/**
 * One budget for the backlogs that exited sessions keep. An exited session keeps its output
 * (up to 1 MiB per stream) until it is purged, so that `GET_SESSION_BACKLOG` and a late
 * attach can still read it; a service that runs many commands and never purges would
 * otherwise grow the daemon by a megabyte per command. Past {@link EXITED_BACKLOG_BUDGET_BYTES}
 * in all, the backlogs of the sessions that exited first are dropped (their bytes then count
 * as missed), the sessions themselves (exit code, command, times) stay listed.
 *
 * @module
 */
import type { ByteRing } from "./ring_buffer.ts";

/** Bytes of backlog that exited sessions keep in all. */
export const EXITED_BACKLOG_BUDGET_BYTES = 64 * 1024 * 1024;

/** What the budget needs of a session. */
export interface BacklogHolder {
  /** Its backlog rings. */
  backlogs(): ByteRing[];
}

/**
 * The exited sessions' backlogs, oldest exit first.
 *
 * @example
 * ```ts
 * import { ExitedBacklogs } from "./exited_backlogs.ts";
 * import { ByteRing } from "./ring_buffer.ts";
 * const ring = new ByteRing();
 * ring.push(new Uint8Array(10));
 * const budget = new ExitedBacklogs(5);
 * budget.exited({ backlogs: () => [ring] }, () => true);
 * console.log(ring.length, ring.bytesDropped); // 0 10
 * ```
 */
export class ExitedBacklogs {
  readonly budgetBytes: number;
  #held: { holder: BacklogHolder; live: () => boolean }[] = [];

  /** @param budgetBytes bytes kept in all */
  constructor(budgetBytes: number = EXITED_BACKLOG_BUDGET_BYTES) {
    this.budgetBytes = budgetBytes;
  }

  /**
   * Counts a session that just exited, then drops the oldest backlogs while the total is
   * over the budget.
   *
   * @param holder the session
   * @param live whether the session is still held by the daemon (false once purged)
   */
  exited(holder: BacklogHolder, live: () => boolean): void {
    this.#held = this.#held.filter((h) => h.live());
    this.#held.push({ holder, live });
    let total = 0;
    for (const h of this.#held) for (const r of h.holder.backlogs()) total += r.allocated;
    while (total > this.budgetBytes && this.#held.length > 0) {
      const oldest = this.#held.shift()!;
      for (const r of oldest.holder.backlogs()) {
        total -= r.allocated;
        r.release();
      }
    }
  }
}

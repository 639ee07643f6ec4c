/**
 * Session ids as upstream makes them (docs/PROTOCOL.md#sessions): `<prefix>-<wall-clock nanoseconds as
 * 16 lower-case hex digits>-<per-registry counter as 8 lower-case hex digits>`, the counter
 * starting at 1. They are not UUIDs, whatever the proto comment says.
 *
 * @example
 * ```ts
 * import { SessionIdGenerator } from "./session_id.ts";
 * const ids = new SessionIdGenerator("pipe");
 * console.log(ids.next()); // e.g. pipe-18a3f2c4d5e6f708-00000001
 * ```
 *
 * @module
 */

/** Wall-clock nanoseconds since the Unix epoch, truncated to 64 bits. */
export function wallClockNanos(): bigint {
  const ms = Date.now();
  // Sub-millisecond digits from the monotonic clock keep ids of one millisecond apart.
  const sub = Math.floor((performance.now() % 1) * 1e6);
  return BigInt.asUintN(64, BigInt(ms) * 1_000_000n + BigInt(sub));
}

/** Generates the ids of one registry (`pty` or `pipe`). */
export class SessionIdGenerator {
  /** `pty` or `pipe`. */
  readonly prefix: string;
  #counter = 0;

  /**
   * Creates a generator whose counter starts at 1.
   *
   * @param prefix id prefix (`pty` or `pipe`)
   */
  constructor(prefix: string) {
    this.prefix = prefix;
  }

  /** The next id. */
  next(): string {
    this.#counter = (this.#counter + 1) >>> 0;
    const ns = wallClockNanos().toString(16).padStart(16, "0");
    const n = this.#counter.toString(16).padStart(8, "0");
    return `${this.prefix}-${ns}-${n}`;
  }
}

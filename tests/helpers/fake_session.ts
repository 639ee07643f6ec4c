/**
 * A session object without a child process, for benchmarks: it owns real observer
 * subscriptions, so the daemon's observer RPCs and streams run unchanged against it.
 *
 * @module
 */
import { SessionObservers } from "../../src/daemon/observers/observer_registry.ts";
import type { SessionBase } from "../../src/daemon/types.ts";

/** Creates a live pipe-kind session with pid `pid` and id `pipe-<16 hex>-<8 hex>`. */
export function fakeSession(pid = 4242): SessionBase {
  return {
    id: `pipe-${Date.now().toString(16).padStart(16, "0")}-00000001`,
    kind: "pipe",
    pid,
    originator: "bench",
    createdAt: Date.now() / 1000,
    exited: false,
    observers: new SessionObservers(),
    terminate() {},
    kill() {},
    dispose() {},
    backlogs: () => [],
  };
}

/**
 * GET_OBSERVER_CAPABILITIES (82, our extension): what each event category can deliver on
 * this machine, graded honestly (`supported`, `partial`, `unavailable`) with the backend's
 * name and the reason.
 *
 * @module
 */
import process from "node:process";
import { RequestType } from "../../../proto_gen/daemon_pb.ts";
import type { DaemonState, Handler } from "../types.ts";
import { procfsAvailable } from "../observers/poller.ts";

/** One category's capability. */
export interface CategoryCapability {
  category: number;
  support: "supported" | "partial" | "unavailable";
  backend: string;
  reason: string;
}

/** The capability matrix for a poll interval (ms). */
export function observerCapabilities(intervalMs: number): CategoryCapability[] {
  const lifecycle: CategoryCapability = {
    category: 0,
    support: "supported",
    backend: "daemon",
    reason: "started and exited are emitted by the daemon for every session",
  };
  if (!procfsAvailable()) {
    const reason = `no Linux /proc on this platform (${process.platform})`;
    return [
      lifecycle,
      { category: 1, support: "unavailable", backend: "none", reason },
      { category: 2, support: "unavailable", backend: "none", reason },
      { category: 3, support: "unavailable", backend: "none", reason },
    ];
  }
  const sampled = `sampled at most every ${intervalMs} ms; anything that lives shorter ` +
    "than the interval may be missed";
  return [
    lifecycle,
    {
      category: 1,
      support: "partial",
      backend: "procfs-fd-poll",
      reason: `opens and closes from /proc/<pid>/fd, write byte counts from fdinfo pos; ${sampled}`,
    },
    {
      category: 2,
      support: "partial",
      backend: "procfs-net-poll",
      reason: `socket inodes matched against /proc/net/{tcp,tcp6,udp,udp6,unix}; ${sampled}`,
    },
    {
      category: 3,
      support: "partial",
      backend: "procfs-children-poll",
      reason: `descendants from /proc/<pid>/task/*/children; ${sampled}`,
    },
  ];
}

/** The handler module for type 82. */
export function capabilityHandlers(
  state: DaemonState,
  intervalMs: number,
): Map<number, Handler> {
  return new Map<number, Handler>([
    [RequestType.REQUEST_TYPE_GET_OBSERVER_CAPABILITIES, () => ({
      getObserverCapabilities: {
        scope: state.scope ?? "global",
        categories: observerCapabilities(intervalMs),
      },
    })],
  ]);
}

/**
 * Picks the socket transport for the current runtime: Bun's if `globalThis.Bun` exists,
 * else Deno's if `globalThis.Deno` exists, else `node:net`. A caller may supply its own
 * {@link TransportFactory} instead.
 *
 * @example
 * ```ts
 * import { connectTransport } from "./auto.ts";
 * await using t = await connectTransport({ kind: "unix", path: "/tmp/x.sock" }, { timeoutMs: 1000 });
 * ```
 *
 * @module
 */

import { connectBun } from "./adapters/bun.ts";
import { connectDeno } from "./adapters/deno.ts";
import { connectNode } from "./adapters/node.ts";
import { detectRuntime } from "./runtime.ts";
import type { ConnectOptions, Endpoint, Transport, TransportFactory } from "./transport.ts";

/**
 * Options of {@link connectTransport}.
 *
 * @example
 * ```ts
 * import type { ConnectTransportOptions } from "./auto.ts";
 * import { connectNode } from "./adapters/node.ts";
 * const opts: ConnectTransportOptions = { timeoutMs: 5000, factory: connectNode };
 * ```
 */
export interface ConnectTransportOptions extends ConnectOptions {
  /** Use this factory instead of the runtime's default. */
  factory?: TransportFactory;
}

/**
 * The runtime's default transport factory (`connectBun`, `connectDeno` or `connectNode`).
 *
 * @example
 * ```ts
 * import { defaultTransportFactory } from "./auto.ts";
 * const connect = defaultTransportFactory();
 * const t = await connect({ kind: "unix", path: "/tmp/x.sock" });
 * ```
 */
export function defaultTransportFactory(): TransportFactory {
  switch (detectRuntime()) {
    case "bun":
      return connectBun;
    case "deno":
      return connectDeno;
    default:
      return connectNode;
  }
}

/**
 * Connects to `endpoint` with `options.factory` or the runtime's default transport; see
 * {@link TransportFactory} for the failure modes.
 *
 * @example
 * ```ts
 * import { connectTransport } from "./auto.ts";
 * const ac = new AbortController();
 * const t = await connectTransport(
 *   { kind: "unix", path: "/run/user/1000/running-process/daemon.sock" },
 *   { timeoutMs: 10_000, signal: ac.signal },
 * );
 * await t.close();
 * ```
 */
export function connectTransport(
  endpoint: Endpoint,
  options: ConnectTransportOptions = {},
): Promise<Transport> {
  const { factory, ...rest } = options;
  return (factory ?? defaultTransportFactory())(endpoint, rest);
}

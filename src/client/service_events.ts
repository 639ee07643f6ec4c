/**
 * The live service event stream (ATTACH_SERVICE_EVENTS, our extension): lifecycle events
 * (started, exited with its code, restarting with its delay, errored, stopped) and log lines
 * of supervised services, on a connection of its own.
 *
 * @module
 */
import { openAttach } from "./attach.ts";
import type { DaemonClientOptions } from "./connection.ts";
import { ConnectionClosedError, ProtocolError } from "../errors.ts";
import {
  decodeServiceEventFrame,
  type ServiceEvent,
  type ServiceState,
} from "../../proto_gen/daemon_pb.ts";

/**
 * An open ATTACH_SERVICE_EVENTS stream.
 *
 * @example
 * ```ts
 * import type { ServiceEventStream } from "@rp/running-process";
 * async function print(s: ServiceEventStream) {
 *   for await (const e of s.events) console.log(e.kind, e.name);
 * }
 * ```
 */
export interface ServiceEventStream extends AsyncDisposable {
  /** The matching services at attach time. */
  services: ServiceState[];
  /** The events, in order; ends when the daemon closes the stream or the signal aborts. */
  events: AsyncGenerator<ServiceEvent>;
  /** Closes the stream's connection. */
  close(): Promise<void>;
}

/**
 * Opens ATTACH_SERVICE_EVENTS (120, our extension) on a connection of its own.
 *
 * @param options where to connect (a client's options)
 * @param p target (`""` = every service), `lifecycle`, `logs`
 * @param signal closes the stream
 * @returns the stream
 */
export async function openServiceEvents(
  options: DaemonClientOptions,
  p: { target?: string; lifecycle?: boolean; logs?: boolean },
  signal?: AbortSignal,
): Promise<ServiceEventStream> {
  const { response, connection: conn } = await openAttach(options, "attachServiceEvents", {
    target: p.target ?? "",
    logs: p.logs ?? false,
    lifecycle: p.lifecycle ?? false,
  }, { signal });
  let closing = false;
  const close = () => {
    closing = true;
    return conn.close().catch(() => {});
  };
  signal?.addEventListener("abort", () => void close(), { once: true });
  const services: ServiceState[] = response.services ?? [];
  async function* events(): AsyncGenerator<ServiceEvent> {
    for (;;) {
      let f: Uint8Array | undefined;
      try {
        f = await conn.readFrame(signal);
      } catch (e) {
        if (signal?.aborted || closing) return;
        throw e;
      }
      if (!f) {
        if (signal?.aborted || closing) return;
        // Not `closed`: the daemon went away; the iteration must not look complete.
        throw new ConnectionClosedError("the daemon closed the service event stream");
      }
      const fr = decodeServiceEventFrame(f).frame;
      if (!fr) continue;
      if (fr.case === "events") { for (const e of fr.value.events) yield e; }
      else if (fr.case === "error") throw new ProtocolError(fr.value);
      else if (fr.case === "closed") return;
    }
  }
  return { services, events: events(), close, [Symbol.asyncDispose]: close };
}

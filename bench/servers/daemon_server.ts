/**
 * Benchmark server process: our daemon on a given socket, with one fake session and a
 * bench-only request type (1000, N in `client_name`) that makes the session emit N lifecycle
 * events as fast as the subscriptions allow. Prints one JSON line `{ "sessionId": … }` when ready.
 *
 * Usage: <runtime> bench/servers/daemon_server.ts <socket path>
 *
 * @module
 */
import process from "node:process";
import { serve } from "../../src/daemon/server.ts";
import type { DaemonState, Handler } from "../../src/daemon/types.ts";
import { fakeSession } from "../../tests/helpers/fake_session.ts";

const path = process.argv[2];
const session = fakeSession();
const emitModule = (state: DaemonState) => {
  state.pipeSessions.set(session.id, session);
  return new Map<number, Handler>([[1000, async ({ request }) => {
    const n = Number(request.clientName) || 0; // bench-only: N is carried in client_name
    const obs = session.observers;
    const ts = Date.now();
    for (let i = 0; i < n; i++) {
      obs.emit({ category: 0, kind: "exited", pid: 4242, exitCode: 0, timestampMs: ts });
      if ((i & 4095) === 4095) await obs.flushed();
    }
    await obs.flushed();
    return { ping: { serverTimeMs: Date.now() } };
  }]]);
};
const daemon = await serve({ socketPath: path, modules: [emitModule] });
console.log(JSON.stringify({ sessionId: session.id, socketPath: daemon.socketPath }));
process.on("SIGTERM", () => void daemon.shutdown().then(() => process.exit(0)));
await daemon.finished;
process.exit(0);

// A daemon in its own process, for restart tests: `<runtime> serve_child.ts SOCKET DBPATH`.
// Prints "ready" once it listens.
import process from "node:process";
import { serve } from "../../src/daemon/server.ts";

const [socketPath, dbPath] = process.argv.slice(-2);
const ac = new AbortController();
process.on("SIGTERM", () => ac.abort());
const daemon = await serve({ socketPath, dbPath, signal: ac.signal });
process.stdout.write("ready\n");
await daemon.finished;
process.exit(0);

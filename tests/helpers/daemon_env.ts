// Fixtures shared by the daemon stream tests: a fresh in-process daemon with a connected
// client, and an in-memory AttachIO that records what an attachment writes.
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { DaemonClient } from "../../src/client/daemon_client.ts";
import { type DaemonServer, serve } from "../../src/daemon/server.ts";
import type { AttachIO } from "../../src/daemon/types.ts";

/** A daemon on a temp socket, a client connected to it, and the temp folder. */
export interface DaemonEnv {
  server: DaemonServer;
  client: DaemonClient;
  dir: string;
}

/** Runs `fn` against a fresh daemon on a temp socket; always shuts it down. */
export async function withDaemon(fn: (e: DaemonEnv) => Promise<void>): Promise<void> {
  const dir = realpathSync(mkdtempSync("/tmp/rp-"));
  const server = await serve({ socketPath: `${dir}/d/s.sock`, dbPath: `${dir}/t.json` });
  let client: DaemonClient | undefined;
  try {
    client = await DaemonClient.connect({ socketPath: server.socketPath });
    await fn({ server, client, dir });
  } finally {
    await client?.close().catch(() => {});
    await server.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An AttachIO that records a copy of every write; no inbound frame ever arrives. */
export function recordingAttachIO(): { io: AttachIO; writes: Uint8Array[] } {
  const writes: Uint8Array[] = [];
  let close!: () => void;
  const closed = new Promise<void>((r) => (close = r));
  const io: AttachIO = {
    writeFrame: () => Promise.resolve(),
    write: (b) => {
      writes.push(b.slice());
      return Promise.resolve();
    },
    frames: {
      [Symbol.asyncIterator]: () => ({
        next: () => closed.then(() => ({ done: true, value: undefined })),
      }),
    } as AsyncIterable<Uint8Array>,
    close: () => {
      close();
      return Promise.resolve();
    },
    closed,
  };
  return { io, writes };
}

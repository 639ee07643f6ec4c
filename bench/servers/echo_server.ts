/**
 * The limit for the RPC benchmark: a framed echo server on a Unix socket, in its own process,
 * using the same listener and transport code as the daemon. Every frame is sent back as is.
 * With `--stream N SIZE`, a connection that sends any frame gets N frames of SIZE bytes
 * instead (the limit for the event-stream benchmark).
 *
 * @module
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import process from "node:process";
import { FrameDecoder } from "../../src/frame.ts";
import { listenUnix } from "../../src/transport/listen.ts";

const path = process.argv[2];
mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
const listener = await listenUnix(path);
console.log(JSON.stringify({ socketPath: path }));
process.on("SIGTERM", () => void listener.close().then(() => process.exit(0)));
for await (const t of listener) {
  void (async () => {
    const dec = new FrameDecoder(16 << 20);
    try {
      for await (const chunk of t) {
        dec.push(chunk);
        const out: Uint8Array[] = [];
        let n = 0;
        for (let f = dec.next(); f !== undefined; f = dec.next()) {
          if (f.length === 9 && f[0] === 0xee) {
            // stream request: [0xee, count u32 BE, size u32 BE]: send `count` frames of `size`
            // bytes, 16 frames per write (the daemon batches likewise).
            const dv = new DataView(f.buffer, f.byteOffset);
            const count = dv.getUint32(1);
            const size = dv.getUint32(5);
            const group = new Uint8Array((size + 4) * 16);
            for (let i = 0; i < 16; i++) new DataView(group.buffer).setUint32(i * (size + 4), size);
            for (let sent = 0; sent < count; sent += 16) {
              const k = Math.min(16, count - sent);
              await t.write(k === 16 ? group : group.subarray(0, k * (size + 4)));
            }
            continue;
          }
          const framed = new Uint8Array(f.length + 4);
          new DataView(framed.buffer).setUint32(0, f.length);
          framed.set(f, 4);
          out.push(framed);
          n += framed.length;
        }
        if (out.length === 1) await t.write(out[0]);
        else if (out.length > 1) {
          const all = new Uint8Array(n);
          let o = 0;
          for (const b of out) {
            all.set(b, o);
            o += b.length;
          }
          await t.write(all);
        }
      }
    } catch { /* client gone */ }
    await t.close();
  })();
}

/**
 * The main job (protocol-layer stage): encode a PING request, frame it with the daemon's
 * 4-byte big-endian length prefix, print the bytes in hex, then decode them back.
 *
 * @module
 */
import {
  decodeDaemonRequest,
  RequestType,
  toJsonDaemonRequest,
  Writer,
  writeDaemonRequest,
} from "../mod.ts";

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");

const w = new Writer();
w.pos = 4; // leave room for the length prefix, then encode straight into the same buffer
writeDaemonRequest(w, {
  id: 1,
  type: RequestType.REQUEST_TYPE_REGISTER_SESSION_OBSERVER,
  protocolVersion: 1,
  clientName: "demo",
  registerSessionObserver: {
    sessionId: "pipe-18a3f2c4d5e6f708-00000001",
    sessionKind: 2,
    categories: [0, 3],
    ringCapacityEvents: 4096,
    backpressure: 1,
  },
});
const frame = w.view();
new DataView(frame.buffer, frame.byteOffset).setUint32(0, frame.length - 4);
console.log(`frame (${frame.length} bytes):\n${hex(frame)}`);
const len = new DataView(frame.buffer, frame.byteOffset).getUint32(0);
const back = decodeDaemonRequest(frame.subarray(4, 4 + len));
console.log("decoded:", JSON.stringify(toJsonDaemonRequest(back), null, 2));

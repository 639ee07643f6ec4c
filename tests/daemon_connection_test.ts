// One daemon connection driven over an in-memory transport: responses are framed by the shared
// frame writer, and a response above the daemon's frame cap is replaced by an INTERNAL answer
// naming the cap, without disturbing the responses around it.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  decodeDaemonResponse,
  encodeDaemonRequest,
  RequestType,
  StatusCode,
} from "../proto_gen/daemon_pb.ts";
import { DAEMON_MAX_FRAME, encodeFrame, FrameDecoder } from "../src/frame.ts";
import { serveConnection } from "../src/daemon/connection/connection.ts";
import type { Handler } from "../src/daemon/types.ts";
import type { Transport } from "../src/transport/transport.ts";

/** A transport whose inbound bytes are given up front and whose writes are collected. */
function memoryTransport(inbound: Uint8Array[]): { t: Transport; written: Uint8Array[] } {
  const written: Uint8Array[] = [];
  let closeIt!: () => void;
  const closed = new Promise<void>((r) => (closeIt = r));
  const t: Transport = {
    endpoint: { kind: "unix", path: "/memory" } as Transport["endpoint"],
    write(bytes) {
      written.push(bytes.slice());
      return Promise.resolve();
    },
    close() {
      closeIt();
      return Promise.resolve();
    },
    closed,
    async *[Symbol.asyncIterator]() {
      for (const chunk of inbound) yield chunk;
      await closed; // the client stays connected until the daemon closes
    },
    [Symbol.asyncDispose]() {
      return t.close();
    },
  };
  return { t, written };
}

test("a response above the frame cap becomes INTERNAL; its neighbours are intact", async () => {
  const huge = "x".repeat(DAEMON_MAX_FRAME + 10);
  const ping: Handler = (ctx) => ({
    requestId: ctx.request.id,
    code: StatusCode.STATUS_CODE_OK,
    message: Number(ctx.request.id) === 2 ? huge : "small",
  });
  const req = (id: bigint) =>
    encodeFrame(
      encodeDaemonRequest({ id, type: RequestType.REQUEST_TYPE_PING, protocolVersion: 1 }),
    );
  const joined = new Uint8Array([...req(1n), ...req(2n), ...req(3n)]);
  const { t, written } = memoryTransport([joined]);
  const served = serveConnection(t, {
    handlers: new Map([[RequestType.REQUEST_TYPE_PING, ping]]),
    shuttingDown: () => false,
    startShutdown: () => {},
    idleTimeoutMs: 200,
  });
  await served;
  const dec = new FrameDecoder(DAEMON_MAX_FRAME);
  for (const w of written) dec.push(w);
  const got = [];
  for (let f = dec.next(); f !== undefined; f = dec.next()) got.push(decodeDaemonResponse(f));
  assert.deepEqual(got.map((r) => Number(r.requestId)), [1, 2, 3]);
  assert.deepEqual(got.map((r) => r.code), [
    StatusCode.STATUS_CODE_OK,
    StatusCode.STATUS_CODE_INTERNAL,
    StatusCode.STATUS_CODE_OK,
  ]);
  assert.match(got[1].message, new RegExp(`exceeds the ${DAEMON_MAX_FRAME}-byte frame cap`));
  assert.equal(got[2].message, "small");
  assert.equal(dec.buffered, 0);
});

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  beginFrame,
  CLIENT_MAX_INBOUND_FRAME,
  DAEMON_MAX_FRAME,
  encodeFrame,
  endFrame,
  FRAME_HEADER_BYTES,
  FrameDecoder,
  readFramePrefix,
  writeFramePrefix,
} from "../src/frame.ts";
import { Writer } from "../src/wire.ts";
import {
  AbortError,
  ConnectError,
  ConnectionClosedError,
  DaemonError,
  FrameTooLargeError,
  ProtocolError,
  RunningProcessError,
  statusCodeName,
  TimeoutError,
  UnsupportedError,
  ValidationError,
} from "../src/errors.ts";
import { concat } from "./helpers/bytes.ts";

function payload(n: number, seed = 0): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

function drain(dec: FrameDecoder): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let f = dec.next(); f !== undefined; f = dec.next()) out.push(f);
  return out;
}

describe("constants", () => {
  test("sizes", () => {
    assert.equal(FRAME_HEADER_BYTES, 4);
    assert.equal(CLIENT_MAX_INBOUND_FRAME, 16_777_216);
    assert.equal(DAEMON_MAX_FRAME, 4_194_304);
  });
});

describe("encodeFrame / prefixes", () => {
  test("big-endian prefix plus payload, owned copy", () => {
    const p = new Uint8Array([0xaa, 0xbb]);
    const f = encodeFrame(p);
    assert.deepEqual([...f], [0, 0, 0, 2, 0xaa, 0xbb]);
    p[0] = 0;
    assert.equal(f[4], 0xaa);
  });

  test("zero-length frame", () => {
    assert.deepEqual([...encodeFrame(new Uint8Array(0))], [0, 0, 0, 0]);
  });

  test("writeFramePrefix / readFramePrefix round-trip", () => {
    const buf = new Uint8Array(8);
    for (const n of [0, 1, 255, 256, 65_536, 0x01020304, 0xffffffff]) {
      writeFramePrefix(buf, 3, n);
      assert.equal(readFramePrefix(buf, 3), n);
    }
    writeFramePrefix(buf, 0, 0x01020304);
    assert.deepEqual([...buf.subarray(0, 4)], [1, 2, 3, 4]);
  });

  test("writeFramePrefix rejects bad arguments", () => {
    const buf = new Uint8Array(4);
    assert.throws(() => writeFramePrefix(buf, 1, 5), ValidationError);
    assert.throws(() => writeFramePrefix(buf, 0, -1), ValidationError);
    assert.throws(() => writeFramePrefix(buf, 0, 1.5), ValidationError);
    assert.throws(() => writeFramePrefix(buf, 0, 2 ** 32), FrameTooLargeError);
    assert.throws(() => readFramePrefix(buf, 1), ValidationError);
  });
});

describe("FrameDecoder", () => {
  test("rejects an invalid cap", () => {
    assert.throws(() => new FrameDecoder(-1), ValidationError);
    assert.throws(() => new FrameDecoder(2 ** 32), ValidationError);
  });

  test("a frame inside one chunk is a zero-copy view", () => {
    const dec = new FrameDecoder(1024);
    const chunk = encodeFrame(payload(10));
    dec.push(chunk);
    const f = dec.next()!;
    assert.deepEqual(f, payload(10));
    assert.equal(f.buffer, chunk.buffer);
    assert.equal(dec.next(), undefined);
    assert.equal(dec.buffered, 0);
  });

  test("frames split at every byte boundary", () => {
    const frames = [payload(0), payload(1, 1), payload(7, 2), payload(300, 3), payload(2, 4)];
    const wire = concat(frames.map(encodeFrame));
    for (let cut = 0; cut <= wire.length; cut++) {
      const dec = new FrameDecoder(1024);
      dec.push(wire.slice(0, cut));
      const got = drain(dec);
      dec.push(wire.slice(cut));
      got.push(...drain(dec));
      assert.deepEqual(got, frames, `cut at ${cut}`);
      assert.equal(dec.buffered, 0);
    }
    // Two cuts: every pair over a smaller stream.
    const small = concat([payload(3, 9), payload(0), payload(5, 8)].map(encodeFrame));
    for (let a = 0; a <= small.length; a++) {
      for (let b = a; b <= small.length; b++) {
        const dec = new FrameDecoder(64);
        const got: Uint8Array[] = [];
        for (const part of [small.slice(0, a), small.slice(a, b), small.slice(b)]) {
          dec.push(part);
          got.push(...drain(dec));
        }
        assert.deepEqual(got, [payload(3, 9), payload(0), payload(5, 8)], `cuts ${a},${b}`);
      }
    }
  });

  test("one byte at a time", () => {
    const frames = [payload(5), payload(0), payload(1000, 7)];
    const wire = concat(frames.map(encodeFrame));
    const dec = new FrameDecoder(2000);
    const got: Uint8Array[] = [];
    for (let i = 0; i < wire.length; i++) {
      dec.push(wire.slice(i, i + 1));
      got.push(...drain(dec));
    }
    assert.deepEqual(got, frames);
  });

  test("many frames coalesced in one chunk", () => {
    const frames = Array.from({ length: 1000 }, (_, i) => payload(i % 17, i));
    const wire = concat(frames.map(encodeFrame));
    const dec = new FrameDecoder(1024);
    dec.push(wire);
    assert.deepEqual(drain(dec), frames);
  });

  test("zero-length frames, alone and in a row", () => {
    const dec = new FrameDecoder(0);
    dec.push(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    assert.deepEqual(dec.next(), new Uint8Array(0));
    assert.deepEqual(dec.next(), new Uint8Array(0));
    assert.equal(dec.next(), undefined);
    assert.equal(dec.buffered, 2);
    dec.push(new Uint8Array([0, 0]));
    assert.deepEqual(dec.next(), new Uint8Array(0));
  });

  test("frames stay valid after later pushes (spanning frames are copies)", () => {
    const dec = new FrameDecoder(1024);
    const wire = concat([payload(50, 1), payload(50, 2)].map(encodeFrame));
    const a = wire.slice(0, 30), b = wire.slice(30, 80), c = wire.slice(80);
    dec.push(a);
    dec.push(b);
    const f1 = dec.next()!;
    assert.notEqual(f1.buffer, a.buffer);
    assert.notEqual(f1.buffer, b.buffer);
    dec.push(c);
    const f2 = dec.next()!;
    assert.deepEqual(f1, payload(50, 1));
    assert.deepEqual(f2, payload(50, 2));
  });

  test("buffered and pendingFrameLength describe a partial frame", () => {
    const dec = new FrameDecoder(1024);
    dec.push(new Uint8Array([0, 0]));
    assert.equal(dec.next(), undefined);
    assert.equal(dec.buffered, 2);
    assert.equal(dec.pendingFrameLength, undefined);
    dec.push(new Uint8Array([0, 10, 1, 2, 3]));
    assert.equal(dec.next(), undefined);
    assert.equal(dec.buffered, 7);
    assert.equal(dec.pendingFrameLength, 10);
  });

  test("16 MiB exactly is accepted as a header", () => {
    const dec = new FrameDecoder(CLIENT_MAX_INBOUND_FRAME);
    const header = new Uint8Array(4);
    writeFramePrefix(header, 0, CLIENT_MAX_INBOUND_FRAME);
    dec.push(header);
    assert.equal(dec.next(), undefined);
    assert.equal(dec.pendingFrameLength, CLIENT_MAX_INBOUND_FRAME);
  });

  test("a full 16 MiB frame decodes", () => {
    const dec = new FrameDecoder(CLIENT_MAX_INBOUND_FRAME);
    const body = payload(CLIENT_MAX_INBOUND_FRAME, 5);
    const wire = encodeFrame(body);
    for (let o = 0; o < wire.length; o += 65_536) dec.push(wire.slice(o, o + 65_536));
    const f = dec.next()!;
    assert.equal(f.length, CLIENT_MAX_INBOUND_FRAME);
    assert.ok(f.every((v, i) => v === body[i]));
  });

  test("16 MiB + 1 and 0xFFFFFFFF are rejected before any allocation", () => {
    for (const n of [CLIENT_MAX_INBOUND_FRAME + 1, 0xffffffff]) {
      const dec = new FrameDecoder(CLIENT_MAX_INBOUND_FRAME);
      const header = new Uint8Array(4);
      writeFramePrefix(header, 0, n);
      // Only the header arrives: the error must come from the prefix alone, split or not.
      dec.push(header.slice(0, 1));
      assert.equal(dec.next(), undefined);
      dec.push(header.slice(1));
      const check = (e: unknown) => {
        assert.ok(e instanceof FrameTooLargeError);
        assert.equal(e.size, n);
        assert.equal(e.limit, CLIENT_MAX_INBOUND_FRAME);
        assert.equal(e.code, "FRAME_TOO_LARGE");
        assert.equal(e.message, `frame length ${n} exceeds cap 16777216`);
        return true;
      };
      assert.throws(() => dec.next(), check);
      // The decoder stays failed: the stream cannot be resynchronised.
      assert.throws(() => dec.next(), check);
    }
  });

  test("the 0xFFFFFFFF message is exact", () => {
    const dec = new FrameDecoder(CLIENT_MAX_INBOUND_FRAME);
    dec.push(new Uint8Array([0xff, 0xff, 0xff, 0xff]));
    assert.throws(() => dec.next(), { message: "frame length 4294967295 exceeds cap 16777216" });
  });

  test("a long frame over many chunks: exact bytes, neighbours intact, buffered exact", () => {
    const frames = [payload(5, 1), payload(200_000, 2), payload(0), payload(70_000, 3)];
    const wire = concat(frames.map(encodeFrame));
    for (const size of [1, 7, 4093, 65_536, 200_003]) {
      const dec = new FrameDecoder(CLIENT_MAX_INBOUND_FRAME);
      const got: Uint8Array[] = [];
      let returned = 0;
      for (let o = 0; o < wire.length; o += size) {
        dec.push(wire.slice(o, o + size));
        for (let f = dec.next(); f !== undefined; f = dec.next()) {
          got.push(f);
          returned += 4 + f.length;
        }
        assert.equal(dec.buffered, Math.min(o + size, wire.length) - returned, `size ${size}`);
      }
      assert.deepEqual(got, frames, `chunks of ${size}`);
    }
  });

  test("many small chunks stay fast (no quadratic concat)", () => {
    const frames = Array.from({ length: 200 }, (_, i) => payload(4096, i));
    const wire = concat(frames.map(encodeFrame));
    const dec = new FrameDecoder(CLIENT_MAX_INBOUND_FRAME);
    const t0 = performance.now();
    let count = 0;
    for (let o = 0; o < wire.length; o += 7) {
      dec.push(wire.subarray(o, o + 7));
      while (dec.next() !== undefined) count++;
    }
    assert.equal(count, 200);
    assert.ok(performance.now() - t0 < 2000);
  });
});

describe("errors", () => {
  test("codes, names and fields", () => {
    const cases: [RunningProcessError, string, string][] = [
      [new ConnectError("unix:/x", "gone"), "CONNECT", "ConnectError"],
      [new TimeoutError("t", 5), "TIMEOUT", "TimeoutError"],
      [new FrameTooLargeError(5, 4), "FRAME_TOO_LARGE", "FrameTooLargeError"],
      [new ProtocolError("p"), "PROTOCOL", "ProtocolError"],
      [new ConnectionClosedError("c"), "CONNECTION_CLOSED", "ConnectionClosedError"],
      [new AbortError(), "ABORTED", "AbortError"],
      [new DaemonError(4, "nope"), "DAEMON", "DaemonError"],
      [new UnsupportedError("u"), "UNSUPPORTED", "UnsupportedError"],
      [new ValidationError("v"), "INVALID_ARGUMENT", "ValidationError"],
    ];
    for (const [e, code, name] of cases) {
      assert.ok(e instanceof RunningProcessError);
      assert.ok(e instanceof Error);
      assert.equal(e.code, code);
      assert.equal(e.name, name);
    }
    const c = new ConnectError("unix:/x", "gone", { cause: 1 });
    assert.equal(c.endpoint, "unix:/x");
    assert.equal(c.message, "cannot connect to unix:/x: gone");
    assert.equal(c.cause, 1);
    assert.equal(new TimeoutError("t", 5).timeoutMs, 5);
    assert.equal(
      new FrameTooLargeError(4_194_305, 4_194_304, "outbound").message,
      "outbound frame length 4194305 exceeds cap 4194304",
    );
  });

  test("DaemonError status names, unknown numbers preserved", () => {
    const e = new DaemonError(4, "session not found");
    assert.equal(e.status, 4);
    assert.equal(e.statusName, "STATUS_CODE_NOT_FOUND");
    assert.equal(e.daemonMessage, "session not found");
    assert.equal(e.message, "daemon returned STATUS_CODE_NOT_FOUND (4): session not found");
    const u = new DaemonError(42, "");
    assert.equal(u.status, 42);
    assert.equal(u.statusName, "STATUS_CODE_42");
    assert.equal(u.message, "daemon returned STATUS_CODE_42 (42)");
    assert.equal(statusCodeName(0), "STATUS_CODE_OK");
    assert.equal(statusCodeName(10), "STATUS_CODE_ALREADY_ATTACHED");
    assert.equal(statusCodeName(-1), "STATUS_CODE_-1");
  });
});

describe("beginFrame / endFrame", () => {
  test("frame a payload in place, after what the writer already holds", () => {
    const w = new Writer(0); // the prefix must make the writer grow
    w.uint32(9); // one byte of an earlier frame
    const start = beginFrame(w);
    assert.equal(start, 1);
    w.bytes(new Uint8Array(300));
    assert.equal(endFrame(w, start), 302);
    assert.equal(readFramePrefix(w.buf, start), 302);
    assert.equal(w.pos, 1 + FRAME_HEADER_BYTES + 302);
  });

  test("a payload above the cap is refused and leaves nothing of the frame behind", () => {
    const w = new Writer();
    w.uint32(9);
    const start = beginFrame(w);
    w.bytes(new Uint8Array(DAEMON_MAX_FRAME));
    assert.throws(
      () => endFrame(w, start, DAEMON_MAX_FRAME, "outbound"),
      (e: unknown) =>
        e instanceof FrameTooLargeError && e.limit === DAEMON_MAX_FRAME &&
        e.size === DAEMON_MAX_FRAME + 4 && // + the 4-byte length varint
        /^outbound frame length/.test(e.message),
    );
    assert.equal(w.pos, 1);
    const again = beginFrame(w);
    assert.equal(endFrame(w, again, 0), 0); // an empty frame fits any cap
    assert.deepEqual([...w.view()], [9, 0, 0, 0, 0]);
  });
});

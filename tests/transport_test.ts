import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import net from "node:net";
import {
  AbortError,
  ConnectError,
  ConnectionClosedError,
  FrameTooLargeError,
  TimeoutError,
  ValidationError,
} from "../src/errors.ts";
import { CLIENT_MAX_INBOUND_FRAME, DAEMON_MAX_FRAME, encodeFrame } from "../src/frame.ts";
import { connectTransport, defaultTransportFactory } from "../src/transport/auto.ts";
import { connectBun } from "../src/transport/adapters/bun.ts";
import { ByteQueue } from "../src/async.ts";
import { connectWithDeadline } from "../src/transport/connect_util.ts";
import { connectDeno } from "../src/transport/adapters/deno.ts";
import { FramedConnection } from "../src/transport/framed.ts";
import { connectNode, wrapNodeSocket } from "../src/transport/adapters/node.ts";
import { detectRuntime } from "../src/transport/runtime.ts";
import {
  type Endpoint,
  formatEndpoint,
  type Transport,
  type TransportFactory,
  validateEndpoint,
} from "../src/transport/transport.ts";
import { makeTempDir, startServer } from "./helpers/socket_server.ts";
import { pattern } from "./helpers/bytes.ts";

const SLOW = { timeout: 20_000 };

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function unix(path: string): Endpoint {
  return { kind: "unix", path };
}

type AdapterKind = "deno" | "bun" | "node";

interface Hang {
  /** Lets the patched connect succeed late (deno/bun), with a fake connection. */
  release(): void;
  /** Resolves once the adapter disposed the late/abandoned connection. */
  disposed: Promise<void>;
  /** How many connect attempts reached the runtime. */
  calls(): number;
}

/** Replaces the runtime's connect with one that never completes on its own. */
async function withHangingConnect(
  kind: AdapterKind,
  fn: (hang: Hang) => Promise<void>,
): Promise<void> {
  let markDisposed!: () => void;
  const disposed = new Promise<void>((r) => (markDisposed = r));
  let release = () => {};
  let calls = 0;
  const hang: Hang = { release: () => release(), disposed, calls: () => calls };
  if (kind === "node") {
    const mod = net as unknown as { createConnection: unknown };
    const original = mod.createConnection;
    mod.createConnection = () => {
      calls++;
      const s = new net.Socket();
      const destroy = s.destroy.bind(s);
      s.destroy = (e?: Error) => {
        markDisposed();
        return destroy(e);
      };
      return s;
    };
    try {
      await fn(hang);
    } finally {
      mod.createConnection = original;
    }
    return;
  }
  const ns = (globalThis as unknown as Record<string, { connect: unknown }>)[
    kind === "deno" ? "Deno" : "Bun"
  ];
  const original = ns.connect;
  ns.connect = () => {
    calls++;
    return new Promise((resolve) => {
      release = () =>
        resolve(
          kind === "deno"
            ? {
              read: () => new Promise(() => {}),
              write: () => Promise.resolve(0),
              close: markDisposed,
            }
            : { write: () => -1, end: markDisposed, terminate: markDisposed },
        );
    });
  };
  try {
    await fn(hang);
  } finally {
    ns.connect = original;
  }
}

/**
 * Connects via `connect`, wrapping the runtime socket's `write` (Bun: returns a count; Deno:
 * resolves with a count) to count writes that took fewer bytes than offered.
 */
async function countingPartialWrites(
  kind: AdapterKind,
  partial: { count: number },
  connect: () => Promise<Transport>,
): Promise<Transport> {
  if (kind === "node") return connect();
  const ns = (globalThis as unknown as Record<string, { connect: (o: unknown) => unknown }>)[
    kind === "deno" ? "Deno" : "Bun"
  ];
  const original = ns.connect;
  ns.connect = async (o: unknown) => {
    const sock = await (original.call(ns, o) as Promise<
      { write(b: Uint8Array): number | Promise<number> }
    >);
    const write = sock.write.bind(sock);
    sock.write = (b: Uint8Array) => {
      const n = write(b);
      if (typeof n === "number") {
        if (n >= 0 && n < b.length) partial.count++;
        return n;
      }
      return n.then((m) => {
        if (m < b.length) partial.count++;
        return m;
      });
    };
    return sock;
  };
  try {
    return await connect();
  } finally {
    ns.connect = original;
  }
}

const runtime = detectRuntime();
const suites: [string, TransportFactory, AdapterKind][] = [
  [`auto (${runtime})`, (e, o) => connectTransport(e, o), runtime],
  ["node:net", connectNode, "node"],
];

for (const [name, connect, kind] of suites) {
  describe(`transport ${name}`, () => {
    test("raw bytes echo", async () => {
      await using server = await startServer({ echo: true });
      await using t = await connect(unix(server.path), { timeoutMs: 5000 });
      assert.deepEqual(t.endpoint, unix(server.path));
      await t.write(new Uint8Array([1, 2, 3]));
      await t.write(new Uint8Array(0));
      await t.write(new Uint8Array([4, 5]));
      const got: number[] = [];
      for await (const chunk of t) {
        got.push(...chunk);
        if (got.length >= 5) break;
      }
      assert.deepEqual(got, [1, 2, 3, 4, 5]);
    });

    test("framed: concurrent writes keep order and frame integrity", SLOW, async () => {
      await using server = await startServer({ echo: true });
      await using conn = new FramedConnection(await connect(unix(server.path)));
      const frames = Array.from({ length: 300 }, (_, i) => pattern((i * 977) % 70_000, i));
      const writes = Promise.all(frames.map((f) => conn.writeFrame(f)));
      const got: Uint8Array[] = [];
      for await (const f of conn) {
        got.push(f);
        if (got.length === frames.length) break;
      }
      await writes;
      assert.equal(got.length, frames.length);
      for (let i = 0; i < frames.length; i++) assert.ok(sameBytes(got[i], frames[i]), `frame ${i}`);
    });

    test("a 3 MiB frame round-trips intact (partial writes)", SLOW, async () => {
      await using server = await startServer({ echo: true });
      const partial = { count: 0 };
      const transport = await countingPartialWrites(
        kind,
        partial,
        () => connect(unix(server.path)),
      );
      await using conn = new FramedConnection(transport);
      const big = pattern(3 * 1024 * 1024, 7);
      const reading = conn.readFrame();
      await conn.writeFrame(big);
      const back = await reading;
      assert.ok(back !== undefined && sameBytes(back, big));
      // Bun's write() takes only what fits in the kernel buffer: the rest went out on drain.
      if (kind === "bun") assert.ok(partial.count > 0, "expected partial Bun writes");
      // The server saw exactly prefix + payload.
      const c = await server.accept();
      assert.equal((await c.waitFor(big.length + 4)).length, big.length + 4);
    });

    test("the daemon's 4 MiB is allowed; 4 MiB + 1 is refused before sending", SLOW, async () => {
      await using server = await startServer({ echo: true });
      await using conn = new FramedConnection(await connect(unix(server.path)));
      await assert.rejects(
        conn.writeFrame(new Uint8Array(DAEMON_MAX_FRAME + 1)),
        (e: unknown) => {
          assert.ok(e instanceof FrameTooLargeError);
          assert.equal(e.size, DAEMON_MAX_FRAME + 1);
          assert.equal(e.limit, DAEMON_MAX_FRAME);
          assert.match(e.message, /frame length 4194305 exceeds cap 4194304/);
          return true;
        },
      );
      const max = pattern(DAEMON_MAX_FRAME, 3);
      const reading = conn.readFrame();
      await conn.writeFrame(max);
      const back = await reading;
      assert.ok(back !== undefined && sameBytes(back, max));
      const c = await server.accept();
      assert.equal(c.received().length, DAEMON_MAX_FRAME + 4); // nothing of the refused frame
    });

    test("peer closing between frames ends the stream cleanly", async () => {
      await using server = await startServer();
      const conn = new FramedConnection(await connect(unix(server.path)));
      const c = await server.accept();
      await c.write(new Uint8Array([...encodeFrame(new Uint8Array([9])), 0, 0, 0, 0]));
      await c.end();
      const got: Uint8Array[] = [];
      for await (const f of conn) got.push(f);
      assert.deepEqual(got, [new Uint8Array([9]), new Uint8Array(0)]);
      assert.equal(await conn.readFrame(), undefined);
      await conn.closed;
    });

    test("peer closing mid-frame fails the read with ConnectionClosedError", async () => {
      await using server = await startServer();
      const conn = new FramedConnection(await connect(unix(server.path)));
      const c = await server.accept();
      const pending = conn.readFrame();
      await c.write(new Uint8Array([0, 0, 0, 10, 1, 2, 3]));
      await c.end();
      await assert.rejects(pending, (e: unknown) => {
        assert.ok(e instanceof ConnectionClosedError);
        assert.equal(e.code, "CONNECTION_CLOSED");
        assert.match(e.message, /mid-frame: 3 of 10 payload bytes/);
        return true;
      });
      await assert.rejects(conn.readFrame(), ConnectionClosedError);
      await conn.closed;
    });

    test("peer closing inside the length prefix fails with ConnectionClosedError", async () => {
      await using server = await startServer();
      const conn = new FramedConnection(await connect(unix(server.path)));
      const c = await server.accept();
      await c.write(new Uint8Array([0, 0]));
      await c.end();
      await assert.rejects(conn.readFrame(), /mid-frame: 2 of 4 length-prefix bytes/);
    });

    test("an inbound prefix above 16 MiB fails with FrameTooLargeError and closes", async () => {
      await using server = await startServer();
      const conn = new FramedConnection(await connect(unix(server.path)));
      const c = await server.accept();
      await c.write(new Uint8Array([0x01, 0x00, 0x00, 0x01]));
      await assert.rejects(conn.readFrame(), (e: unknown) => {
        assert.ok(e instanceof FrameTooLargeError);
        assert.equal(e.size, CLIENT_MAX_INBOUND_FRAME + 1);
        assert.equal(e.limit, CLIENT_MAX_INBOUND_FRAME);
        return true;
      });
      await conn.closed;
      await c.ended;
      await assert.rejects(conn.writeFrame(new Uint8Array(1)), ConnectionClosedError);
    });

    test("connecting to a missing socket fails promptly with ConnectError", async () => {
      const dir = makeTempDir();
      try {
        const path = `${dir}/missing.sock`;
        const t0 = Date.now();
        await assert.rejects(connect(unix(path), { timeoutMs: 10_000 }), (e: unknown) => {
          assert.ok(e instanceof ConnectError);
          assert.equal(e.code, "CONNECT");
          assert.equal(e.endpoint, `unix:${path}`);
          assert.ok(e.message.includes(path));
          assert.match(e.message, /ENOENT/);
          return true;
        });
        assert.ok(Date.now() - t0 < 2000);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test("connecting to a file that is not a listening socket: ConnectError", async () => {
      const dir = makeTempDir();
      try {
        const path = `${dir}/plain-file`;
        fs.writeFileSync(path, "x");
        await assert.rejects(connect(unix(path)), (e: unknown) => {
          assert.ok(e instanceof ConnectError);
          assert.ok(e.message.includes(path));
          return true;
        });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test("connect timeout is honoured and names the endpoint", async () => {
      await withHangingConnect(kind, async (hang) => {
        const t0 = Date.now();
        await assert.rejects(connect(unix("/tmp/rp-hang.sock"), { timeoutMs: 100 }), (e) => {
          assert.ok(e instanceof TimeoutError);
          assert.equal(e.timeoutMs, 100);
          assert.match(e.message, /timed out after 100 ms \(unix:\/tmp\/rp-hang\.sock\)/);
          return true;
        });
        const elapsed = Date.now() - t0;
        assert.ok(elapsed >= 90 && elapsed < 3000, `elapsed ${elapsed}`);
        assert.equal(hang.calls(), 1);
        hang.release(); // a late success is closed, not leaked
        await hang.disposed;
      });
    });

    test("connect honours AbortSignal", async () => {
      await assert.rejects(
        connect(unix("/tmp/rp-abort.sock"), { signal: AbortSignal.abort("early") }),
        (e: unknown) => e instanceof AbortError && e.cause === "early",
      );
      await withHangingConnect(kind, async (hang) => {
        const ac = new AbortController();
        setTimeout(() => ac.abort("user"), 30);
        await assert.rejects(
          connect(unix("/tmp/rp-abort.sock"), { signal: ac.signal, timeoutMs: 10_000 }),
          (e: unknown) => {
            assert.ok(e instanceof AbortError);
            assert.equal(e.code, "ABORTED");
            assert.equal(e.cause, "user");
            assert.match(e.message, /unix:\/tmp\/rp-abort\.sock/);
            return true;
          },
        );
        hang.release();
        await hang.disposed;
      });
    });

    test("close: idempotent, ends reads, rejects writes, resolves closed", async () => {
      await using server = await startServer();
      const conn = new FramedConnection(await connect(unix(server.path)));
      const c = await server.accept();
      const pending = conn.readFrame();
      await conn.close();
      await conn.close();
      assert.equal(await pending, undefined);
      await conn.closed;
      await assert.rejects(conn.writeFrame(new Uint8Array(1)), ConnectionClosedError);
      await assert.rejects(conn.transport.write(new Uint8Array(1)), ConnectionClosedError);
      await c.ended;
    });

    test("Symbol.asyncDispose closes the transport", async () => {
      await using server = await startServer();
      let t: Transport;
      {
        await using inner = await connect(unix(server.path));
        t = inner;
      }
      await t.closed;
      const c = await server.accept();
      await c.ended;
    });

    test("an aborted readFrame loses no data", async () => {
      await using server = await startServer();
      await using conn = new FramedConnection(await connect(unix(server.path)));
      const c = await server.accept();
      const ac = new AbortController();
      const first = conn.readFrame(ac.signal);
      ac.abort("stop");
      await assert.rejects(first, AbortError);
      await c.write(encodeFrame(new Uint8Array([42])));
      assert.deepEqual(await conn.readFrame(), new Uint8Array([42]));
    });

    test("TCP endpoint", async () => {
      const server = net.createServer((s) => s.pipe(s));
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      const port = (server.address() as net.AddressInfo).port;
      try {
        await using conn = new FramedConnection(
          await connect({ kind: "tcp", hostname: "127.0.0.1", port }),
        );
        await conn.writeFrame(new Uint8Array([7, 7]));
        assert.deepEqual(await conn.readFrame(), new Uint8Array([7, 7]));
      } finally {
        server.close();
      }
    });
  });
}

describe("wrapNodeSocket (server side)", () => {
  test("an accepted node:net socket works as a Transport", async () => {
    const dir = makeTempDir();
    const path = `${dir}/w.sock`;
    const accepted: Transport[] = [];
    const server = net.createServer((s) => {
      const t = wrapNodeSocket(s, unix(path));
      accepted.push(t);
      void (async () => {
        const conn = new FramedConnection(t);
        for await (const f of conn) await conn.writeFrame(f.map((b) => b + 1));
      })();
    });
    await new Promise<void>((r) => server.listen(path, r));
    try {
      await using client = new FramedConnection(await connectTransport(unix(path)));
      await client.writeFrame(new Uint8Array([1, 2]));
      assert.deepEqual(await client.readFrame(), new Uint8Array([2, 3]));
      await client.close();
      await accepted[0].closed;
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("factories", () => {
  test("defaultTransportFactory matches the runtime", () => {
    const expected = runtime === "bun"
      ? connectBun
      : runtime === "deno"
      ? connectDeno
      : connectNode;
    assert.equal(defaultTransportFactory(), expected);
  });

  test("connectTransport uses a caller-supplied factory", async () => {
    let seen: unknown;
    const fake = { endpoint: unix("/x") } as unknown as Transport;
    const factory: TransportFactory = (endpoint, options) => {
      seen = { endpoint, options };
      return Promise.resolve(fake);
    };
    assert.equal(await connectTransport(unix("/x"), { factory, timeoutMs: 5 }), fake);
    assert.deepEqual(seen, { endpoint: unix("/x"), options: { timeoutMs: 5 } });
  });

  test("the other runtime's adapter reports UnsupportedError", async () => {
    const other = runtime === "bun" ? connectDeno : connectBun;
    await assert.rejects(other(unix("/tmp/x.sock")), { code: "UNSUPPORTED" });
  });
});

describe("endpoint validation", () => {
  test("formatEndpoint", () => {
    assert.equal(formatEndpoint(unix("/a/b.sock")), "unix:/a/b.sock");
    assert.equal(formatEndpoint({ kind: "tcp", hostname: "h", port: 1 }), "tcp:h:1");
    assert.equal(formatEndpoint({ kind: "tcp", hostname: "::1", port: 2 }), "tcp:[::1]:2");
  });

  test("validateEndpoint", () => {
    validateEndpoint(unix("/tmp/" + "a".repeat(102)));
    assert.throws(() => validateEndpoint(unix("/tmp/" + "a".repeat(103))), /108 bytes, over/);
    assert.throws(() => validateEndpoint(unix("")), ValidationError);
    assert.throws(() => validateEndpoint(unix("/a\0b")), ValidationError);
    assert.throws(() => validateEndpoint({ kind: "tcp", hostname: "h", port: 0 }), ValidationError);
    assert.throws(() => validateEndpoint({ kind: "tcp", hostname: "", port: 1 }), ValidationError);
    assert.throws(
      () => validateEndpoint({ kind: "pipe" } as unknown as Endpoint),
      ValidationError,
    );
  });

  test("an over-long socket path is rejected by every adapter before connecting", async () => {
    const long = unix("/tmp/" + "z".repeat(200));
    await assert.rejects(connectTransport(long), ValidationError);
    await assert.rejects(connectNode(long), ValidationError);
  });
});

describe("connectWithDeadline", () => {
  const ep = unix("/tmp/d.sock");

  test("resolves with the attempt's value", async () => {
    assert.equal(
      await connectWithDeadline(ep, { timeoutMs: 1000 }, () => Promise.resolve(5), () => {}),
      5,
    );
  });

  test("timeout: TimeoutError, inner signal aborted, late value disposed", async () => {
    let inner: AbortSignal | undefined;
    let late!: (v: number) => void;
    const disposed: number[] = [];
    await assert.rejects(
      connectWithDeadline(ep, { timeoutMs: 20 }, (signal) => {
        inner = signal;
        return new Promise<number>((r) => (late = r));
      }, (v) => disposed.push(v)),
      TimeoutError,
    );
    assert.equal(inner?.aborted, true);
    late(9);
    await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(disposed, [9]);
  });

  test("rejects invalid timeouts", async () => {
    await assert.rejects(
      async () =>
        await connectWithDeadline(ep, { timeoutMs: -1 }, () => Promise.resolve(1), () => {}),
      ValidationError,
    );
  });

  test("huge timeouts mean no deadline (no immediate timer overflow)", async () => {
    assert.equal(
      await connectWithDeadline(ep, { timeoutMs: 2 ** 40 }, async () => {
        await new Promise((r) => setTimeout(r, 20));
        return 1;
      }, () => {}),
      1,
    );
  });

  test("attempt errors become ConnectError naming the endpoint", async () => {
    const err = Object.assign(new Error("Failed"), { code: "ECONNREFUSED" });
    await assert.rejects(
      connectWithDeadline(ep, {}, () => Promise.reject(err), () => {}),
      (e: unknown) =>
        e instanceof ConnectError && e.endpoint === "unix:/tmp/d.sock" && e.cause === err &&
        /ECONNREFUSED/.test(e.message),
    );
  });
});

describe("ByteQueue (the transports' read queue)", () => {
  test("backpressure: pause at the high-water mark, resume after reads", async () => {
    let drains = 0;
    const q = new ByteQueue({ highWaterMark: 10, onDrain: () => drains++ });
    assert.equal(q.push(new Uint8Array(6)), true);
    assert.equal(q.push(new Uint8Array(6)), false);
    assert.equal(q.size, 12);
    await q.read();
    assert.equal(drains, 1);
    q.fail(new Error("boom"));
    assert.equal((await q.read()).value?.length, 6); // queued data first
    await assert.rejects(q.read(), /boom/);
  });

  test("waiting readers get chunks directly, then done", async () => {
    const q = new ByteQueue();
    const r1 = q.read();
    q.push(new Uint8Array([1]));
    assert.deepEqual((await r1).value, new Uint8Array([1]));
    const r2 = q.read();
    q.end();
    assert.equal((await r2).done, true);
  });
});

// Tee RPCs 75–77 over the daemon's real socket (docs/PROTOCOL.md#tees): the validation order and
// messages, upstream's pinned file tee (`tick`, Stdout, not disconnected), append vs
// truncate, byte-faithful content, STDIN tees, per-session handles, DropOldest / Block
// against a stalled FIFO with missed-byte markers, write errors (/dev/full), and tee files
// closed by unregister, purge and shutdown.
import { withDaemon } from "./helpers/daemon_env.ts";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import {
  type DaemonRequestInit,
  decodeDaemonResponse,
  encodeDaemonRequest,
  RequestType,
  StatusCode,
} from "../proto_gen/daemon_pb.ts";
import { attachPtySession } from "../src/client/attach.ts";
import { type DaemonClient, openFramed } from "../src/client/daemon_client.ts";
import {
  DEFAULT_QUEUE_CAPACITY,
  END_DRAIN_MS,
  FileTee,
  type FileTeeOptions,
  MAX_QUEUED_BYTES,
  missedMarker,
  openTeeFile,
  TEE_CHUNK_OVERHEAD,
} from "../src/daemon/streams/tees.ts";
import { DaemonError } from "../src/errors.ts";
import { ptySupport } from "../src/process/pty.ts";

const SLOW = { timeout: 30_000 };
const PTY = ptySupport().supported;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `TeeSessionKind`, `TeeStreamKind`, `TeeSinkKind`, `TeeFileMode`, `TeeBackpressure`. */
const PTY_KIND = 1;
const PIPE_KIND = 2;
const PTY_OUTPUT = 1;
const STDOUT = 2;
const STDERR = 3;
const STDIN = 4;
const FILE = 1;
const TRUNCATE = 1;
const BLOCK = 1;

async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Asserts that `p` rejects with a DaemonError of `status` and exactly `message`. */
async function expectError(p: Promise<unknown>, status: number, message: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof DaemonError, `not a DaemonError: ${String(e)}`);
    assert.equal(e.daemonMessage, message);
    assert.equal(e.status, status, `${e.statusName}: ${e.daemonMessage}`);
    return true;
  });
}

const INVALID = StatusCode.STATUS_CODE_INVALID_ARGUMENT;
const NOT_FOUND = StatusCode.STATUS_CODE_NOT_FOUND;
const INTERNAL = StatusCode.STATUS_CODE_INTERNAL;

async function spawnPipe(c: DaemonClient, script: string, merged = false): Promise<string> {
  const r = await c.call("spawnPipeSession", {
    argv: ["/bin/sh", "-c", script],
    mergeStderrIntoStdout: merged,
  });
  return r.sessionId;
}

async function register(
  c: DaemonClient,
  sessionId: string,
  path: string,
  more: Record<string, unknown> = {},
): Promise<number> {
  const res = await c.request("registerSessionTee", {
    sessionId,
    sessionKind: PIPE_KIND,
    stream: STDOUT,
    sinkKind: FILE,
    filePath: enc(path),
    ...more,
  });
  assert.equal(res.message, "OK");
  assert.ok(res.registerSessionTee);
  return Number(res.registerSessionTee.teeHandle);
}

async function teeStatus(c: DaemonClient, sessionId: string, handle: number, kind = PIPE_KIND) {
  const res = await c.request("getSessionTeeStatus", {
    sessionId,
    sessionKind: kind,
    teeHandle: handle,
  });
  assert.equal(res.message, "OK");
  const s = res.getSessionTeeStatus!;
  return { stream: s.stream, missed: Number(s.missedBytes), disconnected: s.disconnected };
}

async function unregister(c: DaemonClient, sessionId: string, handle: number, kind = PIPE_KIND) {
  const res = await c.request("unregisterSessionTee", {
    sessionId,
    sessionKind: kind,
    teeHandle: handle,
  });
  assert.equal(res.message, "OK");
  assert.ok(res.unregisterSessionTee);
}

async function waitExited(c: DaemonClient, id: string): Promise<void> {
  await waitFor(async () => {
    const { sessions } = await c.call("listPipeSessions", {});
    return sessions.find((s) => s.sessionId === id)?.exited;
  }, `exit of ${id}`);
}

/** Waits until the session's stdout ring has seen `total` bytes (all pushed to its tees). */
async function waitStdoutBytes(c: DaemonClient, id: string, total: number): Promise<void> {
  await waitFor(async () => {
    const b = await c.call("getSessionBacklog", { sessionId: id });
    return b.backlog.length + Number(b.bytesMissed) === total;
  }, `${total} stdout bytes of ${id}`);
}

/** File descriptors of this process (the daemon runs in-process) open on `path`. */
function fdsOn(path: string): number {
  let n = 0;
  for (const fd of readdirSync("/proc/self/fd")) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target === path || target === `${path} (deleted)`) n++;
    } catch { /* closed meanwhile */ }
  }
  return n;
}

const text = (path: string) => readFileSync(path, "utf8");

/** Opens the read end of a FIFO without blocking and without reading yet. */
function fifoReader(dir: string): { path: string; fd: number } {
  const path = `${dir}/sink.fifo`;
  execFileSync("mkfifo", [path]);
  return { path, fd: openSync(path, constants.O_RDONLY | constants.O_NONBLOCK) };
}

/** Reads a non-blocking FIFO until every writer closed it (EOF). */
async function drainFifo(fd: number, timeoutMs = 20_000): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const buf = new Uint8Array(1 << 16);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf);
    } catch (e) {
      if ((e as { code?: string }).code !== "EAGAIN") throw e;
      if (Date.now() > deadline) throw new Error("FIFO drain timed out");
      await sleep(2);
      continue;
    }
    if (n === 0) break;
    parts.push(buf.slice(0, n));
  }
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

const MARKER_RE = /\n\[running-process tee missed (\d+) bytes\]\n/g;

describe("REGISTER_SESSION_TEE validation (docs/PROTOCOL.md#tees steps 1–11)", () => {
  test("each step's message and code, in upstream's order", SLOW, async () => {
    await withDaemon(async ({ client: c, dir }) => {
      const pipe = await spawnPipe(c, "sleep 30");
      const merged = await spawnPipe(c, "sleep 30", true);
      const ok = `${dir}/ok.log`;
      const reg = (p: Record<string, unknown>) => c.request("registerSessionTee", p);

      // 1. payload
      await expectError(
        c.request("registerSessionTee", undefined),
        INVALID,
        "register_session_tee payload missing",
      );
      // Every later step is checked with all the later faults still present, so the
      // message proves the order.
      const bad: Record<string, unknown> = {
        sessionId: "",
        sinkKind: 7,
        stream: 9,
        filePath: new Uint8Array([0x2f, 0xff, 0xfe]),
        fileMode: 5,
        backpressure: 5,
        sessionKind: 9,
      };
      const steps: [string, unknown, string][] = [
        ["sessionId", "nope", "session_id must not be empty"],
        ["sinkKind", 0, "invalid tee sink kind"],
        ["sinkKind", FILE, "only file tee sinks are supported over IPC"],
        ["stream", STDERR, "invalid tee stream"],
        ["filePath", new Uint8Array(), "invalid tee file path: file path is not valid UTF-8"],
        ["filePath", enc(`${dir}`), "tee file path must not be empty"],
        ["fileMode", TRUNCATE, "invalid tee file mode"],
        ["backpressure", BLOCK, "invalid backpressure"],
        ["sessionKind", 0, "invalid tee session kind"],
        ["sessionKind", PTY_KIND, "session_kind must be PTY or PIPE"],
      ];
      for (const [field, fix, message] of steps) {
        await expectError(reg(bad), INVALID, message);
        bad[field] = fix;
      }
      // 9. lookup (before the stream check: STDERR is wrong for a PTY).
      await expectError(reg(bad), NOT_FOUND, "PTY session not found");
      bad.sessionKind = PIPE_KIND;
      await expectError(reg(bad), NOT_FOUND, "pipe session not found");
      // 10. stream valid for the kind (before the file is opened: the path is a directory).
      bad.sessionId = merged;
      await expectError(reg(bad), INVALID, "pipe stream unavailable");
      bad.stream = PTY_OUTPUT;
      await expectError(reg(bad), INVALID, "pipe tee stream must be STDOUT, STDERR, or STDIN");
      bad.stream = 0;
      await expectError(reg(bad), INVALID, "pipe tee stream must be STDOUT, STDERR, or STDIN");
      bad.sessionId = pipe;
      bad.stream = STDOUT;
      // 11. opening: a directory is an I/O error (INTERNAL), Rust-shaped text.
      await expectError(reg(bad), INTERNAL, "Is a directory (os error 21)");
      bad.filePath = enc(`${dir}/missing/x.log`);
      await expectError(reg(bad), INTERNAL, "No such file or directory (os error 2)");
      // A FIFO without a reader: opened non-blocking, so ENXIO at once (upstream would wait).
      execFileSync("mkfifo", [`${dir}/lonely.fifo`]);
      bad.filePath = enc(`${dir}/lonely.fifo`);
      await expectError(reg(bad), INTERNAL, "No such device or address (os error 6)");
      // A NUL byte is Rust's InvalidInput: INVALID_ARGUMENT.
      bad.filePath = enc(`${dir}/a\0b`);
      await expectError(reg(bad), INVALID, "file name contained an unexpected NUL byte");
      bad.filePath = enc(ok);
      assert.equal(Number((await reg(bad)).registerSessionTee!.teeHandle), 1);
      // Stderr of an unmerged session is fine; so is STDIN.
      assert.equal(await register(c, pipe, ok, { stream: STDERR }), 2);
      assert.equal(await register(c, pipe, ok, { stream: STDIN }), 3);
      assert.equal(await register(c, merged, ok, { stream: STDIN }), 1);
      // Omitted enums: sink UNSPECIFIED → not a file sink.
      await expectError(
        reg({ sessionId: pipe, filePath: enc(ok) }),
        INVALID,
        "only file tee sinks are supported over IPC",
      );
    });
  });

  test("PTY sessions accept PTY_OUTPUT or STDIN only", { ...SLOW, skip: !PTY }, async () => {
    await withDaemon(async ({ client: c, dir }) => {
      const { sessionId } = await c.call("spawnPtySession", {
        argv: ["/bin/sh", "-c", "sleep 30"],
        rows: 24,
        cols: 80,
      });
      const base = {
        sessionId,
        sessionKind: PTY_KIND,
        sinkKind: FILE,
        filePath: enc(`${dir}/pty.log`),
      };
      for (const stream of [0, STDOUT, STDERR]) {
        await expectError(
          c.request("registerSessionTee", { ...base, stream }),
          INVALID,
          "PTY tee stream must be PTY_OUTPUT or STDIN",
        );
      }
      // A PTY id under the pipe kind is unknown.
      await expectError(
        c.request("registerSessionTee", { ...base, sessionKind: PIPE_KIND, stream: STDOUT }),
        NOT_FOUND,
        "pipe session not found",
      );
      const a = await c.call("registerSessionTee", { ...base, stream: PTY_OUTPUT });
      const b = await c.call("registerSessionTee", { ...base, stream: STDIN });
      assert.deepEqual([Number(a.teeHandle), Number(b.teeHandle)], [1, 2]);
      assert.equal((await teeStatus(c, sessionId, 1, PTY_KIND)).stream, PTY_OUTPUT);
      assert.equal((await teeStatus(c, sessionId, 2, PTY_KIND)).stream, STDIN);
    });
  });

  test("errors carry no payload", SLOW, async () => {
    await withDaemon(async ({ server }) => {
      const conn = await openFramed({ socketPath: server.socketPath });
      try {
        const req: DaemonRequestInit = {
          id: 42,
          type: RequestType.REQUEST_TYPE_REGISTER_SESSION_TEE,
          protocolVersion: 1,
          registerSessionTee: { sessionId: "x", sinkKind: FILE, filePath: enc("/tmp/x") },
        };
        await conn.writeFrame(encodeDaemonRequest(req));
        const f = await conn.readFrame();
        assert.ok(f);
        const res = decodeDaemonResponse(f.slice());
        assert.equal(Number(res.requestId), 42);
        assert.equal(res.code, INVALID);
        assert.equal(res.message, "session_kind must be PTY or PIPE");
        assert.equal(res.registerSessionTee, undefined);
      } finally {
        await conn.close();
      }
    });
  });
});

describe("UNREGISTER_SESSION_TEE / GET_SESSION_TEE_STATUS validation", () => {
  test("payload, session kind, session lookup, handle", SLOW, async () => {
    await withDaemon(async ({ client: c, dir }) => {
      const pipe = await spawnPipe(c, "sleep 30");
      const h = await register(c, pipe, `${dir}/a.log`);
      for (const field of ["unregisterSessionTee", "getSessionTeeStatus"] as const) {
        const snake = field === "unregisterSessionTee"
          ? "unregister_session_tee"
          : "get_session_tee_status";
        await expectError(c.request(field, undefined), INVALID, `${snake} payload missing`);
        await expectError(
          c.request(field, { sessionId: pipe, sessionKind: 3, teeHandle: h }),
          INVALID,
          "invalid tee session kind",
        );
        await expectError(
          c.request(field, { sessionId: pipe, sessionKind: 0, teeHandle: h }),
          INVALID,
          "session_kind must be PTY or PIPE",
        );
        // No session_id emptiness check: an empty id is simply not found.
        await expectError(
          c.request(field, { sessionId: "", sessionKind: PIPE_KIND, teeHandle: h }),
          NOT_FOUND,
          "pipe session not found",
        );
        await expectError(
          c.request(field, { sessionId: pipe, sessionKind: PTY_KIND, teeHandle: h }),
          NOT_FOUND,
          "PTY session not found",
        );
        for (const teeHandle of [0, h + 1, 2n ** 64n - 1n]) {
          await expectError(
            c.request(field, { sessionId: pipe, sessionKind: PIPE_KIND, teeHandle }),
            NOT_FOUND,
            "tee handle not found",
          );
        }
      }
      // A session that never had a tee.
      const other = await spawnPipe(c, "sleep 30");
      await expectError(
        c.request("getSessionTeeStatus", {
          sessionId: other,
          sessionKind: PIPE_KIND,
          teeHandle: 1,
        }),
        NOT_FOUND,
        "tee handle not found",
      );
    });
  });
});

describe("file tees", () => {
  test(
    "upstream's pinned test: a stdout tee receives `tick`; Stdout, not disconnected",
    SLOW,
    async () => {
      await withDaemon(async ({ client: c, dir }) => {
        const id = await spawnPipe(c, "echo READY; while :; do echo tick; sleep 0.05; done");
        const path = `${dir}/tee.log`;
        const h = await register(c, id, path);
        assert.equal(h, 1);
        await waitFor(() => text(path).includes("tick"), "tick in the tee file");
        assert.deepEqual(await teeStatus(c, id, h), {
          stream: STDOUT,
          missed: 0,
          disconnected: false,
        });
        assert.equal(fdsOn(path), 1);
        // Handles count per session: a second tee here is 2, a first tee elsewhere is 1.
        assert.equal(await register(c, id, `${dir}/tee2.log`), 2);
        const other = await spawnPipe(c, "sleep 30");
        assert.equal(await register(c, other, `${dir}/other.log`), 1);
        // Unregister: OK, the file is closed when it answers, the handle is gone.
        await unregister(c, id, h);
        assert.equal(fdsOn(path), 0);
        const size = text(path).length;
        await expectError(
          c.request("getSessionTeeStatus", { sessionId: id, sessionKind: PIPE_KIND, teeHandle: h }),
          NOT_FOUND,
          "tee handle not found",
        );
        await expectError(
          c.request("unregisterSessionTee", {
            sessionId: id,
            sessionKind: PIPE_KIND,
            teeHandle: h,
          }),
          NOT_FOUND,
          "tee handle not found",
        );
        await sleep(150);
        assert.equal(text(path).length, size, "an unregistered tee kept writing");
        // Handles are not reused.
        assert.equal(await register(c, id, `${dir}/tee3.log`), 3);
      });
    },
  );

  test(
    "append vs truncate; byte-faithful output; STDIN tee sees WRITE_PIPE_STDIN data",
    SLOW,
    async () => {
      await withDaemon(async ({ client: c, dir }) => {
        for (const mode of ["append", "truncate"] as const) {
          const out = `${dir}/${mode}.out`;
          const inp = `${dir}/${mode}.in`;
          writeFileSync(out, "old\n");
          writeFileSync(inp, "previous input\n");
          const id = await spawnPipe(c, "read x; printf 'a\\r\\n\\nb'; cat >/dev/null");
          const fileMode = mode === "append" ? 0 : TRUNCATE;
          const ho = await register(c, id, out, { fileMode });
          const hi = await register(c, id, inp, { fileMode, stream: STDIN });
          await c.call("writePipeStdin", { sessionId: id, data: enc("go\n") });
          const raw = new Uint8Array([0x00, 0xff, 0x0d, 0x2d]);
          await c.call("writePipeStdin", { sessionId: id, data: raw, close: true });
          await waitExited(c, id);
          await waitStdoutBytes(c, id, 5);
          await unregister(c, id, ho);
          await unregister(c, id, hi);
          const prefixOut = mode === "append" ? "old\n" : "";
          const prefixIn = mode === "append" ? "previous input\n" : "";
          assert.deepEqual(new Uint8Array(readFileSync(out)), enc(`${prefixOut}a\r\n\nb`));
          assert.deepEqual(
            new Uint8Array(readFileSync(inp)),
            new Uint8Array([...enc(`${prefixIn}go\n`), ...raw]),
          );
        }
      });
    },
  );

  test("a PTY session's output and input (attach `input` frames) reach their tees", {
    ...SLOW,
    skip: !PTY,
  }, async () => {
    await withDaemon(async ({ client: c, dir }) => {
      const { sessionId } = await c.call("spawnPtySession", {
        argv: ["/bin/sh", "-c", 'read x; echo "got:$x"; sleep 30'],
        rows: 24,
        cols: 80,
      });
      const base = { sessionId, sessionKind: PTY_KIND, sinkKind: FILE };
      const outPath = `${dir}/pty.out`;
      const inPath = `${dir}/pty.in`;
      await c.call("registerSessionTee", { ...base, stream: PTY_OUTPUT, filePath: enc(outPath) });
      await c.call("registerSessionTee", { ...base, stream: STDIN, filePath: enc(inPath) });
      const att = await attachPtySession(c.options, { sessionId, rows: 24, cols: 80 });
      try {
        await att.write("hello\n");
        await waitFor(() => text(outPath).includes("got:hello"), "got:hello in the PTY tee");
        await waitFor(() => text(inPath) === "hello\n", "the input in the STDIN tee");
        assert.deepEqual(await teeStatus(c, sessionId, 1, PTY_KIND), {
          stream: PTY_OUTPUT,
          missed: 0,
          disconnected: false,
        });
      } finally {
        await att.close();
      }
    });
  });
});

describe("backpressure against a stalled sink (a FIFO nobody reads yet)", () => {
  const TOTAL = 2_000_000;
  const SCRIPT = `read x; yes abcdefghij | head -c ${TOTAL}; cat >/dev/null`;

  /** Floods a capacity-`capacity` tee on a stalled FIFO, then drains it. */
  async function flood(c: DaemonClient, dir: string, more: Record<string, unknown>) {
    const fifo = fifoReader(dir);
    try {
      const id = await spawnPipe(c, SCRIPT);
      const h = await register(c, id, fifo.path, more);
      assert.equal(fdsOn(fifo.path), 2); // the test's reader and the tee
      await c.call("writePipeStdin", { sessionId: id, data: enc("go\n") });
      await waitStdoutBytes(c, id, TOTAL);
      const st = await teeStatus(c, id, h);
      const drained = drainFifo(fifo.fd);
      await unregister(c, id, h);
      const got = dec(await drained);
      assert.equal(fdsOn(fifo.path), 1, "the tee's FIFO is still open"); // the reader's
      return { st, got };
    } finally {
      closeSync(fifo.fd);
    }
  }

  const LINE = "abcdefghij\n";
  /** The produced stream from byte `off`, `n` bytes long. */
  const source = (off: number, n: number) =>
    LINE.repeat(Math.ceil(n / 11) + 2).slice(off % 11, off % 11 + n);

  /**
   * Checks that `got` is the produced stream with gaps, each marker standing exactly where
   * its bytes are missing; returns the marker sizes and the data without markers.
   */
  function split(got: string, exact = true): { markers: number[]; data: string } {
    const markers: number[] = [];
    let offset = 0; // position in the produced stream
    let last = 0;
    const check = (segment: string) => {
      if (exact) {
        assert.ok(segment === source(offset, segment.length), `bytes out of place at ${offset}`);
      }
      offset += segment.length;
    };
    for (const m of got.matchAll(MARKER_RE)) {
      check(got.slice(last, m.index));
      markers.push(Number(m[1]));
      offset += Number(m[1]);
      last = m.index! + m[0].length;
    }
    check(got.slice(last));
    const data = got.replace(MARKER_RE, "");
    assert.match(data, /^[a-j\n]*$/, "unexpected bytes in the sink");
    assert.ok(data.startsWith("abcdefghij\nabcdefghij\n"));
    return { markers, data };
  }

  test(
    "DROP_OLDEST: missed bytes counted, a marker at each gap, the totals add up",
    SLOW,
    async () => {
      await withDaemon(async ({ client: c, dir }) => {
        const { st, got } = await flood(c, dir, { queueCapacity: 2 });
        assert.equal(st.stream, STDOUT);
        assert.equal(st.disconnected, false);
        assert.ok(st.missed > 0, "nothing was dropped");
        const { markers, data } = split(got);
        assert.ok(markers.length > 0, "no missed-byte marker in the sink");
        assert.equal(markers.reduce((a, b) => a + b, 0), st.missed);
        assert.equal(data.length, TOTAL - st.missed);
        assert.ok(got.includes(dec(missedMarker(markers[0]))));
        // The OLDEST chunks were evicted (upstream drops the newest): the stream's end arrived.
        assert.ok(got.endsWith("abcdefghij\nab"), "the newest bytes were dropped");
      });
    },
  );

  test("DROP_OLDEST with suppress_missed_markers: the same drops, no marker", SLOW, async () => {
    await withDaemon(async ({ client: c, dir }) => {
      const { st, got } = await flood(c, dir, { queueCapacity: 2, suppressMissedMarkers: true });
      assert.ok(st.missed > 0, "nothing was dropped");
      assert.ok(!got.includes("running-process tee missed"));
      assert.equal(split(got, false).data.length, TOTAL - st.missed);
    });
  });

  test("BLOCK: nothing is dropped past the chunk capacity; every byte arrives", SLOW, async () => {
    await withDaemon(async ({ client: c, dir }) => {
      const { st, got } = await flood(c, dir, { queueCapacity: 1, backpressure: BLOCK });
      assert.equal(st.missed, 0);
      assert.equal(got.length, TOTAL);
      assert.equal(split(got).markers.length, 0);
    });
  });
});

describe("write errors and the end of tees", () => {
  test(
    "a write error (/dev/full: ENOSPC) disconnects; later bytes count as missed",
    SLOW,
    async () => {
      await withDaemon(async ({ client: c }) => {
        const id = await spawnPipe(
          c,
          "read x; printf hello; read y; printf world!; cat >/dev/null",
        );
        const h = await register(c, id, "/dev/full");
        assert.deepEqual(await teeStatus(c, id, h), {
          stream: STDOUT,
          missed: 0,
          disconnected: false,
        });
        await c.call("writePipeStdin", { sessionId: id, data: enc("go\n") });
        const st = await waitFor(async () => {
          const s = await teeStatus(c, id, h);
          return s.disconnected ? s : undefined;
        }, "disconnected");
        assert.equal(st.missed, 5);
        await c.call("writePipeStdin", { sessionId: id, data: enc("more\n") });
        await waitStdoutBytes(c, id, 11);
        assert.deepEqual(await teeStatus(c, id, h), {
          stream: STDOUT,
          missed: 11,
          disconnected: true,
        });
        await unregister(c, id, h);
      });
    },
  );

  test("unregister gives up on a sink that accepts nothing for END_DRAIN_MS", SLOW, async () => {
    await withDaemon(async ({ client: c, dir }) => {
      const fifo = fifoReader(dir);
      try {
        const id = await spawnPipe(c, "read x; head -c 1000000 /dev/zero; cat >/dev/null");
        const h = await register(c, id, fifo.path);
        await c.call("writePipeStdin", { sessionId: id, data: enc("go\n") });
        await waitStdoutBytes(c, id, 1_000_000);
        const t0 = performance.now();
        await unregister(c, id, h);
        const took = performance.now() - t0;
        assert.ok(took >= END_DRAIN_MS - 50, `answered after ${took} ms`);
        assert.ok(took < END_DRAIN_MS + 5_000, `answered after ${took} ms`);
        assert.equal(fdsOn(fifo.path), 1, "the tee's FIFO is still open"); // the reader's
      } finally {
        closeSync(fifo.fd);
      }
    });
  });

  test("purge closes the tee files of purged sessions", SLOW, async () => {
    await withDaemon(async ({ client: c, dir }) => {
      const id = await spawnPipe(c, "read x; echo bye");
      const live = await spawnPipe(c, "sleep 30");
      const path = `${dir}/purged.log`;
      const livePath = `${dir}/live.log`;
      const h = await register(c, id, path);
      await register(c, live, livePath);
      assert.equal(fdsOn(path), 1);
      await c.call("writePipeStdin", { sessionId: id, data: enc("\n") });
      await waitExited(c, id);
      await waitFor(() => text(path) === "bye\n", "bye in the tee file");
      // Still registered after the exit: the tee lives until purge.
      assert.equal((await teeStatus(c, id, h)).missed, 0);
      const purged = await c.call("purgeExitedSessions", {});
      assert.equal(purged.pipePurged, 1);
      await waitFor(() => fdsOn(path) === 0, "the purged session's tee file to close");
      assert.equal(fdsOn(livePath), 1, "a live session's tee was closed");
      await expectError(
        c.request("getSessionTeeStatus", { sessionId: id, sessionKind: PIPE_KIND, teeHandle: h }),
        NOT_FOUND,
        "pipe session not found",
      );
    });
  });

  test("shutdown closes every tee file", SLOW, async () => {
    let path = "";
    await withDaemon(async ({ client: c, dir }) => {
      mkdirSync(`${dir}/keep`);
      path = `${dir}/keep/shutdown.log`;
      const id = await spawnPipe(c, "while :; do echo x; sleep 0.05; done");
      await register(c, id, path);
      assert.equal(fdsOn(path), 1);
    });
    await waitFor(() => fdsOn(path) === 0, "the tee file to close after shutdown");
  });
});

describe("FileTee queue semantics (unit, regular files)", () => {
  const opts = (o: Partial<FileTeeOptions> = {}): FileTeeOptions => ({
    queueCapacity: 0,
    backpressure: "drop-oldest",
    suppressMissedMarkers: false,
    ...o,
  });
  const byte = (i: number) => new Uint8Array([0x21 + (i % 90)]);

  async function withTee(
    o: FileTeeOptions,
    fn: (tee: FileTee, path: string) => Promise<void>,
  ): Promise<void> {
    const dir = realpathSync(mkdtempSync("/tmp/rp-"));
    try {
      const path = `${dir}/t.log`;
      const tee = new FileTee(1, STDOUT, await openTeeFile(path, true), o);
      try {
        await fn(tee, path);
      } finally {
        await tee.end();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test("capacity 0 means 1024 chunks; DROP_OLDEST evicts the oldest; one marker per gap", async () => {
    await withTee(opts(), async (tee, path) => {
      const n = DEFAULT_QUEUE_CAPACITY + 76;
      for (let i = 0; i < n; i++) tee.push(byte(i)); // synchronously: the writer waits
      assert.equal(tee.queuedChunks, DEFAULT_QUEUE_CAPACITY);
      assert.deepEqual(tee.status(), { stream: STDOUT, missedBytes: 76, disconnected: false });
      await tee.end();
      const kept = Array.from({ length: n - 76 }, (_, i) => byte(i + 76)[0]);
      assert.deepEqual(
        new Uint8Array(readFileSync(path)),
        new Uint8Array([...missedMarker(76), ...kept]),
      );
    });
  });

  test("the marker stands at the gap, after what was already written", async () => {
    await withTee(opts({ queueCapacity: 2 }), async (tee, path) => {
      tee.push(enc("A"));
      await waitFor(() => text(path) === "A", "A written");
      for (const s of ["BB", "C", "D", "E"]) tee.push(enc(s));
      await tee.end();
      assert.equal(text(path), `A${dec(missedMarker(3))}DE`);
      assert.equal(tee.status().missedBytes, 3);
    });
  });

  test("suppress_missed_markers: the same drops, no marker", async () => {
    await withTee(opts({ queueCapacity: 2, suppressMissedMarkers: true }), async (tee, path) => {
      for (const s of ["a", "b", "c", "d"]) tee.push(enc(s));
      await tee.end();
      assert.equal(text(path), "cd");
      assert.equal(tee.status().missedBytes, 2);
    });
  });

  test("BLOCK never drops at the chunk capacity", async () => {
    await withTee(opts({ queueCapacity: 1, backpressure: "block" }), async (tee, path) => {
      for (let i = 0; i < 500; i++) tee.push(byte(i));
      assert.equal(tee.queuedChunks, 500);
      await tee.end();
      assert.equal(readFileSync(path).length, 500);
      assert.equal(tee.status().missedBytes, 0);
    });
  });

  test("BLOCK is bounded by MAX_QUEUED_BYTES: beyond it the oldest chunks go", SLOW, async () => {
    await withTee(opts({ queueCapacity: 1, backpressure: "block" }), async (tee, path) => {
      const chunk = new Uint8Array(1 << 20).fill(0x78);
      // each chunk counts TEE_CHUNK_OVERHEAD bytes on top of its data
      const fit = Math.floor(MAX_QUEUED_BYTES / (chunk.length + TEE_CHUNK_OVERHEAD));
      const n = fit + 2;
      for (let i = 0; i < n; i++) tee.push(chunk);
      assert.equal(tee.queuedChunks, fit);
      assert.ok(tee.heldBytes <= MAX_QUEUED_BYTES);
      assert.equal(tee.status().missedBytes, 2 * chunk.length);
      await tee.end();
      const marker = missedMarker(2 * chunk.length);
      assert.equal(readFileSync(path).length, marker.length + fit * chunk.length);
    });
  });

  test("the listener copies: a reused buffer does not change queued bytes", async () => {
    await withTee(opts(), async (tee, path) => {
      const buf = enc("one");
      tee.push(buf);
      buf.set(enc("two"));
      tee.push(buf);
      await tee.end();
      assert.equal(text(path), "onetwo");
    });
  });
});

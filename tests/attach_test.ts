import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { attachPipeStream, attachPtySession, openAttach } from "../src/client/attach.ts";
import { DaemonClient } from "../src/client/daemon_client.ts";
import {
  AbortError,
  ConnectionClosedError,
  DaemonError,
  ProtocolError,
  TimeoutError,
  ValidationError,
} from "../src/errors.ts";
import {
  decodePtyInputFrame,
  encodePipeStreamFrame,
  encodePtyStreamFrame,
  type PipeStreamFrameInit,
  type PtyStreamFrameInit,
  StatusCode,
} from "../proto_gen/daemon_pb.ts";
import {
  delay,
  reply,
  sendFrame,
  startDaemon,
  waitFrames,
  waitRequests,
} from "./helpers/rp_fixtures.ts";
import { type ServerConn, startServer } from "./helpers/socket_server.ts";

const SLOW = { timeout: 30_000 };
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytes = (s: string) => new TextEncoder().encode(s);

function pipeFrame(conn: ServerConn, f: PipeStreamFrameInit["frame"]): Promise<void> {
  return sendFrame(conn, encodePipeStreamFrame({ frame: f }));
}
function ptyFrame(conn: ServerConn, f: PtyStreamFrameInit["frame"]): Promise<void> {
  return sendFrame(conn, encodePtyStreamFrame({ frame: f }));
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Starts an attach against the scripted server and answers it with `response`. */
async function acceptAttach(conn: ServerConn, field: string, response: Record<string, unknown>) {
  const [req] = await waitRequests(conn, 1);
  assert.ok((req as unknown as Record<string, unknown>)[field], `request carries ${field}`);
  await reply(conn, { requestId: req.id, ...response } as never);
  return req;
}

describe("attach framing (scripted daemon)", () => {
  test("pipe: request with id 1, backlog, frames up to and including the terminal one", async () => {
    await using server = await startServer();
    const pending = attachPipeStream({ socketPath: server.path }, {
      sessionId: "pipe-1",
      stream: "stderr",
    });
    const conn = await server.accept();
    const req = await acceptAttach(conn, "attachPipeStream", {
      attachPipeStream: { backlog: bytes("READY\n"), backlogTruncated: true, bytesMissed: 5 },
    });
    assert.equal(Number(req.id), 1);
    assert.equal(req.type, 66);
    assert.equal(req.clientName, "running-process-client");
    assert.deepEqual(req.attachPipeStream, {
      sessionId: "pipe-1",
      stream: 2,
      steal: false,
      lossless: false,
      shared: false,
    });
    const att = await pending;
    assert.equal(att.sessionId, "pipe-1");
    assert.equal(att.stream, "stderr");
    assert.equal(text(att.backlog), "READY\n");
    assert.equal(att.backlogTruncated, true);
    assert.equal(Number(att.bytesMissed), 5);
    await pipeFrame(conn, { case: "bytes", value: bytes("a\n") });
    await pipeFrame(conn, { case: "bytes", value: bytes("b\n") });
    await pipeFrame(conn, { case: "exitCode", value: 3 });
    await pipeFrame(conn, { case: "bytes", value: bytes("never\n") }); // after the terminal
    const frames = await collect(att.frames);
    assert.deepEqual(frames.map((f) => f.frame?.case), ["bytes", "bytes", "exitCode"]);
    assert.equal(text(frames[0].frame!.value as Uint8Array), "a\n");
    assert.deepEqual(att.terminal?.frame, { case: "exitCode", value: 3 });
    await conn.ended; // the attachment closed its side after the terminal frame
  });

  test("backpressure option, and missedBytes frames surfaced by output()", async () => {
    await using server = await startServer();
    const pending = attachPipeStream({ socketPath: server.path }, {
      sessionId: "pipe-1",
      backpressure: "block",
    });
    const conn = await server.accept();
    const req = await acceptAttach(conn, "attachPipeStream", { attachPipeStream: {} });
    assert.equal(req.attachPipeStream?.lossless, true);
    const att = await pending;
    await pipeFrame(conn, { case: "bytes", value: bytes("ab") });
    await pipeFrame(conn, { case: "missedBytes", value: 7 });
    await pipeFrame(conn, { case: "bytes", value: bytes("cd") });
    await pipeFrame(conn, { case: "missedBytes", value: 5 });
    await pipeFrame(conn, { case: "exitCode", value: 0 });
    const out = await collect(att.output());
    assert.deepEqual(
      out.map((o) => o.kind === "bytes" ? text(o.bytes) : o.count),
      ["ab", 7, "cd", 5],
    );
    assert.equal(att.liveBytesMissed, 12);
    assert.deepEqual(att.terminal?.frame, { case: "exitCode", value: 0 });

    const pty = attachPtySession({ socketPath: server.path }, { sessionId: "pty-1" });
    const conn2 = await server.accept();
    const req2 = await acceptAttach(conn2, "attachPtySession", { attachPtySession: {} });
    assert.equal(req2.attachPtySession?.lossless, false); // drop-oldest is the default
    await (await pty).close();
    await assert.rejects(
      attachPipeStream({ socketPath: server.path }, {
        sessionId: "pipe-1",
        backpressure: "lossy" as "block",
      }),
      /backpressure must be "drop-oldest" or "block"/,
    );
  });

  for (
    const terminal of [
      { case: "eof", value: true },
      { case: "error", value: "session terminated by request" },
      { case: "stolenBy", value: "peer" },
    ] as const
  ) {
    test(`pipe: ${terminal.case} ends the stream and is yielded`, async () => {
      await using server = await startServer();
      const pending = attachPipeStream({ socketPath: server.path }, { sessionId: "pipe-2" });
      const conn = await server.accept();
      await acceptAttach(conn, "attachPipeStream", { attachPipeStream: {} });
      await using att = await pending;
      await pipeFrame(conn, { case: "bytes", value: bytes("x\n") });
      await pipeFrame(conn, terminal);
      const frames = await collect(att.frames);
      assert.equal(frames.length, 2);
      assert.deepEqual(frames[1].frame, terminal);
    });
  }

  test("pipe: bytes() yields the output only", async () => {
    await using server = await startServer();
    const pending = attachPipeStream({ socketPath: server.path }, { sessionId: "pipe-3" });
    const conn = await server.accept();
    await acceptAttach(conn, "attachPipeStream", { attachPipeStream: {} });
    await using att = await pending;
    await pipeFrame(conn, { case: "bytes", value: bytes("one\n") });
    await pipeFrame(conn, { case: "missedBytes", value: 10 });
    await pipeFrame(conn, { case: "bytes", value: bytes("two\n") });
    await pipeFrame(conn, { case: "eof", value: true });
    const chunks = await collect(att.bytes());
    assert.deepEqual(chunks.map(text), ["one\n", "two\n"]);
    assert.equal(att.terminal?.frame?.case, "eof");
  });

  test("an error reply is a DaemonError and the connection is closed", async () => {
    await using server = await startServer();
    const pending = attachPipeStream({ socketPath: server.path }, { sessionId: "pipe-x" })
      .then(() => undefined, (e) => e);
    const conn = await server.accept();
    await acceptAttach(conn, "attachPipeStream", {
      code: StatusCode.STATUS_CODE_NOT_FOUND,
      message: "pipe session not found: pipe-x",
      attachPipeStream: {},
    });
    const err = await pending;
    assert.ok(err instanceof DaemonError, String(err));
    assert.equal(err.status, StatusCode.STATUS_CODE_NOT_FOUND);
    assert.equal(err.daemonMessage, "pipe session not found: pipe-x");
    await conn.ended;
  });

  test("ALREADY_ATTACHED surfaces with its status", async () => {
    await using server = await startServer();
    const pending = attachPtySession({ socketPath: server.path }, { sessionId: "pty-1" })
      .then(() => undefined, (e) => e);
    const conn = await server.accept();
    await acceptAttach(conn, "attachPtySession", {
      code: StatusCode.STATUS_CODE_ALREADY_ATTACHED,
      message: "session already has an attached client",
      attachPtySession: {},
    });
    const err = await pending;
    assert.ok(err instanceof DaemonError);
    assert.equal(err.statusName, "STATUS_CODE_ALREADY_ATTACHED");
  });

  test("a wrong request id or a missing payload is a ProtocolError", async () => {
    await using server = await startServer();
    const a = attachPipeStream({ socketPath: server.path }, { sessionId: "pipe-1" })
      .then(() => undefined, (e) => e);
    const c1 = await server.accept();
    await waitRequests(c1, 1);
    await reply(c1, { requestId: 2, attachPipeStream: {} });
    const e1 = await a;
    assert.ok(e1 instanceof ProtocolError, String(e1));
    assert.match(e1.message, /request_id 2/);

    const b = attachPipeStream({ socketPath: server.path }, { sessionId: "pipe-1" })
      .then(() => undefined, (e) => e);
    const c2 = await server.accept();
    await waitRequests(c2, 1);
    await reply(c2, { requestId: 1 });
    const e2 = await b;
    assert.ok(e2 instanceof ProtocolError, String(e2));
    assert.match(e2.message, /attach_pipe_stream response missing payload/);
  });

  test("no attach response in time is a TimeoutError", SLOW, async () => {
    await using server = await startServer();
    const t0 = Date.now();
    const pending = attachPipeStream({ socketPath: server.path }, {
      sessionId: "pipe-1",
      timeoutMs: 150,
    }).then(() => undefined, (e) => e);
    const conn = await server.accept();
    const err = await pending;
    assert.ok(err instanceof TimeoutError, String(err));
    assert.ok(Date.now() - t0 < 3000);
    await conn.ended;
  });

  test("a stream closed without a terminal frame ends with ConnectionClosedError", async () => {
    await using server = await startServer();
    const pending = attachPipeStream({ socketPath: server.path }, { sessionId: "pipe-1" });
    const conn = await server.accept();
    await acceptAttach(conn, "attachPipeStream", { attachPipeStream: {} });
    const att = await pending;
    await pipeFrame(conn, { case: "bytes", value: bytes("x\n") });
    await conn.end();
    const seen: string[] = [];
    const err = await (async () => {
      for await (const f of att.frames) seen.push(f.frame!.case);
    })().then(() => undefined, (e) => e);
    assert.deepEqual(seen, ["bytes"]);
    assert.ok(err instanceof ConnectionClosedError, String(err));
    assert.equal(att.terminal, undefined);
  });

  test("close() ends the iteration quietly; leaving a loop early closes", async () => {
    await using server = await startServer();
    const pending = attachPipeStream({ socketPath: server.path }, { sessionId: "pipe-1" });
    const conn = await server.accept();
    await acceptAttach(conn, "attachPipeStream", { attachPipeStream: {} });
    const att = await pending;
    await pipeFrame(conn, { case: "bytes", value: bytes("x\n") });
    const loop = collect(att.frames);
    await delay(30);
    await att.close();
    assert.equal((await loop).length, 1);
    await conn.ended;

    const p2 = attachPipeStream({ socketPath: server.path }, { sessionId: "pipe-1" });
    const conn2 = await server.accept();
    await acceptAttach(conn2, "attachPipeStream", { attachPipeStream: {} });
    const att2 = await p2;
    await pipeFrame(conn2, { case: "bytes", value: bytes("y\n") });
    for await (const _ of att2.frames) break;
    await conn2.ended;
    // Frames can be iterated once.
    await assert.rejects(collect(att2.frames), ValidationError);
  });

  test("an abort during the stream ends the iteration with AbortError", async () => {
    await using server = await startServer();
    const ac = new AbortController();
    const pending = attachPipeStream({ socketPath: server.path }, {
      sessionId: "pipe-1",
      signal: ac.signal,
    });
    const conn = await server.accept();
    await acceptAttach(conn, "attachPipeStream", { attachPipeStream: {} });
    const att = await pending;
    const loop = collect(att.frames).then(() => undefined, (e) => e);
    await delay(20);
    ac.abort();
    assert.ok((await loop) instanceof AbortError);
    await conn.ended;
  });

  test("an abort before the response rejects with AbortError", async () => {
    await using server = await startServer();
    const ac = new AbortController();
    const pending = attachPipeStream({ socketPath: server.path }, {
      sessionId: "pipe-1",
      signal: ac.signal,
    }).then(() => undefined, (e) => e);
    const conn = await server.accept();
    await waitRequests(conn, 1);
    ac.abort();
    assert.ok((await pending) instanceof AbortError);
    await conn.ended;
  });

  test("invalid arguments are refused before connecting", async () => {
    await assert.rejects(
      attachPipeStream({ socketPath: "/nonexistent/x.sock" }, {
        sessionId: "pipe-1",
        stream: "stdin" as "stdout",
      }),
      ValidationError,
    );
    await assert.rejects(
      attachPtySession({ socketPath: "/nonexistent/x.sock" }, { sessionId: "pty-1", rows: -1 }),
      ValidationError,
    );
  });

  test("pty: attach fields, input/resize/interrupt frames, output and exit code", async () => {
    await using server = await startServer();
    const pending = attachPtySession({ socketPath: server.path }, {
      sessionId: "pty-1",
      rows: 40,
      cols: 100,
      term: "xterm",
      steal: true,
    });
    const conn = await server.accept();
    const req = await acceptAttach(conn, "attachPtySession", {
      attachPtySession: { backlog: bytes("$ "), streamEndpoint: "" },
    });
    assert.equal(req.type, 61);
    assert.equal(req.attachPtySession?.sessionId, "pty-1");
    assert.equal(req.attachPtySession?.rows, 40);
    assert.equal(req.attachPtySession?.cols, 100);
    assert.equal(req.attachPtySession?.term, "xterm");
    assert.equal(req.attachPtySession?.steal, true);
    assert.equal(req.attachPtySession?.isTty, true); // default, like upstream
    await using pty = await pending;
    assert.equal(text(pty.backlog), "$ ");
    await pty.write("echo hi\n");
    await pty.write(new Uint8Array(70_000)); // split into two input frames
    await pty.resize(50, 120);
    await pty.interrupt();
    const all = (await waitFrames(conn, 6)).slice(1).map((f) => decodePtyInputFrame(f).frame);
    assert.equal(all[0]?.case, "input");
    assert.equal(text(all[0]!.value as Uint8Array), "echo hi\n");
    assert.equal((all[1]!.value as Uint8Array).length, 65536);
    assert.equal((all[2]!.value as Uint8Array).length, 70_000 - 65536);
    assert.deepEqual(all[3], { case: "resize", value: { rows: 50, cols: 120 } });
    assert.deepEqual(all[4], { case: "interrupt", value: true });
    await ptyFrame(conn, { case: "output", value: bytes("hi\r\n") });
    await ptyFrame(conn, { case: "exitCode", value: 0 });
    const frames = await collect(pty.frames);
    assert.deepEqual(frames.map((f) => f.frame?.case), ["output", "exitCode"]);
    assert.deepEqual(pty.terminal?.frame, { case: "exitCode", value: 0 });
  });

  test("pty: detach sends the detach frame; the daemon's close ends iteration quietly", async () => {
    await using server = await startServer();
    const pending = attachPtySession({ socketPath: server.path }, {
      sessionId: "pty-1",
      isTty: false,
    });
    const conn = await server.accept();
    const req = await acceptAttach(conn, "attachPtySession", { attachPtySession: {} });
    assert.equal(req.attachPtySession?.isTty, false);
    const pty = await pending;
    const loop = collect(pty.frames);
    const detached = pty.detach();
    const [, input] = await waitFrames(conn, 2);
    assert.deepEqual(decodePtyInputFrame(input).frame, { case: "detach", value: true });
    conn.socket.end();
    await detached;
    assert.deepEqual(await loop, []);
    await assert.rejects(pty.write("late"), ConnectionClosedError);
  });

  test("openAttach returns the response and the stream connection", async () => {
    await using server = await startServer();
    const pending = openAttach({ socketPath: server.path, clientName: "me" }, "attachPipeStream", {
      sessionId: "pipe-9",
      stream: 1,
    });
    const conn = await server.accept();
    const req = await acceptAttach(conn, "attachPipeStream", {
      attachPipeStream: { backlog: bytes("b") },
    });
    assert.equal(req.clientName, "me");
    const { response, connection, envelope } = await pending;
    assert.equal(text(response.backlog), "b");
    assert.equal(envelope.code, 0);
    await pipeFrame(conn, { case: "eof", value: true });
    assert.ok((await connection.readFrame()) !== undefined);
    await connection.close();
  });

  test("DaemonClient.attachPipeStream uses the client's connect options", async () => {
    await using server = await startServer();
    await using client = await DaemonClient.connect({ socketPath: server.path });
    const rpc = await server.accept();
    const pending = client.attachPipeStream({ sessionId: "pipe-5" });
    const conn = await server.accept(); // a second connection
    await acceptAttach(conn, "attachPipeStream", { attachPipeStream: {} });
    await using att = await pending;
    assert.equal(att.sessionId, "pipe-5");
    assert.equal(rpc.received().length, 0); // the RPC connection was not used
  });
});

describe("attach end to end (real daemon, pipe sessions)", () => {
  /** Spawns a pipe session, or returns undefined when serve() has no pipe sessions yet. */
  async function spawnPipe(
    client: DaemonClient,
    script: string,
    extra: { mergeStderrIntoStdout?: boolean } = {},
  ): Promise<string | undefined> {
    try {
      const r = await client.spawnPipeSessionRaw({ argv: ["sh", "-c", script], ...extra });
      return r.sessionId;
    } catch (e) {
      if (e instanceof DaemonError && e.status === StatusCode.STATUS_CODE_UNIMPLEMENTED) {
        return undefined;
      }
      throw e;
    }
  }
  type Ctx = { skip?: (m: string) => void };
  const skip = (t: unknown) => (t as Ctx).skip?.("pipe sessions are not in serve() yet");

  test("backlog, live bytes, then a terminal frame", SLOW, async (t) => {
    await using d = await startDaemon();
    await using client = await DaemonClient.connect({ socketPath: d.socketPath });
    const id = await spawnPipe(client, "echo READY; sleep 0.2; echo done");
    if (!id) return skip(t);
    await delay(100); // READY is in the ring, "done" is not yet
    await using att = await client.attachPipeStream({ sessionId: id });
    assert.equal(text(att.backlog), "READY\n");
    assert.equal(att.backlogTruncated, false);
    const frames = await collect(att.frames);
    const last = frames[frames.length - 1].frame!;
    assert.ok(["eof", "exitCode"].includes(last.case), `terminal ${last.case}`);
    const live = frames.filter((f) => f.frame?.case === "bytes")
      .map((f) => text(f.frame!.value as Uint8Array)).join("");
    assert.ok("done\n".startsWith(live), `live bytes ${JSON.stringify(live)}`);
    assert.deepEqual(att.terminal, frames[frames.length - 1]);
  });

  test("ALREADY_ATTACHED without steal; steal hands the victim stolenBy", SLOW, async (t) => {
    await using d = await startDaemon();
    await using client = await DaemonClient.connect({ socketPath: d.socketPath });
    const id = await spawnPipe(client, "sleep 5");
    if (!id) return skip(t);
    await using first = await client.attachPipeStream({ sessionId: id });
    const busy = await client.attachPipeStream({ sessionId: id }).then(() => undefined, (e) => e);
    assert.ok(busy instanceof DaemonError, String(busy));
    assert.equal(busy.status, StatusCode.STATUS_CODE_ALREADY_ATTACHED);
    await using thief = await client.attachPipeStream({ sessionId: id, steal: true });
    const victim = await collect(first.frames);
    assert.deepEqual(victim[victim.length - 1].frame, { case: "stolenBy", value: "peer" });
    await client.terminatePipeSession({ sessionId: id, graceMs: 100 });
    const rest = await collect(thief.frames);
    assert.deepEqual(rest[rest.length - 1].frame, {
      case: "error",
      value: "session terminated by request",
    });
  });

  test("daemon-side errors: unknown session, merged stderr", SLOW, async (t) => {
    await using d = await startDaemon();
    await using client = await DaemonClient.connect({ socketPath: d.socketPath });
    const id = await spawnPipe(client, "sleep 5", { mergeStderrIntoStdout: true });
    if (!id) return skip(t);
    const unknown = await client.attachPipeStream({ sessionId: "pipe-nope" })
      .then(() => undefined, (e) => e);
    assert.ok(unknown instanceof DaemonError);
    assert.equal(unknown.status, StatusCode.STATUS_CODE_NOT_FOUND);
    assert.equal(unknown.daemonMessage, "pipe session not found: pipe-nope");
    const merged = await client.attachPipeStream({ sessionId: id, stream: "stderr" })
      .then(() => undefined, (e) => e);
    assert.ok(merged instanceof DaemonError);
    assert.equal(merged.status, StatusCode.STATUS_CODE_INVALID_ARGUMENT);
    await client.terminatePipeSession({ sessionId: id, graceMs: 100 });
  });
});

describe("attach end to end (real daemon, PTY sessions)", () => {
  test("output, input, resize, detach; the session keeps running", SLOW, async (t) => {
    await using d = await startDaemon();
    await using client = await DaemonClient.connect({ socketPath: d.socketPath });
    let id: string;
    try {
      id = (await client.spawnPtySessionRaw({
        argv: ["sh", "-c", "echo ready; read x; echo got $x; sleep 10"],
        rows: 24,
        cols: 80,
      })).sessionId;
    } catch (e) {
      if (e instanceof DaemonError && e.status === StatusCode.STATUS_CODE_UNIMPLEMENTED) {
        return (t as { skip?: (m: string) => void }).skip?.("PTY sessions not in serve() yet");
      }
      throw e;
    }
    const pty = await client.attachPtySession({ sessionId: id, rows: 30, cols: 100 });
    let seen = text(pty.backlog);
    const it = pty.frames[Symbol.asyncIterator]();
    const until = async (re: RegExp) => {
      while (!re.test(seen)) {
        const r = await it.next();
        assert.ok(!r.done, `stream ended before ${re}: ${JSON.stringify(seen)}`);
        const f = r.value.frame;
        if (f?.case === "output") seen += text(f.value);
      }
    };
    await until(/ready/);
    await pty.write("hello\n");
    await until(/got hello/);
    const listed = (await client.listPtySessions()).sessions.find((s) => s.sessionId === id)!;
    assert.equal(listed.attached, true);
    assert.deepEqual([listed.rows, listed.cols], [30, 100]);
    await pty.resize(40, 120);
    await pty.detach();
    assert.equal((await it.next()).done, true);
    const after = (await client.listPtySessions()).sessions.find((s) => s.sessionId === id)!;
    assert.equal(after.attached, false);
    assert.equal(after.exited, false);
    assert.deepEqual([after.rows, after.cols], [40, 120]);
    await client.terminatePtySession({ sessionId: id, graceMs: 100 });
  });
});

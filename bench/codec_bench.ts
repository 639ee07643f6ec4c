/**
 * Runtime-neutral codec benchmark: our generated codecs (`proto_gen/daemon_pb.ts`) against
 * protobufjs static code (pbjs, with long.js for exact 64-bit values) and @bufbuild/protobuf v2
 * (protoc-gen-es), in one process, implementations interleaved round by round.
 *
 * - encode: an already-built message object, in each library's own representation → an owned
 *   `Uint8Array` (ours: `encodeX`; protobufjs: `X.encode(m).finish()`; protobuf-es:
 *   `toBinary(XSchema, m)`).
 * - encode-reuse (ours only, informative): `writeX` into a reused `Writer`, then `view()` (no
 *   copy): the path a connection's frame writer takes.
 * - decode: bytes → message object (ours: `decodeX`; protobufjs: `X.decode`; protobuf-es:
 *   `fromBinary`).
 *
 * Each measurement is a timed loop of calibrated batches; a round measures every
 * implementation once (rotating which goes first); ops/s is the median over the rounds.
 *
 * @module
 */
import Long from "long";
import protobuf from "protobufjs/minimal.js";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import * as ours from "../proto_gen/daemon_pb.ts";
import { Writer } from "../src/wire.ts";
import * as es from "./gen/daemon_pb.ts";
import { running_process as pbjsRoot } from "./gen/daemon_pbjs.js";

// protobufjs keeps 64-bit values exact only with long.js; make sure it uses it.
(protobuf as any).util.Long = Long;
(protobuf as any).configure();
const pbjs: any = (pbjsRoot as any).daemon.v1;

/** Implementations compared. */
export type Impl = "ours" | "protobufjs" | "protobuf-es";
/** Operations measured (`encode-reuse` is reported for `ours` only). */
export type Op = "encode" | "encode-reuse" | "decode";

/** One measured figure; the JSON line format of `bench/run.ts --json`. */
export interface BenchResult {
  runtime: string;
  message: string;
  op: Op;
  impl: Impl;
  ops_per_s: number;
}

/** One benchmarked message: its fixtures and the measured functions per implementation. */
export interface Case {
  /** Display name. */
  name: string;
  encode: Record<Impl, () => unknown>;
  encodeReuse: () => unknown;
  decode: Record<Impl, () => unknown>;
  /** Encoded bytes per implementation (checked equal before timing). */
  bytes: Record<Impl, Uint8Array>;
  /** Checks that every implementation's decode yields the fixture's values. */
  verify: () => void;
}

// ---------------------------------------------------------------------------------------------
// Fixtures

const SESSION_UUID = "3f2b8c1e-9a4d-4e7b-b6f0-2c5d8e1a7b94";
const CLIENT_NAME = "running-process-ts/0.1.0 (deno 2.9.5; linux x64)";
const BIG_DELIVERED = 9007199254740993n; // 2^53 + 1: not representable as a double

/** A deterministic pseudo-random generator (mulberry32), so fixtures are the same everywhere. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(r: () => number): string {
  const hex = "0123456789abcdef";
  let s = "";
  for (let i = 0; i < 32; i++) {
    if (i === 8 || i === 12 || i === 16 || i === 20) s += "-";
    let d = Math.floor(r() * 16);
    if (i === 12) d = 4;
    if (i === 16) d = 8 + (d & 3);
    s += hex[d];
  }
  return s;
}

interface PipeInfoFixture {
  sessionId: string;
  pid: number;
  command: string;
  cwd: string;
  originator: string;
  createdAt: number;
  stdoutAttached: boolean;
  stderrAttached: boolean;
  exited: boolean;
  exitCode: number;
  exitedAt: number;
  mergeStderrIntoStdout: boolean;
  terminationOutcome: number;
}

const COMMANDS = [
  "cargo build --release -p running-process",
  "npm run dev -- --port 5173",
  "python3 -m pytest -x tests/test_daemon.py",
  "deno test -A tests/",
  "bash -lc 'make -j8 all'",
  "node server.js",
  "go test ./...",
  "tail -F /var/log/syslog",
];
const CWDS = [
  "/home/dev/src/running-process",
  "/home/dev/src/web-frontend",
  "/srv/ci/workspace/build-4821",
  "/home/zoë/projets/données", // non-ASCII paths exist in the wild
  "/tmp",
];
const ORIGINATORS = ["rp-cli", "vscode-extension", "ci-runner:job-77", "agent:claude"];

function pipeSessions(n: number): PipeInfoFixture[] {
  const r = rng(20241126);
  const out: PipeInfoFixture[] = [];
  for (let i = 0; i < n; i++) {
    const exited = r() < 0.3;
    const created = 1732590000 + Math.floor(r() * 86400) + Math.floor(r() * 1000) / 1000;
    out.push({
      sessionId: uuid(r),
      pid: 1000 + Math.floor(r() * 4_000_000),
      command: COMMANDS[Math.floor(r() * COMMANDS.length)],
      cwd: CWDS[Math.floor(r() * CWDS.length)],
      originator: ORIGINATORS[Math.floor(r() * ORIGINATORS.length)],
      createdAt: created,
      stdoutAttached: !exited && r() < 0.6,
      stderrAttached: !exited && r() < 0.4,
      exited,
      exitCode: exited ? (r() < 0.7 ? 0 : 1 + Math.floor(r() * 130)) : 0,
      exitedAt: exited ? created + Math.floor(r() * 3600 * 1000) / 1000 : 0,
      mergeStderrIntoStdout: r() < 0.25,
      terminationOutcome: exited ? 1 + Math.floor(r() * 3) : 0,
    });
  }
  return out;
}

const STREAM_BYTES = (() => {
  const b = new Uint8Array(64);
  const line = "   Compiling running-process v0.1.0 (/home/dev/src/rp)\n\x1b[0m";
  for (let i = 0; i < 64; i++) b[i] = line.charCodeAt(i % line.length);
  return b;
})();

// ---------------------------------------------------------------------------------------------
// Helpers

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`benchmark fixture check failed: ${what}`);
}

/** Long / bigint / number → bigint, for cross-checking 64-bit values. */
function big(v: unknown): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number") return BigInt(v);
  if (v && typeof v === "object" && "high" in v && "low" in v) {
    return BigInt((v as any).toString());
  }
  throw new Error(`not an integer: ${String(v)}`);
}

function sharedWriter(): Writer {
  return reuseWriter.reset();
}
const reuseWriter = new Writer(16384);

// ---------------------------------------------------------------------------------------------
// Cases

function caseRegisterObserver(): Case {
  const id = 1234;
  const type = ours.RequestType.REQUEST_TYPE_REGISTER_SESSION_OBSERVER;
  const mOurs: ours.DaemonRequestInit = {
    id,
    type,
    protocolVersion: 1,
    clientName: CLIENT_NAME,
    registerSessionObserver: {
      sessionId: SESSION_UUID,
      sessionKind: ours.ObserverSessionKind.OBSERVER_SESSION_KIND_PIPE,
      categories: [0, 3],
      ringCapacityEvents: 4096,
      backpressure: ours.ObserverBackpressure.OBSERVER_BACKPRESSURE_BLOCK,
    },
  };
  const mPbjs = pbjs.DaemonRequest.create({
    id: Long.fromNumber(id, true),
    type,
    protocolVersion: 1,
    clientName: CLIENT_NAME,
    registerSessionObserver: pbjs.RegisterSessionObserverRequest.create({
      sessionId: SESSION_UUID,
      sessionKind: 2,
      categories: [0, 3],
      ringCapacityEvents: 4096,
      backpressure: 1,
    }),
  });
  const mEs = create(es.DaemonRequestSchema, {
    id: BigInt(id),
    type,
    protocolVersion: 1,
    clientName: CLIENT_NAME,
    registerSessionObserver: {
      sessionId: SESSION_UUID,
      sessionKind: es.ObserverSessionKind.PIPE,
      categories: [0, 3],
      ringCapacityEvents: 4096,
      backpressure: es.ObserverBackpressure.BLOCK,
    },
  });
  const bytes = {
    ours: ours.encodeDaemonRequest(mOurs),
    protobufjs: pbjs.DaemonRequest.encode(mPbjs).finish(),
    "protobuf-es": toBinary(es.DaemonRequestSchema, mEs),
  };
  const b = bytes.ours;
  return {
    name: "DaemonRequest register_session_observer",
    bytes,
    encode: {
      ours: () => ours.encodeDaemonRequest(mOurs),
      protobufjs: () => pbjs.DaemonRequest.encode(mPbjs).finish(),
      "protobuf-es": () => toBinary(es.DaemonRequestSchema, mEs),
    },
    encodeReuse: () => {
      const w = sharedWriter();
      ours.writeDaemonRequest(w, mOurs);
      return w.view();
    },
    decode: {
      ours: () => ours.decodeDaemonRequest(b),
      protobufjs: () => pbjs.DaemonRequest.decode(b),
      "protobuf-es": () => fromBinary(es.DaemonRequestSchema, b),
    },
    verify: () => {
      const o = ours.decodeDaemonRequest(b);
      const p = pbjs.DaemonRequest.decode(b);
      const e = fromBinary(es.DaemonRequestSchema, b);
      for (const [name, m] of [["ours", o], ["protobufjs", p], ["protobuf-es", e]] as const) {
        const s = (m as any).registerSessionObserver;
        check(big((m as any).id) === BigInt(id), `${name} id`);
        check((m as any).clientName === CLIENT_NAME, `${name} clientName`);
        check((m as any).protocolVersion === 1, `${name} protocolVersion`);
        check(s.sessionId === SESSION_UUID, `${name} sessionId`);
        check(s.sessionKind === 2 && s.backpressure === 1, `${name} enums`);
        check(s.ringCapacityEvents === 4096, `${name} capacity`);
        check(s.categories.length === 2 && s.categories[1] === 3, `${name} categories`);
      }
    },
  };
}

function caseObserverStatus(): Case {
  const requestId = 1234;
  const mOurs: ours.DaemonResponseInit = {
    requestId,
    code: ours.StatusCode.STATUS_CODE_OK,
    getSessionObserverStatus: {
      missedEvents: 17,
      disconnected: false,
      deliveredEvents: BIG_DELIVERED,
    },
  };
  const mPbjs = pbjs.DaemonResponse.create({
    requestId: Long.fromNumber(requestId, true),
    code: 0,
    getSessionObserverStatus: pbjs.GetSessionObserverStatusResponse.create({
      missedEvents: Long.fromNumber(17, true),
      disconnected: false,
      deliveredEvents: Long.fromString(BIG_DELIVERED.toString(), true),
    }),
  });
  const mEs = create(es.DaemonResponseSchema, {
    requestId: BigInt(requestId),
    code: es.StatusCode.OK,
    getSessionObserverStatus: {
      missedEvents: 17n,
      disconnected: false,
      deliveredEvents: BIG_DELIVERED,
    },
  });
  const bytes = {
    ours: ours.encodeDaemonResponse(mOurs),
    protobufjs: pbjs.DaemonResponse.encode(mPbjs).finish(),
    "protobuf-es": toBinary(es.DaemonResponseSchema, mEs),
  };
  const b = bytes.ours;
  return {
    name: "DaemonResponse get_session_observer_status",
    bytes,
    encode: {
      ours: () => ours.encodeDaemonResponse(mOurs),
      protobufjs: () => pbjs.DaemonResponse.encode(mPbjs).finish(),
      "protobuf-es": () => toBinary(es.DaemonResponseSchema, mEs),
    },
    encodeReuse: () => {
      const w = sharedWriter();
      ours.writeDaemonResponse(w, mOurs);
      return w.view();
    },
    decode: {
      ours: () => ours.decodeDaemonResponse(b),
      protobufjs: () => pbjs.DaemonResponse.decode(b),
      "protobuf-es": () => fromBinary(es.DaemonResponseSchema, b),
    },
    verify: () => {
      const o = ours.decodeDaemonResponse(b);
      const p = pbjs.DaemonResponse.decode(b);
      const e = fromBinary(es.DaemonResponseSchema, b);
      for (const [name, m] of [["ours", o], ["protobufjs", p], ["protobuf-es", e]] as const) {
        const s = (m as any).getSessionObserverStatus;
        check(big((m as any).requestId) === BigInt(requestId), `${name} requestId`);
        check(big(s.deliveredEvents) === BIG_DELIVERED, `${name} deliveredEvents exact`);
        check(big(s.missedEvents) === 17n, `${name} missedEvents`);
      }
    },
  };
}

function caseListPipeSessions(n: number): Case {
  const fx = pipeSessions(n);
  const mOurs: ours.ListPipeSessionsResponseInit = { sessions: fx.map((s) => ({ ...s })) };
  const mPbjs = pbjs.ListPipeSessionsResponse.create({
    sessions: fx.map((s) => pbjs.PipeSessionInfo.create({ ...s })),
  });
  const mEs = create(es.ListPipeSessionsResponseSchema, {
    sessions: fx.map((s) => create(es.PipeSessionInfoSchema, { ...s })),
  });
  const bytes = {
    ours: ours.encodeListPipeSessionsResponse(mOurs),
    protobufjs: pbjs.ListPipeSessionsResponse.encode(mPbjs).finish(),
    "protobuf-es": toBinary(es.ListPipeSessionsResponseSchema, mEs),
  };
  const b = bytes.ours;
  return {
    name: `ListPipeSessionsResponse (${n} sessions)`,
    bytes,
    encode: {
      ours: () => ours.encodeListPipeSessionsResponse(mOurs),
      protobufjs: () => pbjs.ListPipeSessionsResponse.encode(mPbjs).finish(),
      "protobuf-es": () => toBinary(es.ListPipeSessionsResponseSchema, mEs),
    },
    encodeReuse: () => {
      const w = sharedWriter();
      ours.writeListPipeSessionsResponse(w, mOurs);
      return w.view();
    },
    decode: {
      ours: () => ours.decodeListPipeSessionsResponse(b),
      protobufjs: () => pbjs.ListPipeSessionsResponse.decode(b),
      "protobuf-es": () => fromBinary(es.ListPipeSessionsResponseSchema, b),
    },
    verify: () => {
      const o = ours.decodeListPipeSessionsResponse(b);
      const p = pbjs.ListPipeSessionsResponse.decode(b);
      const e = fromBinary(es.ListPipeSessionsResponseSchema, b);
      for (const [name, m] of [["ours", o], ["protobufjs", p], ["protobuf-es", e]] as const) {
        const list = (m as any).sessions;
        check(list.length === n, `${name} session count`);
        for (let i = 0; i < n; i++) {
          for (const k of Object.keys(fx[i]) as (keyof PipeInfoFixture)[]) {
            check(list[i][k] === fx[i][k], `${name} sessions[${i}].${k}`);
          }
        }
      }
    },
  };
}

function caseStreamBytes(): Case {
  const mOurs: ours.PipeStreamFrameInit = { frame: { case: "bytes", value: STREAM_BYTES } };
  const mPbjs = pbjs.PipeStreamFrame.create({ bytes: STREAM_BYTES });
  const mEs = create(es.PipeStreamFrameSchema, { frame: { case: "bytes", value: STREAM_BYTES } });
  const bytes = {
    ours: ours.encodePipeStreamFrame(mOurs),
    protobufjs: pbjs.PipeStreamFrame.encode(mPbjs).finish(),
    "protobuf-es": toBinary(es.PipeStreamFrameSchema, mEs),
  };
  const b = bytes.ours;
  return {
    name: "PipeStreamFrame bytes (64 B)",
    bytes,
    encode: {
      ours: () => ours.encodePipeStreamFrame(mOurs),
      protobufjs: () => pbjs.PipeStreamFrame.encode(mPbjs).finish(),
      "protobuf-es": () => toBinary(es.PipeStreamFrameSchema, mEs),
    },
    encodeReuse: () => {
      const w = sharedWriter();
      ours.writePipeStreamFrame(w, mOurs);
      return w.view();
    },
    decode: {
      ours: () => ours.decodePipeStreamFrame(b),
      protobufjs: () => pbjs.PipeStreamFrame.decode(b),
      "protobuf-es": () => fromBinary(es.PipeStreamFrameSchema, b),
    },
    verify: () => {
      const o = ours.decodePipeStreamFrame(b).frame;
      const p = pbjs.PipeStreamFrame.decode(b);
      const e = fromBinary(es.PipeStreamFrameSchema, b).frame;
      check(o?.case === "bytes" && equalBytes(o.value, STREAM_BYTES), "ours bytes");
      check(p.frame === "bytes" && equalBytes(p.bytes, STREAM_BYTES), "protobufjs bytes");
      check(e.case === "bytes" && equalBytes(e.value, STREAM_BYTES), "protobuf-es bytes");
    },
  };
}

function caseStreamExit(): Case {
  const code = 0;
  const mOurs: ours.PipeStreamFrameInit = { frame: { case: "exitCode", value: code } };
  const mPbjs = pbjs.PipeStreamFrame.create({ exitCode: code });
  const mEs = create(es.PipeStreamFrameSchema, { frame: { case: "exitCode", value: code } });
  const bytes = {
    ours: ours.encodePipeStreamFrame(mOurs),
    protobufjs: pbjs.PipeStreamFrame.encode(mPbjs).finish(),
    "protobuf-es": toBinary(es.PipeStreamFrameSchema, mEs),
  };
  const b = bytes.ours;
  return {
    name: "PipeStreamFrame exit_code",
    bytes,
    encode: {
      ours: () => ours.encodePipeStreamFrame(mOurs),
      protobufjs: () => pbjs.PipeStreamFrame.encode(mPbjs).finish(),
      "protobuf-es": () => toBinary(es.PipeStreamFrameSchema, mEs),
    },
    encodeReuse: () => {
      const w = sharedWriter();
      ours.writePipeStreamFrame(w, mOurs);
      return w.view();
    },
    decode: {
      ours: () => ours.decodePipeStreamFrame(b),
      protobufjs: () => pbjs.PipeStreamFrame.decode(b),
      "protobuf-es": () => fromBinary(es.PipeStreamFrameSchema, b),
    },
    verify: () => {
      const o = ours.decodePipeStreamFrame(b).frame;
      const p = pbjs.PipeStreamFrame.decode(b);
      const e = fromBinary(es.PipeStreamFrameSchema, b).frame;
      check(o?.case === "exitCode" && o.value === code, "ours exit code");
      check(p.frame === "exitCode" && p.exitCode === code, "protobufjs exit code");
      check(e.case === "exitCode" && e.value === code, "protobuf-es exit code");
    },
  };
}

/** Builds every benchmark case and checks that the three implementations agree byte for byte. */
export function buildCases(): Case[] {
  const cases = [
    caseRegisterObserver(),
    caseObserverStatus(),
    caseListPipeSessions(100),
    caseStreamBytes(),
    caseStreamExit(),
  ];
  for (const c of cases) {
    check(
      equalBytes(c.bytes.ours, c.bytes.protobufjs),
      `${c.name}: ours and protobufjs bytes differ`,
    );
    check(
      equalBytes(c.bytes.ours, c.bytes["protobuf-es"]),
      `${c.name}: ours and protobuf-es bytes differ`,
    );
    check(equalBytes(c.encodeReuse() as Uint8Array, c.bytes.ours), `${c.name}: writeX differs`);
    c.verify();
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Timing

/** Where every result is stored, so that no engine can drop the work as dead code. */
const holder: { last: unknown } = { last: undefined };

/** A timed loop: runs `fn` `n` times, storing each result in `h.last`; returns milliseconds. */
type Loop = (fn: () => unknown, n: number, h: { last: unknown }) => number;

/**
 * A separately compiled copy of the timed loop for each measured function, so that every
 * call site `fn()` stays monomorphic (and inlinable) instead of one shared megamorphic loop
 * adding the same dispatch cost to every implementation — which would compress the ratios
 * of the fastest operations. Same idea as benchmark.js's compiled test functions.
 */
function makeLoop(): Loop {
  return new Function(
    "fn",
    "n",
    "h",
    "const t0 = performance.now();\n" +
      "for (let i = 0; i < n; i++) h.last = fn();\n" +
      "return performance.now() - t0;",
  ) as Loop;
}

interface Timed {
  fn: () => unknown;
  loop: Loop;
}

/** Iterations per batch so that one batch takes about `batchMs`. */
function calibrate(t: Timed, batchMs: number): number {
  let n = 16;
  for (;;) {
    const ms = t.loop(t.fn, n, holder);
    if (ms >= batchMs / 4 || n >= 1 << 26) {
      return Math.max(1, Math.round((n * batchMs) / Math.max(ms, 1e-3)));
    }
    n *= 4;
  }
}

/** Measures ops/s over about `ms` milliseconds of calibrated batches. */
function measure(t: Timed, n: number, ms: number): number {
  let ops = 0;
  let elapsed = 0;
  while (elapsed < ms) {
    elapsed += t.loop(t.fn, n, holder);
    ops += n;
  }
  holder.last = undefined;
  return (ops * 1000) / elapsed;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Benchmark settings. */
export interface BenchOptions {
  /** Interleaved rounds per (message, op); ops/s is the median over rounds. */
  rounds: number;
  /** Milliseconds per implementation per round. */
  roundMs: number;
  /** Warm-up milliseconds per implementation before the rounds. */
  warmupMs: number;
  /** Target duration of one timed batch, in milliseconds. */
  batchMs: number;
  /** Progress output (stderr), or nothing. */
  log?: (line: string) => void;
  /** Only cases whose name contains this string. */
  filter?: string;
}

/** Defaults: about 1.5 s per (message, op). */
export const DEFAULT_OPTIONS: BenchOptions = { rounds: 7, roundMs: 60, warmupMs: 150, batchMs: 5 };

/** Name and version of the running JavaScript runtime, e.g. `deno 2.9.5 (V8 14.x)`. */
export function runtimeName(): { runtime: string; version: string; engine: string } {
  const g = globalThis as any;
  if (g.Bun) {
    return {
      runtime: "bun",
      version: g.Bun.version,
      engine: `JavaScriptCore ${g.process?.versions?.webkit ?? "?"}`,
    };
  }
  if (g.Deno) {
    return { runtime: "deno", version: g.Deno.version.deno, engine: `V8 ${g.Deno.version.v8}` };
  }
  return {
    runtime: "node",
    version: g.process?.versions?.node ?? "?",
    engine: `V8 ${g.process?.versions?.v8 ?? "?"}`,
  };
}

/** Runs the whole benchmark in the current runtime. */
export function runCodecBench(opts: BenchOptions = DEFAULT_OPTIONS): BenchResult[] {
  const { runtime } = runtimeName();
  const cases = buildCases().filter((c) => !opts.filter || c.name.includes(opts.filter));
  const impls: Impl[] = ["ours", "protobufjs", "protobuf-es"];
  const results: BenchResult[] = [];
  for (const c of cases) {
    for (const op of ["encode", "decode"] as const) {
      // Entries: the three implementations, plus ours' reused-writer path for encode.
      const entries: (Timed & { impl: Impl; op: Op })[] = impls.map((impl) => ({
        impl,
        op,
        fn: op === "encode" ? c.encode[impl] : c.decode[impl],
        loop: makeLoop(),
      }));
      if (op === "encode") {
        entries.push({ impl: "ours", op: "encode-reuse", fn: c.encodeReuse, loop: makeLoop() });
      }
      const sizes = entries.map((e) => {
        measure(e, calibrate(e, opts.batchMs), opts.warmupMs);
        return calibrate(e, opts.batchMs);
      });
      const samples: number[][] = entries.map(() => []);
      for (let r = 0; r < opts.rounds; r++) {
        for (let k = 0; k < entries.length; k++) {
          const i = (k + r) % entries.length; // rotate who goes first
          samples[i].push(measure(entries[i], sizes[i], opts.roundMs));
        }
      }
      for (let i = 0; i < entries.length; i++) {
        const ops = median(samples[i]);
        results.push({
          runtime,
          message: c.name,
          op: entries[i].op,
          impl: entries[i].impl,
          ops_per_s: Math.round(ops),
        });
      }
      opts.log?.(`${runtime}: ${c.name} ${op} done`);
    }
  }
  return results;
}

/**
 * Data path benchmark: output of a child through the daemon (a daemon in its own process of
 * the same runtime as the client, `src/cli/main.ts serve`, reached through the public client
 * API) against the limit of the same work done directly in this runtime.
 *
 * Cases (each the median of `--rounds` rounds, ours and limit interleaved):
 *
 * - `pipe 128 MiB`: `head -c 134217728 /dev/zero` read through a lossless attached pipe
 *   stream, against a direct pipe read of the same child (MB/s; ratio ours/limit).
 * - `pty 128 MiB`: the same through a PTY session, against a direct PTY read (Bun's
 *   `Bun.spawn({ terminal })`; Deno has no PTY API: the limit is "n/a").
 * - `spawn true`: SPAWN_PIPE_SESSION with `observe` plus the `exited` event at the
 *   subscriber, against a direct spawn + wait (ms per spawn; ratio limit/ours, so that
 *   bigger is better everywhere).
 * - `spawn true, vs own-session spawn`: the same, against a direct spawn + wait in a session
 *   of its own, as the daemon starts every child (Deno: `setsid true`; Bun: `detached`).
 * - `run true (session handle)`: `client.run(["true"])` (spawn, output streams, exit and
 *   outcome), against a direct spawn that reads the child's stdout and stderr and waits.
 * - `10 shared readers`: ten `shared` attachments of one stream, each checked to get every
 *   byte; total bytes delivered per second against one direct pipe read.
 * - `RSS 1 GiB flood`: the daemon's peak RSS over its idle baseline while a client reads a
 *   1 GiB flood slowly (drop-oldest), against the 64 MiB budget.
 *
 * Run: `deno task bench --only data` (also runs the Bun half) or
 * `bun bench/data_path.ts [--json] [--rounds N] [--mib N]`.
 *
 * @module
 */
import { mkdtempSync, readFileSync } from "node:fs";
import process from "node:process";
import { DaemonClient } from "../src/client/daemon_client.ts";
import { daemonRuntimeFlags, type ServerProcess, startServer } from "./child.ts";
import { spawnPipeSession, spawnPtySession } from "../src/client/spawn_helpers.ts";
import { detectRuntime } from "../src/runtime.ts";

/** One result row. */
export interface DataPathRow {
  runtime: string;
  case: string;
  /** Our figure, formatted with its unit. */
  ours: string;
  /** The limit, formatted with its unit, or "n/a". */
  limit: string;
  /** ours/limit for throughputs, limit/ours for latencies and budgets (bigger is better). */
  ratio: string;
  /** Raw numbers (for --json consumers). */
  oursValue: number;
  limitValue: number;
}

interface Opts {
  rounds: number;
  mib: number;
  floodMib: number;
  spawns: number;
  readers: number;
  log: (s: string) => void;
}

const enc = new TextEncoder();
const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor(s.length / 2)];
};

// ---------------------------------------------------------------------------------------------
// The daemon in its own process

/**
 * Starts `src/cli/main.ts serve` in a child of this runtime (with `RP_BENCH_DAEMON_FLAGS`, see
 * `daemonRuntimeFlags`); its ready line is `serve --json`'s `{ socketPath, pid }`.
 */
function startDaemon(): Promise<ServerProcess> {
  const socketPath = mkdtempSync("/tmp/rpd-") + "/d.sock";
  return startServer(
    "../src/cli/main.ts",
    ["--socket", socketPath, "--json", "serve"],
    daemonRuntimeFlags(),
  );
}

function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) * 1024 : NaN;
}

// ---------------------------------------------------------------------------------------------
// Direct limits (runtime APIs: allowed here, outside src/)

// deno-lint-ignore no-explicit-any
const G = globalThis as any;

async function directPipe(bytes: number): Promise<number> {
  const t0 = performance.now();
  let n = 0;
  if (G.Deno) {
    const child = new G.Deno.Command("head", {
      args: ["-c", String(bytes), "/dev/zero"],
      stdin: "null",
      stdout: "piped",
      stderr: "null",
    }).spawn();
    for await (const c of child.stdout as AsyncIterable<Uint8Array>) n += c.length;
    await child.status;
  } else {
    const p = G.Bun.spawn(["head", "-c", String(bytes), "/dev/zero"], {
      stdin: "ignore",
      stdout: "pipe",
      stderr: "ignore",
    });
    for await (const c of p.stdout as AsyncIterable<Uint8Array>) n += c.length;
    await p.exited;
  }
  if (n !== bytes) throw new Error(`direct pipe read ${n} of ${bytes} bytes`);
  return performance.now() - t0;
}

async function directPty(bytes: number): Promise<number> {
  if (!G.Bun) return NaN;
  const t0 = performance.now();
  let n = 0;
  let done!: () => void;
  const all = new Promise<void>((r) => (done = r));
  const p = G.Bun.spawn(["head", "-c", String(bytes), "/dev/zero"], {
    terminal: {
      cols: 80,
      rows: 24,
      data(_t: unknown, d: Uint8Array) {
        n += d.length;
        if (n >= bytes) done();
      },
    },
  });
  await all;
  await p.exited;
  p.terminal?.close?.();
  return performance.now() - t0;
}

/** A direct spawn of `true` that reads its stdout and stderr whole and waits (ms). */
async function directRun(): Promise<number> {
  const t0 = performance.now();
  if (G.Deno) {
    await new G.Deno.Command("true", { stdin: "null" }).output();
  } else {
    const p = G.Bun.spawn(["true"], { stdin: "ignore", stdout: "pipe", stderr: "pipe" });
    await Promise.all([
      new Response(p.stdout).arrayBuffer(),
      new Response(p.stderr).arrayBuffer(),
      p.exited,
    ]);
  }
  return performance.now() - t0;
}

async function directSpawn(): Promise<number> {
  const t0 = performance.now();
  if (G.Deno) {
    await new G.Deno.Command("true", { stdin: "null", stdout: "null", stderr: "null" }).spawn()
      .status;
  } else {
    await G.Bun.spawn(["true"], { stdin: "ignore", stdout: "ignore", stderr: "ignore" }).exited;
  }
  return performance.now() - t0;
}

/**
 * A direct spawn + wait of `true` in a session of its own, as the daemon starts every child:
 * on Deno through `setsid` (its `detached` forks the whole runtime), on Bun `detached`.
 */
async function directSpawnOwnSession(): Promise<number> {
  const t0 = performance.now();
  if (G.Deno) {
    await new G.Deno.Command("setsid", {
      args: ["true"],
      stdin: "null",
      stdout: "null",
      stderr: "null",
    }).spawn().status;
  } else {
    await G.Bun.spawn(["true"], {
      stdin: "ignore",
      stdout: "ignore",
      stderr: "ignore",
      detached: true,
    }).exited;
  }
  return performance.now() - t0;
}

// ---------------------------------------------------------------------------------------------
// Through the daemon

/** `sh` that waits for one line on stdin, then floods `bytes` zero bytes on stdout. */
const gated = (bytes: number, pty = false) => [
  "/bin/sh",
  "-c",
  `${pty ? "stty -echo; " : ""}read _x; exec head -c ${bytes} /dev/zero`,
];

export async function oursPipe(client: DaemonClient, bytes: number): Promise<number> {
  const s = await spawnPipeSession(client, { argv: gated(bytes) });
  const att = await client.attachPipeStream({ sessionId: s.sessionId, backpressure: "block" });
  let n = att.backlog.length;
  const t0 = performance.now();
  await client.writePipeStdin({ sessionId: s.sessionId, data: enc.encode("go\n"), close: true });
  for await (const c of att.bytes()) n += c.length;
  const ms = performance.now() - t0;
  if (n !== bytes) throw new Error(`pipe stream delivered ${n} of ${bytes} bytes`);
  return ms;
}

export /** Bytes the PTY case lost (missed_bytes), per round. */
const ptyMissed: number[] = [];

async function oursPty(client: DaemonClient, bytes: number): Promise<number> {
  const s = await spawnPtySession(client, { argv: gated(bytes, true), rows: 24, cols: 80 });
  const att = await client.attachPtySession({
    sessionId: s.sessionId,
    backpressure: "block",
    rows: 24,
    cols: 80,
  });
  let n = 0;
  await new Promise((r) => setTimeout(r, 50)); // let stty -echo run
  const t0 = performance.now();
  await att.write("go\n");
  let missed = 0;
  for await (const c of att.output()) {
    if (c.kind === "bytes") n += c.bytes.length;
    else missed += c.count;
  }
  const ms = performance.now() - t0;
  // Where the terminal's output cannot be suspended, past its read-ahead the daemon drops.
  if (n + missed < bytes) throw new Error(`pty stream delivered ${n} of ${bytes} bytes`);
  if (missed > 0) ptyMissed.push(missed);
  return (ms * bytes) / n; // time per byte delivered, scaled to the whole flood
}

export async function oursSpawn(client: DaemonClient): Promise<number> {
  const t0 = performance.now();
  const s = await spawnPipeSession(client, { argv: ["true"], observe: true });
  const sub = s.subscription!.subscriber;
  for (;;) {
    const r = await sub.recv();
    if (r === undefined) throw new Error("observer ended before exited");
    if (r.type === "event" && r.kind === "exited") break;
  }
  const ms = performance.now() - t0;
  await sub.close();
  return ms;
}

/** `client.run(["true"])`: ms until the result (exit code, outcome, output) is there. */
export async function oursRun(client: DaemonClient): Promise<number> {
  const t0 = performance.now();
  const r = await client.run(["true"]);
  const ms = performance.now() - t0;
  if (r.exitCode !== 0 || r.outcome !== "natural-exit") throw new Error(`run true: ${r.exitCode}`);
  return ms;
}

/** Bytes per second delivered to `readers` shared readers in total; NaN when unsupported. */
export async function oursShared(
  client: DaemonClient,
  bytes: number,
  readers: number,
): Promise<number> {
  const s = await spawnPipeSession(client, { argv: gated(bytes) });
  const atts = [];
  try {
    for (let i = 0; i < readers; i++) {
      atts.push(
        await client.attachPipeStream(
          {
            sessionId: s.sessionId,
            backpressure: "block",
            shared: true,
          } as Parameters<DaemonClient["attachPipeStream"]>[0],
        ),
      );
    }
  } catch (e) {
    for (const a of atts) await a.close();
    await client.terminatePipeSession({ sessionId: s.sessionId, graceMs: 0 }).catch(() => {});
    return e instanceof Error && /busy|attached|already/i.test(e.message) ? NaN : Promise.reject(e);
  }
  const t0 = performance.now();
  await client.writePipeStdin({ sessionId: s.sessionId, data: enc.encode("go\n"), close: true });
  const counts = await Promise.all(atts.map(async (a) => {
    let n = 0;
    for await (const c of a.bytes()) n += c.length;
    return n;
  }));
  const ms = performance.now() - t0;
  for (const n of counts) {
    if (n !== bytes) throw new Error(`a shared reader got ${n} of ${bytes} bytes`);
  }
  return (bytes * readers) / (ms / 1000);
}

/** Peak RSS growth (bytes) of the daemon while a slow client follows a flood. */
async function floodRss(client: DaemonClient, pid: number, bytes: number): Promise<number> {
  const s = await spawnPipeSession(client, { argv: gated(bytes) });
  const att = await client.attachPipeStream({ sessionId: s.sessionId });
  await new Promise((r) => setTimeout(r, 200));
  const base = rssBytes(pid);
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 10);
  await client.writePipeStdin({ sessionId: s.sessionId, data: enc.encode("go\n"), close: true });
  let got = 0;
  let missed = 0;
  for await (const o of att.output()) {
    if (o.kind === "bytes") got += o.bytes.length;
    else missed += o.count;
    await new Promise((r) => setTimeout(r, 5)); // a slow reader
  }
  clearInterval(timer);
  peak = Math.max(peak, rssBytes(pid));
  if (got + missed + att.backlog.length !== bytes) {
    throw new Error(`flood: ${got} bytes + ${missed} missed != ${bytes}`);
  }
  return peak - base;
}

// ---------------------------------------------------------------------------------------------

const MB = 1e6;
const fmtRate = (bps: number) => Number.isNaN(bps) ? "n/a" : `${(bps / MB).toFixed(0)} MB/s`;
const fmtMs = (ms: number) => Number.isNaN(ms) ? "n/a" : `${ms.toFixed(2)} ms`;
const fmtRatio = (x: number) => Number.isNaN(x) ? "n/a" : `${x.toFixed(2)}×`;

/**
 * Times `direct` and `ours` `n` times each, one after the other, and pushes the median of
 * each to `directMedians` / `oursMedians`.
 */
async function interleaved(
  n: number,
  direct: () => Promise<number>,
  ours: () => Promise<number>,
  directMedians: number[],
  oursMedians: number[],
): Promise<void> {
  const d: number[] = [], u: number[] = [];
  for (let i = 0; i < n; i++) {
    d.push(await direct());
    u.push(await ours());
  }
  directMedians.push(median(d));
  oursMedians.push(median(u));
}

/** Runs every case in this runtime; returns the rows. */
export async function runDataPath(o: Opts): Promise<DataPathRow[]> {
  const rt = detectRuntime();
  const daemon = await startDaemon();
  const client = await DaemonClient.connect({ socketPath: daemon.info.socketPath });
  const rows: DataPathRow[] = [];
  const row = (
    c: string,
    ours: number,
    limit: number,
    fmt: (x: number) => string,
    higherBetter: boolean,
  ) => {
    rows.push({
      runtime: rt,
      case: c,
      ours: fmt(ours),
      limit: fmt(limit),
      ratio: fmtRatio(higherBetter ? ours / limit : limit / ours),
      oursValue: ours,
      limitValue: limit,
    });
    o.log(`${rt} ${c}: ours ${fmt(ours)} limit ${fmt(limit)}`);
  };
  try {
    const bytes = o.mib * 1024 * 1024;
    // Warm-up (JIT, page cache, daemon code paths).
    await oursPipe(client, 8 << 20);
    await directPipe(8 << 20);
    const a: number[] = [], al: number[] = [];
    const b: number[] = [], bl: number[] = [];
    const c: number[] = [], cl: number[] = [];
    const e: number[] = [], el: number[] = [];
    const f: number[] = [], fl: number[] = [];
    const d: number[] = [];
    for (let r = 0; r < o.rounds; r++) {
      al.push(bytes / (await directPipe(bytes) / 1000));
      a.push(bytes / (await oursPipe(client, bytes) / 1000));
      bl.push(bytes / (await directPty(bytes) / 1000));
      b.push(bytes / (await oursPty(client, bytes) / 1000));
      await interleaved(o.spawns, directSpawn, () => oursSpawn(client), cl, c);
      await interleaved(o.spawns, directSpawnOwnSession, () => oursSpawn(client), fl, f);
      await interleaved(o.spawns, directRun, () => oursRun(client), el, e);
      d.push(await oursShared(client, bytes / 4, o.readers));
    }
    const pipeLimit = median(al);
    row(`pipe ${o.mib} MiB (lossless attach)`, median(a), pipeLimit, fmtRate, true);
    const lost = ptyMissed.length > 0 ? `, ${(median(ptyMissed) / MB).toFixed(1)} MB missed` : "";
    ptyMissed.length = 0;
    row(`pty ${o.mib} MiB (lossless attach${lost})`, median(b), median(bl), fmtRate, true);
    row("spawn `true` + exited", median(c), median(cl), fmtMs, false);
    row("spawn `true` + exited, vs own-session spawn", median(f), median(fl), fmtMs, false);
    row("run `true` (session handle)", median(e), median(el), fmtMs, false);
    row(`${o.readers} shared readers (total)`, median(d), pipeLimit, fmtRate, true);
    const rss: number[] = [];
    for (let r = 0; r < o.rounds; r++) {
      rss.push(await floodRss(client, daemon.pid, o.floodMib << 20));
    }
    row(
      `daemon RSS over idle, ${o.floodMib} MiB flood, slow reader`,
      median(rss),
      64 << 20,
      (x) => `${(x / (1 << 20)).toFixed(1)} MiB`,
      false,
    );
  } finally {
    await client.close();
    await daemon.stop();
  }
  return rows;
}

/** Parses `--rounds N --mib N --flood-mib N --spawns N --readers N`. */
export function dataPathOptions(argv: string[], log: (s: string) => void): Opts {
  const o: Opts = { rounds: 3, mib: 128, floodMib: 1024, spawns: 40, readers: 10, log };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === "--rounds") o.rounds = Number(argv[++i]);
    else if (x === "--mib") o.mib = Number(argv[++i]);
    else if (x === "--flood-mib") o.floodMib = Number(argv[++i]);
    else if (x === "--spawns") o.spawns = Number(argv[++i]);
    else if (x === "--readers") o.readers = Number(argv[++i]);
  }
  return o;
}

/** Renders rows as a Markdown table. */
export function renderDataPath(rows: DataPathRow[]): string {
  const head = ["runtime", "case", "ours", "limit", "ratio"] as const;
  const cells = rows.map((r) => head.map((h) => String(r[h])));
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: readonly string[]) =>
    "| " + c.map((x, i) => (i >= 2 ? x.padStart(w[i]) : x.padEnd(w[i]))).join(" | ") + " |";
  return [
    line(head),
    "|" + w.map((n, i) => (i >= 2 ? "-".repeat(n + 1) + ":" : "-".repeat(n + 2))).join("|") + "|",
    ...cells.map(line),
  ].join("\n");
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const rows = await runDataPath(dataPathOptions(argv, (s) => process.stderr.write(s + "\n")));
  if (argv.includes("--json")) {
    for (const r of rows) process.stdout.write(JSON.stringify(r) + "\n");
  } else console.log(renderDataPath(rows));
  process.exit(0);
}

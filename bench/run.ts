/**
 * Entry point of `deno task bench`: runs the codec benchmark in the current runtime and, under
 * Deno, also under Bun (a child `bun bench/run.ts --child`), then prints one table with the
 * ratios ours/protobufjs and ours/protobuf-es and the verdict on each target.
 *
 * Usage:
 *   deno task bench [--json] [--quick] [--rounds N] [--ms N] [--filter TEXT] [--no-bun]
 *                   [--only codec|data] [--data-rounds N] [--mib N] [--flood-mib N]
 *   bun bench/run.ts [--json] ...      (Bun only)
 *
 * `--only data` runs just the data path benchmark (`data_path.ts`: output through the daemon
 * against a direct pipe, spawn latency, shared readers, daemon RSS under a flood); `--only
 * codec` just the codec one. Without `--only` both run.
 *
 * `--json` prints one JSON object per line: `{"runtime","message","op","impl","ops_per_s"}`
 * (`op` is `encode`, `decode`, or `encode-reuse` for ours' reused-writer path).
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import process from "node:process";
import {
  type BenchOptions,
  type BenchResult,
  DEFAULT_OPTIONS,
  runCodecBench,
  runtimeName,
} from "./codec_bench.ts";
import { dataPathOptions, type DataPathRow, renderDataPath, runDataPath } from "./data_path.ts";

interface Args {
  json: boolean;
  only: "codec" | "data" | undefined;
  dataArgs: string[];
  child: boolean;
  bun: boolean;
  opts: BenchOptions;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    json: false,
    only: undefined,
    dataArgs: [],
    child: false,
    bun: true,
    opts: { ...DEFAULT_OPTIONS },
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === "--json") a.json = true;
    else if (x === "--child") a.child = true;
    else if (x === "--no-bun") a.bun = false;
    else if (x === "--quick") a.opts = { ...a.opts, rounds: 3, roundMs: 25, warmupMs: 50 };
    else if (x === "--rounds") a.opts.rounds = Number(argv[++i]);
    else if (x === "--ms") a.opts.roundMs = Number(argv[++i]);
    else if (x === "--filter") a.opts.filter = argv[++i];
    else if (x === "--only") {
      const v = argv[++i];
      if (v !== "codec" && v !== "data") throw new Error(`--only takes codec or data, not ${v}`);
      a.only = v;
    } else if (x === "--data-rounds") a.dataArgs.push("--rounds", argv[++i]);
    else if (x === "--mib" || x === "--flood-mib" || x === "--spawns" || x === "--readers") {
      a.dataArgs.push(x, argv[++i]);
    } else throw new Error(`unknown argument ${x}`);
  }
  return a;
}

/** Runtime descriptions for the table header, e.g. `deno 2.9.5 (V8 …)`. */
const runtimes = new Map<string, string>();

function describeSelf(): string {
  const r = runtimeName();
  return `${r.runtime} ${r.version} (${r.engine})`;
}

function runBunChild(args: Args, extra: string[]): unknown[] {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const bun = fileURLToPath(new URL("../node_modules/.bin/bun", import.meta.url));
  const childArgs = [
    here + "run.ts",
    "--child",
    "--json",
    "--rounds",
    String(args.opts.rounds),
    "--ms",
    String(args.opts.roundMs),
  ];
  childArgs.push(...extra);
  if (args.opts.filter) childArgs.push("--filter", args.opts.filter);
  if (args.opts.warmupMs !== DEFAULT_OPTIONS.warmupMs) childArgs.push("--quick");
  const r = spawnSync(bun, childArgs, {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`bun child exited with status ${r.status}`);
  const out: unknown[] = [];
  for (const line of r.stdout.split("\n")) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    if (o.describe) runtimes.set(o.runtime, o.describe);
    else out.push(o);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Table

const fmtOps = (n: number) =>
  n >= 1e6
    ? `${(n / 1e6).toFixed(2)} M`
    : n >= 1e3
    ? `${(n / 1e3).toFixed(1)} k`
    : `${n.toFixed(0)}`;
const fmtRatio = (x: number) => `${x.toFixed(2)}×`;
const geomean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** Renders the results as a Markdown table plus the target verdicts. */
export function renderTable(results: BenchResult[]): string {
  const lines: string[] = [];
  const get = (rt: string, msg: string, op: string, impl: string) =>
    results.find((r) => r.runtime === rt && r.message === msg && r.op === op && r.impl === impl)
      ?.ops_per_s ?? NaN;
  const rts = [...new Set(results.map((r) => r.runtime))];
  const msgs = [...new Set(results.map((r) => r.message))];
  const head = [
    "runtime",
    "message",
    "op",
    "ours",
    "protobufjs",
    "protobuf-es",
    "ours/pbjs",
    "ours/es",
    "ours reused Writer",
  ];
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const rt of rts) {
    const ratios: Record<string, { pbjs: number[]; es: number[] }> = {
      encode: { pbjs: [], es: [] },
      decode: { pbjs: [], es: [] },
    };
    for (const op of ["encode", "decode"]) {
      for (const msg of msgs) {
        const o = get(rt, msg, op, "ours");
        const p = get(rt, msg, op, "protobufjs");
        const e = get(rt, msg, op, "protobuf-es");
        const reuse = op === "encode" ? get(rt, msg, "encode-reuse", "ours") : NaN;
        ratios[op].pbjs.push(o / p);
        ratios[op].es.push(o / e);
        rows.push([
          rt,
          msg,
          op,
          fmtOps(o),
          fmtOps(p),
          fmtOps(e),
          fmtRatio(o / p),
          fmtRatio(o / e),
          Number.isNaN(reuse) ? "" : `${fmtOps(reuse)} (${fmtRatio(reuse / p)} pbjs)`,
        ]);
      }
      rows.push([
        rt,
        "geometric mean",
        op,
        "",
        "",
        "",
        fmtRatio(geomean(ratios[op].pbjs)),
        fmtRatio(geomean(ratios[op].es)),
        "",
      ]);
    }
    const minOf = (xs: number[]) => Math.min(...xs);
    const v = (ok: boolean, text: string) =>
      verdicts.push(`- ${rt}: ${ok ? "met" : "MISSED"} — ${text}`);
    const ep = minOf(ratios.encode.pbjs);
    const ee = minOf(ratios.encode.es);
    const dp = minOf(ratios.decode.pbjs);
    const dg = geomean(ratios.decode.pbjs);
    const de = minOf(ratios.decode.es);
    v(ep >= 1.5, `encode ≥ 1.5× protobufjs on every message (worst ${fmtRatio(ep)})`);
    v(ee >= 5, `encode ≥ 5× protobuf-es on every message (worst ${fmtRatio(ee)})`);
    v(dp >= 1, `decode never slower than protobufjs (worst ${fmtRatio(dp)})`);
    v(dg >= 1.3, `decode ≥ 1.3× protobufjs, geometric mean (${fmtRatio(dg)})`);
    v(de >= 3, `decode ≥ 3× protobuf-es on every message (worst ${fmtRatio(de)})`);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const numeric = (i: number) => i >= 3;
  lines.push("| " + head.map((h, i) => pad(h, widths[i])).join(" | ") + " |");
  lines.push(
    "|" +
      widths.map((w, i) => (numeric(i) ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|") +
      "|",
  );
  for (const r of rows) {
    lines.push("| " + r.map((c, i) => pad(c, widths[i], numeric(i))).join(" | ") + " |");
  }
  lines.push("");
  lines.push("Targets (ratios of ops/s measured in the same run):");
  lines.push(...verdicts);
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const log = (s: string) => process.stderr.write(s + "\n");
  const self = runtimeName();
  runtimes.set(self.runtime, describeSelf());
  if (args.child) {
    process.stdout.write(
      JSON.stringify({ describe: describeSelf(), runtime: self.runtime }) + "\n",
    );
  }
  const withBun = !args.child && args.bun && self.runtime === "deno";
  if (args.only !== "data") {
    const results = runCodecBench({ ...args.opts, log });
    if (withBun) {
      log("running the Bun half: node_modules/.bin/bun bench/run.ts --child");
      results.push(...runBunChild(args, ["--only", "codec"]) as BenchResult[]);
    }
    if (args.json || args.child) {
      for (const r of results) process.stdout.write(JSON.stringify(r) + "\n");
    } else {
      const date = new Date().toISOString().slice(0, 10);
      console.log(`Codec benchmark, ${date}; ${[...runtimes.values()].join("; ")}`);
      console.log(
        `(${args.opts.rounds} interleaved rounds × ${args.opts.roundMs} ms per implementation; median ops/s)\n`,
      );
      console.log(renderTable(results));
    }
  }
  if (args.only !== "codec") {
    const rows = await runDataPath(dataPathOptions(args.dataArgs, log));
    if (withBun) {
      log("running the Bun half of the data path: node_modules/.bin/bun bench/run.ts --child");
      rows.push(...runBunChild(args, ["--only", "data", ...args.dataArgs]) as DataPathRow[]);
    }
    if (args.json || args.child) {
      for (const r of rows) process.stdout.write(JSON.stringify(r) + "\n");
    } else {
      const date = new Date().toISOString().slice(0, 10);
      console.log(`\nData path benchmark, ${date}; ${[...runtimes.values()].join("; ")}`);
      console.log(
        "(daemon in its own process of the client's runtime; median of the rounds; ratio: " +
          "ours/limit for throughput, limit/ours for time and memory, so bigger is better)\n",
      );
      console.log(renderDataPath(rows));
    }
  }
  return 0;
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
  process.exit();
}

/**
 * Profiling aid: times one implementation on one case of the codec benchmark, alone in the
 * process (no interleaving, so compare runs, not ratios across processes).
 *
 * Usage: `deno run -A bench/codec_one.ts <case substring> <encode|decode|reuse> [impl]`
 * (also `bun bench/codec_one.ts ...`); impl is `ours` (default), `protobufjs` or `protobuf-es`.
 *
 * @module
 */
import process from "node:process";
import { buildCases, type Impl } from "./codec_bench.ts";

const [filter = "", op = "decode", impl = "ours"] = process.argv.slice(2);
const c = buildCases().find((c) => c.name.includes(filter));
if (c === undefined) throw new Error(`no case matches ${JSON.stringify(filter)}`);
const fn: () => unknown = op === "reuse"
  ? c.encodeReuse
  : (op === "encode" ? c.encode : c.decode)[impl as Impl];
const holder: { last: unknown } = { last: undefined };
const loop = new Function(
  "fn",
  "n",
  "h",
  "const t0 = performance.now(); for (let i = 0; i < n; i++) h.last = fn(); return performance.now() - t0;",
) as (f: () => unknown, n: number, h: { last: unknown }) => number;
let n = 10;
while (loop(fn, n, holder) < 20) n *= 2;
const rates: number[] = [];
for (let r = 0; r < 15; r++) rates.push((n / loop(fn, n, holder)) * 1000);
rates.sort((a, b) => a - b);
const med = rates[7];
console.log(
  `${c.name} ${op} ${impl}: median ${(med / 1e3).toFixed(1)} k/s, best ${
    (rates[14] / 1e3).toFixed(1)
  } k/s (${(1e9 / med).toFixed(0)} ns/op)`,
);

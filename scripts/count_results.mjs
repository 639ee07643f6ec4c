// Counts leaf test results in a `deno test` (pretty reporter, NO_COLOR) or `bun test` log.
// Deno reports a node:test `describe` as one test with steps; we count the leaves (steps and
// step-less tests) so that both runners count the same things. Usage: node count_results.mjs deno|bun LOG
import { readFileSync } from "node:fs";
const [kind, file] = process.argv.slice(2);
// deno-lint-ignore no-control-regex
const text = readFileSync(file, "utf8").replace(/\x1b\[[0-9;]*m/g, "");
let passed = 0, failed = 0;
if (kind === "bun") {
  passed = Number(/^\s*(\d+) pass$/m.exec(text)?.[1] ?? 0);
  failed = Number(/^\s*(\d+) fail$/m.exec(text)?.[1] ?? 0);
} else {
  const lines = text.split("\n");
  const openers = new Set();
  for (const l of lines) {
    const m = /^(\S.*) \.\.\.$/.exec(l);
    if (m) openers.add(m[1]);
  }
  let inFailures = false;
  for (const l of lines) {
    if (/^ ?ERRORS|^ ?FAILURES/.test(l)) inFailures = true;
    if (inFailures) continue;
    const m = /^(\s*)(.+) \.\.\. (ok|FAILED|ignored)\b/.exec(l);
    if (!m) continue;
    const leaf = m[1].length > 0 || !openers.has(m[2]);
    if (!leaf) continue;
    if (m[3] === "ok") passed++;
    else if (m[3] === "FAILED") failed++;
  }
  // a file that failed to load counts as a failure even without leaf lines
  if (/error: (Module not found|TS\d+|Uncaught)/.test(text) && failed === 0) failed++;
}
console.log(`${passed} ${failed}`);

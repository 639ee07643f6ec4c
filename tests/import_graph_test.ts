// The shape of the code, checked: the relative imports between the modules under src/ and
// proto_gen/ form no cycle; the daemon and the client never import each other (the CLI and
// the tests join them); and only src/transport/, src/process/ and src/runtime.ts touch the
// runtime globals `Deno` and `Bun`. Type-only imports count too: a cycle of types is still a
// cycle for a reader.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Build tools run by the maintainers, not shipped (deno.json `publish.exclude`). */
const TOOLS = new Set(["proto_gen/generate.ts", "proto_gen/pb_cli.ts"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith(".ts")) out.push(p);
  }
  return out;
}

/** The code without comments and without the contents of string and template literals. */
function codeOnly(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i], n = text[i + 1];
    if (c === "/" && n === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && n === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
      out += " ";
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === "\\" ? 2 : 1;
      out += c + c;
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Relative specifiers imported or re-exported by `text` (comments, e.g. examples, ignored). */
function relativeImports(text: string): string[] {
  const specs: string[] = [];
  const noComments = text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/^\s*\/\/.*$/gm, "");
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(["'])(\.{1,2}\/[^"']+)\1/gm;
  for (const m of noComments.matchAll(re)) specs.push(m[2]);
  return specs;
}

/** Module graph: file (relative to the root) → the files it imports. */
function graph(): Map<string, string[]> {
  const files = [...walk("src"), ...walk("proto_gen")].sort();
  const g = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(join(ROOT, f), "utf8");
    const deps = relativeImports(text).map((s) => relative(ROOT, resolve(ROOT, dirname(f), s)));
    g.set(f, [...new Set(deps)]);
  }
  return g;
}

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cycles(g: Map<string, string[]>): string[][] {
  const state = new Map<string, 1 | 2>(); // 1: on the stack, 2: done
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 1);
    stack.push(f);
    for (const d of g.get(f) ?? []) {
      if (state.get(d) === 1) found.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 2);
  };
  for (const f of g.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe("import graph", () => {
  const g = graph();

  test("the graph was read (sanity)", () => {
    assert.ok(g.size > 30, `only ${g.size} modules found`);
    assert.ok(g.get("src/client/daemon_client.ts")?.includes("src/frame.ts"));
  });

  test("every relative import names a module that exists", () => {
    const missing = [...g].flatMap(([f, ds]) =>
      ds.filter((d) => !g.has(d) && !d.startsWith("node_modules")).map((d) => `${f} → ${d}`)
    );
    assert.deepEqual(missing, []);
  });

  test("no import cycle under src/ and proto_gen/", () => {
    const found = cycles(g).map((c) => c.join(" → "));
    assert.deepEqual(found, [], `import cycles:\n${found.join("\n")}`);
  });

  test("the daemon never imports the client, the client never imports the daemon", () => {
    const bad = [...g].flatMap(([f, ds]) =>
      ds.filter((d) =>
        (f.startsWith("src/daemon/") && d.startsWith("src/client/")) ||
        (f.startsWith("src/client/") && d.startsWith("src/daemon/"))
      ).map((d) => `${f} → ${d}`)
    );
    assert.deepEqual(bad, []);
  });

  test("only src/transport/, src/process/ and src/runtime.ts touch Deno or Bun", () => {
    const allowed = (f: string) =>
      f.startsWith("src/transport/") || f.startsWith("src/process/") ||
      f === "src/runtime.ts" || TOOLS.has(f);
    const bad: string[] = [];
    for (const f of g.keys()) {
      if (allowed(f)) continue;
      const code = codeOnly(readFileSync(join(ROOT, f), "utf8"));
      const m = code.match(
        /\b(?:Deno|Bun)\s*[.[]|\.\s*(?:Deno|Bun)\b|\bdeclare\s+const\s+(?:Deno|Bun)\b/,
      );
      if (m) bad.push(`${f}: ${m[0]}`);
    }
    assert.deepEqual(bad, []);
  });

  test("the checker itself: it sees a cycle, a stray import and a runtime global", () => {
    assert.deepEqual(
      cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]])),
      [["a", "b", "c", "a"]],
    );
    assert.deepEqual(
      relativeImports(
        'import type { X } from "./x.ts";\n/** import { Y } from "./y.ts"; */\n' +
          'export * from "../z.ts";\nimport "./side.ts";\nconst m = await import("./lazy.ts");\n',
      ),
      ["./x.ts", "../z.ts", "./side.ts", "./lazy.ts"],
    );
    assert.equal(
      codeOnly('const s = "Deno.env"; // Bun.spawn\nDeno.exit(1);'),
      'const s = ""; \nDeno.exit(1);',
    );
  });
});

// The curated entry point: mod.ts exports a bounded set of names, each one by name (no
// `export *`, which would pull the whole generated schema or the wire layer in again), and
// every runtime value it exports is one of those names.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const MAX_EXPORTS = 120;

/** The names `export { … } from` / `export type { … } from` statements of a module declare. */
function exportedNames(src: string): string[] {
  const names: string[] = [];
  for (const m of src.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const part of m[1].split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/).pop()!.trim();
      if (name) names.push(name);
    }
  }
  for (const m of src.matchAll(/^export\s+(?:const|function|class|type|interface)\s+(\w+)/gm)) {
    names.push(m[1]);
  }
  return names;
}

describe("mod.ts", () => {
  const src = readFileSync(new URL("../mod.ts", import.meta.url), "utf8");

  test(`exports fewer than ${MAX_EXPORTS} names, each by name`, async () => {
    assert.doesNotMatch(src, /^export\s+\*/m, "mod.ts must not `export *`");
    const names = exportedNames(src);
    console.log(`mod.ts exports ${names.length} names`);
    assert.equal(new Set(names).size, names.length, "a name is exported twice");
    assert.ok(names.length < MAX_EXPORTS, `${names.length} names exported (max ${MAX_EXPORTS})`);
    const mod = await import("../mod.ts");
    for (const key of Object.keys(mod)) {
      assert.ok(names.includes(key), `runtime export ${key} is not declared by name`);
    }
    // The schema and the wire layer stay at their own entries.
    for (const gone of ["decodeDaemonResponse", "Reader", "Writer", "ObserverEventCategory"]) {
      assert.equal(gone in mod, false, `${gone} belongs to ./proto or ./wire`);
    }
    for (
      const kept of ["DaemonClient", "registerSessionObserver", "ValidationError", "socketPath"]
    ) {
      assert.equal(kept in mod, true, `${kept} is missing`);
    }
  });
});

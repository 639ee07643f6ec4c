/**
 * The one place that decides which JavaScript runtime executes this code: `"bun"`, `"deno"`
 * or `"node"`. Transports, child processes and the daemon launcher all ask here, so they
 * always agree.
 *
 * The order is Bun, then Deno, then Node. Neither Deno nor Bun defines the other's global,
 * but a `Deno` global also appears where a Deno shim is installed (such as `@deno/shim-deno`,
 * used by packages built for npm), while nothing but Bun defines `Bun`; so `Bun` is the more
 * reliable sign and is checked first. Node is what remains (Deno and Bun both define
 * `process` too, so `process` alone proves nothing).
 *
 * The globals are read when {@link detectRuntime} is called, never when the module loads.
 *
 * @example
 * ```ts
 * import { detectRuntime } from "./runtime.ts";
 * console.log(detectRuntime()); // "deno" under `deno run`, "bun" under `bun`
 * ```
 *
 * @module
 */

/**
 * A JavaScript runtime this library knows.
 *
 * @example
 * ```ts
 * import type { RuntimeName } from "./runtime.ts";
 * const r: RuntimeName = "deno";
 * ```
 */
export type RuntimeName = "bun" | "deno" | "node";

/**
 * The current runtime: `"bun"` if `globalThis.Bun` exists, else `"deno"` if
 * `globalThis.Deno` exists, else `"node"` (see the module documentation for the order).
 *
 * @returns the runtime's name
 *
 * @example
 * ```ts
 * import { detectRuntime } from "./runtime.ts";
 * if (detectRuntime() === "node") console.log("connecting through node:net");
 * ```
 */
export function detectRuntime(): RuntimeName {
  const g = globalThis as { Bun?: unknown; Deno?: unknown };
  if (g.Bun !== undefined) return "bun";
  if (g.Deno !== undefined) return "deno";
  return "node";
}

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  connectTimeoutMs,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_RPC_TIMEOUT_MS,
  defaultRuntimeDir,
  parseEnvU64,
  rpcTimeoutMs,
  socketPath,
} from "../src/endpoint.ts";
import { ValidationError } from "../src/errors.ts";
import {
  detectRuntime,
  resolveEndpoint,
  resolveSocketPath,
  runtimeDeadlines,
  runtimeEnv,
  runtimeUid,
} from "../src/transport/runtime.ts";
import { runtimeName as processRuntimeName } from "../src/process/_util.ts";

const C = "RUNNING_PROCESS_CLIENT_CONNECT_TIMEOUT_MS";
const R = "RUNNING_PROCESS_CLIENT_RPC_TIMEOUT_MS";

describe("runtime dir and socket path", () => {
  test("XDG_RUNTIME_DIR set", () => {
    assert.equal(
      defaultRuntimeDir({ XDG_RUNTIME_DIR: "/run/user/1000" }, 1000),
      "/run/user/1000/running-process",
    );
    assert.equal(
      socketPath({ env: { XDG_RUNTIME_DIR: "/run/user/1000" } }),
      "/run/user/1000/running-process/daemon.sock",
    );
  });

  test("XDG_RUNTIME_DIR empty → relative path", () => {
    assert.equal(defaultRuntimeDir({ XDG_RUNTIME_DIR: "" }), "running-process");
    assert.equal(socketPath({ env: { XDG_RUNTIME_DIR: "" } }), "running-process/daemon.sock");
  });

  test("XDG_RUNTIME_DIR with a trailing slash (PathBuf::push semantics)", () => {
    assert.equal(
      socketPath({ env: { XDG_RUNTIME_DIR: "/run/user/7/" } }),
      "/run/user/7/running-process/daemon.sock",
    );
  });

  test("unset → /tmp/running-process-<uid>", () => {
    assert.equal(defaultRuntimeDir({}, 1000), "/tmp/running-process-1000");
    assert.equal(
      socketPath({ env: { XDG_RUNTIME_DIR: undefined }, uid: 0 }),
      "/tmp/running-process-0/daemon.sock",
    );
  });

  test("scope suffix", () => {
    assert.equal(
      socketPath({ env: {}, uid: 1000, scope: "myscope" }),
      "/tmp/running-process-1000/daemon-myscope.sock",
    );
    assert.equal(
      socketPath({ env: { XDG_RUNTIME_DIR: "/run/user/1" }, scope: "a b" }),
      "/run/user/1/running-process/daemon-a b.sock",
    );
    assert.equal(socketPath({ env: {}, uid: 5, scope: "" }), "/tmp/running-process-5/daemon-.sock");
  });

  test("explicit socketPath wins", () => {
    assert.equal(
      socketPath({ socketPath: "/srv/x.sock", scope: "s", env: { XDG_RUNTIME_DIR: "/r" } }),
      "/srv/x.sock",
    );
    assert.equal(resolveSocketPath({ socketPath: "/srv/y.sock" }), "/srv/y.sock");
    assert.deepEqual(resolveEndpoint({ socketPath: "/srv/y.sock" }), {
      kind: "unix",
      path: "/srv/y.sock",
    });
  });

  test("missing uid when it is needed is a ValidationError", () => {
    assert.throws(() => socketPath({ env: {} }), ValidationError);
    assert.throws(() => defaultRuntimeDir({}, -1), ValidationError);
    assert.throws(() => defaultRuntimeDir({}, 1.5), ValidationError);
    // Not needed with XDG_RUNTIME_DIR set.
    assert.equal(socketPath({ env: { XDG_RUNTIME_DIR: "/r" } }), "/r/running-process/daemon.sock");
  });
});

describe("env deadlines", () => {
  test("connect timeout", () => {
    const cases: [string | undefined, number][] = [
      [undefined, 10_000],
      [" 250 ", 250],
      ["\t250\n", 250],
      ["0", 0],
      ["+0", 0],
      ["abc", 10_000],
      ["-5", 10_000],
      ["+7", 7],
      ["007", 7],
      ["", 10_000],
      ["  ", 10_000],
      ["1.5", 10_000],
      ["1 5", 10_000],
      ["1e3", 10_000],
      ["0x10", 10_000],
      ["+", 10_000],
      ["++1", 10_000],
      ["-0", 10_000],
      ["18446744073709551615", 18446744073709551615],
      ["18446744073709551616", 10_000],
      ["\u00a012\u3000", 12],
      ["\u008512", 12], // NEL is Rust whitespace
      ["\ufeff12", 10_000], // BOM is not
      ["١٢", 10_000], // non-ASCII digits
    ];
    for (const [value, expected] of cases) {
      assert.equal(connectTimeoutMs({ [C]: value }), expected, JSON.stringify(value));
    }
    assert.equal(DEFAULT_CONNECT_TIMEOUT_MS, 10_000);
  });

  test("rpc timeout", () => {
    const cases: [string | undefined, number][] = [
      [undefined, 30_000],
      [" 250 ", 250],
      ["0", 30_000],
      ["+0", 30_000],
      ["abc", 30_000],
      ["-5", 30_000],
      ["+7", 7],
      ["1500", 1500],
    ];
    for (const [value, expected] of cases) {
      assert.equal(rpcTimeoutMs({ [R]: value }), expected, JSON.stringify(value));
    }
    assert.equal(DEFAULT_RPC_TIMEOUT_MS, 30_000);
  });

  test("parseEnvU64", () => {
    assert.equal(parseEnvU64(undefined), undefined);
    assert.equal(parseEnvU64("42"), 42);
    assert.equal(parseEnvU64("-1"), undefined);
  });

  test("runtimeDeadlines with explicit env", () => {
    assert.deepEqual(runtimeDeadlines({ [C]: "5", [R]: "0" }), {
      connectTimeoutMs: 5,
      rpcTimeoutMs: 30_000,
    });
  });
});

describe("runtime lookups", () => {
  test("detectRuntime", () => {
    const g = globalThis as { Bun?: unknown; Deno?: unknown };
    assert.equal(detectRuntime(), g.Bun ? "bun" : g.Deno ? "deno" : "node");
  });

  test("one runtime decision: a Deno shim beside Bun means Bun, everywhere", () => {
    const g = globalThis as { Bun?: unknown; Deno?: unknown };
    const saved = { Bun: g.Bun, Deno: g.Deno };
    // Whichever global this runtime lacks is shimmed, so that both are defined.
    if (g.Bun === undefined) g.Bun = {};
    if (g.Deno === undefined) g.Deno = {};
    try {
      assert.equal(detectRuntime(), "bun");
      assert.equal(processRuntimeName(), "bun");
    } finally {
      if (saved.Bun === undefined) delete g.Bun;
      if (saved.Deno === undefined) delete g.Deno;
    }
    assert.equal(processRuntimeName(), detectRuntime());
  });

  test("runtimeEnv reads named variables and the whole environment", () => {
    const env = runtimeEnv(["PATH", "SURELY_NOT_SET_RP_TEST"]);
    assert.equal(typeof env.PATH, "string");
    assert.equal(env.SURELY_NOT_SET_RP_TEST, undefined);
    assert.equal(typeof runtimeEnv().PATH, "string");
  });

  test("runtimeUid matches process.getuid", async () => {
    const proc = (await import("node:process")).default;
    assert.equal(runtimeUid(), proc.getuid!());
  });

  test("resolveSocketPath uses the runtime's environment and uid", () => {
    const xdg = runtimeEnv(["XDG_RUNTIME_DIR"]).XDG_RUNTIME_DIR;
    const expected = xdg !== undefined
      ? socketPath({ env: { XDG_RUNTIME_DIR: xdg }, scope: "t" })
      : `/tmp/running-process-${runtimeUid()}/daemon-t.sock`;
    assert.equal(resolveSocketPath({ scope: "t" }), expected);
    assert.equal(
      resolveSocketPath({ env: {}, uid: 77 }),
      "/tmp/running-process-77/daemon.sock",
    );
  });
});

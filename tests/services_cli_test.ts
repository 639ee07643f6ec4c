// `rp service …` (docs/PROTOCOL.md#services): runpm's commands, output texts and exit codes,
// runpm.toml batch start with strict TOML errors naming file and line, startup/unstartup in a temp
// HOME.
import { ServiceManager, SpawnError } from "../mod.ts";
import { DaemonError } from "../src/errors.ts";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { main } from "../src/cli/main.ts";
import {
  defaultServiceName,
  loadRunpmConfig,
  logDelta,
  parseEnvArgs,
  renderSystemdUnit,
  resolveAppCwd,
} from "../src/cli/commands/service.ts";
import { parseToml, TomlError } from "../src/cli/toml.ts";
import { startSvcDaemon, waitFor } from "./helpers/service_fixtures.ts";

const SLOW = { timeout: 30_000 };

async function rp(argv: string[], env: Record<string, string | undefined> = {}, cwd?: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (c) => void (stdout += String(c)) },
    stderr: { write: (c) => void (stderr += String(c)) },
    env: { ...process.env, ...env },
    cwd,
  });
  return { code, stdout, stderr };
}

describe("rp service (CLI)", () => {
  test("T14/T21/T22/T23/T24/T25: helpers", () => {
    assert.deepEqual(parseEnvArgs(["A=1", "B=two=parts", "A=3"]), { A: "3", B: "two=parts" });
    assert.throws(
      () => parseEnvArgs(["missing"]),
      /--env value `missing` must be in KEY=VALUE form/,
    );
    assert.throws(() => parseEnvArgs(["=empty"]), /--env value `=empty` has empty key/);
    assert.equal(defaultServiceName("/usr/bin/python3.11"), "python3");
    assert.equal(defaultServiceName("server.js"), "server");
    assert.equal(defaultServiceName(".hidden"), ".hidden");
    assert.equal(defaultServiceName("/"), undefined);
    assert.equal(logDelta("old", ""), undefined);
    assert.equal(logDelta("", "new"), "new");
    assert.equal(logDelta("old", "old"), undefined);
    assert.equal(logDelta("old", "old-new"), "-new");
    assert.equal(logDelta("old", "rotated"), "rotated");
    assert.equal(resolveAppCwd("/etc/x/runpm.toml", "/abs"), "/abs");
    assert.equal(resolveAppCwd("/etc/x/runpm.toml", "web"), "/etc/x/web");
    assert.equal(resolveAppCwd("/etc/x/runpm.toml", undefined), "");
    assert.equal(resolveAppCwd("/etc/x/runpm.toml", ""), "");
    assert.equal(resolveAppCwd("runpm.toml", "web"), "web");
    assert.deepEqual(loadRunpmConfig("e.toml", ""), []);
    const full = loadRunpmConfig(
      "/cfg/runpm.toml",
      `# comment\n[[app]]\nname = "web"\ncmd  = ["node", "server.js"]\ncwd = "services/web"\n` +
        `env = { NODE_ENV = "production", PATH = '/usr/bin:/bin' }\nmax_restarts = 10\nunknown = 1\n\n` +
        `[[app]]\nname = "worker"\ncmd = [\n  "python3", # interpreter\n  "-u",\n]\nautorestart = false\n`,
    );
    assert.deepEqual(full.map((a) => [a.name, a.cwd, a.autorestart, a.maxRestarts]), [
      ["web", "/cfg/services/web", true, 10],
      ["worker", "", false, 0],
    ]);
    assert.deepEqual(full[0]!.env, { NODE_ENV: "production", PATH: "/usr/bin:/bin" });
    assert.throws(
      () => loadRunpmConfig("c.toml", '[[app]]\nname = "x"\ncmd = []\n'),
      /app `x` has empty cmd in c.toml/,
    );
    assert.throws(
      () =>
        loadRunpmConfig("c.toml", '[[app]]\nname="a"\ncmd=["x"]\n[[app]]\nname="a"\ncmd=["y"]\n'),
      /duplicate app name `a` in c.toml/,
    );
    assert.throws(
      () => loadRunpmConfig("c.toml", '[[app]]\nname="a"\ncmd="x"\n'),
      /cmd must be an array/,
    );
  });

  test("TOML syntax errors name the file and line", () => {
    const bad: [string, number, RegExp][] = [
      ['a = "x"\nb = \n', 2, /expected a value/],
      ['a = "x\n', 1, /unterminated string/],
      ["a = 1\na = 2\n", 2, /duplicate key "a"/],
      ["[t]\n[t]\n", 2, /defined twice/],
      ["x = [1,\n2\n", 3, /unterminated array/],
      ["a.b = 1\n", 1, /dotted keys/],
      ['a = """x"""\n', 1, /multi-line strings/],
      ["a = 1 2\n", 1, /after value/],
      ["a = 1979-05-27\n", 1, /invalid value/],
    ];
    for (const [text, line, re] of bad) {
      assert.throws(() => parseToml(text, "f.toml"), (e) => {
        assert.ok(e instanceof TomlError, String(e));
        assert.equal(e.line, line, text);
        assert.match(e.message, new RegExp(`^f\\.toml:${line}: `));
        assert.match(e.reason, re);
        return true;
      });
    }
    assert.deepEqual(parseToml('s = "a\\u00e9\\n"\nn = -1_000\nf = 1.5\n[t.u]\nk = true\n', "f"), {
      s: "a\u00e9\n",
      n: -1000,
      f: 1.5,
      t: { u: { k: true } },
    });
  });

  test("commands, outputs and exit codes against a daemon", SLOW, async () => {
    const d = await startSvcDaemon();
    const g = ["--socket", d.socketPath];
    try {
      let r = await rp([...g, "service"]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^error: a subcommand is required/);
      r = await rp([...g, "service", "start", "--env", "missing-equals", "--", "sleep", "30"]);
      assert.deepEqual([r.code, r.stderr], [
        1,
        "error: --env value `missing-equals` must be in KEY=VALUE form\n",
      ]);
      r = await rp([
        ...g,
        "service",
        "start",
        "--name",
        "s1",
        "--env",
        "A=1",
        "--kill-timeout",
        "500",
        "--",
        "sleep",
        "30",
      ]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^started 's1' \(id=1, pid=\d+, status=online\)\n$/);
      r = await rp([
        ...g,
        "service",
        "start",
        "--no-autorestart",
        "--",
        "sh",
        "-c",
        "echo hello; sleep 30",
      ]);
      assert.match(r.stdout, /^started 'sh' \(id=2/);
      r = await rp([...g, "service", "list"]);
      const rows = r.stdout.split("\n");
      assert.equal(
        rows[0],
        `${"ID".padEnd(4)} ${"NAME".padEnd(20)} ${"STATUS".padEnd(10)} ${
          "PID".padEnd(8)
        } RESTARTS COMMAND`,
      );
      assert.match(rows[1]!, new RegExp(`^1 {4}s1 {19}online {5}\\d+ +0 {8}sleep 30$`));
      r = await rp([...g, "--json", "service", "list"]);
      const list = JSON.parse(r.stdout);
      assert.deepEqual(Object.keys(list[0]), [
        "autorestart",
        "command",
        "cwd",
        "id",
        "last_exit_code",
        "last_exited_at",
        "last_started_at",
        "max_restarts",
        "name",
        "pid",
        "restart_count",
        "status",
      ]);
      assert.equal(list[1].autorestart, false);
      r = await rp([...g, "service", "show", "s1"]);
      assert.ok(
        r.stdout.startsWith(
          `${"name:".padEnd(15)}s1\n${"id:".padEnd(15)}1\n${"status:".padEnd(15)}online\n`,
        ),
      );
      assert.ok(!r.stdout.includes("last_exited_at"));
      r = await rp([...g, "service", "show", "missing-service"]);
      assert.deepEqual([r.code, r.stderr], [1, "error: no service matched 'missing-service'\n"]);
      r = await rp([...g, "service", "logs", "missing-service"]);
      assert.equal(r.code, 1);
      await waitFor(
        "log",
        async () =>
          (await rp([...g, "service", "logs", "sh", "--lines", "20"])).stdout ===
            "[stdout] hello\n",
      );
      r = await rp([...g, "service", "flush", "sh"]);
      assert.deepEqual([r.code, r.stdout], [0, "OK: flush\n"]);
      r = await rp([...g, "service", "stop", "s1"]);
      assert.equal(r.stdout, "stop: 1 service(s)\n");
      r = await rp([...g, "service", "restart", "s1"]);
      assert.equal(r.stdout, "restart: 1 service(s)\n");
      assert.equal((await rp([...g, "service", "save"])).stdout, "OK: save\n");
      assert.equal((await rp([...g, "service", "delete", "all"])).stdout, "delete: 2 service(s)\n");
      assert.equal((await rp([...g, "service", "resurrect"])).stdout, "OK: resurrect\n");
      assert.equal((await rp([...g, "service", "list"])).stdout.split("\n").length, 4);
      assert.equal((await rp([...g, "service", "stop"])).code, 2);
      assert.match((await rp([...g, "service", "ping"])).stdout, /^OK \(server_time_ms=\d+\)\n$/);
    } finally {
      await d.close();
    }
  });

  test(
    "start runs in the caller's directory; --env-inherit; resurrect without a snapshot",
    SLOW,
    async () => {
      const d = await startSvcDaemon();
      const g = ["--socket", d.socketPath];
      const w = fs.mkdtempSync("/tmp/rp-caller-");
      fs.mkdirSync(`${w}/sub`);
      try {
        const pwd = ["--kill-timeout", "500", "--", "sh", "-c", "pwd; sleep 30"];
        let r = await rp([...g, "service", "start", "--name", "here", ...pwd], {}, w);
        assert.equal(r.code, 0, r.stderr);
        r = await rp([...g, "service", "start", "--name", "rel", "--cwd", "sub", ...pwd], {}, w);
        assert.equal(r.code, 0, r.stderr);
        r = await rp([...g, "service", "show", "here"]);
        assert.match(r.stdout, new RegExp(`^cwd: {11}${w}\n`, "m"));
        r = await rp([...g, "service", "show", "rel"]);
        assert.match(r.stdout, new RegExp(`^cwd: {11}${w}/sub\n`, "m"));
        for (const [name, dir] of [["here", w], ["rel", `${w}/sub`]]) {
          await waitFor(
            `pwd of ${name}`,
            async () => (await rp([...g, "service", "logs", name!])).stdout === `[stdout] ${dir}\n`,
          );
        }
        r = await rp(
          [
            ...g,
            "service",
            "start",
            "--name",
            "inh",
            "--env-inherit",
            "--env",
            "A=1",
            "--kill-timeout",
            "500",
            "--",
            "sh",
            "-c",
            'echo "$A $RP_CALLER_VAR"; sleep 30',
          ],
          { RP_CALLER_VAR: "yes" },
          w,
        );
        assert.equal(r.code, 0, r.stderr);
        await waitFor(
          "inherited env",
          async () => (await rp([...g, "service", "logs", "inh"])).stdout === "[stdout] 1 yes\n",
        );
        r = await rp([...g, "service", "resurrect"]);
        assert.deepEqual(
          [r.code, r.stderr],
          [1, `error: no snapshot found at ${d.dir}/state/services.snapshot.json\n`],
        );
        const help = (await rp(["service", "--help"])).stdout;
        assert.match(help, /--env K=V +any --env REPLACES the service's whole environment/);
        assert.match(help, /--env-inherit/);
      } finally {
        await d.close();
        fs.rmSync(w, { recursive: true, force: true });
      }
    },
  );

  test("batch start from runpm.toml; errors name the file", SLOW, async () => {
    const d = await startSvcDaemon();
    const g = ["--socket", d.socketPath];
    const dir = fs.mkdtempSync("/tmp/rp-toml-");
    try {
      fs.writeFileSync(`${dir}/empty.toml`, "");
      let r = await rp([...g, "service", "start", "--config", `${dir}/empty.toml`]);
      assert.deepEqual([r.code, r.stdout], [0, `no apps to start in ${dir}/empty.toml\n`]);
      fs.mkdirSync(`${dir}/w`);
      fs.writeFileSync(
        `${dir}/runpm.toml`,
        `[[app]]\nname = "alpha"\ncmd = ["sleep", "30"]\nkill_timeout_ms = 500\n\n` +
          `[[app]]\nname = "bravo"\ncmd = ["sh", "-c", "pwd; sleep 30"]\ncwd = "w"\nenv = { NODE_ENV = "test" }\nkill_timeout_ms = 500\n\n` +
          `[[app]]\nname = "charlie"\ncmd = ["/no/such/binary"]\nmax_restarts = 3\n`,
      );
      r = await rp([...g, "service", "start"], { XDG_CONFIG_HOME: `${dir}/cfg` }, dir);
      assert.equal(r.code, 1);
      assert.match(
        r.stdout,
        /^started 'alpha' \(id=1\)\nstarted 'bravo' \(id=2\)\nstarted 2 of 3 apps from runpm.toml\n$/,
      );
      assert.match(r.stderr, /^error starting 'charlie': failed to spawn service: /m);
      assert.match(r.stderr, /error: 1 of 3 apps failed to start from runpm.toml\n$/);
      const bravo = (await d.client.serviceDescribe({ target: "bravo" })).service!;
      assert.deepEqual(bravo.config?.env, { NODE_ENV: "test" });
      assert.equal(bravo.config?.cwd, `${dir}/w`);
      assert.equal(
        (await d.client.serviceDescribe({ target: "charlie" })).service?.config?.maxRestarts,
        3,
      );
      fs.writeFileSync(`${dir}/bad.toml`, `[[app]]\nname = "x"\ncmd = ["a",\n  "b" "c"]\n`);
      r = await rp([...g, "service", "start", "--config", `${dir}/bad.toml`]);
      assert.equal(r.code, 1);
      assert.equal(
        r.stderr,
        `error: failed to load runpm config ${dir}/bad.toml: failed to parse runpm config ${dir}/bad.toml: line 4: expected ',' or ']' in array\n`,
      );
      r = await rp([...g, "service", "start"], { XDG_CONFIG_HOME: `${dir}/cfg` }, `${dir}/w`);
      assert.match(r.stderr, /^error: missing cmd: pass a command/);
    } finally {
      await d.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("startup/unstartup write and remove a systemd user unit (temp HOME)", async () => {
    const home = fs.mkdtempSync("/tmp/rp-home-");
    try {
      const env = { HOME: home, XDG_CONFIG_HOME: "", RP_SYSTEMCTL: "true" };
      let r = await rp(["--socket", "/tmp/x y/s.sock", "service", "startup"], env);
      const path = `${home}/.config/systemd/user/rp-daemon.service`;
      assert.deepEqual([r.code, r.stdout], [
        0,
        `rp service startup: installed boot autostart at ${path}\n`,
      ]);
      const unit = fs.readFileSync(path, "utf8");
      assert.match(unit, /^ExecStart='.+' '--socket' '\/tmp\/x y\/s\.sock' 'serve'$/m);
      assert.match(unit, /^ExecStartPost=-'.+' 'service' 'resurrect' '--wait' '10'$/m);
      assert.match(unit, /^WantedBy=default\.target$/m);
      assert.ok(!unit.includes('"'));
      assert.match(renderSystemdUnit(["/o'k/deno"], []), /ExecStart='\/o'\\''k\/deno' 'serve'/);
      r = await rp(["service", "unstartup"], env);
      assert.deepEqual([r.code, r.stdout], [0, "rp service unstartup: removed boot autostart\n"]);
      assert.equal(fs.existsSync(path), false);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  test("kill with no daemon: exit 0; service command without daemon: exit 1", async () => {
    const sock = "/tmp/rp-none-" + process.pid + "/s.sock";
    let r = await rp(["--socket", sock, "service", "kill"]);
    assert.deepEqual([r.code, r.stdout], [0, "daemon is not running\n"]);
    r = await rp(["--socket", sock, "service", "list"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error: daemon is not running/);
    // Under --json, one object (as every other command's errors).
    r = await rp(["--socket", sock, "--json", "service", "list"]);
    assert.equal(r.code, 1);
    assert.match(JSON.parse(r.stderr).message, /^daemon is not running/);
    assert.equal(JSON.parse(r.stderr).code, "CONNECT");
    r = await rp([
      "--socket",
      sock,
      "service",
      "start",
      "--json",
      "--max-restarts",
      "x",
      "--",
      "true",
    ]);
    assert.deepEqual([r.code, JSON.parse(r.stderr).code], [2, "USAGE"]);
  });

  test(
    "a program that cannot start is named; the service stays defined, stopped",
    SLOW,
    async () => {
      const d = await startSvcDaemon();
      const g = ["--socket", d.socketPath];
      try {
        let r = await rp([...g, "service", "start", "--name", "gone", "--", "rp-no-such-prog"]);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /^error: failed to spawn "rp-no-such-prog": .*No such file/);
        r = await rp([...g, "--json", "service", "start", "--", "rp-no-such-prog", "--json"]);
        const e = JSON.parse(r.stderr);
        assert.equal(e.code, "SPAWN_FAILED");
        assert.match(e.message, /"rp-no-such-prog"/);
        const sm = new ServiceManager(d.client);
        await assert.rejects(sm.start({ name: "gone2", cmd: ["rp-no-such-prog"] }), (err) => {
          assert.ok(err instanceof SpawnError, String(err));
          assert.equal(err.program, "rp-no-such-prog");
          assert.ok(err.cause instanceof DaemonError);
          return true;
        });
        assert.equal((await sm.describe("gone2")).status, "stopped");
      } finally {
        await d.close();
      }
    },
  );
});

/**
 * The main job: a tour of the whole system on an embedded daemon.
 *
 * 1. start our TypeScript daemon on a private temp socket;
 * 2. spawn a session through the session handle (events followed from the spawn on);
 * 3. stream the session's output line by line as it is produced, and its events live;
 * 4. wait for its exit code and outcome;
 * 5. terminate a long-running session with a grace period and print the outcome;
 * 6. supervise a flaky service: watch it restart with backoff and reach `errored`, read its
 *    logs, then stop it;
 * 7. shut everything down and check that no child is left.
 *
 * Run with `npm run demo` (or `deno task demo`, or `bun scripts/demo.ts`).
 *
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import process from "node:process";
import { DaemonClient, ServiceManager, type SessionEvent } from "../mod.ts";
import { serve } from "../src/daemon/mod.ts";

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string) => (s: string) => tty ? `\x1b[${code}m${s}\x1b[0m` : s;
const bold = paint("1");
const dim = paint("2");
const green = paint("32");
const cyan = paint("36");
const yellow = paint("33");
const say = (s = "") => console.log(s);
const step = (n: number, s: string) => say(`\n${bold(`${n}.`)} ${bold(s)}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function describe(r: SessionEvent): string {
  if (r.kind === "missed") return yellow(`(${r.count} events lost: the ring overflowed)`);
  const what = r.kind === "exited"
    ? `exit code ${r.exitCode}`
    : r.kind.startsWith("descendant")
    ? `pid ${r.pid} (parent ${r.ppid})${r.argv.length ? ` ${r.argv.join(" ")}` : ""}`
    : r.path
    ? `${r.path}${r.kind === "file-write" ? `, ${r.byteCount} bytes` : ""}`
    : r.localAddress
    ? `${r.protocol} ${r.localAddress}${r.remoteAddress ? ` ↔ ${r.remoteAddress}` : ""}`
    : `pid ${r.pid}`;
  return `${dim(`#${r.sequence}`)} ${cyan(r.kind.padEnd(18))} ${dim(r.category.padEnd(9))} ${what}`;
}

const dir = mkdtempSync("/tmp/rp-demo-");
say(bold("running-process for Deno and Bun — a tour on an embedded daemon"));

step(1, "Start a daemon on a private socket");
const daemon = await serve({ socketPath: `${dir}/d/daemon.sock`, dbPath: `${dir}/state.sqlite3` });
const client = await DaemonClient.connect({ socketPath: daemon.socketPath, clientName: "demo" });
const status = await client.status();
say(`   listening on ${daemon.socketPath} (daemon ${status.version})`);

try {
  step(2, "Spawn a session: the handle holds its output until it is read, and follows its events");
  const script = [
    'echo "hello from a child process (pid $$)"',
    'for i in 1 2 3; do echo "tick $i"; sleep 0.3; done',
    `exec 3>"${dir}/report.txt"; printf 'some data' >&3; sleep 0.3; exec 3>&-`,
    "sleep 0.3 & wait",
    "echo done",
    "exit 3",
  ].join("\n");
  const session = await client.spawn(["sh", "-c", script], {
    observe: ["file", "process"], // lifecycle always; file and process events too
  });
  say(`   session ${session.id}, pid ${session.pid}`);

  step(3, "Stream its output as it is produced, and its events live");
  const events = (async () => {
    for await (const e of session.events) say(`   ${dim("event")}  ${describe(e)}`);
  })();
  for await (const line of session.lines()) say(`   ${green("stdout")} ${line}`);
  await events; // ends after `exited`

  step(4, "Wait for the exit");
  const done = await session.wait();
  say(`   exit code ${done.exitCode}, outcome ${bold(done.outcome)}`);
  await session.close();

  step(5, "Terminate a long-running session with a 1500 ms grace period");
  const longRunner = await client.spawn([
    "sh",
    "-c",
    "trap 'echo \"SIGTERM received, cleaning up\"; sleep 0.5; exit 0' TERM\n" +
    "while :; do sleep 0.1; done",
  ]);
  say(`   session ${longRunner.id}, pid ${longRunner.pid} loops until told to stop`);
  const output = Array.fromAsync(longRunner.lines());
  await sleep(300);
  const t0 = Date.now();
  say("   SIGTERM to its process group; SIGKILL follows if it is still alive after 1500 ms");
  const ended = await longRunner.terminate({ graceMs: 1500 });
  for (const line of await output) say(`   ${green("stdout")} ${line}`);
  say(
    `   exited after ${Date.now() - t0} ms with code ${ended.exitCode}: ${bold(ended.outcome)}`,
  );
  await longRunner.close();

  step(6, "Supervise a flaky service: restarts with backoff, then errored");
  const services = new ServiceManager(client);
  const ac = new AbortController();
  const t1 = Date.now();
  const watching = (async () => {
    for await (const e of services.events({ target: "", signal: ac.signal })) {
      const at = dim(`+${String(Date.now() - t1).padStart(4)} ms`);
      const what = e.kind === "restarting"
        ? `exited ${e.exitCode}, ${
          yellow("restarting")
        } in ${e.delayMs} ms (restart ${e.restartCount})`
        : e.kind === "started"
        ? `${green("started")} pid ${e.pid}`
        : e.kind === "errored"
        ? `${bold(yellow("errored"))} after ${e.restartCount} rapid crashes (exit ${e.exitCode})`
        : e.kind === "exited"
        ? `exited ${e.exitCode}`
        : e.kind;
      if (e.kind !== "exited") say(`   ${at} ${cyan(e.name)} ${what}`);
      if (e.kind === "errored") ac.abort();
    }
  })();
  await sleep(100);
  await services.start({
    name: "flaky",
    cmd: ["sh", "-c", "echo starting; echo 'cannot connect to db' >&2; sleep 0.1; exit 3"],
    maxRestarts: 3,
    restartDelayMs: 100,
  });
  await watching;
  const row = await services.describe("flaky");
  say(
    `   status ${
      bold(row.status)
    }, restart_count ${row.restartCount}, last exit ${row.lastExitCode}`,
  );
  say("   its logs (last 2 lines per stream):");
  for await (const line of services.logs("flaky", { lines: 2 })) say(`     ${dim(line)}`);
  await services.start({ name: "steady", cmd: ["sleep", "60"], killTimeoutMs: 500 });
  say(`   stop all: ${await services.stop("all")} running service(s) stopped`);
  for (const s of await services.list()) say(`   ${s.id} ${s.name.padEnd(8)} ${s.status}`);
} finally {
  step(7, "Shut down");
  const pids = [
    ...(await client.listPipeSessions({})).sessions.map((s) => s.pid),
  ];
  await client.close();
  await daemon.shutdown();
  await sleep(100);
  const alive = pids.filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
  say(`   daemon stopped, socket removed; children still alive: ${alive.length}`);
  rmSync(dir, { recursive: true, force: true });
}

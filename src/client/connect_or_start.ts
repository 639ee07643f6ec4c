/**
 * {@link connectOrStart}: connect to the daemon, starting this package's daemon in the
 * background when nothing listens (docs/PROTOCOL.md#client-conveniences).
 *
 * Differences from upstream: the started daemon serves the caller's own endpoint (a scoped
 * caller starts the daemon of its scope, not the unscoped one); the retries back off 50,
 * 100, 200, 400, 800, 1000… ms up to a total deadline (5 s by default) instead of giving up
 * after ~750 ms; and a daemon that exits before it listens is reported at once, with the
 * command to run in the foreground to see why.
 *
 * @example
 * ```ts
 * import { connectOrStart } from "./connect_or_start.ts";
 * await using client = await connectOrStart({ scope: "ci" });
 * console.log((await client.status()).socketPath);
 * ```
 *
 * @module
 */
import { DaemonClient, type DaemonClientOptions } from "./daemon_client.ts";
import { sleep } from "../async.ts";
import { AbortError, ConnectError, UnsupportedError } from "../errors.ts";
import { spawnDaemonProcess, type SpawnedDaemon } from "../process/daemon_spawn.ts";
import { resolveEndpoint } from "../transport/runtime.ts";
import { formatEndpoint } from "../transport/transport.ts";

/**
 * Options of {@link connectOrStart}: the connect options, plus how to start.
 *
 * @example
 * ```ts
 * import type { ConnectOrStartOptions } from "./connect_or_start.ts";
 * const o: ConnectOrStartOptions = { socketPath: "/tmp/rp/daemon.sock", startTimeoutMs: 10_000 };
 * ```
 */
export interface ConnectOrStartOptions extends DaemonClientOptions {
  /** Total time allowed for starting the daemon and connecting to it (default 5000 ms). */
  startTimeoutMs?: number;
  /** The CLI module to run (default: this package's `cli.ts`). */
  cliPath?: string;
  /** The runtime binary to run it with (default: the current one, `process.execPath`). */
  execPath?: string;
  /** Called once the daemon process was started. */
  onStart?: (info: { pid: number | undefined; command: readonly string[] }) => void;
}

/**
 * Default total deadline of the start-and-connect phase, in ms.
 *
 * @example
 * ```ts
 * import { DEFAULT_START_TIMEOUT_MS } from "./connect_or_start.ts";
 * console.log(DEFAULT_START_TIMEOUT_MS); // 5000
 * ```
 */
export const DEFAULT_START_TIMEOUT_MS = 5000;

/**
 * Connects to the daemon; when nothing listens there (`ConnectError`), starts this
 * package's daemon detached on that endpoint (`deno run -A …/cli.ts serve --socket <path>`
 * or `bun …/cli.ts serve --socket <path>`), then retries with backoff until
 * `startTimeoutMs`. Fails with `ConnectError` naming the endpoint when the daemon does not
 * come up (or exits first), `UnsupportedError` when it cannot be started here (Node, a TCP
 * endpoint), `AbortError` on abort. Other connect errors (timeouts, invalid options) are
 * not retried.
 *
 * @param options connect options plus start options
 * @returns a connected client
 *
 * @example
 * ```ts
 * import { connectOrStart } from "./connect_or_start.ts";
 * const client = await connectOrStart({
 *   socketPath: "/tmp/rp-demo/daemon.sock",
 *   onStart: ({ pid }) => console.error(`started daemon ${pid}`),
 * });
 * await client.ping();
 * await client.close();
 * ```
 */
export async function connectOrStart(options: ConnectOrStartOptions = {}): Promise<DaemonClient> {
  const { startTimeoutMs, cliPath, execPath, onStart, ...connectOptions } = options;
  try {
    return await DaemonClient.connect(connectOptions);
  } catch (e) {
    if (!(e instanceof ConnectError)) throw e;
    if (connectOptions.endpoint && connectOptions.endpoint.kind !== "unix") {
      throw new UnsupportedError(
        `${e.message}; a daemon can only be started on a Unix socket, not on ` +
          formatEndpoint(connectOptions.endpoint),
        { cause: e },
      );
    }
  }
  const endpoint = connectOptions.endpoint ??
    resolveEndpoint({ socketPath: connectOptions.socketPath, scope: connectOptions.scope });
  // Checked above; narrows the type for compilers without strict null checks too.
  if (endpoint.kind !== "unix") throw new UnsupportedError("a daemon needs a Unix socket");
  const where = formatEndpoint(endpoint);
  const signal = connectOptions.signal;
  const total = startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const deadline = Date.now() + total;

  const cli = cliPath ?? new URL("../cli/main.ts", import.meta.url).href;
  const daemon: SpawnedDaemon = spawnDaemonProcess({
    cliPath: cli,
    socketPath: endpoint.path,
    scope: connectOptions.endpoint || connectOptions.socketPath !== undefined
      ? undefined
      : connectOptions.scope,
    execPath,
  });
  onStart?.({ pid: daemon.pid, command: daemon.command });
  const shown = daemon.command.map((a) => (/[\s'"]/.test(a) ? JSON.stringify(a) : a)).join(" ");
  let exit: { code?: number; error?: Error } | undefined;
  daemon.exited.then(
    (code) => (exit = { code }),
    (error: Error) => (exit = { error }),
  );

  let delay = 50;
  let last: unknown;
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    await sleep(Math.min(delay, remaining), signal, "connect_or_start");
    delay = Math.min(delay * 2, 1000);
    const exitedBefore = exit;
    try {
      return await DaemonClient.connect({
        ...connectOptions,
        connectTimeoutMs: Math.max(1, Math.min(deadline - Date.now(), 2000)),
      });
    } catch (e) {
      if (e instanceof AbortError) throw e;
      last = e;
    }
    if (exitedBefore) {
      // It exited before our last attempt, which failed too (another starter may have won
      // the race, which is why the attempt is made at all).
      const why = exitedBefore.error
        ? `the daemon could not be started (${exitedBefore.error.message})`
        : `the daemon exited with code ${exitedBefore.code} before it listened`;
      throw new ConnectError(
        where,
        `${why}; run \`${shown}\` in a terminal to see why`,
        { cause: exitedBefore.error ?? last },
      );
    }
  }
  throw new ConnectError(
    where,
    `started the daemon (\`${shown}\`, pid ${daemon.pid}) but it did not accept a connection ` +
      `within ${total} ms`,
    { cause: last },
  );
}

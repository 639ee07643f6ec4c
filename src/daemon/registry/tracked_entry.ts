/**
 * The records of the process registry: what REGISTER supplies about a process
 * ({@link RegistrationInput}), what the registry stores ({@link TrackedEntry}), the states an
 * entry can be in ({@link Liveness}), and the registry's error ({@link RegistryError}).
 *
 * @module
 */
import { RunningProcessError } from "../../errors.ts";

/**
 * A registry failure: the file could not be written (`REGISTRY_WRITE`), or the registry
 * was used after {@link ProcessRegistry.close} (`REGISTRY_CLOSED`).
 *
 * @example
 * ```ts
 * import { RegistryError } from "./tracked_entry.ts";
 * const e = new RegistryError("REGISTRY_WRITE", "cannot write /x: EACCES");
 * console.log(e.code, e.message); // REGISTRY_WRITE cannot write /x: EACCES
 * ```
 */
export class RegistryError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param code `REGISTRY_WRITE` or `REGISTRY_CLOSED`
   * @param message what failed
   * @param options standard error options (`cause`)
   */
  constructor(
    code: "REGISTRY_WRITE" | "REGISTRY_CLOSED",
    message: string,
    options?: ErrorOptions,
  ) {
    super(code, message, options);
    this.name = "RegistryError";
  }
}

/**
 * What REGISTER (and SPAWN_DAEMON) supply about a process.
 *
 * @example
 * ```ts
 * import type { RegistrationInput } from "./tracked_entry.ts";
 * const r: RegistrationInput = { pid: 42, createdAt: 0, kind: "pty", command: "vim",
 *   cwd: "/src", originator: "editor:1", containment: "contained" };
 * ```
 */
export interface RegistrationInput {
  /** Process id (> 0). */
  pid: number;
  /** Creation time as the client reports it (Unix seconds); stored and echoed as given. */
  createdAt: number;
  /** Free text, upstream uses `subprocess` or `pty`. */
  kind: string;
  /** Command text. */
  command: string;
  /** Working directory text. */
  cwd: string;
  /** Originator, conventionally `<tool>:<detail>`. */
  originator: string;
  /** Free text, upstream uses `contained` or `detached`. */
  containment: string;
}

/**
 * One stored entry: the registration plus what identifies the process.
 *
 * @example
 * ```ts
 * import type { TrackedEntry } from "./tracked_entry.ts";
 * const alive = (e: TrackedEntry) => e.startTicks !== null;
 * ```
 */
export interface TrackedEntry extends RegistrationInput {
  /** When the daemon registered it (Unix seconds). */
  registeredAt: number;
  /** Boot id (`/proc/sys/kernel/random/boot_id`) the start times belong to, or `""`. */
  bootId: string;
  /** Start time in clock ticks after boot, or `null` when the pid did not exist. */
  startTicks: number | null;
  /** Parent pid at registration (0 when unknown). */
  parentPid: number;
  /** The parent's start time in clock ticks, or `null` when unknown. */
  parentStartTicks: number | null;
}

/**
 * How a tracked entry compares with the running system.
 *
 * * `alive` — the same process is running;
 * * `zombie` — the same process has exited but its parent has not reaped it;
 * * `gone` — no process has that pid (or it never existed when registered);
 * * `reused` — another process has the pid now (different start time);
 * * `rebooted` — the entry was recorded during another boot.
 *
 * @example
 * ```ts
 * import type { Liveness } from "./tracked_entry.ts";
 * const dead = (l: Liveness) => l !== "alive" && l !== "zombie";
 * ```
 */
export type Liveness = "alive" | "zombie" | "gone" | "reused" | "rebooted";

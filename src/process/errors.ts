/**
 * Errors of the process adapters. All extend {@link RunningProcessError} and carry a
 * stable `code`:
 *
 * | class | `code` | when |
 * |---|---|---|
 * | {@link SpawnError} | `SPAWN_FAILED` | the child could not be started (missing binary, bad cwd, …) |
 * | {@link StdinClosedError} | `STDIN_CLOSED` | a write after `closeStdin()` |
 * | {@link StdinWriteError} | `STDIN_WRITE_FAILED` | the write itself failed (broken pipe, …) |
 * | {@link PtyUnsupportedError} | `PTY_UNSUPPORTED` | no PTY backend in this runtime / on this machine |
 *
 * @example
 * ```ts
 * import { SpawnError } from "./errors.ts";
 * const e = new SpawnError("nosuch", "executable not found in PATH", "ENOENT");
 * console.log(e.code, e.message); // SPAWN_FAILED failed to spawn "nosuch": executable not found in PATH
 * ```
 *
 * @module
 */
import { RunningProcessError } from "../errors.ts";

export { RunningProcessError } from "../errors.ts";

/**
 * A child process could not be started. The message names `argv[0]` and the reason; the
 * runtime's original error, if any, is in `cause`.
 *
 * @example
 * ```ts
 * import { SpawnError } from "./errors.ts";
 * try {
 *   throw new SpawnError("./run.sh", "permission denied", "EACCES");
 * } catch (e) {
 *   if (e instanceof SpawnError) console.log(e.code, e.program, e.osCode); // SPAWN_FAILED ./run.sh EACCES
 * }
 * ```
 */
export class SpawnError extends RunningProcessError {
  /** The program that was to be started (`argv[0]`, as given; `""` for an empty argv). */
  readonly program: string;
  /** Short reason, e.g. `executable not found in PATH`, `working directory does not exist: /x`. */
  readonly reason: string;
  /** The OS error code when one is known (`ENOENT`, `EACCES`, `ENOTDIR`, …). */
  readonly osCode: string | undefined;

  /**
   * Creates the error.
   *
   * @param program `argv[0]` as given
   * @param reason short description of why the spawn failed
   * @param osCode the OS error code, when known
   * @param options standard error options (`cause`)
   */
  constructor(program: string, reason: string, osCode?: string, options?: ErrorOptions) {
    super("SPAWN_FAILED", `failed to spawn ${JSON.stringify(program)}: ${reason}`, options);
    this.name = "SpawnError";
    this.program = program;
    this.reason = reason;
    this.osCode = osCode;
  }
}

/**
 * A write to a child's stdin after stdin was closed. The message is upstream's text,
 * `process stdin is not available` (the daemon answers `INTERNAL` with it).
 *
 * @example
 * ```ts
 * import { StdinClosedError } from "./errors.ts";
 * console.log(new StdinClosedError().message); // process stdin is not available
 * ```
 */
export class StdinClosedError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param options standard error options (`cause`)
   */
  constructor(options?: ErrorOptions) {
    super("STDIN_CLOSED", "process stdin is not available", options);
    this.name = "StdinClosedError";
  }
}

/**
 * Writing to a child's stdin (or to a PTY) failed, typically with a broken pipe because the
 * reader is gone. The runtime's error is in `cause`.
 *
 * @example
 * ```ts
 * import { StdinWriteError } from "./errors.ts";
 * const e = new StdinWriteError("Broken pipe (os error 32)");
 * console.log(e.code, e.message); // STDIN_WRITE_FAILED cannot write to process stdin: Broken pipe (os error 32)
 * ```
 */
export class StdinWriteError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param reason the I/O error text
   * @param options standard error options (`cause`)
   */
  constructor(reason: string, options?: ErrorOptions) {
    super("STDIN_WRITE_FAILED", `cannot write to process stdin: ${reason}`, options);
    this.name = "StdinWriteError";
  }
}

/**
 * No PTY backend is available: the runtime has no PTY API and util-linux `script` is not
 * usable. The message says why (same text as `ptySupport().reason`).
 *
 * @example
 * ```ts
 * import { PtyUnsupportedError } from "./errors.ts";
 * const e = new PtyUnsupportedError("util-linux `script` was not found");
 * console.log(e.code); // PTY_UNSUPPORTED
 * ```
 */
export class PtyUnsupportedError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param reason why PTYs are unavailable
   * @param options standard error options (`cause`)
   */
  constructor(reason: string, options?: ErrorOptions) {
    super("PTY_UNSUPPORTED", `PTY sessions are not supported here: ${reason}`, options);
    this.name = "PtyUnsupportedError";
  }
}

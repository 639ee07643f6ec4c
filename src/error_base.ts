/**
 * The base class of the library's error hierarchy, on its own so that the lowest layers (the
 * protobuf wire codec and the generated JSON mapping) can extend it without importing the
 * rest of `errors.ts`, which depends on the generated schema. Import it from `errors.ts`
 * (or the package entry); both name this same class.
 *
 * @module
 */

/**
 * Base class of every error this library throws on purpose.
 *
 * @example
 * ```ts
 * import { RunningProcessError } from "./error_base.ts";
 * function describe(e: unknown): string {
 *   return e instanceof RunningProcessError ? `${e.code}: ${e.message}` : String(e);
 * }
 * ```
 */
export class RunningProcessError extends Error {
  /** A stable, machine-readable reason (`"TIMEOUT"`, `"DAEMON"`, …). */
  readonly code: string;

  /**
   * Creates the error.
   *
   * @param code the stable reason code
   * @param message a human-readable description naming the problem
   * @param options standard error options (`cause`)
   */
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "RunningProcessError";
    this.code = code;
  }
}

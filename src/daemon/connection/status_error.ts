/**
 * The error a request handler throws to answer with a non-OK status.
 *
 * @example
 * ```ts
 * import { StatusError } from "./status_error.ts";
 * import { StatusCode } from "../../../proto_gen/daemon_pb.ts";
 * throw new StatusError(StatusCode.STATUS_CODE_NOT_FOUND, "pipe session not found: x");
 * ```
 *
 * @module
 */
import { StatusCode } from "../../../proto_gen/daemon_pb.ts";
import { RunningProcessError } from "../../errors.ts";

/** A handler failure that becomes a `DaemonResponse{code, message}` without payload. */
export class StatusError extends RunningProcessError {
  /** The `StatusCode` number to answer with. */
  readonly status: number;
  /** Stable code of this error class. */
  declare readonly code: "DAEMON_STATUS";
  /** Creates the error: `status` is a `StatusCode` number. */
  constructor(status: number, message: string) {
    super("DAEMON_STATUS", message);
    this.name = "StatusError";
    this.status = status;
  }
}

/** `INVALID_ARGUMENT` with `message`. */
export function invalidArgument(message: string): StatusError {
  return new StatusError(StatusCode.STATUS_CODE_INVALID_ARGUMENT, message);
}

/** `NOT_FOUND` with `message`. */
export function notFound(message: string): StatusError {
  return new StatusError(StatusCode.STATUS_CODE_NOT_FOUND, message);
}

/** `INTERNAL` with `message`. */
export function internal(message: string): StatusError {
  return new StatusError(StatusCode.STATUS_CODE_INTERNAL, message);
}

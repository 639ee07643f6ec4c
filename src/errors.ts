/**
 * The error hierarchy of the library. Every error thrown on purpose is a
 * {@link RunningProcessError}, whose `code` is a stable, machine-readable string; the
 * subclasses add the fields that describe their problem.
 *
 * | class | `code` |
 * |---|---|
 * | {@link ConnectError} | `CONNECT` |
 * | {@link TimeoutError} | `TIMEOUT` |
 * | {@link FrameTooLargeError} | `FRAME_TOO_LARGE` |
 * | {@link ProtocolError} | `PROTOCOL` |
 * | {@link ConnectionClosedError} | `CONNECTION_CLOSED` |
 * | {@link AbortError} | `ABORTED` |
 * | {@link DaemonError} | `DAEMON` |
 * | {@link UnsupportedError} | `UNSUPPORTED` |
 * | {@link ValidationError} | `INVALID_ARGUMENT` |
 *
 * @example
 * ```ts
 * import { RunningProcessError, TimeoutError } from "./errors.ts";
 * try {
 *   throw new TimeoutError("ping timed out after 250 ms", 250);
 * } catch (e) {
 *   if (e instanceof RunningProcessError) console.log(e.code, e.message); // TIMEOUT ping timed out…
 * }
 * ```
 *
 * @module
 */
import { StatusCode } from "../proto_gen/daemon_pb.ts";
import { RunningProcessError } from "./error_base.ts";

export { RunningProcessError };

/**
 * Connecting to the daemon failed: nothing listens at the endpoint (`ENOENT`,
 * `ECONNREFUSED`), permission was denied, or the runtime refused. `cause` holds the
 * runtime's original error.
 *
 * @example
 * ```ts
 * import { ConnectError } from "./errors.ts";
 * const e = new ConnectError("unix:/tmp/x.sock", "no socket file (ENOENT)");
 * console.log(e.message); // cannot connect to unix:/tmp/x.sock: no socket file (ENOENT)
 * console.log(e.endpoint); // unix:/tmp/x.sock
 * ```
 */
export class ConnectError extends RunningProcessError {
  /** The endpoint that could not be reached, e.g. `unix:/run/user/1000/running-process/daemon.sock`. */
  readonly endpoint: string;

  /**
   * Creates the error.
   *
   * @param endpoint printable endpoint (see `formatEndpoint` in `transport/transport.ts`)
   * @param reason short description of why the connection failed
   * @param options standard error options (`cause`)
   */
  constructor(endpoint: string, reason: string, options?: ErrorOptions) {
    super("CONNECT", `cannot connect to ${endpoint}: ${reason}`, options);
    this.name = "ConnectError";
    this.endpoint = endpoint;
  }
}

/**
 * A deadline expired (connect timeout, RPC timeout, …).
 *
 * @example
 * ```ts
 * import { TimeoutError } from "./errors.ts";
 * const e = new TimeoutError("daemon socket connect timed out after 100 ms (unix:/tmp/x.sock)", 100);
 * console.log(e.code, e.timeoutMs); // TIMEOUT 100
 * ```
 */
export class TimeoutError extends RunningProcessError {
  /** The deadline that expired, in milliseconds. */
  readonly timeoutMs: number;

  /**
   * Creates the error.
   *
   * @param message what timed out, including the deadline and the endpoint or operation
   * @param timeoutMs the deadline in milliseconds
   * @param options standard error options (`cause`)
   */
  constructor(message: string, timeoutMs: number, options?: ErrorOptions) {
    super("TIMEOUT", message, options);
    this.name = "TimeoutError";
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A frame's length exceeds the allowed cap: an inbound length prefix above the client's
 * 16 MiB cap (detected before anything is allocated), or an outbound payload above the
 * daemon's 4 MiB limit (refused before anything is sent).
 *
 * @example
 * ```ts
 * import { FrameTooLargeError } from "./errors.ts";
 * const e = new FrameTooLargeError(16777217, 16777216);
 * console.log(e.message); // frame length 16777217 exceeds cap 16777216
 * ```
 */
export class FrameTooLargeError extends RunningProcessError {
  /** The offending frame length in bytes (without the 4-byte prefix). */
  readonly size: number;
  /** The cap that was exceeded, in bytes. */
  readonly limit: number;

  /**
   * Creates the error.
   *
   * @param size the offending payload length
   * @param limit the cap
   * @param direction optional qualifier, e.g. `"outbound"`, prefixed to the message
   * @param options standard error options (`cause`)
   */
  constructor(size: number, limit: number, direction?: string, options?: ErrorOptions) {
    super(
      "FRAME_TOO_LARGE",
      `${direction ? `${direction} ` : ""}frame length ${size} exceeds cap ${limit}`,
      options,
    );
    this.name = "FrameTooLargeError";
    this.size = size;
    this.limit = limit;
  }
}

/**
 * The peer sent something that does not follow the protocol (undecodable payload,
 * unexpected message, …).
 *
 * @example
 * ```ts
 * import { ProtocolError } from "./errors.ts";
 * const e = new ProtocolError("response payload is missing the ping field");
 * console.log(e.code); // PROTOCOL
 * ```
 */
export class ProtocolError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param message what was wrong with the peer's data
   * @param options standard error options (`cause`)
   */
  constructor(message: string, options?: ErrorOptions) {
    super("PROTOCOL", message, options);
    this.name = "ProtocolError";
  }
}

/**
 * The connection closed (or failed) while an operation still needed it: the peer closed in
 * the middle of a frame, a write hit a closed socket, or a request was pending.
 *
 * @example
 * ```ts
 * import { ConnectionClosedError } from "./errors.ts";
 * const e = new ConnectionClosedError("connection closed mid-frame (3 of 12 bytes received)");
 * console.log(e.code); // CONNECTION_CLOSED
 * ```
 */
export class ConnectionClosedError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param message what was interrupted by the close
   * @param options standard error options (`cause`: the socket error, if any)
   */
  constructor(message: string, options?: ErrorOptions) {
    super("CONNECTION_CLOSED", message, options);
    this.name = "ConnectionClosedError";
  }
}

/**
 * An operation was cancelled through its `AbortSignal`. `cause` is the signal's `reason`.
 *
 * @example
 * ```ts
 * import { AbortError } from "./errors.ts";
 * const ac = new AbortController();
 * ac.abort();
 * const e = new AbortError("connect aborted", { cause: ac.signal.reason });
 * console.log(e.code); // ABORTED
 * ```
 */
export class AbortError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param message what was aborted
   * @param options standard error options (`cause`: the abort reason)
   */
  constructor(message = "operation aborted", options?: ErrorOptions) {
    super("ABORTED", message, options);
    this.name = "AbortError";
  }
}

/**
 * The enum name of a daemon `StatusCode` number: `"STATUS_CODE_NOT_FOUND"` for 4, and
 * `"STATUS_CODE_<n>"` for numbers outside the enum (protobuf enums are open).
 *
 * @example
 * ```ts
 * import { statusCodeName } from "./errors.ts";
 * console.log(statusCodeName(4)); // STATUS_CODE_NOT_FOUND
 * console.log(statusCodeName(42)); // STATUS_CODE_42
 * ```
 */
export function statusCodeName(status: number): string {
  const name = Number.isInteger(status)
    ? (StatusCode as Record<number, string | number | undefined>)[status]
    : undefined;
  return typeof name === "string" ? name : `STATUS_CODE_${status}`;
}

/**
 * The daemon answered with a non-OK `StatusCode`. `status` keeps the number exactly as
 * received (unknown numbers included), `statusName` is its enum name and `daemonMessage`
 * the daemon's own text.
 *
 * @example
 * ```ts
 * import { DaemonError } from "./errors.ts";
 * const e = new DaemonError(4, "session not found: abc");
 * console.log(e.message); // daemon returned STATUS_CODE_NOT_FOUND (4): session not found: abc
 * console.log(e.status, e.statusName, e.daemonMessage);
 * ```
 */
export class DaemonError extends RunningProcessError {
  /** The `StatusCode` number as received. */
  readonly status: number;
  /** The enum name, e.g. `"STATUS_CODE_NOT_FOUND"`, or `"STATUS_CODE_<n>"` if unknown. */
  readonly statusName: string;
  /** The daemon's `message` field. */
  readonly daemonMessage: string;

  /**
   * Creates the error.
   *
   * @param status the response's `code` number
   * @param daemonMessage the response's `message` text
   * @param options standard error options (`cause`)
   */
  constructor(status: number, daemonMessage: string, options?: ErrorOptions) {
    const statusName = statusCodeName(status);
    super(
      "DAEMON",
      `daemon returned ${statusName} (${status})${daemonMessage ? `: ${daemonMessage}` : ""}`,
      options,
    );
    this.name = "DaemonError";
    this.status = status;
    this.statusName = statusName;
    this.daemonMessage = daemonMessage;
  }
}

/**
 * The requested feature is not available in this runtime or on this platform.
 *
 * @example
 * ```ts
 * import { UnsupportedError } from "./errors.ts";
 * const e = new UnsupportedError("named pipes are not supported by this runtime");
 * console.log(e.code); // UNSUPPORTED
 * ```
 */
export class UnsupportedError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param message what is unsupported, and where
   * @param options standard error options (`cause`)
   */
  constructor(message: string, options?: ErrorOptions) {
    super("UNSUPPORTED", message, options);
    this.name = "UnsupportedError";
  }
}

/**
 * An argument given to the library is invalid; nothing was sent.
 *
 * @example
 * ```ts
 * import { ValidationError } from "./errors.ts";
 * const e = new ValidationError("port must be an integer in 1..65535, got 70000");
 * console.log(e.code); // INVALID_ARGUMENT
 * ```
 */
export class ValidationError extends RunningProcessError {
  /**
   * Creates the error.
   *
   * @param message which argument is invalid and why
   * @param options standard error options (`cause`)
   */
  constructor(message: string, options?: ErrorOptions) {
    super("INVALID_ARGUMENT", message, options);
    this.name = "ValidationError";
  }
}

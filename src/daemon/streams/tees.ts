/**
 * File tees (docs/PROTOCOL.md#tees): a copy of one session byte stream, written to a file by an
 * asynchronous writer, with a bounded queue, missed-byte accounting and markers.
 *
 * ## Model
 *
 * A {@link FileTee} follows one stream of a session through
 * `Session.addOutputListener` (`"stdout"`, `"stderr"`, `"pty"` or `"stdin"`). The listener
 * copies each chunk into the tee's queue (one ring buffer per tee, so a full queue that keeps
 * evicting allocates nothing) and returns at once; one async writer loop per tee
 * takes chunks off the queue and writes each one with its own `write()` calls straight to
 * the file descriptor (there is no user-space buffer, so every chunk is on its way to the
 * file as soon as its write resolves).
 *
 * * **Queue capacity** counts chunks; `0` means {@link DEFAULT_QUEUE_CAPACITY}. Whatever
 *   the policy, one tee never holds more than {@link MAX_QUEUED_BYTES} (queued chunks and
 *   the chunk being written, each with {@link TEE_CHUNK_OVERHEAD}), and the queues of all
 *   tees together never more than {@link TEE_BUDGET_BYTES} of storage; a session has at most
 *   {@link MAX_TEES_PER_SESSION} tees.
 * * **DROP_OLDEST** (0): when the queue is full, the **oldest** queued chunk is evicted and
 *   its bytes are counted as missed.
 * * **BLOCK** (1): a listener is synchronous and the session readers are shared with the backlog
 *   ring and the attach streams, so blocking them would stall every attached client too,
 *   and the daemon must never stall. BLOCK therefore means **never drop at the chunk
 *   capacity**: the queue grows past `queue_capacity`, and only the byte cap
 *   ({@link MAX_QUEUED_BYTES}) evicts the oldest chunks, counted like DROP_OLDEST.
 * * **Markers**: dropped bytes leave a gap in the file. Unless `suppress_missed_markers`,
 *   the writer writes `"\n[running-process tee missed <N> bytes]\n"` exactly at the gap:
 *   before the chunk that heads the queue after an eviction (when the queue held one
 *   chunk, that is the chunk being queued). A chunk
 *   refused outright (larger than {@link MAX_QUEUED_BYTES}) leaves its gap before the next
 *   chunk queued. Consecutive drops make one gap; `<N>` counts the bytes of that gap, while
 *   the status's `missed_bytes` is cumulative.
 * * **Write errors** (for example `ENOSPC` on `/dev/full`): the tee becomes
 *   `disconnected`; the chunk being written (what of it was not written), every queued
 *   chunk and every later byte count as missed. The file is closed.
 * * **Slow sinks**: the file is opened with `O_NONBLOCK`. It changes nothing for regular
 *   files; for FIFOs and character devices the writer writes pieces of at most
 *   {@link PIPE_PIECE} bytes (atomic on pipes) and retries `EAGAIN` with a short backoff,
 *   so a reader that stalls never parks a runtime thread (Deno's `node:fs` writes would
 *   otherwise block the event loop). Side effect: opening a FIFO that has no reader fails
 *   at once (`ENXIO`) instead of waiting for one.
 * * **End** ({@link FileTee.end}: unregister, purge, shutdown): the listener is removed at
 *   once, the writer writes what is queued and closes the file. A sink that accepts
 *   nothing (`EAGAIN`: a FIFO nobody reads) for `drainMs` after the end began or after its
 *   last progress is abandoned: the rest counts as missed and the file is closed anyway.
 *   Regular files always drain.
 *
 * Handles are allocated per session ({@link SessionTees}), starting at 1.
 *
 * @module
 */
import { sleep } from "../../async.ts";
import { constants as fsConstants } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { constants as osConstants } from "node:os";
import { RunningProcessError } from "../../errors.ts";
import { ChunkRing } from "../sessions/ring_buffer.ts";
import type { OutputStreamName, Session } from "../sessions/session.ts";

/** Queue capacity (chunks) used when a registration asks for 0. */
export const DEFAULT_QUEUE_CAPACITY = 1024;

/**
 * Most bytes one tee holds, whatever its policy: queued chunks plus the chunk being written,
 * each counted with {@link TEE_CHUNK_OVERHEAD}. Older queued chunks are evicted beyond it.
 */
export const MAX_QUEUED_BYTES = 16 * 1024 * 1024;

/** Bytes each held chunk counts on top of its data (bookkeeping objects). */
export const TEE_CHUNK_OVERHEAD = 128;

/**
 * Most bytes of queue storage all the tees of one process hold together. A tee whose queue
 * would have to grow past it evicts its own oldest chunks, or drops the new one when that
 * does not help; both count as missed.
 */
export const TEE_BUDGET_BYTES = 128 * 1024 * 1024;

/** Most tees registered on one session at a time. */
export const MAX_TEES_PER_SESSION = 16;

/** Longest write to a non-regular file (FIFO, device): `PIPE_BUF`, atomic on pipes. */
export const PIPE_PIECE = 4096;

/** How long {@link FileTee.end} waits on a sink that accepts nothing before abandoning it (ms). */
export const END_DRAIN_MS = 2000;

/** Longest pause between two retries of a write that returned `EAGAIN` (ms). */
const MAX_RETRY_MS = 20;

/** Backpressure policies (`TeeBackpressure`). */
export type TeeBackpressureMode = "drop-oldest" | "block";

/** Options of a file tee, already validated. */
export interface FileTeeOptions {
  /** Queue capacity in chunks (0 → {@link DEFAULT_QUEUE_CAPACITY}). */
  queueCapacity: number;
  /** What happens when the queue is full. */
  backpressure: TeeBackpressureMode;
  /** Do not write missed-byte markers. */
  suppressMissedMarkers: boolean;
}

/** What GET_SESSION_TEE_STATUS reports. */
export interface TeeStatus {
  /** `TeeStreamKind` number of the followed stream. */
  stream: number;
  /** Bytes that never reached the file, cumulative. */
  missedBytes: number;
  /** The writer stopped on a write error. */
  disconnected: boolean;
}

/** The missed-byte marker for a gap of `n` bytes. */
export function missedMarker(n: number): Uint8Array {
  return new TextEncoder().encode(`\n[running-process tee missed ${n} bytes]\n`);
}

/** Linux `strerror` texts, for messages shaped like Rust's `io::Error` (`… (os error N)`). */
const STRERROR: Record<string, string> = {
  EPERM: "Operation not permitted",
  ENOENT: "No such file or directory",
  EIO: "Input/output error",
  ENXIO: "No such device or address",
  EACCES: "Permission denied",
  EBUSY: "Device or resource busy",
  EEXIST: "File exists",
  ENODEV: "No such device",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  EINVAL: "Invalid argument",
  ENFILE: "Too many open files in system",
  EMFILE: "Too many open files",
  ETXTBSY: "Text file busy",
  EFBIG: "File too large",
  ENOSPC: "No space left on device",
  EROFS: "Read-only file system",
  ENAMETOOLONG: "File name too long",
  ELOOP: "Too many levels of symbolic links",
  EDQUOT: "Disk quota exceeded",
  EOPNOTSUPP: "Operation not supported",
};

/** Formats an I/O error like Rust's `io::Error` Display (`Is a directory (os error 21)`). */
export function ioErrorText(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  if (typeof code === "string" && code in STRERROR) {
    const errno = (osConstants.errno as Record<string, number | undefined>)[code];
    if (errno !== undefined) return `${STRERROR[code]} (os error ${errno})`;
  }
  return e instanceof Error ? e.message : String(e);
}

/**
 * Opening a tee file failed. `invalidInput` tells the handler to answer INVALID_ARGUMENT
 * (Rust's `ErrorKind::InvalidInput`: a NUL byte in the path, `EINVAL`) rather than INTERNAL.
 *
 * @example
 * ```ts
 * import { openTeeFile, TeeOpenError } from "./tees.ts";
 * try {
 *   await openTeeFile("/", true);
 * } catch (e) {
 *   if (e instanceof TeeOpenError) console.log(e.code, e.invalidInput, e.message); // TEE_OPEN false Is a directory (os error 21)
 * }
 * ```
 */
export class TeeOpenError extends RunningProcessError {
  /** True for errors upstream classifies as `InvalidInput`. */
  readonly invalidInput: boolean;

  /**
   * Creates the error.
   *
   * @param message Rust-shaped error text
   * @param invalidInput whether the request itself was at fault
   * @param options standard error options (`cause`)
   */
  constructor(message: string, invalidInput: boolean, options?: ErrorOptions) {
    super("TEE_OPEN", message, options);
    this.name = "TeeOpenError";
    this.invalidInput = invalidInput;
  }
}

/** An opened tee file. */
export interface TeeFile {
  /** The open handle (non-blocking). */
  handle: FileHandle;
  /** True for a regular file (written in whole chunks; never `EAGAIN`). */
  regular: boolean;
}

/**
 * Opens `path` create+write, in append or truncate mode, non-blocking (see the module
 * documentation).
 *
 * @throws {TeeOpenError} with upstream's classification and a Rust-shaped message
 */
export async function openTeeFile(path: string, append: boolean): Promise<TeeFile> {
  if (path.includes("\0")) {
    throw new TeeOpenError("file name contained an unexpected NUL byte", true);
  }
  const flags = fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_NONBLOCK |
    (append ? fsConstants.O_APPEND : fsConstants.O_TRUNC);
  let handle: FileHandle;
  try {
    handle = await open(path, flags, 0o666);
  } catch (e) {
    const code = (e as { code?: unknown })?.code;
    throw new TeeOpenError(ioErrorText(e), code === "EINVAL" || code === "ERR_INVALID_ARG_VALUE", {
      cause: e,
    });
  }
  let regular = false;
  try {
    regular = (await handle.stat()).isFile();
  } catch {
    // unknown kind: write in pieces, which works for every kind
  }
  return { handle, regular };
}

/** The chunk being written (a view valid until the next shift) and the gap right before it. */
interface Item {
  bytes: Uint8Array;
  missedBefore: number;
}

/** Raised inside the writer when {@link FileTee.end} gave up on a stalled sink. */
class AbandonedError extends Error {
  readonly code = "TEE_ABANDONED";
}

/** A file sink following one session stream (see the module documentation). */
export class FileTee {
  /** Handle, unique within its session. */
  readonly handle: number;
  /** `TeeStreamKind` number of the followed stream. */
  readonly stream: number;
  /** Resolves once the writer stopped and the file is closed. */
  readonly closed: Promise<void>;
  #file: TeeFile;
  #capacity: number;
  #block: boolean;
  #markers: boolean;
  /** Queued chunks, stored in one ring (a full tee that keeps evicting allocates nothing). */
  #ring = new ChunkRing(MAX_QUEUED_BYTES);
  /** Accounted bytes queued (data + {@link TEE_CHUNK_OVERHEAD} per chunk). */
  #queuedBytes = 0;
  /** Accounted bytes of the chunk being written. */
  #inflight = 0;
  /** Gap before the next chunk to be queued (when the queue is empty or after the tail). */
  #pendingMissed = 0;
  #missed = 0;
  #disconnected = false;
  #ending = false;
  /** When the last write made progress (or the end began), `performance.now()` ms. */
  #lastProgress = 0;
  #drainMs = END_DRAIN_MS;
  #wake: (() => void) | undefined;
  #unsubscribe: (() => void) | undefined;

  /**
   * Starts the writer on an opened file. Call {@link FileTee.follow} to feed it.
   *
   * @param handle the tee handle
   * @param stream `TeeStreamKind` number reported by status
   * @param file the opened file (closed by the tee)
   * @param options validated options
   */
  constructor(handle: number, stream: number, file: TeeFile, options: FileTeeOptions) {
    this.handle = handle;
    this.stream = stream;
    this.#file = file;
    this.#capacity = options.queueCapacity === 0 ? DEFAULT_QUEUE_CAPACITY : options.queueCapacity;
    this.#block = options.backpressure === "block";
    this.#markers = !options.suppressMissedMarkers;
    this.closed = this.#run();
  }

  /** Subscribes to `name` on `session`; the subscription ends with {@link FileTee.end}. */
  follow(session: Session, name: OutputStreamName): void {
    if (this.#ending) return;
    this.#unsubscribe = session.addOutputListener(name, (bytes) => this.push(bytes));
  }

  /** Current status. */
  status(): TeeStatus {
    return { stream: this.stream, missedBytes: this.#missed, disconnected: this.#disconnected };
  }

  /** Queue storage held by every tee of this process (see {@link TEE_BUDGET_BYTES}). */
  static get heldBytesTotal(): number {
    return FileTee.#heldTotal;
  }

  static #heldTotal = 0;

  /** Accounted bytes this tee holds (queued chunks and the chunk being written). */
  get heldBytes(): number {
    return this.#queuedBytes + this.#inflight;
  }

  #fits(cost: number): boolean {
    return this.#queuedBytes + this.#inflight + cost <= MAX_QUEUED_BYTES &&
      FileTee.#heldTotal + this.#ring.growthFor(cost - TEE_CHUNK_OVERHEAD) <= TEE_BUDGET_BYTES;
  }

  /** Storage of this tee's ring last added to the process-wide total. */
  #storage = 0;

  /** Brings the process-wide total up to date with this tee's ring storage. */
  #account(): void {
    const st = this.#ring.storage;
    FileTee.#heldTotal += st - this.#storage;
    this.#storage = st;
  }

  /** Chunks currently queued (not counting the one being written). */
  get queuedChunks(): number {
    return this.#ring.chunks;
  }

  /**
   * Queues a copy of `bytes` (the listener). Never blocks, never throws: applies the
   * backpressure policy and the byte cap, counting what it drops.
   */
  push(bytes: Uint8Array): void {
    const n = bytes.length;
    if (n === 0 || this.#ending) return;
    if (this.#disconnected) {
      this.#missed += n;
      return;
    }
    if (!this.#block) {
      while (this.queuedChunks >= this.#capacity) this.#evictOldest();
    }
    const cost = n + TEE_CHUNK_OVERHEAD;
    while (!this.#fits(cost) && this.queuedChunks > 0) this.#evictOldest();
    if (!this.#fits(cost)) {
      this.#missed += n;
      this.#pendingMissed += n;
      return;
    }
    this.#ring.push(bytes, this.#pendingMissed);
    this.#pendingMissed = 0;
    this.#queuedBytes += cost;
    this.#account();
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  /**
   * Stops following the stream, lets the writer write what is queued, and closes the file.
   * A sink that accepts nothing (`EAGAIN`) for `drainMs` after the end began or after its
   * last progress is abandoned (the rest counts as missed).
   * Idempotent.
   *
   * @returns {@link FileTee.closed}
   */
  end(drainMs: number = END_DRAIN_MS): Promise<void> {
    if (!this.#ending) {
      this.#ending = true;
      this.#drainMs = drainMs;
      this.#lastProgress = performance.now();
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      const wake = this.#wake;
      this.#wake = undefined;
      wake?.();
    }
    return this.closed;
  }

  #shift(): Item | undefined {
    const c = this.#ring.shift();
    if (c === undefined) return undefined;
    this.#queuedBytes -= c.bytes.length + TEE_CHUNK_OVERHEAD;
    this.#account();
    return { bytes: c.bytes, missedBefore: c.gap };
  }

  /** Accounts `item` as the chunk being written (`undefined`: none any more). */
  #setInflight(item: Item | undefined): void {
    this.#inflight = item === undefined ? 0 : item.bytes.length + TEE_CHUNK_OVERHEAD;
  }

  /** Drops the oldest queued chunk; its gap joins the gap before the new oldest one. */
  #evictOldest(): void {
    const c = this.#ring.drop();
    if (c === undefined) return;
    this.#queuedBytes -= c.length + TEE_CHUNK_OVERHEAD;
    this.#account();
    this.#missed += c.length;
    const gap = c.gap + c.length;
    if (this.#ring.chunks > 0) this.#ring.addGapToFront(gap);
    else this.#pendingMissed += gap;
  }

  async #run(): Promise<void> {
    let current: Item | undefined;
    let written = 0;
    try {
      for (;;) {
        current = this.#shift();
        this.#setInflight(current);
        if (current === undefined) {
          if (this.#ending) break;
          await new Promise<void>((r) => (this.#wake = r));
          continue;
        }
        written = 0;
        if (current.missedBefore > 0 && this.#markers) {
          await this.#writeAll(missedMarker(current.missedBefore), () => {});
        }
        await this.#writeAll(current.bytes, (n) => (written = n));
        current = undefined;
      }
    } catch (e) {
      if (!(e instanceof AbandonedError)) this.#disconnected = true;
      if (current !== undefined) this.#missed += current.bytes.length - written;
      this.#missed += this.#ring.bytes;
      this.#queuedBytes = 0;
    } finally {
      this.#ring.clear();
      this.#account();
      this.#setInflight(undefined);
      await this.#file.handle.close().catch(() => {});
    }
  }

  /** Writes all of `bytes`; retries `EAGAIN` (non-regular files) unless abandoned. */
  async #writeAll(bytes: Uint8Array, progress: (written: number) => void): Promise<void> {
    const { handle, regular } = this.#file;
    let off = 0;
    let pause = 1;
    while (off < bytes.length) {
      const end = regular ? bytes.length : Math.min(bytes.length, off + PIPE_PIECE);
      try {
        const { bytesWritten } = await handle.write(bytes, off, end - off, null);
        off += bytesWritten;
        progress(off);
        pause = 1;
        this.#lastProgress = performance.now();
      } catch (e) {
        const code = (e as { code?: unknown })?.code;
        if (code !== "EAGAIN" && code !== "EWOULDBLOCK" && code !== "EINTR") throw e;
        if (this.#ending && performance.now() - this.#lastProgress > this.#drainMs) {
          throw new AbandonedError("tee sink abandoned");
        }
        await sleep(pause);
        pause = Math.min(pause * 2, MAX_RETRY_MS);
      }
    }
  }
}

/**
 * The tees of one session: handle allocation (from 1) and their end when the session is
 * disposed (purge, shutdown).
 *
 * `Session.dispose()` has no hook, so {@link SessionTees.of} wraps the session instance's
 * `dispose` once: the wrapper ends every tee, then runs the original.
 */
export class SessionTees {
  static #bySession = new WeakMap<Session, SessionTees>();
  #next = 1;
  #tees = new Map<number, FileTee>();
  #disposed = false;

  /** The tee registry of `session`, created on first use. */
  static of(session: Session): SessionTees {
    let tees = SessionTees.#bySession.get(session);
    if (tees === undefined) {
      const created = new SessionTees();
      tees = created;
      SessionTees.#bySession.set(session, created);
      const original = session.dispose;
      session.dispose = function (this: Session): void {
        created.endAll();
        original.call(this);
      };
    }
    return tees;
  }

  /** The tee registry of `session` if one was created, without creating it. */
  static existing(session: Session): SessionTees | undefined {
    return SessionTees.#bySession.get(session);
  }

  /** True once the session was disposed (no tee can be added any more). */
  get disposed(): boolean {
    return this.#disposed;
  }

  /** Number of registered tees. */
  get size(): number {
    return this.#tees.size;
  }

  /**
   * Registers a tee on an opened file and starts following `name` on `session`.
   *
   * @returns the tee, whose handle is the next of this session
   */
  add(
    session: Session,
    name: OutputStreamName,
    stream: number,
    file: TeeFile,
    options: FileTeeOptions,
  ): FileTee {
    const tee = new FileTee(this.#next++, stream, file, options);
    this.#tees.set(tee.handle, tee);
    tee.follow(session, name);
    return tee;
  }

  /** The tee with `handle`, if registered. */
  get(handle: number): FileTee | undefined {
    return this.#tees.get(handle);
  }

  /** Unregisters `handle`; returns the tee (already ending) or undefined. */
  remove(handle: number): FileTee | undefined {
    const tee = this.#tees.get(handle);
    if (tee === undefined) return undefined;
    this.#tees.delete(handle);
    void tee.end();
    return tee;
  }

  /** Ends every tee (session disposed). */
  endAll(): void {
    this.#disposed = true;
    for (const tee of this.#tees.values()) void tee.end();
    this.#tees.clear();
  }
}

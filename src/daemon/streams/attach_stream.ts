/**
 * Attach streams of sessions (docs/PROTOCOL.md#attach-streams): the one-attachment-per-stream slot,
 * and the attachment that carries a session's live output to one client connection.
 *
 * - A {@link StreamSlot} holds at most one exclusive {@link StreamAttachment}. A second claim
 *   without `steal` fails; with `steal` the holder is ended with its `stolen_by: "peer"` frame
 *   first. Besides it, any number of shared readers (our `shared` attach extension) each get
 *   every byte through their own bounded queue; they never make the slot busy and are never
 *   stolen. A lossless shared reader whose queue is full pauses the session's reader like a
 *   lossless holder does.
 * - An attachment releases the slot **only if it still holds it** when it ends, so the end of
 *   a stolen stream never tears down the thief's stream.
 * - Live bytes go through a **bounded** per-attachment queue of {@link ATTACH_QUEUE_BYTES}
 *   (each queued chunk also counts {@link QUEUE_CHUNK_OVERHEAD} bytes, so a flood of tiny
 *   chunks is bounded too) and are written in batches, at most {@link STREAM_CHUNK_BYTES}
 *   per data frame (adjacent chunks share frames, so many small child writes make few full
 *   frames), so a client that reads slowly cannot grow the daemon. What happens when
 *   the queue is full is the attachment's
 *   {@link StreamBackpressure}:
 *   - `"drop-oldest"` (default): the oldest queued output is dropped and a `missed_bytes`
 *     frame stands exactly where it was, carrying how many bytes were lost (consecutive
 *     drops make one frame). Data frames plus `missed_bytes` always add up to what the
 *     session read while attached.
 *   - `"block"` (the `lossless` request field): nothing is dropped; the session's reader
 *     awaits {@link StreamAttachment.writable} and stops reading the child until the queue
 *     is back under half its cap, so the child blocks on write as with a direct pipe.
 *   Besides the queue, one batch (at most {@link MAX_BATCH_BYTES}, or one queued chunk) is
 *   held while it is being written; the transport keeps no copy of it, and its buffer is
 *   reused for a later batch (see {@link BATCH_POOL_SIZE}). Drained queues release their
 *   chunks.
 * - A terminal frame is written after everything queued before it, then the connection
 *   closes. Ending without a frame (client EOF, in-band detach) drops the queue.
 *
 * Data frames of both stream kinds have the same encoding: field 1, length-delimited
 * (`PipeStreamFrame.bytes`, `PtyStreamFrame.output`), so one encoder serves both.
 *
 * @example
 * ```ts
 * import { StreamSlot } from "./attach_stream.ts";
 * const slot = new StreamSlot();
 * const a = slot.claim(false, new Uint8Array(0));
 * console.log(a !== undefined, slot.claim(false, new Uint8Array(0))); // true undefined
 * ```
 *
 * @module
 */
import type { AttachIO } from "../types.ts";
import { beginFrame, endFrame, FRAME_HEADER_BYTES, writeFramePrefix } from "../../frame.ts";
import { Writer } from "../../wire.ts";

/** Most bytes per live data frame. */
export const STREAM_CHUNK_BYTES = 65_536;
/** Most bytes handed to one socket write when frames are batched. */
export const MAX_BATCH_BYTES = 256 * 1024;
/**
 * Byte cap of one attachment's queue of live output (see the module documentation). Output
 * beyond it is dropped oldest-first with `missed_bytes` frames, or, for `lossless`
 * attachments, makes the session stop reading the child.
 */
export const ATTACH_QUEUE_BYTES = 2 * 1024 * 1024;
/**
 * Batching of streaming output: while the previous socket write is younger than
 * {@link COALESCE_MS}, the writer waits up to that long for a queue smaller than
 * {@link COALESCE_BYTES} to reach that size before writing it. Output after a quiet moment is
 * written at once.
 */
export const COALESCE_MS = 1;
/** See {@link COALESCE_MS}. */
export const COALESCE_BYTES = 128 * 1024;
/** Bytes each queued chunk counts on top of its output (bookkeeping objects). */
export const QUEUE_CHUNK_OVERHEAD = 128;
/** An attachment whose stream never starts (the response write failed) is released after this. */
export const ATTACH_START_TIMEOUT_MS = 30_000;
/**
 * Batch buffers: a batch of at least {@link BATCH_POOL_MIN_BYTES} is framed into a buffer of
 * {@link BATCH_BUFFER_BYTES} taken from a process-wide pool, and the buffer goes back to the
 * pool once its socket write settled. The pool keeps at most {@link BATCH_POOL_SIZE} buffers
 * (2 MiB), so streaming output allocates (and the runtime zeroes and faults in) no new memory
 * per batch.
 */
export const BATCH_POOL_SIZE = 8;
/** Size of a pooled batch buffer: a full batch plus room for `missed_bytes` frames. */
export const BATCH_BUFFER_BYTES = MAX_BATCH_BYTES + 4096;
/** Batches smaller than this get a buffer of their own size (see {@link BATCH_POOL_SIZE}). */
export const BATCH_POOL_MIN_BYTES = 16 * 1024;
/** Free pooled batch buffers (see {@link BATCH_POOL_SIZE}). */
const batchPool: Uint8Array[] = [];

/** A buffer for a batch of `total` bytes (pooled when it fits; see {@link BATCH_POOL_SIZE}). */
function batchBuffer(total: number): Uint8Array {
  if (total > BATCH_BUFFER_BYTES) return new Uint8Array(total);
  const pooled = batchPool.pop();
  if (pooled !== undefined) return pooled.subarray(0, total);
  if (total < BATCH_POOL_MIN_BYTES) return new Uint8Array(total);
  return new Uint8Array(BATCH_BUFFER_BYTES).subarray(0, total);
}

/** Gives a batch buffer back once its write settled (kept if the pool has room). */
function releaseBatch(batch: Uint8Array): void {
  if (batch.buffer.byteLength !== BATCH_BUFFER_BYTES || batchPool.length >= BATCH_POOL_SIZE) {
    return;
  }
  batchPool.push(new Uint8Array(batch.buffer as ArrayBuffer, 0, BATCH_BUFFER_BYTES));
}

/**
 * Frames `bytes` as data frames (field 1, length-delimited), each with its 4-byte prefix.
 *
 * @param bytes output bytes (any length; split every {@link STREAM_CHUNK_BYTES})
 * @returns the framed bytes, ready to write
 */
export function encodeDataFrames(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(dataFramesSize(bytes.length));
  writeDataFrames(out, 0, [bytes], bytes.length);
  return out;
}

/** Bytes that {@link encodeDataFrames} produces for `n` output bytes. */
function dataFramesSize(n: number): number {
  let total = 0;
  for (let off = 0; off < n; off += STREAM_CHUNK_BYTES) {
    const m = Math.min(STREAM_CHUNK_BYTES, n - off);
    total += FRAME_HEADER_BYTES + 1 + varintSize(m) + m;
  }
  return total;
}

/**
 * Writes the data frames of the concatenation of `parts` (`n` bytes in all, none of the parts
 * empty) into `out` at `pos`; a frame may span parts. This is the one copy of the bytes.
 *
 * @returns the end position
 */
function writeDataFrames(out: Uint8Array, pos: number, parts: Uint8Array[], n: number): number {
  let part = 0;
  let offset = 0; // inside parts[part]
  for (let left = n; left > 0;) {
    const m = Math.min(STREAM_CHUNK_BYTES, left);
    writeFramePrefix(out, pos, 1 + varintSize(m) + m);
    pos += FRAME_HEADER_BYTES;
    out[pos++] = 0x0a; // field 1, wire type 2
    let v = m;
    while (v > 0x7f) {
      out[pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[pos++] = v;
    for (let need = m; need > 0;) {
      const p = parts[part];
      const take = Math.min(p.length - offset, need);
      out.set(take === p.length ? p : p.subarray(offset, offset + take), pos);
      pos += take;
      offset += take;
      need -= take;
      if (offset === p.length) {
        part++;
        offset = 0;
      }
    }
    left -= m;
  }
  return pos;
}

function varintSize(n: number): number {
  let s = 1;
  while (n > 0x7f) {
    n >>>= 7;
    s++;
  }
  return s;
}

/**
 * Encodes one message with its frame prefix.
 *
 * @param write the generated `writeX` of the message
 * @param message the message
 * @returns prefix + payload
 */
export function framed<M>(write: (w: Writer, m: M) => void, message: M): Uint8Array {
  const w = new Writer(64);
  const start = beginFrame(w);
  write(w, message);
  endFrame(w, start);
  return w.finish();
}

/** Handles one inbound frame of an attach connection. */
export type InboundHandler<M> = (frame: Uint8Array, attachment: StreamAttachment<M>) => void;

/** What an attachment does when its queue is full (see the module documentation). */
export type StreamBackpressure = "drop-oldest" | "block";

/**
 * Chunks smaller than this are left to the garbage collector when released (see
 * {@link SharedChunk}).
 */
export const RELEASE_MIN_BYTES = 4096;

/**
 * Gives the memory of `bytes` back at once by detaching its `ArrayBuffer`
 * (`ArrayBuffer.prototype.transfer(0)`), when `bytes` spans the whole buffer and is at least
 * {@link RELEASE_MIN_BYTES}. Every view of the buffer then reads as empty: only for chunks
 * nobody else holds.
 */
function releaseMemory(bytes: Uint8Array): void {
  if (bytes.byteOffset !== 0 || bytes.byteLength < RELEASE_MIN_BYTES) return;
  const buffer = bytes.buffer as ArrayBuffer & {
    transfer?: (length: number) => ArrayBuffer;
    resizable?: boolean;
    detached?: boolean;
  };
  if (bytes.byteLength !== buffer.byteLength || typeof buffer.transfer !== "function") return;
  if (buffer.resizable === true || buffer.detached === true) return;
  try {
    buffer.transfer(0);
  } catch {
    // not transferable (e.g. a runtime-owned buffer): the garbage collector frees it
  }
}

/**
 * A chunk its producer handed over ({@link StreamSlot.pushData} with `owned`), queued without a
 * copy by every attachment that takes it. Each holder lets go once the chunk is framed into a
 * batch, dropped, or its attachment ends; when the last one does, the chunk's memory is given
 * back at once (see `releaseMemory`) instead of waiting for the garbage collector, so a
 * daemon reading a flood at full speed keeps a small footprint.
 */
export class SharedChunk {
  /** The output bytes. */
  readonly bytes: Uint8Array;
  #refs = 1;

  /**
   * Wraps `bytes`, held once by the producer (see {@link SharedChunk.release}).
   *
   * @param bytes output bytes nobody else keeps
   */
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** Adds a holder. */
  retain(): void {
    this.#refs++;
  }

  /** Removes a holder; the last one gives the memory back. */
  release(): void {
    if (--this.#refs === 0) releaseMemory(this.bytes);
  }
}

/**
 * One queued piece of output: its bytes (a copy, or a {@link SharedChunk} handed over), and
 * the gap (missed bytes) right before it. The bytes are framed when a batch is built,
 * straight into the batch buffer, so each byte is copied once between the session and the
 * socket write.
 */
interface QueuedChunk {
  /** The output bytes (a copy, or a view of `shared`). */
  data: Uint8Array;
  /** Output bytes in `data`. */
  size: number;
  /** Bytes dropped right before this chunk (a `missed_bytes` frame precedes it). */
  missedBefore: number;
  /** The handed-over chunk `data` views, released once this item leaves the queue. */
  shared: SharedChunk | undefined;
}

/**
 * Encodes a `missed_bytes` frame (varint field `field`) with its prefix.
 *
 * @param field the oneof field number (`PipeStreamFrame`: 4, `PtyStreamFrame`: 3)
 * @param n bytes missed
 * @returns prefix + payload
 */
export function encodeMissedFrame(field: number, n: number): Uint8Array {
  const varint: number[] = [];
  let v = n;
  while (v >= 0x80) {
    varint.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  varint.push(v);
  const payload = 1 + varint.length;
  const out = new Uint8Array(FRAME_HEADER_BYTES + payload);
  writeFramePrefix(out, 0, payload);
  out[FRAME_HEADER_BYTES] = field << 3; // wire type 0
  out.set(varint, FRAME_HEADER_BYTES + 1);
  return out;
}

/**
 * One client's attachment to a stream. Created by {@link StreamSlot.claim}; its
 * {@link StreamAttachment.run} drives the connection once the attach response is written.
 */
export class StreamAttachment<M = unknown> {
  /** Per-attachment facts (PTY: is_tty, term, graphics capabilities). */
  meta: M | undefined;
  /** The policy when the queue is full. */
  readonly backpressure: StreamBackpressure;
  #slot: StreamSlot<M>;
  #missedField: number;
  #items: QueuedChunk[] = [];
  #head = 0;
  /** Accounted bytes queued (output bytes + {@link QUEUE_CHUNK_OVERHEAD} per chunk). */
  #queued = 0;
  /** A gap not yet followed by a queued chunk. */
  #pendingMissed = 0;
  #missedTotal = 0;
  /** `undefined` while open; `null`: ended without a frame; bytes: the terminal frame. */
  #terminal: Uint8Array | null | undefined;
  #wake: (() => void) | undefined;
  /** Ends the writer's wait for a batch to fill (see `#fill`). */
  #filled: (() => void) | undefined;
  #writable: Promise<void> | undefined;
  #resumeReader: (() => void) | undefined;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  #started = false;

  /**
   * Creates an attachment (use {@link StreamSlot.claim}).
   *
   * @param slot the slot this attachment holds
   * @param backpressure policy when the queue is full
   * @param missedField field number of `missed_bytes` in this stream's frame message
   */
  constructor(slot: StreamSlot<M>, backpressure: StreamBackpressure, missedField: number) {
    this.#slot = slot;
    this.backpressure = backpressure;
    this.#missedField = missedField;
    this.#watchdog = setTimeout(() => {
      this.#watchdog = undefined;
      if (!this.#started) this.finish(null);
    }, ATTACH_START_TIMEOUT_MS);
  }

  /** True once ended (terminal frame queued, detached, stolen or the client left). */
  get ended(): boolean {
    return this.#terminal !== undefined;
  }

  /** Accounted bytes currently queued (at most about {@link ATTACH_QUEUE_BYTES}). */
  get queuedBytes(): number {
    return this.#queued;
  }

  /** Output bytes dropped so far (reported to the client in `missed_bytes` frames). */
  get missedBytes(): number {
    return this.#missedTotal;
  }

  /**
   * Queues live output (ignored once ended). In `"drop-oldest"` mode a full queue drops its
   * oldest chunks first (a chunk larger than the whole queue keeps only its tail); in
   * `"block"` mode nothing is dropped and the producer is expected to await
   * {@link StreamAttachment.writable} before reading more.
   *
   * @param bytes output bytes
   * @param owned `true`: the caller never modifies `bytes` again, so they are queued without
   *   a copy; a {@link SharedChunk} (whose `bytes` these are or view): queued without a copy
   *   and held until framed or dropped; `false`: a copy is queued
   */
  pushData(bytes: Uint8Array, owned: boolean | SharedChunk = false): void {
    if (this.#terminal !== undefined || bytes.length === 0) return;
    let data = bytes;
    if (this.backpressure === "drop-oldest") {
      const room = ATTACH_QUEUE_BYTES - QUEUE_CHUNK_OVERHEAD;
      while (this.#queued + data.length + QUEUE_CHUNK_OVERHEAD > ATTACH_QUEUE_BYTES) {
        if (!this.#evictOldest()) break;
      }
      if (data.length > room) {
        const lost = data.length - room;
        this.#missedTotal += lost;
        this.#pendingMissed += lost;
        data = data.subarray(lost);
      }
    }
    const shared = typeof owned === "object" ? owned : undefined;
    shared?.retain();
    this.#items.push({
      data: owned ? data : data.slice(),
      size: data.length,
      missedBefore: this.#pendingMissed,
      shared,
    });
    this.#pendingMissed = 0;
    this.#queued += data.length + QUEUE_CHUNK_OVERHEAD;
    this.#wakeWriter();
  }

  /**
   * Records `n` bytes of output that never reached this attachment (the producer lost them
   * upstream of the queue); the client gets a `missed_bytes` frame at this position.
   *
   * @param n bytes lost
   */
  pushMissed(n: number): void {
    if (this.#terminal !== undefined || n <= 0) return;
    this.#missedTotal += n;
    this.#pendingMissed += n;
    this.#wakeWriter();
  }

  /**
   * `undefined` when the producer may read on; otherwise a promise that resolves once the
   * queue is back under half its cap or the attachment ended. Only `"block"` attachments
   * ever return a promise.
   */
  writable(): Promise<void> | undefined {
    if (this.backpressure !== "block" || this.#terminal !== undefined) return undefined;
    if (this.#queued < ATTACH_QUEUE_BYTES) return undefined;
    this.#writable ??= new Promise<void>((resolve) => (this.#resumeReader = resolve));
    return this.#writable;
  }

  #maybeResumeReader(): void {
    if (this.#resumeReader === undefined) return;
    if (this.#terminal === undefined && this.#queued > ATTACH_QUEUE_BYTES / 2) return;
    const r = this.#resumeReader;
    this.#resumeReader = undefined;
    this.#writable = undefined;
    r();
  }

  /** Drops the oldest queued chunk; its gap joins the gap before the next one. */
  #evictOldest(): boolean {
    const item = this.#shift();
    if (item === undefined) return false;
    item.shared?.release();
    this.#missedTotal += item.size;
    const gap = item.missedBefore + item.size;
    if (this.#head < this.#items.length) this.#items[this.#head].missedBefore += gap;
    else this.#pendingMissed += gap;
    return true;
  }

  #shift(): QueuedChunk | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head++] = undefined as unknown as QueuedChunk;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    this.#queued -= item.size + QUEUE_CHUNK_OVERHEAD;
    return item;
  }

  /**
   * Ends the attachment and releases its slot (if it still holds it). With a terminal frame,
   * everything queued is written first, then the frame, then the connection closes; with
   * `null` the queue is dropped and the connection closes without a frame. Idempotent.
   *
   * @param terminal framed terminal frame, or `null`
   */
  finish(terminal: Uint8Array | null): void {
    if (this.#terminal !== undefined) return;
    this.#terminal = terminal;
    if (terminal === null) this.#dropQueue();
    if (this.#watchdog !== undefined) clearTimeout(this.#watchdog);
    this.#watchdog = undefined;
    this.#slot.release(this);
    this.#maybeResumeReader();
    this.#wakeWriter();
  }

  #dropQueue(): void {
    for (let i = this.#head; i < this.#items.length; i++) this.#items[i].shared?.release();
    this.#items = [];
    this.#head = 0;
    this.#queued = 0;
    this.#pendingMissed = 0;
  }

  #wakeWriter(): void {
    const w = this.#wake;
    this.#wake = undefined;
    w?.();
    if (
      this.#filled !== undefined && (this.#queued >= COALESCE_BYTES || this.#terminal !== undefined)
    ) {
      this.#filled();
    }
  }

  /**
   * Waits up to {@link COALESCE_MS} for the queue to reach {@link COALESCE_BYTES} (or the
   * attachment to end): a flood is written as soon as a batch is there, a trickle after
   * the moment.
   */
  #fill(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#filled = undefined;
        resolve();
      };
      const timer = setTimeout(done, COALESCE_MS);
      this.#filled = done;
    });
  }

  /**
   * Streams until the attachment ends; the connection is closed when it returns. Inbound
   * frames go to `onFrame` (or are discarded); client EOF ends the attachment silently.
   *
   * @param io the connection
   * @param onFrame handler of inbound frames
   */
  async run(io: AttachIO, onFrame?: InboundHandler<M>): Promise<void> {
    this.#started = true;
    if (this.#watchdog !== undefined) clearTimeout(this.#watchdog);
    this.#watchdog = undefined;
    void (async () => {
      try {
        for await (const f of io.frames) {
          if (this.ended) break;
          onFrame?.(f, this);
        }
      } catch {
        // read errors end the stream like EOF
      }
      this.finish(null);
    })();
    void io.closed.then(() => this.finish(null), () => this.finish(null));
    let lastWrite = -Infinity;
    try {
      for (;;) {
        if (this.#head < this.#items.length || this.#pendingMissed > 0) {
          // While output streams (the previous write was moments ago), let a small queue
          // fill for a moment: one write and one client wake-up per batch instead of per
          // child write. Output after a pause goes out at once.
          if (
            this.#terminal === undefined && this.#queued < COALESCE_BYTES &&
            performance.now() - lastWrite < COALESCE_MS
          ) {
            await this.#fill();
          }
          const batch = this.#takeBatch();
          this.#maybeResumeReader();
          try {
            await io.write(batch);
          } finally {
            releaseBatch(batch); // the write settled: the transport no longer reads it
          }
          lastWrite = performance.now();
          continue;
        }
        if (this.#terminal !== undefined) {
          if (this.#terminal !== null) await io.write(this.#terminal);
          return;
        }
        await new Promise<void>((resolve) => (this.#wake = resolve));
      }
    } catch {
      this.finish(null);
    } finally {
      this.#dropQueue();
      await io.close().catch(() => {});
    }
  }

  /**
   * Takes queued chunks (and their `missed_bytes` frames) worth at most one batch and frames
   * them into one buffer (a pooled one goes back with `releaseBatch` once written).
   */
  #takeBatch(): Uint8Array {
    // In order: `missed_bytes` frames, and runs of adjacent chunks (no gap between them)
    // framed together, so that many small child writes make few, full data frames.
    const segments: (Uint8Array | Uint8Array[])[] = [];
    const runBytes: number[] = []; // per segment: output bytes of a run, -1 for a missed frame
    const framed: SharedChunk[] = []; // released once their bytes are in the batch
    let run: Uint8Array[] | undefined; // the last segment, when it is a run
    let total = 0;
    while (this.#head < this.#items.length) {
      const next = this.#items[this.#head];
      const missed = next.missedBefore > 0
        ? encodeMissedFrame(this.#missedField, next.missedBefore)
        : undefined;
      const before = missed === undefined && run !== undefined ? runBytes[runBytes.length - 1] : 0;
      const size = (missed?.length ?? 0) + dataFramesSize(before + next.size) -
        dataFramesSize(before);
      if (segments.length > 0 && total + size > MAX_BATCH_BYTES) break;
      this.#shift();
      if (missed !== undefined) {
        segments.push(missed);
        runBytes.push(-1);
        run = undefined;
      }
      if (run !== undefined) {
        run.push(next.data);
        runBytes[runBytes.length - 1] += next.size;
      } else {
        run = [next.data];
        segments.push(run);
        runBytes.push(next.size);
      }
      if (next.shared !== undefined) framed.push(next.shared);
      total += size;
    }
    if (this.#head >= this.#items.length && this.#pendingMissed > 0) {
      const missed = encodeMissedFrame(this.#missedField, this.#pendingMissed);
      this.#pendingMissed = 0;
      segments.push(missed);
      runBytes.push(-1);
      total += missed.length;
    }
    const out = batchBuffer(total);
    let pos = 0;
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      if (runBytes[i] >= 0) pos = writeDataFrames(out, pos, seg as Uint8Array[], runBytes[i]);
      else {
        out.set(seg as Uint8Array, pos);
        pos += (seg as Uint8Array).length;
      }
    }
    for (const c of framed) c.release();
    return out;
  }
}

/**
 * The attachment slot of one stream: at most one exclusive holder (stealable), plus any
 * number of shared readers (our `shared` extension), each with its own bounded queue.
 */
export class StreamSlot<M = unknown> {
  #holder: StreamAttachment<M> | undefined;
  #shared = new Set<StreamAttachment<M>>();
  #missedField: number;

  /**
   * Creates an empty slot.
   *
   * @param missedField field number of `missed_bytes` in the stream's frame message
   *   (`PipeStreamFrame`: 4, the default; `PtyStreamFrame`: 3)
   */
  constructor(missedField: number = 4) {
    this.#missedField = missedField;
  }

  /** The current attachment, if any. */
  get holder(): StreamAttachment<M> | undefined {
    return this.#holder;
  }

  /** True while a client is attached (the exclusive holder or a shared reader). */
  get attached(): boolean {
    return this.#holder !== undefined || this.#shared.size > 0;
  }

  /** The shared readers currently attached. */
  get sharedReaders(): readonly StreamAttachment<M>[] {
    return [...this.#shared];
  }

  /**
   * Adds a shared (non-exclusive) reader: it never makes the slot busy for anyone, is
   * never stolen, and gets every byte pushed from now on through its own bounded queue.
   *
   * @param backpressure what this reader does when its queue is full
   * @returns the new attachment
   */
  claimShared(backpressure: StreamBackpressure = "drop-oldest"): StreamAttachment<M> {
    const a = new StreamAttachment<M>(this, backpressure, this.#missedField);
    this.#shared.add(a);
    return a;
  }

  /**
   * Claims the slot. When it is held: without `steal` returns `undefined`; with `steal` the
   * holder is ended with `stolenFrame` and the new attachment takes its place.
   *
   * @param steal evict the current holder
   * @param stolenFrame the holder's terminal frame (`stolen_by: "peer"`)
   * @param backpressure what the new attachment does when its queue is full
   * @returns the new attachment, or `undefined` when busy
   */
  claim(
    steal: boolean,
    stolenFrame: Uint8Array,
    backpressure: StreamBackpressure = "drop-oldest",
  ): StreamAttachment<M> | undefined {
    const prev = this.#holder;
    if (prev !== undefined && !steal) return undefined;
    prev?.finish(stolenFrame);
    const a = new StreamAttachment<M>(this, backpressure, this.#missedField);
    this.#holder = a;
    return a;
  }

  /**
   * Queues live output for the holder and every shared reader.
   *
   * @param bytes output bytes
   * @param owned the caller hands `bytes` over: nobody else keeps them, and the caller does
   *   not use them after this call. They are then queued without a copy by every attachment,
   *   and their memory is given back as soon as the last one has framed or dropped them (at
   *   once when nobody is attached; see {@link SharedChunk}). Otherwise each attachment
   *   queues a copy.
   */
  pushData(bytes: Uint8Array, owned = false): void {
    if (!owned) {
      this.#holder?.pushData(bytes);
      for (const a of this.#shared) a.pushData(bytes);
      return;
    }
    // Attachments only read queued chunks, so one owned chunk can be queued by all of them.
    const chunk = new SharedChunk(bytes);
    this.#holder?.pushData(bytes, chunk);
    for (const a of this.#shared) a.pushData(bytes, chunk);
    chunk.release(); // the producer's hold
  }

  /**
   * Reports output the holder will never get (see {@link StreamAttachment.pushMissed}).
   *
   * @param n bytes lost
   */
  pushMissed(n: number): void {
    this.#holder?.pushMissed(n);
    for (const a of this.#shared) a.pushMissed(n);
  }

  /**
   * `undefined` when the producer may read on, else a promise to await first (a
   * `"block"` holder whose queue is full; see {@link StreamAttachment.writable}).
   */
  writable(): Promise<void> | undefined {
    const w = this.#holder?.writable();
    if (w !== undefined || this.#shared.size === 0) return w;
    for (const a of this.#shared) {
      const aw = a.writable();
      if (aw !== undefined) return aw; // the producer asks again once this one resolves
    }
    return undefined;
  }

  /**
   * Ends the current holder, if any (see {@link StreamAttachment.finish}).
   *
   * @param terminal framed terminal frame, or `null`
   */
  end(terminal: Uint8Array | null): void {
    this.#holder?.finish(terminal);
    for (const a of [...this.#shared]) a.finish(terminal);
  }

  /**
   * Clears the slot if `a` still holds it (a stolen attachment never clears its thief).
   *
   * @param a the attachment that ended
   */
  release(a: StreamAttachment<M>): void {
    if (this.#holder === a) this.#holder = undefined;
    this.#shared.delete(a);
  }
}

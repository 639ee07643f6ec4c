// The shared async building blocks: the bounded queue, sleep and the deadline race.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { AsyncQueue, ByteQueue, sleep, withDeadline } from "../src/async.ts";
import { AbortError, TimeoutError } from "../src/errors.ts";

describe("AsyncQueue", () => {
  test("counts items against the mark; shift and takeAll resume the producer", () => {
    let drains = 0;
    const q = new AsyncQueue<string>({ highWaterMark: 2, onDrain: () => drains++ });
    assert.equal(q.push("a"), true);
    assert.equal(q.push("b"), false);
    assert.equal(q.push("c"), false, "still accepted, still asking for a pause");
    assert.equal(q.length, 3);
    assert.equal(q.shift(), "a");
    assert.equal(drains, 0, "3 → 2 is still at the mark");
    assert.equal(q.shift(), "b");
    assert.equal(drains, 1);
    q.push("d");
    q.push("e");
    assert.deepEqual(q.takeAll(), ["c", "d", "e"]);
    assert.equal(drains, 2);
    assert.equal(q.shift(), undefined);
  });

  test("a read that times out or is aborted leaves a later item queued", async () => {
    const q = new AsyncQueue<number>();
    await assert.rejects(
      q.read({ timeoutMs: 5, what: "r" }),
      (e: unknown) => e instanceof TimeoutError && e.message === "r timed out after 5 ms",
    );
    const ac = new AbortController();
    const aborted = q.read({ signal: ac.signal });
    ac.abort();
    await assert.rejects(aborted, AbortError);
    q.push(7);
    assert.equal(q.length, 1, "no abandoned reader took it");
    assert.deepEqual(await q.read(), { done: false, value: 7 });
  });

  test("fail after the queued items; discard drops them; one consuming iterator", async () => {
    const q = new AsyncQueue<number>();
    q.push(1);
    q.fail(new Error("boom"));
    assert.equal(q.ended, false);
    assert.deepEqual(await q.read(), { done: false, value: 1 });
    assert.equal(q.ended, true);
    await assert.rejects(q.read(), /boom/);
    assert.equal((q.error as Error).message, "boom");

    const d = new AsyncQueue<number>();
    d.push(1);
    const it = d[Symbol.asyncIterator]();
    assert.throws(() => d[Symbol.asyncIterator](), TypeError);
    await it.return!();
    assert.equal(d.length, 0);
    assert.deepEqual(await d.read(), { done: true, value: undefined });
  });

  test("the head moves and is compacted: many items, in order", async () => {
    const q = new AsyncQueue<number>();
    for (let i = 0; i < 10_000; i++) q.push(i);
    for (let i = 0; i < 10_000; i++) assert.equal(q.shift(), i);
    q.end();
    const out: number[] = [];
    for await (const n of q) out.push(n);
    assert.deepEqual(out, []);
  });
});

describe("ByteQueue", () => {
  test("counts bytes and drops empty chunks", () => {
    const q = new ByteQueue({ highWaterMark: 4 });
    assert.equal(q.push(new Uint8Array(0)), true);
    assert.equal(q.length, 0);
    assert.equal(q.push(new Uint8Array(3)), true);
    assert.equal(q.push(new Uint8Array(3)), false);
    assert.equal(q.size, 6);
  });
});

describe("sleep and withDeadline", () => {
  test("sleep resolves, or rejects with AbortError naming the operation", async () => {
    await sleep(1);
    const ac = new AbortController();
    ac.abort("why");
    await assert.rejects(
      sleep(60_000, ac.signal, "backoff"),
      (e: unknown) =>
        e instanceof AbortError && e.message === "backoff aborted" && e.cause === "why",
    );
  });

  test("withDeadline: value, timeout (with onGiveUp), abort", async () => {
    assert.equal(await withDeadline(Promise.resolve(3), { timeoutMs: 1000 }), 3);
    let gaveUp = 0;
    await assert.rejects(
      withDeadline(new Promise(() => {}), { timeoutMs: 5 }, () => gaveUp++),
      TimeoutError,
    );
    assert.equal(gaveUp, 1);
    const ac = new AbortController();
    const p = withDeadline(new Promise(() => {}), { signal: ac.signal, what: "x" });
    ac.abort();
    await assert.rejects(p, (e: unknown) => e instanceof AbortError && e.message === "x aborted");
  });
});

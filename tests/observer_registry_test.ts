// Unit tests of the daemon's observer registry: rings, backpressure, counters.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  newSubscriberId,
  SessionObservers,
  type Subscription,
} from "../src/daemon/observers/observer_registry.ts";

const lifecycle = (n: number) => ({ category: 0, kind: "started", pid: n });

function balanced(s: Subscription): void {
  const st = s.status();
  assert.equal(st.matched, st.delivered + st.missed + st.buffered, JSON.stringify(st));
}

describe("observer registry", () => {
  test("subscriber ids are UUID v4 text, unique", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const id = newSubscriberId();
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(id);
    }
    assert.equal(ids.size, 5000);
  });

  test("category filter: only matching events are counted", () => {
    const obs = new SessionObservers();
    const file = obs.register({ categories: [1], capacity: 8, block: false });
    const life = obs.register({ categories: [0, 3], capacity: 8, block: false });
    obs.emit(lifecycle(1));
    obs.emit({ category: 3, kind: "descendant-started", pid: 2 });
    obs.emit({ category: 2, kind: "net-listen", pid: 3 });
    assert.equal(file.status().matched, 0);
    assert.equal(life.status().matched, 2);
    assert.deepEqual(life.take(10).events.map((e) => e.sequence), [1, 2]);
  });

  test("DropOldest evicts the oldest buffered event and keeps the newest", () => {
    const obs = new SessionObservers();
    const s = obs.register({ categories: [0], capacity: 4, block: false });
    for (let i = 1; i <= 1000; i++) {
      obs.emit(lifecycle(i));
      balanced(s);
    }
    assert.deepEqual(s.status(), {
      matched: 1000,
      delivered: 0,
      missed: 996,
      buffered: 4,
      disconnected: false,
    });
    const t = s.take(100);
    assert.equal(t.missedSinceLastTake, 996);
    assert.deepEqual(t.events.map((e) => e.pid), [997, 998, 999, 1000]);
    assert.deepEqual(t.events.map((e) => e.sequence), [997, 998, 999, 1000]);
    balanced(s);
    assert.equal(s.status().delivered, 4);
    assert.equal(s.take(1).missedSinceLastTake, 0);
  });

  test("ring grows lazily and wraps correctly with interleaved takes", () => {
    const obs = new SessionObservers();
    const s = obs.register({ categories: [0], capacity: 100, block: false });
    let expect = 1;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 37; i++) obs.emit(lifecycle(0));
      const t = s.take(23);
      expect += t.missedSinceLastTake; // evictions are reported before the batch
      for (const e of t.events) assert.equal(e.sequence, expect++);
      balanced(s);
    }
  });

  test("Block: the session's pump waits for room, nothing is missed", async () => {
    const obs = new SessionObservers();
    const s = obs.register({ categories: [0], capacity: 2, block: true });
    for (let i = 1; i <= 10; i++) obs.emit(lifecycle(i));
    assert.equal(s.status().buffered, 2);
    assert.equal(s.status().missed, 0);
    balanced(s);
    const got: number[] = [];
    while (got.length < 10) {
      await new Promise((r) => setTimeout(r, 1));
      for (const e of s.take(1).events) got.push(e.pid!);
      balanced(s);
    }
    await obs.flushed();
    assert.deepEqual(got, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(s.status().missed, 0);
    assert.equal(s.status().delivered, 10);
  });

  test("Block waits do not stall other sessions", () => {
    const a = new SessionObservers();
    const b = new SessionObservers();
    a.register({ categories: [0], capacity: 1, block: true });
    const sb = b.register({ categories: [0], capacity: 8, block: false });
    for (let i = 0; i < 5; i++) a.emit(lifecycle(i));
    b.emit(lifecycle(99));
    assert.equal(sb.status().buffered, 1);
  });

  test("unregistering a blocked subscription releases the pump", async () => {
    const obs = new SessionObservers();
    const s = obs.register({ categories: [0], capacity: 1, block: true });
    const other = obs.register({ categories: [0], capacity: 16, block: false });
    for (let i = 0; i < 5; i++) obs.emit(lifecycle(i));
    assert.equal(other.status().matched, 1);
    assert.equal(obs.unregister(s.id), true);
    assert.equal(obs.unregister(s.id), false);
    await obs.flushed();
    assert.equal(other.status().matched, 5);
  });

  test("consumer attach, steal and disconnect flags", () => {
    const obs = new SessionObservers();
    const s = obs.register({ categories: [0], capacity: 4, block: false });
    const a = {};
    const b = {};
    let evicted = "";
    assert.equal(s.attachConsumer(a, false, (by) => (evicted = by)), true);
    assert.equal(s.attachConsumer(b, false, () => {}), false);
    assert.equal(s.attachConsumer(b, true, () => {}), true);
    assert.equal(evicted, "peer");
    s.detachConsumer(a, true); // the victim leaving must not clear the thief's slot
    assert.equal(s.attached, true);
    assert.equal(s.status().disconnected, false);
    s.detachConsumer(b, true);
    assert.equal(s.attached, false);
    assert.equal(s.status().disconnected, true);
  });
});

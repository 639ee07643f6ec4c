// Each enum has one definition, the generated one: the client's names, the CLI's category
// names and the error status names must follow it (a value added to daemon.proto shows up
// everywhere, with no list to update by hand).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  ObserverBackpressure,
  ObserverEventCategory,
  ObserverSessionKind,
  StatusCode,
} from "../proto_gen/daemon_pb.ts";
import { RunningProcessError, statusCodeName } from "../src/errors.ts";
import {
  EventCategory,
  eventCategoryName,
  SessionObserverBackpressure,
  SessionObserverKind,
} from "../src/client/observer_api.ts";
import { CATEGORY_BY_NAME, parseArgs, UsageError } from "../src/cli/args.ts";
import { ALL_CATEGORIES } from "../src/cli/events.ts";

/** The [name, number] pairs of a generated enum object. */
function values(e: Record<string, string | number>): [string, number][] {
  return Object.entries(e).filter((kv): kv is [string, number] => typeof kv[1] === "number");
}

describe("one definition of each enum", () => {
  test("statusCodeName names every generated StatusCode, and only those", () => {
    for (const [name, n] of values(StatusCode)) assert.equal(statusCodeName(n), name);
    const next = Math.max(...values(StatusCode).map(([, n]) => n)) + 1;
    assert.equal(statusCodeName(next), `STATUS_CODE_${next}`);
    assert.equal(statusCodeName(1.5), "STATUS_CODE_1.5");
  });

  test("event categories: client constants, names and the CLI's --category follow the enum", () => {
    const generated = values(ObserverEventCategory);
    assert.deepEqual(
      Object.values(EventCategory).sort(),
      generated.map(([, n]) => n).sort(),
    );
    assert.deepEqual([...ALL_CATEGORIES].sort(), generated.map(([, n]) => n).sort());
    for (const [name, n] of generated) {
      const short = name.replace("OBSERVER_EVENT_CATEGORY_", "").toLowerCase();
      assert.equal(eventCategoryName(n), short);
      assert.equal(CATEGORY_BY_NAME[short], n);
    }
    assert.equal(eventCategoryName(99), "category-99");
  });

  test("session kinds and backpressure modes are the generated numbers", () => {
    assert.equal(SessionObserverKind.Pty, ObserverSessionKind.OBSERVER_SESSION_KIND_PTY);
    assert.equal(SessionObserverKind.Pipe, ObserverSessionKind.OBSERVER_SESSION_KIND_PIPE);
    assert.equal(
      SessionObserverBackpressure.DropOldest,
      ObserverBackpressure.OBSERVER_BACKPRESSURE_DROP_OLDEST,
    );
    assert.equal(
      SessionObserverBackpressure.Block,
      ObserverBackpressure.OBSERVER_BACKPRESSURE_BLOCK,
    );
  });
});

describe("deliberate CLI errors", () => {
  test("a usage mistake is a RunningProcessError with code USAGE", () => {
    assert.throws(
      () => parseArgs(["no-such-command"]),
      (e: unknown) =>
        e instanceof UsageError && e instanceof RunningProcessError && e.code === "USAGE",
    );
  });
});

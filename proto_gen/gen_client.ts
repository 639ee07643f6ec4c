/**
 * Generates `src/client/generated_methods.ts` from the schema: one typed `DaemonClient` method
 * per request type (name, payload field, doc line), the options type of each method, and a
 * client-side validator per request message. A wrong shape is a `ValidationError` naming the
 * method and the field path (`terminatePipeSession: graceMs must be an integer in
 * 0..4294967295, got "x"`) before anything is encoded, never a decode error from the daemon.
 *
 * Enum fields take the value's short name (`PIPE_STREAM_KIND_STDERR` → `"stderr"`,
 * `ENVIRONMENT_POLICY_USER_BASELINE` → `"user-baseline"`); at run time a known number is
 * accepted too. `bytes` fields take a `Uint8Array` or a string (sent as UTF-8).
 *
 * @example
 * ```ts
 * import { generateClientMethods } from "./gen_client.ts";
 * import { parseProto } from "./parser.ts";
 * const src = generateClientMethods(parseProto(await Deno.readTextFile("proto_gen/daemon.proto")));
 * console.log(src.includes("terminatePipeSession(")); // true
 * ```
 *
 * @module
 */
import type { EnumDef, FieldDef, MessageDef, ProtoFile } from "./parser.ts";

/** Request fields whose method opens a stream on a connection of its own (hand-written). */
const STREAM_FIELDS: ReadonlySet<string> = new Set([
  "attach_pty_session",
  "attach_pipe_stream",
  "attach_session_observer",
  "attach_service_events",
]);

/** Method names that differ from the payload field (a helper owns the plain name). */
const METHOD_NAMES: Record<string, string> = {
  spawn_pty_session: "spawnPtySessionRaw",
  spawn_pipe_session: "spawnPipeSessionRaw",
};

/** One line of documentation per request type (after `NAME (number)`). */
const DOCS: Record<string, string> = {
  register: "track a pid in the daemon's registry.",
  unregister: "stop tracking a pid.",
  spawn_daemon: "spawn a detached, tracked shell command.",
  list_active: "the tracked processes.",
  list_by_originator: "the tracked processes of one originator tool.",
  get_process_tree: "a rendered process tree below a pid.",
  kill_zombies: "find (and unless `dryRun`, kill) orphaned tracked processes.",
  kill_tree: "kill a process and its descendants.",
  ping: "the daemon's clock; proves it answers.",
  shutdown: "the daemon answers, then stops.",
  status: "version, uptime, counts, socket and database paths, scope.",
  service_start: "start (or register and start) a supervised service.",
  service_stop: "stop services by name or id (`target`).",
  service_restart: "restart services by name or id.",
  service_delete: "stop and forget services by name or id.",
  service_list: "every service and its state.",
  service_describe: "one service's configuration and state.",
  service_logs: "the last lines of a service's log.",
  service_flush: "empty a service's log files.",
  service_save: "write the service list to the snapshot file.",
  service_resurrect: "start the services of the snapshot file.",
  spawn_pty_session: "start a command on a pseudo-terminal.",
  detach_pty_session: "end the current PTY attachment (the session keeps running).",
  list_pty_sessions: "the PTY sessions, optionally of one originator.",
  terminate_pty_session: "SIGTERM, then SIGKILL after `graceMs` (0 means 2000 ms).",
  spawn_pipe_session: "start a command with piped stdin, stdout and stderr.",
  detach_pipe_stream: "end the attachment of one pipe stream.",
  list_pipe_sessions: "the pipe sessions, optionally of one originator.",
  terminate_pipe_session: "SIGTERM, then SIGKILL after `graceMs` (0 means 2000 ms).",
  write_pipe_stdin: "write to a pipe session's stdin; `close` closes it afterwards.",
  get_session_backlog: "a copy of a session's output backlog (not drained).",
  purge_exited_sessions: "forget exited sessions, optionally of one originator.",
  bulk_terminate_sessions: "terminate sessions older than `olderThanSecs`.",
  resize_pty_session: "set a PTY's size; 0 keeps a dimension.",
  register_session_tee: "copy a session stream into a file.",
  unregister_session_tee: "remove a tee.",
  get_session_tee_status: "a tee's missed bytes and state.",
  register_session_observer: "register an observer (see also `registerSessionObserver`).",
  unregister_session_observer: "remove an observer (see also `unregisterSessionObserver`).",
  get_session_observer_status: "an observer's counters (see also `getSessionObserverStatus`).",
  get_observer_capabilities: "which observer categories this daemon can produce (extension).",
};

/**
 * Whether `{}` is a meaningful request, so the options may be left out: messages without a
 * field that names what the request acts on.
 */
const TARGET_FIELDS: ReadonlySet<string> = new Set([
  "session_id",
  "target",
  "pid",
  "argv",
  "command",
  "config",
  "tool",
]);

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const upperSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

/** The short names of an enum's values: the prefix and `UNSPECIFIED` dropped, kebab-case. */
export function enumShortNames(e: EnumDef): { name: string; number: number }[] {
  const prefix = upperSnake(e.name) + "_";
  return e.values
    .filter((v) => !v.name.endsWith("_UNSPECIFIED"))
    .map((v) => ({
      name: (v.name.startsWith(prefix) ? v.name.slice(prefix.length) : v.name)
        .toLowerCase().replace(/_/g, "-"),
      number: v.number,
    }));
}

const INT_RANGES: Record<string, [string, string]> = {
  int32: ["-2147483648", "2147483647"],
  sint32: ["-2147483648", "2147483647"],
  sfixed32: ["-2147483648", "2147483647"],
  uint32: ["0", "4294967295"],
  fixed32: ["0", "4294967295"],
  int64: ["-9223372036854775808", "9223372036854775807"],
  sint64: ["-9223372036854775808", "9223372036854775807"],
  sfixed64: ["-9223372036854775808", "9223372036854775807"],
  uint64: ["0", "18446744073709551615"],
  fixed64: ["0", "18446744073709551615"],
};

/** A generated request method. */
export interface RequestMethodDef {
  method: string;
  field: string;
  number: number;
  message: string;
  optional: boolean;
}

/** The request methods of a schema (every `DaemonRequest` payload field but the streams). */
export function requestMethods(file: ProtoFile): RequestMethodDef[] {
  const req = file.messages.find((m) => m.name === "DaemonRequest");
  if (!req) throw new Error("the schema has no DaemonRequest");
  const msgs = new Map(file.messages.map((m) => [m.name, m]));
  return req.fields
    .filter((f) => f.kind === "message" && !STREAM_FIELDS.has(f.name))
    .map((f) => {
      const m = msgs.get(f.type)!;
      return {
        method: METHOD_NAMES[f.name] ?? camel(f.name),
        field: camel(f.name),
        number: f.number,
        message: f.type,
        optional: !m.fields.some((x) => TARGET_FIELDS.has(x.name)),
      };
    });
}

/** Generates `src/client/generated_methods.ts`. */
export function generateClientMethods(
  file: ProtoFile,
  sourceName = "proto_gen/daemon.proto",
): string {
  const out: string[] = [];
  const emit = (s: string) => out.push(s);
  const msgs = new Map(file.messages.map((m) => [m.name, m]));
  const enums = new Map(file.enums.map((e) => [e.name, e]));
  const methods = requestMethods(file);

  // Every message reachable from a request payload gets a validator.
  const reachable: MessageDef[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const m = msgs.get(name)!;
    if (m.oneofs.length > 0) throw new Error(`request message ${name} has a oneof (unsupported)`);
    reachable.push(m);
    for (const f of m.fields) {
      if (f.kind === "message") visit(f.type);
      if (f.kind === "map" && f.mapValueKind === "message") visit(f.mapValue!);
    }
  };
  for (const m of methods) visit(m.message);
  const usedEnums = new Set<string>();
  for (const m of reachable) {
    for (const f of m.fields) {
      if (f.kind === "enum") usedEnums.add(f.type);
      if (f.kind === "map" && f.mapValueKind === "enum") usedEnums.add(f.mapValue!);
    }
  }

  emit(`// Code generated by proto_gen/generate.ts from ${sourceName}. DO NOT EDIT.`);
  emit(`/**`);
  emit(
    ` * The typed request methods of \`DaemonClient\`, one per request type of the schema, with`,
  );
  emit(` * their options types and client-side validators. A wrong shape rejects with`);
  emit(` * \`ValidationError\` naming the method and the field path before anything is sent.`);
  emit(` *`);
  emit(` * Enum fields take the value's short name (\`"stdout"\`, \`"user-baseline"\`); a known`);
  emit(` * number is accepted too. \`bytes\` fields take a \`Uint8Array\` or a string (UTF-8).`);
  emit(` *`);
  emit(` * @example`);
  emit(" * ```ts");
  emit(` * import { REQUEST_METHODS } from "./generated_methods.ts";`);
  emit(
    ` * console.log(REQUEST_METHODS.map((m) => m.method).includes("getSessionBacklog")); // true`,
  );
  emit(" * ```");
  emit(` *`);
  emit(` * @module`);
  emit(` */`);
  emit(`import type {`);
  emit(`  DaemonRequestInit,`);
  emit(`  DaemonResponse,`);
  // (Specifiers through JSON.stringify: this file imports none of them itself.)
  const spec = (s: string) => JSON.stringify(s);
  emit(`} from ${spec("../../proto_gen/daemon_pb.ts")};`);
  emit(`import { ValidationError } from ${spec("../errors.ts")};`);
  emit(`import type { CallOptions, PayloadField } from ${spec("./connection.ts")};`);
  emit(``);

  // ---- options types ----
  const enumTs = (name: string) => {
    const names = enumShortNames(enums.get(name)!).map((v) => JSON.stringify(v.name));
    return names.length ? names.join(" | ") : "never";
  };
  const scalarTs = (t: string) => {
    if (t === "bytes") return "Uint8Array | string";
    if (t === "string") return "string";
    if (t === "bool") return "boolean";
    if (t.endsWith("64")) return "number | bigint";
    return "number";
  };
  const valueTs = (type: string, kind: string, depth: string): string => {
    if (kind === "scalar") return scalarTs(type);
    if (kind === "enum") return enumTs(type);
    return messageTs(msgs.get(type)!, depth);
  };
  const fieldTs = (f: FieldDef, depth: string): string => {
    if (f.kind === "map") {
      return `{ [key: string]: ${valueTs(f.mapValue!, f.mapValueKind!, depth)} }`;
    }
    const base = valueTs(f.type, f.kind, depth);
    return f.repeated ? `readonly (${base})[]` : base;
  };
  function messageTs(m: MessageDef, depth: string): string {
    if (m.fields.length === 0) return "Record<string, never>";
    const inner = depth + "  ";
    const lines = m.fields.map((f) =>
      `${inner}/** Field ${f.number} (\`${f.name}\`). */\n${inner}${camel(f.name)}?: ${
        fieldTs(f, inner)
      };`
    );
    return `{\n${lines.join("\n")}\n${depth}}`;
  }

  emit(`/**`);
  emit(` * The options object of each typed request method, by method name: the request's fields`);
  emit(` * in camelCase, every one optional (proto3 defaults apply).`);
  emit(` */`);
  emit(`export interface RequestOptionsMap {`);
  for (const m of methods) {
    emit(`  /** Options of \`${m.method}\` (\`${m.message}\`). */`);
    emit(`  ${m.method}: ${messageTs(msgs.get(m.message)!, "  ")};`);
  }
  emit(`}`);
  emit(``);
  emit(`/** The name of a typed request method. */`);
  emit(`export type RequestMethod = keyof RequestOptionsMap;`);
  emit(``);
  emit(`/** The options object of the typed request method \`M\`. */`);
  emit(`export type RequestOptions<M extends RequestMethod> = RequestOptionsMap[M];`);
  emit(``);

  // ---- method table ----
  emit(`/** One typed request method: its name, payload field, request type and options shape. */`);
  emit(`export interface RequestMethodInfo {`);
  emit(`  /** Method name on \`DaemonClient\`. */`);
  emit(`  readonly method: RequestMethod;`);
  emit(`  /** The \`DaemonRequest\` payload field (camelCase). */`);
  emit(`  readonly field: PayloadField;`);
  emit(`  /** The request type number (the payload field's number). */`);
  emit(`  readonly requestType: number;`);
  emit(`  /** The request message. */`);
  emit(`  readonly message: string;`);
  emit(`  /** Whether the options object may be left out. */`);
  emit(`  readonly optional: boolean;`);
  emit(`}`);
  emit(``);
  emit(`/** Every typed request method, in request-type order. */`);
  emit(`export const REQUEST_METHODS: readonly RequestMethodInfo[] = [`);
  for (const m of methods) {
    emit(
      `  { method: "${m.method}", field: "${m.field}", requestType: ${m.number}, message: "${m.message}", optional: ${m.optional} },`,
    );
  }
  emit(`];`);
  emit(``);

  // ---- runtime helpers ----
  emit(HELPERS);
  for (const name of [...usedEnums].sort()) {
    const e = enums.get(name)!;
    const byName = enumShortNames(e).map((v) => `${JSON.stringify(v.name)}: ${v.number}`);
    const nums = e.values.map((v) => v.number);
    emit(`const ENUM_${name}: EnumInfo = {`);
    emit(`  names: { ${byName.join(", ")} },`);
    emit(`  numbers: new Set([${nums.join(", ")}]),`);
    emit(
      `  expected: ${
        JSON.stringify(enumShortNames(e).map((v) => JSON.stringify(v.name)).join(", "))
      },`,
    );
    emit(`};`);
  }
  emit(``);

  // ---- validators ----
  const checkExpr = (type: string, kind: string, x: string, path: string): string => {
    if (kind === "message") return `check${type}(${x}, ${path} + ".", ctx)`;
    if (kind === "enum") return `checkEnum(${x}, ENUM_${type}, ${path}, ctx)`;
    if (type === "string") return `checkString(${x}, ${path}, ctx)`;
    if (type === "bool") return `checkBool(${x}, ${path}, ctx)`;
    if (type === "bytes") return `checkBytes(${x}, ${path}, ctx)`;
    if (type === "double" || type === "float") return `checkDouble(${x}, ${path}, ctx)`;
    const [lo, hi] = INT_RANGES[type];
    if (type.endsWith("64")) return `checkInt64(${x}, ${lo}n, ${hi}n, ${path}, ctx)`;
    return `checkInt(${x}, ${lo}, ${hi}, ${path}, ctx)`;
  };
  for (const m of reachable) {
    const N = m.name;
    emit(`function check${N}(v: unknown, at: string, ctx: string): unknown {`);
    emit(`  const m = checkObject(v, at, ctx);`);
    if (m.fields.length === 0) {
      emit(`  for (const k in m) unknownField(k, at, ctx, KNOWN_${N});`);
      emit(`  return m;`);
      emit(`}`);
      emit(`const KNOWN_${N} = "none";`);
      continue;
    }
    emit(`  let out: Record<string, unknown> | undefined;`);
    emit(`  for (const k in m) {`);
    emit(`    const x = m[k];`);
    emit(`    if (x === undefined) continue;`);
    emit(`    let y: unknown;`);
    emit(`    switch (k) {`);
    for (const f of m.fields) {
      const p = `at + "${camel(f.name)}"`;
      emit(`      case "${camel(f.name)}":`);
      if (f.kind === "map") {
        emit(
          `        y = checkMap(x, ${p}, ctx, (e, ep) => ${
            checkExpr(f.mapValue!, f.mapValueKind!, "e", "ep")
          });`,
        );
      } else if (f.repeated) {
        emit(
          `        y = checkArray(x, ${p}, ctx, (e, ep) => ${
            checkExpr(f.type, f.kind, "e", "ep")
          });`,
        );
      } else {
        emit(`        y = ${checkExpr(f.type, f.kind, "x", p)};`);
      }
      emit(`        break;`);
    }
    emit(`      default:`);
    emit(`        unknownField(k, at, ctx, KNOWN_${N});`);
    emit(`    }`);
    emit(`    if (y !== x) (out ??= { ...m })[k] = y;`);
    emit(`  }`);
    emit(`  return out ?? m;`);
    emit(`}`);
    emit(`const KNOWN_${N} = ${JSON.stringify(m.fields.map((f) => camel(f.name)).join(", "))};`);
  }
  emit(``);

  // ---- the methods ----
  emit(`/**`);
  emit(` * The typed request methods: each takes one options object and optional \`CallOptions\`,`);
  emit(
    ` * validates the options against the schema (\`ValidationError\` naming the field path) and`,
  );
  emit(` * sends the request with {@link DaemonClientMethods.call}. \`DaemonClient\` extends it.`);
  emit(` */`);
  emit(`export abstract class DaemonClientMethods {`);
  emit(`  /**`);
  emit(`   * Sends one request and resolves with its response payload (no client-side validation:`);
  emit(`   * the payload is encoded as given).`);
  emit(`   */`);
  emit(`  abstract call<F extends PayloadField>(`);
  emit(`    field: F,`);
  emit(`    payload: NonNullable<DaemonRequestInit[F]> | undefined,`);
  emit(`    options?: CallOptions,`);
  emit(`  ): Promise<NonNullable<DaemonResponse[F]>>;`);
  emit(``);
  for (const m of methods) {
    const doc = DOCS[m.field.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase())];
    const tname = upperSnake(m.field);
    emit(`  /**`);
    emit(`   * ${tname} (${m.number})${doc ? ": " + doc : "."}`);
    emit(`   *`);
    emit(`   * @param options the request's fields`);
    emit(`   * @param callOptions signal, deadline and client name of this call`);
    emit(`   * @returns the response payload`);
    emit(`   */`);
    emit(`  ${m.method}(`);
    emit(
      `    options${m.optional ? "?" : ""}: RequestOptionsMap[${JSON.stringify(m.method)}],`,
    );
    emit(`    callOptions?: CallOptions,`);
    emit(`  ): Promise<NonNullable<DaemonResponse[${JSON.stringify(m.field)}]>> {`);
    emit(`    let payload: unknown;`);
    emit(`    try {`);
    emit(`      checkCallOptions(callOptions, ${JSON.stringify(m.method)});`);
    emit(
      `      payload = check${m.message}(options${m.optional ? " ?? {}" : ""}, "", ${
        JSON.stringify(m.method)
      });`,
    );
    emit(`    } catch (e) {`);
    emit(`      return Promise.reject(e);`);
    emit(`    }`);
    emit(
      `    return this.call(${JSON.stringify(m.field)}, payload as NonNullable<DaemonRequestInit[${
        JSON.stringify(m.field)
      }]>, callOptions);`,
    );
    emit(`  }`);
    emit(``);
  }
  emit(`}`);
  emit(``);
  emit(`/**`);
  emit(` * Validates the options of a typed request method and returns the payload to encode`);
  emit(` * (enum names mapped to numbers, strings in \`bytes\` fields to UTF-8).`);
  emit(` *`);
  emit(` * @throws {ValidationError} naming the method and the field path`);
  emit(` */`);
  emit(`export function checkRequestOptions<M extends RequestMethod>(`);
  emit(`  method: M,`);
  emit(`  options: unknown,`);
  emit(`): unknown {`);
  emit(`  switch (method) {`);
  for (const m of methods) {
    emit(`    case "${m.method}":`);
    emit(`      return check${m.message}(options${m.optional ? " ?? {}" : ""}, "", method);`);
  }
  emit(`  }`);
  emit(`  throw new ValidationError(\`unknown request method \${JSON.stringify(method)}\`);`);
  emit(`}`);
  return out.join("\n") + "\n";
}

const HELPERS = `interface EnumInfo {
  names: Record<string, number>;
  numbers: ReadonlySet<number>;
  expected: string;
}

function show(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "an array";
  if (x instanceof Uint8Array) return "a Uint8Array";
  switch (typeof x) {
    case "string":
      return JSON.stringify(x.length > 40 ? x.slice(0, 40) + "…" : x);
    case "number":
    case "boolean":
      return String(x);
    case "bigint":
      return \`\${x}n\`;
    case "object":
      return "an object";
    default:
      return \`a \${typeof x}\`;
  }
}

function fail(ctx: string, path: string, what: string, x: unknown): never {
  throw new ValidationError(\`\${ctx}: \${path || "options"} must be \${what}, got \${show(x)}\`);
}

function unknownField(k: string, at: string, ctx: string, known: string): never {
  throw new ValidationError(
    \`\${ctx}: unknown field \${JSON.stringify(at + k)} (known fields\${
      at ? " of " + at.slice(0, -1) : ""
    }: \${known})\`,
  );
}

function checkObject(v: unknown, at: string, ctx: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v) || v instanceof Uint8Array) {
    fail(ctx, at.slice(0, -1), "an object", v);
  }
  return v as Record<string, unknown>;
}

function checkString(x: unknown, path: string, ctx: string): unknown {
  if (typeof x !== "string") fail(ctx, path, "a string", x);
  return x;
}

function checkBool(x: unknown, path: string, ctx: string): unknown {
  if (typeof x !== "boolean") fail(ctx, path, "a boolean", x);
  return x;
}

function checkDouble(x: unknown, path: string, ctx: string): unknown {
  if (typeof x !== "number") fail(ctx, path, "a number", x);
  return x;
}

function checkInt(x: unknown, lo: number, hi: number, path: string, ctx: string): unknown {
  if (typeof x !== "number" || !Number.isInteger(x) || x < lo || x > hi) {
    fail(ctx, path, \`an integer in \${lo}..\${hi}\`, x);
  }
  return x;
}

function checkInt64(x: unknown, lo: bigint, hi: bigint, path: string, ctx: string): unknown {
  const ok = typeof x === "bigint"
    ? x >= lo && x <= hi
    : typeof x === "number" && Number.isSafeInteger(x) && (lo === 0n ? x >= 0 : true);
  if (!ok) fail(ctx, path, \`a safe integer or a bigint in \${lo}..\${hi}\`, x);
  return x;
}

const utf8 = new TextEncoder();

function checkBytes(x: unknown, path: string, ctx: string): unknown {
  if (typeof x === "string") return utf8.encode(x);
  if (!(x instanceof Uint8Array)) fail(ctx, path, "a Uint8Array or a string", x);
  return x;
}

function checkEnum(x: unknown, e: EnumInfo, path: string, ctx: string): unknown {
  if (typeof x === "string" && Object.hasOwn(e.names, x)) return e.names[x];
  if (typeof x === "number" && e.numbers.has(x)) return x;
  fail(ctx, path, \`one of \${e.expected}\`, x);
}

function checkArray(
  x: unknown,
  path: string,
  ctx: string,
  each: (e: unknown, path: string) => unknown,
): unknown {
  if (!Array.isArray(x)) fail(ctx, path, "an array", x);
  let out: unknown[] | undefined;
  for (let i = 0; i < x.length; i++) {
    const y = each(x[i], \`\${path}[\${i}]\`);
    if (y !== x[i]) (out ??= x.slice())[i] = y;
  }
  return out ?? x;
}

function checkMap(
  x: unknown,
  path: string,
  ctx: string,
  each: (e: unknown, path: string) => unknown,
): unknown {
  const m = checkObject(x, path + ".", ctx);
  let out: Record<string, unknown> | undefined;
  for (const k in m) {
    const y = each(m[k], \`\${path}[\${JSON.stringify(k)}]\`);
    if (y !== m[k]) (out ??= { ...m })[k] = y;
  }
  return out ?? m;
}

const CALL_OPTION_KEYS: ReadonlySet<string> = new Set(["signal", "timeoutMs", "clientName"]);

function checkCallOptions(o: unknown, ctx: string): void {
  if (o === undefined) return;
  if (typeof o !== "object" || o === null || Array.isArray(o)) {
    throw new ValidationError(\`\${ctx}: callOptions must be an object, got \${show(o)}\`);
  }
  const c = o as Record<string, unknown>;
  for (const k in c) {
    if (!CALL_OPTION_KEYS.has(k)) {
      throw new ValidationError(
        \`\${ctx}: unknown call option \${JSON.stringify(k)} (known: signal, timeoutMs, clientName)\`,
      );
    }
  }
  if (c.timeoutMs !== undefined && (typeof c.timeoutMs !== "number" || !(c.timeoutMs >= 0))) {
    fail(ctx, "callOptions.timeoutMs", "a number >= 0", c.timeoutMs);
  }
  if (c.clientName !== undefined && typeof c.clientName !== "string") {
    fail(ctx, "callOptions.clientName", "a string", c.clientName);
  }
  if (
    c.signal !== undefined &&
    (typeof c.signal !== "object" || c.signal === null || !("aborted" in c.signal))
  ) {
    fail(ctx, "callOptions.signal", "an AbortSignal", c.signal);
  }
}
`;

/**
 * A small proto3 parser for the subset the daemon schema uses: `syntax`, `package`,
 * top-level `message`s and `enum`s, scalar / message / enum fields, `repeated`, `oneof` and
 * `map<K, V>`. Anything else is rejected with a {@link ProtoParseError} naming the line.
 *
 * @example
 * ```ts
 * import { parseProto } from "./parser.ts";
 * const file = parseProto('syntax = "proto3"; package p; message A { uint32 x = 1; }');
 * console.log(file.messages[0].fields[0].name); // "x"
 * ```
 *
 * @module
 */

/** Scalar type names of proto3. */
export const SCALAR_TYPES: ReadonlySet<string> = new Set([
  "double",
  "float",
  "int32",
  "int64",
  "uint32",
  "uint64",
  "sint32",
  "sint64",
  "fixed32",
  "fixed64",
  "sfixed32",
  "sfixed64",
  "bool",
  "string",
  "bytes",
]);

/** A field of a message. `type` is a scalar name or the name of a message or enum. */
export interface FieldDef {
  name: string;
  number: number;
  type: string;
  kind: "scalar" | "message" | "enum" | "map";
  repeated: boolean;
  /** Name of the containing oneof, if any. */
  oneof?: string;
  /** For maps: key and value types. */
  mapKey?: string;
  mapValue?: string;
  mapValueKind?: "scalar" | "message" | "enum";
  line: number;
}

/** A message definition. */
export interface MessageDef {
  name: string;
  fields: FieldDef[];
  oneofs: string[];
  line: number;
}

/** An enum definition. */
export interface EnumDef {
  name: string;
  values: { name: string; number: number }[];
  line: number;
}

/** A parsed `.proto` file. */
export interface ProtoFile {
  package: string;
  messages: MessageDef[];
  enums: EnumDef[];
}

/** Raised for any syntax the parser does not support, with the 1-based line number. */
export class ProtoParseError extends Error {
  /** Stable code for callers. */
  readonly code = "PROTO_PARSE";
  /** 1-based line of the offending token. */
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = "ProtoParseError";
    this.line = line;
  }
}

interface Token {
  text: string;
  line: number;
  str?: boolean;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") i++;
    else if (c === "/" && src[i + 1] === "/") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2);
      if (end < 0) throw new ProtoParseError("unterminated comment", line);
      for (let k = i; k < end; k++) if (src[k] === "\n") line++;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) {
        if (src[j] === "\n") throw new ProtoParseError("unterminated string", line);
        if (src[j] === "\\") j++;
        j++;
      }
      out.push({ text: src.slice(i + 1, j), line, str: true });
      i = j + 1;
    } else if (/[A-Za-z_0-9.\-+]/.test(c)) {
      let j = i;
      while (j < src.length && /[A-Za-z_0-9.\-+]/.test(src[j])) j++;
      out.push({ text: src.slice(i, j), line });
      i = j;
    } else if ("{}=;<>,[]()".includes(c)) {
      out.push({ text: c, line });
      i++;
    } else {
      throw new ProtoParseError(`unexpected character ${JSON.stringify(c)}`, line);
    }
  }
  return out;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses proto3 source text. Throws {@link ProtoParseError} on unsupported input. */
export function parseProto(src: string): ProtoFile {
  const toks = tokenize(src);
  let p = 0;
  const file: ProtoFile = { package: "", messages: [], enums: [] };
  const lastLine = toks.length ? toks[toks.length - 1].line : 1;

  const peek = (): Token | undefined => toks[p];
  const next = (): Token => {
    const t = toks[p++];
    if (!t) throw new ProtoParseError("unexpected end of file", lastLine);
    return t;
  };
  const expect = (text: string): Token => {
    const t = next();
    if (t.text !== text || t.str) {
      throw new ProtoParseError(`expected "${text}" but found "${t.text}"`, t.line);
    }
    return t;
  };
  const ident = (what: string): Token => {
    const t = next();
    if (t.str || !IDENT.test(t.text)) {
      throw new ProtoParseError(`expected ${what} but found "${t.text}"`, t.line);
    }
    return t;
  };
  const number = (what: string): number => {
    const t = next();
    if (!/^-?\d+$/.test(t.text)) {
      throw new ProtoParseError(`expected ${what} but found "${t.text}"`, t.line);
    }
    return Number(t.text);
  };

  while (p < toks.length) {
    const t = next();
    switch (t.text) {
      case "syntax": {
        expect("=");
        const v = next();
        if (!v.str || v.text !== "proto3") {
          throw new ProtoParseError(`only syntax "proto3" is supported, not "${v.text}"`, v.line);
        }
        expect(";");
        break;
      }
      case "package": {
        const name = next();
        if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name.text)) {
          throw new ProtoParseError(`bad package name "${name.text}"`, name.line);
        }
        file.package = name.text;
        expect(";");
        break;
      }
      case "message":
        file.messages.push(parseMessage(t.line));
        break;
      case "enum":
        file.enums.push(parseEnum(t.line));
        break;
      default:
        throw new ProtoParseError(
          `unsupported top-level construct "${t.text}" (only syntax, package, message, enum)`,
          t.line,
        );
    }
  }

  function parseEnum(line: number): EnumDef {
    const name = ident("an enum name").text;
    expect("{");
    const values: EnumDef["values"] = [];
    for (;;) {
      const t = peek();
      if (!t) throw new ProtoParseError(`unterminated enum ${name}`, lastLine);
      if (t.text === "}") {
        p++;
        break;
      }
      const v = ident("an enum value name");
      if (v.text === "option" || v.text === "reserved") {
        throw new ProtoParseError(`"${v.text}" is not supported in enums`, v.line);
      }
      expect("=");
      const n = number("an enum value number");
      if (peek()?.text === "[") {
        throw new ProtoParseError("enum value options are not supported", v.line);
      }
      expect(";");
      values.push({ name: v.text, number: n });
    }
    if (values.length === 0 || values[0].number !== 0) {
      throw new ProtoParseError(`proto3 enum ${name} must start with a zero value`, line);
    }
    return { name, values, line };
  }

  function parseField(msg: MessageDef, oneof: string | undefined): void {
    const first = next();
    let repeated = false;
    let typeTok = first;
    if (first.text === "repeated") {
      if (oneof) throw new ProtoParseError("repeated fields cannot be in a oneof", first.line);
      repeated = true;
      typeTok = next();
    } else if (["optional", "required", "group", "extensions", "extend"].includes(first.text)) {
      throw new ProtoParseError(`"${first.text}" is not supported`, first.line);
    }
    const field: FieldDef = {
      name: "",
      number: 0,
      type: typeTok.text,
      kind: "scalar",
      repeated,
      oneof,
      line: typeTok.line,
    };
    if (typeTok.text === "map") {
      if (repeated || oneof) throw new ProtoParseError("map fields cannot be repeated", first.line);
      expect("<");
      field.mapKey = ident("a map key type").text;
      expect(",");
      field.mapValue = ident("a map value type").text;
      expect(">");
      field.kind = "map";
      field.type = `map<${field.mapKey},${field.mapValue}>`;
    } else if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(typeTok.text)) {
      throw new ProtoParseError(`expected a field type but found "${typeTok.text}"`, typeTok.line);
    }
    const nameTok = ident("a field name");
    field.name = nameTok.text;
    expect("=");
    field.number = number("a field number");
    if (field.number < 1 || field.number > 536870911) {
      throw new ProtoParseError(`field number ${field.number} out of range`, nameTok.line);
    }
    if (peek()?.text === "[") {
      throw new ProtoParseError("field options are not supported", nameTok.line);
    }
    expect(";");
    msg.fields.push(field);
  }

  function parseMessage(line: number): MessageDef {
    const msg: MessageDef = { name: ident("a message name").text, fields: [], oneofs: [], line };
    expect("{");
    for (;;) {
      const t = peek();
      if (!t) throw new ProtoParseError(`unterminated message ${msg.name}`, lastLine);
      if (t.text === "}") {
        p++;
        break;
      }
      if (t.text === "oneof") {
        p++;
        const name = ident("a oneof name").text;
        msg.oneofs.push(name);
        expect("{");
        while (peek()?.text !== "}") {
          if (!peek()) throw new ProtoParseError(`unterminated oneof ${name}`, lastLine);
          parseField(msg, name);
        }
        p++;
        continue;
      }
      if (["message", "enum", "option", "reserved", "extensions", "extend"].includes(t.text)) {
        throw new ProtoParseError(
          `"${t.text}" inside a message is not supported (declare types at top level)`,
          t.line,
        );
      }
      parseField(msg, undefined);
    }
    return msg;
  }

  resolve(file);
  return file;
}

function resolve(file: ProtoFile): void {
  const messages = new Set(file.messages.map((m) => m.name));
  const enums = new Set(file.enums.map((e) => e.name));
  const seenTypes = new Set<string>();
  for (const d of [...file.messages, ...file.enums]) {
    if (seenTypes.has(d.name)) throw new ProtoParseError(`duplicate type ${d.name}`, d.line);
    seenTypes.add(d.name);
  }
  const prefix = file.package ? file.package + "." : "";
  const local = (t: string): string =>
    t.startsWith("." + prefix) ? t.slice(prefix.length + 1) : t.startsWith(prefix) &&
        (messages.has(t.slice(prefix.length)) || enums.has(t.slice(prefix.length)))
      ? t.slice(prefix.length)
      : t;
  const kindOf = (t: string, line: number): "scalar" | "message" | "enum" => {
    if (SCALAR_TYPES.has(t)) return "scalar";
    if (messages.has(t)) return "message";
    if (enums.has(t)) return "enum";
    throw new ProtoParseError(`unknown type "${t}"`, line);
  };
  for (const m of file.messages) {
    const numbers = new Set<number>();
    const names = new Set<string>();
    for (const f of m.fields) {
      if (numbers.has(f.number)) {
        throw new ProtoParseError(`duplicate field number ${f.number} in ${m.name}`, f.line);
      }
      if (names.has(f.name)) {
        throw new ProtoParseError(`duplicate field name ${f.name} in ${m.name}`, f.line);
      }
      numbers.add(f.number);
      names.add(f.name);
      if (f.kind === "map") {
        const k = f.mapKey!;
        if (!SCALAR_TYPES.has(k) || k === "double" || k === "float" || k === "bytes") {
          throw new ProtoParseError(`invalid map key type "${k}"`, f.line);
        }
        f.mapValue = local(f.mapValue!);
        f.mapValueKind = kindOf(f.mapValue, f.line);
      } else {
        f.type = local(f.type);
        f.kind = kindOf(f.type, f.line);
      }
    }
  }
}

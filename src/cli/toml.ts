/**
 * A strict reader for the TOML subset that configuration files here use: comments, bare or
 * quoted keys, `[table]` and `[[array.of.tables]]` headers (dotted), basic and literal
 * strings, integers, floats, booleans, arrays (multi-line, trailing comma) and one-line
 * inline tables. Anything else (multi-line strings, dates, dotted keys) is rejected, never
 * guessed. Errors are {@link TomlError}s naming the file and line.
 *
 * @example
 * ```ts
 * import { parseToml } from "./toml.ts";
 * const doc = parseToml('[[app]]\nname = "web"\ncmd = ["node", "server.js"]\n', "runpm.toml");
 * console.log(doc.app); // [{ name: "web", cmd: ["node", "server.js"] }]
 * ```
 *
 * @module
 */
import { RunningProcessError } from "../errors.ts";

/** A TOML value. */
export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
/** A TOML table. */
export interface TomlTable {
  [key: string]: TomlValue;
}

/**
 * A syntax error: `message` is `<file>:<line>: <what>`.
 *
 * @example
 * ```ts
 * import { parseToml, TomlError } from "./toml.ts";
 * try {
 *   parseToml("name = ", "x.toml");
 * } catch (e) {
 *   if (e instanceof TomlError) console.log(e.line, e.message); // 1 x.toml:1: …
 * }
 * ```
 */
export class TomlError extends RunningProcessError {
  /** The file name given to the parser. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** The problem, without the location. */
  readonly reason: string;

  /** Creates the error. */
  constructor(file: string, line: number, reason: string) {
    super("TOML_SYNTAX", `${file}:${line}: ${reason}`);
    this.name = "TomlError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

const BARE = /^[A-Za-z0-9_-]+/;

class Parser {
  pos = 0;
  line = 1;
  constructor(readonly src: string, readonly file: string) {}

  fail(reason: string): never {
    throw new TomlError(this.file, this.line, reason);
  }

  peek(): string {
    return this.src[this.pos] ?? "";
  }

  /** Skips spaces and tabs (and, inside arrays, newlines and comments). */
  ws(newlines = false): void {
    for (;;) {
      const c = this.peek();
      if (c === " " || c === "\t") this.pos++;
      else if (newlines && (c === "\n" || c === "\r")) {
        if (c === "\n") this.line++;
        this.pos++;
      } else if (newlines && c === "#") this.comment();
      else return;
    }
  }

  comment(): void {
    while (this.pos < this.src.length && this.peek() !== "\n") this.pos++;
  }

  /** Expects the end of a line (comment allowed). */
  eol(): void {
    this.ws();
    if (this.peek() === "#") this.comment();
    const c = this.peek();
    if (c === "\r" && this.src[this.pos + 1] === "\n") this.pos++;
    if (this.pos >= this.src.length) return;
    if (this.peek() !== "\n") this.fail(`unexpected ${JSON.stringify(this.peek())} after value`);
    this.pos++;
    this.line++;
  }

  key(): string {
    const c = this.peek();
    if (c === '"') return this.basicString();
    if (c === "'") return this.literalString();
    const m = BARE.exec(this.src.slice(this.pos, this.pos + 256));
    if (!m) {
      this.fail(
        c === "" || c === "\n" ? "expected a key" : `invalid key character ${JSON.stringify(c)}`,
      );
    }
    this.pos += m[0].length;
    return m[0];
  }

  keyPath(): string[] {
    const path = [this.key()];
    for (;;) {
      this.ws();
      if (this.peek() !== ".") return path;
      this.pos++;
      this.ws();
      path.push(this.key());
    }
  }

  basicString(): string {
    if (this.src.startsWith('"""', this.pos)) this.fail("multi-line strings are not supported");
    this.pos++;
    let out = "";
    for (;;) {
      const c = this.peek();
      if (c === "" || c === "\n") this.fail("unterminated string");
      this.pos++;
      if (c === '"') return out;
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = this.peek();
      this.pos++;
      const simple: Record<string, string> = {
        '"': '"',
        "\\": "\\",
        n: "\n",
        t: "\t",
        r: "\r",
        b: "\b",
        f: "\f",
      };
      if (e in simple) out += simple[e];
      else if (e === "u" || e === "U") {
        const n = e === "u" ? 4 : 8;
        const hex = this.src.slice(this.pos, this.pos + n);
        if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== n) this.fail("invalid unicode escape");
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) this.fail("invalid unicode escape");
        out += String.fromCodePoint(cp);
        this.pos += n;
      } else this.fail(`invalid escape \\${e}`);
    }
  }

  literalString(): string {
    if (this.src.startsWith("'''", this.pos)) this.fail("multi-line strings are not supported");
    const end = this.src.indexOf("'", this.pos + 1);
    const nl = this.src.indexOf("\n", this.pos + 1);
    if (end < 0 || (nl >= 0 && nl < end)) this.fail("unterminated string");
    const s = this.src.slice(this.pos + 1, end);
    this.pos = end + 1;
    return s;
  }

  value(): TomlValue {
    const c = this.peek();
    if (c === '"') return this.basicString();
    if (c === "'") return this.literalString();
    if (c === "[") return this.array();
    if (c === "{") return this.inlineTable();
    const m = /^[^\s,\]}#]+/.exec(this.src.slice(this.pos, this.pos + 64));
    if (!m) this.fail("expected a value");
    const tok = m[0];
    this.pos += tok.length;
    if (tok === "true") return true;
    if (tok === "false") return false;
    if (/^[+-]?(0|[1-9](_?[0-9])*)$/.test(tok)) {
      const n = Number(tok.replaceAll("_", ""));
      if (!Number.isSafeInteger(n)) this.fail(`integer out of range: ${tok}`);
      return n;
    }
    if (/^[+-]?(0|[1-9](_?[0-9])*)(\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?$/.test(tok)) {
      return Number(tok.replaceAll("_", ""));
    }
    return this.fail(`invalid value ${JSON.stringify(tok)}`);
  }

  array(): TomlValue[] {
    this.pos++;
    const out: TomlValue[] = [];
    for (;;) {
      this.ws(true);
      if (this.peek() === "]") {
        this.pos++;
        return out;
      }
      out.push(this.value());
      this.ws(true);
      const c = this.peek();
      if (c === ",") this.pos++;
      else if (c === "]") continue;
      else this.fail(c === "" ? "unterminated array" : `expected ',' or ']' in array`);
    }
  }

  inlineTable(): TomlTable {
    this.pos++;
    const t: TomlTable = {};
    this.ws();
    if (this.peek() === "}") {
      this.pos++;
      return t;
    }
    for (;;) {
      this.ws();
      const k = this.key();
      this.ws();
      if (this.peek() === ".") this.fail("dotted keys are not supported");
      if (this.peek() !== "=") this.fail("expected '=' after key");
      this.pos++;
      this.ws();
      if (Object.hasOwn(t, k)) this.fail(`duplicate key ${JSON.stringify(k)}`);
      t[k] = this.value();
      this.ws();
      const c = this.peek();
      this.pos++;
      if (c === "}") return t;
      if (c !== ",") this.fail("expected ',' or '}' in inline table");
    }
  }
}

function isTable(v: TomlValue | undefined): v is TomlTable {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Parses `text` into nested objects.
 *
 * @param text the document
 * @param file the name used in error messages
 * @returns the root table
 * @throws {TomlError} on any syntax error or unsupported construct
 */
export function parseToml(text: string, file: string): TomlTable {
  const p = new Parser(text, file);
  const root: TomlTable = {};
  let current = root;
  const defined = new Set<TomlTable>();
  const arrays = new Set<TomlValue[]>();
  while (p.pos < p.src.length) {
    p.ws();
    const c = p.peek();
    if (c === "#") {
      p.comment();
      p.eol();
      continue;
    }
    if (c === "\n" || c === "\r" || c === "") {
      p.eol();
      continue;
    }
    if (c === "[") {
      const double = p.src[p.pos + 1] === "[";
      p.pos += double ? 2 : 1;
      p.ws();
      const path = p.keyPath();
      p.ws();
      if (!p.src.startsWith(double ? "]]" : "]", p.pos)) p.fail("unterminated table header");
      p.pos += double ? 2 : 1;
      let t = root;
      for (const [i, k] of path.entries()) {
        const last = i === path.length - 1;
        const v = t[k];
        if (last && double) {
          if (v === undefined) {
            const arr: TomlValue[] = [];
            arrays.add(arr);
            t[k] = arr;
          } else if (!Array.isArray(v) || !arrays.has(v)) {
            p.fail(`${path.join(".")} is not an array of tables`);
          }
          const nt: TomlTable = {};
          (t[k] as TomlValue[]).push(nt);
          t = nt;
        } else if (v === undefined) {
          const nt: TomlTable = {};
          t[k] = nt;
          t = nt;
        } else if (Array.isArray(v) && arrays.has(v)) {
          t = v[v.length - 1] as TomlTable;
        } else if (isTable(v)) {
          t = v;
        } else {
          p.fail(`${path.slice(0, i + 1).join(".")} is already a value`);
        }
        if (last && !double) {
          if (defined.has(t)) p.fail(`table [${path.join(".")}] defined twice`);
        }
      }
      defined.add(t);
      current = t;
      p.eol();
      continue;
    }
    const k = p.key();
    p.ws();
    if (p.peek() === ".") p.fail("dotted keys are not supported");
    if (p.peek() !== "=") p.fail("expected '=' after key");
    p.pos++;
    p.ws();
    if (Object.hasOwn(current, k)) p.fail(`duplicate key ${JSON.stringify(k)}`);
    current[k] = p.value();
    p.eol();
  }
  return root;
}

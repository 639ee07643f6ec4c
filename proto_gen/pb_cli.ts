/**
 * `deno task pb encode <Message>` / `deno task pb decode <Message>`: converts between the
 * proto3 JSON mapping (stdin/stdout) and the binary encoding of any message of the schema.
 * Also runs under Bun (`bun proto_gen/pb_cli.ts …`) and Node-compatible runtimes.
 *
 * Flags: `--framed` adds (encode) or expects and strips (decode) the daemon's 4-byte
 * big-endian length prefix; `--hex` writes (encode) or reads (decode) hex text instead of
 * raw bytes.
 *
 * @example
 * ```sh
 * echo '{"id":"1","type":"REQUEST_TYPE_PING","ping":{}}' | deno task pb encode DaemonRequest --hex
 * # 08011028c20200
 * ```
 *
 * @module
 */
import process from "node:process";
import { MESSAGES } from "./daemon_pb.ts";
import { WireError } from "../src/wire.ts";
import { JsonMappingError, type MessageCodec } from "../src/pbruntime.ts";

/** Finds a codec by fully qualified or short name (exact, then case-insensitive). */
export function findCodec(name: string): MessageCodec<unknown, unknown> | undefined {
  if (MESSAGES[name]) return MESSAGES[name];
  const all = Object.values(MESSAGES);
  return all.find((c) => c.typeName.endsWith("." + name)) ??
    all.find((c) => c.typeName.toLowerCase().split(".").pop() === name.toLowerCase());
}

function toHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

function fromHex(s: string): Uint8Array {
  const clean = s.replace(/\s+/g, "");
  if (clean.length % 2 !== 0 || /[^0-9a-fA-F]/.test(clean)) {
    throw new Error("input is not hex: expected pairs of hex digits");
  }
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let n = 0;
  for await (const c of process.stdin) {
    const u = typeof c === "string" ? new TextEncoder().encode(c) : new Uint8Array(c);
    chunks.push(u);
    n += u.length;
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function jsonReplacer(_k: string, v: unknown): unknown {
  return typeof v === "bigint" ? v.toString() : v;
}

/** Runs the command; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith("--")));
  const [op, name] = args.filter((a) => !a.startsWith("--"));
  if ((op !== "encode" && op !== "decode") || !name) {
    console.error(
      "usage: pb encode <Message> [--framed] [--hex] < message.json > message.bin\n" +
        "       pb decode <Message> [--framed] [--hex] < message.bin > message.json",
    );
    return 2;
  }
  const codec = findCodec(name);
  if (!codec) {
    const near = Object.keys(MESSAGES).filter((n) =>
      n.toLowerCase().includes(name.toLowerCase().slice(0, 6))
    ).slice(0, 5);
    console.error(
      `pb: unknown message "${name}"${near.length ? ` (did you mean ${near.join(", ")}?)` : ""}`,
    );
    return 2;
  }
  const input = await readStdin();
  try {
    if (op === "encode") {
      const text = new TextDecoder().decode(input);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new Error(`stdin is not JSON: ${(e as Error).message}`);
      }
      let bytes = codec.encode(codec.fromJson(json));
      if (flags.has("--framed")) {
        const framed = new Uint8Array(bytes.length + 4);
        new DataView(framed.buffer).setUint32(0, bytes.length);
        framed.set(bytes, 4);
        bytes = framed;
      }
      if (flags.has("--hex")) process.stdout.write(toHex(bytes) + "\n");
      else process.stdout.write(bytes);
    } else {
      let bytes = flags.has("--hex") ? fromHex(new TextDecoder().decode(input)) : input;
      if (flags.has("--framed")) {
        if (bytes.length < 4) throw new Error("framed input shorter than its 4-byte prefix");
        const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
        if (len !== bytes.length - 4) {
          throw new Error(`frame prefix says ${len} bytes but ${bytes.length - 4} follow`);
        }
        bytes = bytes.subarray(4);
      }
      const msg = codec.decode(bytes);
      process.stdout.write(JSON.stringify(codec.toJson(msg), jsonReplacer, 2) + "\n");
    }
    return 0;
  } catch (e) {
    const kind = e instanceof WireError
      ? `malformed ${codec.typeName} (${e.code})`
      : e instanceof JsonMappingError
      ? `invalid JSON for ${codec.typeName}`
      : "error";
    console.error(`pb: ${kind}: ${(e as Error).message}`);
    return 1;
  }
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}

/**
 * Parsing of Linux socket tables (`/proc/net/{tcp,tcp6,udp,udp6,unix}`) into a map from
 * socket inode to what the socket is. Read once per poll tick, and only when a watched
 * process holds a socket that is new or whose state may have changed.
 *
 * @module
 */
import { readFileSync } from "node:fs";

/** One socket, keyed by inode. */
export interface SocketInfo {
  /** `tcp`, `tcp6`, `udp`, `udp6` or `unix`. */
  protocol: string;
  /** `ip:port` (IPv6 in brackets), or the unix path. */
  localAddress: string;
  /** `ip:port`, or "" when not connected. */
  remoteAddress: string;
  /** True for a listening socket (TCP LISTEN, bound UDP, unix SO_ACCEPTCON). */
  listening: boolean;
  /** Local port (TCP/UDP), else 0. */
  localPort: number;
}

function hexIPv4(h: string): string {
  // little-endian 32-bit hex
  const n = parseInt(h, 16);
  return `${n & 0xff}.${(n >>> 8) & 0xff}.${(n >>> 16) & 0xff}.${(n >>> 24) & 0xff}`;
}

function hexIPv6(h: string): string {
  // four little-endian 32-bit words
  const bytes: number[] = [];
  for (let w = 0; w < 4; w++) {
    const word = h.slice(w * 8, w * 8 + 8);
    for (let b = 3; b >= 0; b--) bytes.push(parseInt(word.slice(b * 2, b * 2 + 2), 16));
  }
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return `::ffff:${bytes.slice(12).join(".")}`;
  }
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  // compress the longest run of zero groups
  let best = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  if (bestLen < 2) return groups.join(":");
  return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}

function addr(hex: string, v6: boolean): { text: string; port: number; zero: boolean } {
  const [ip, portHex] = hex.split(":");
  const port = parseInt(portHex, 16);
  const host = v6 ? hexIPv6(ip) : hexIPv4(ip);
  const zero = /^0+$/.test(ip) && port === 0;
  return { text: v6 ? `[${host}]:${port}` : `${host}:${port}`, port, zero };
}

function parseInet(text: string, protocol: string, out: Map<number, SocketInfo>): void {
  const v6 = protocol.endsWith("6");
  const udp = protocol.startsWith("udp");
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const f = lines[i].trim().split(/\s+/);
    if (f.length < 10) continue;
    const inode = Number(f[9]);
    if (!inode) continue;
    const local = addr(f[1], v6);
    const remote = addr(f[2], v6);
    const state = parseInt(f[3], 16);
    out.set(inode, {
      protocol,
      localAddress: local.text,
      remoteAddress: remote.zero ? "" : remote.text,
      listening: udp ? remote.zero : state === 0x0a,
      localPort: local.port,
    });
  }
}

function parseUnix(text: string, out: Map<number, SocketInfo>): void {
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const f = lines[i].trim().split(/\s+/);
    if (f.length < 7) continue;
    const inode = Number(f[6]);
    if (!inode) continue;
    const flags = parseInt(f[3], 16);
    out.set(inode, {
      protocol: "unix",
      localAddress: f[7] ?? "",
      remoteAddress: "",
      listening: (flags & 0x10000) !== 0,
      localPort: 0,
    });
  }
}

/** Reads the socket tables of the daemon's network namespace. Missing tables are skipped. */
export function readSocketTable(): Map<number, SocketInfo> {
  const out = new Map<number, SocketInfo>();
  for (const p of ["tcp", "tcp6", "udp", "udp6"]) {
    try {
      parseInet(readFileSync(`/proc/net/${p}`, "latin1"), p, out);
    } catch { /* table absent (no IPv6, …) */ }
  }
  try {
    parseUnix(readFileSync("/proc/net/unix", "latin1"), out);
  } catch { /* absent */ }
  return out;
}

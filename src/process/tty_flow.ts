/**
 * Output flow control of a terminal from outside its program: {@link openOutputFlow} gives an
 * {@link OutputFlow} that suspends and restarts the program's output (`tcflow(fd, TCOOFF)` and
 * `TCOON` on the terminal's program side), as a terminal's ^S/^Q would, without sending the
 * program anything. While the output is suspended, the program blocks on its next write to the
 * terminal; its input, signals and window size are unaffected.
 *
 * Bun's terminal backend uses it to stop a program whose output nobody reads, because Bun
 * reads the terminal on its own and cannot be paused (see `pty.ts`). It needs `ioctl`, which
 * only Bun's `bun:ffi` provides here (Linux, x86-64 or arm64, glibc or musl libc); elsewhere
 * {@link openOutputFlow} gives `undefined`.
 *
 * The program side (`/dev/pts/N`) is opened only while the output is suspended (holding it
 * open would delay the end of the output after the program exits), and while it is held open
 * the terminal cannot go away, so the restart always reaches the same terminal.
 *
 * The suspension is the kernel's own `TCOOFF` state: a ^Q typed by the user does not lift it,
 * and lifting it also lifts a ^S stop the user typed meanwhile.
 *
 * @module
 */
import { closeSync, constants, openSync } from "node:fs";
import process from "node:process";
import { bunApi } from "./_util.ts";

/** `TCXONC` (asm-generic ioctl numbers: x86-64 and arm64). */
const TCXONC = 0x540a;
/** `tcflow` actions. */
const TCOOFF = 0;
const TCOON = 1;
const LIBC_NAMES = ["libc.so.6", "libc.musl-x86_64.so.1", "libc.musl-aarch64.so.1", "libc.so"];

type Ioctl = (fd: number, request: number, arg: number) => number;

let ioctlLoad: Promise<Ioctl | undefined> | undefined;

/** `ioctl` through `bun:ffi`, loaded once; `undefined` where that is not possible. */
function loadIoctl(): Promise<Ioctl | undefined> {
  ioctlLoad ??= (async () => {
    if (process.platform !== "linux") return undefined;
    if (process.arch !== "x64" && process.arch !== "arm64") return undefined;
    if (bunApi() === undefined) return undefined;
    try {
      const spec = "bun:ffi"; // not a static import: only Bun has it
      // deno-lint-ignore no-explicit-any
      const ffi: any = await import(spec);
      for (const name of LIBC_NAMES) {
        try {
          const lib = ffi.dlopen(name, {
            ioctl: { args: ["i32", "u64", "u64"], returns: "i32" },
          });
          const call = lib.symbols.ioctl as (fd: number, req: number, arg: number) => number;
          return (fd: number, request: number, arg: number) => Number(call(fd, request, arg));
        } catch {
          // try the next name
        }
      }
    } catch {
      // no FFI here
    }
    return undefined;
  })();
  return ioctlLoad;
}

/** Suspends and restarts the output of one terminal's program (see the module docs). */
export interface OutputFlow {
  /** True while the output is suspended by this flow. */
  readonly stopped: boolean;
  /**
   * Suspends the program's output (no-op when already suspended or released).
   *
   * @returns whether the output is now suspended
   */
  stop(): boolean;
  /** Restarts the output (no-op unless suspended). */
  start(): void;
  /** Restarts the output if suspended; later calls of `stop` do nothing. Idempotent. */
  release(): void;
}

class TtyOutputFlow implements OutputFlow {
  #path: string;
  #ioctl: Ioctl;
  #fd: number | undefined;
  #released = false;

  constructor(path: string, ioctl: Ioctl) {
    this.#path = path;
    this.#ioctl = ioctl;
  }

  get stopped(): boolean {
    return this.#fd !== undefined;
  }

  stop(): boolean {
    if (this.#fd !== undefined) return true;
    if (this.#released) return false;
    let fd: number;
    try {
      fd = openSync(this.#path, constants.O_RDWR | constants.O_NOCTTY | constants.O_NONBLOCK);
    } catch {
      return false; // the terminal is gone
    }
    if (this.#ioctl(fd, TCXONC, TCOOFF) !== 0) {
      closeSync(fd);
      return false;
    }
    this.#fd = fd;
    return true;
  }

  start(): void {
    const fd = this.#fd;
    if (fd === undefined) return;
    this.#fd = undefined;
    try {
      this.#ioctl(fd, TCXONC, TCOON);
    } finally {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
  }

  release(): void {
    this.#released = true;
    this.start();
  }
}

/**
 * The output flow control of the terminal at `path` (a `/dev/pts/N` the caller's own terminal
 * owns, so that it stays that terminal), or `undefined` when it is not available here (no
 * `bun:ffi`, another platform).
 *
 * @param path the program side of the terminal
 * @returns the flow control, or `undefined`
 */
export async function openOutputFlow(path: string): Promise<OutputFlow | undefined> {
  const ioctl = await loadIoctl();
  return ioctl === undefined ? undefined : new TtyOutputFlow(path, ioctl);
}

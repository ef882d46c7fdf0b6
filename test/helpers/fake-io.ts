import type { Io } from "../../src/cli/io.js";

/** An Io that records what the CLI writes, for in-process `main` tests. */
export function fakeIo(options: { stdin?: string; env?: Record<string, string>; isTTY?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(typeof t === "string" ? t : new TextDecoder().decode(t)),
    stderr: (t) => void err.push(t),
    stdin: async () => new TextEncoder().encode(options.stdin ?? ""),
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    columns: 120,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

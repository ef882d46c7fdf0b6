import type { Files } from "../ingest/files.js";

/** Everything the CLI touches outside itself, so tests can run `main` in-process. */
export type Io = {
  /** The report, as text or as UTF-8 bytes (never a character cut in two). */
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  columns: number;
  /** Whether stderr is a terminal: progress is shown there and nowhere else. */
  stderrIsTTY?: boolean;
  /** Milliseconds, for progress timing; injected so tests need not wait. */
  now?: () => number;
  /** The file system inputs are read through; tests inject failures (an unreadable file, as root). */
  files?: Files;
};

export function processIo(): Io {
  // A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") return;
    process.stderr.write(`factcheck: cannot write the report: ${error.message}\n`);
    process.exitCode = 2;
  });
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns ?? 120,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    now: () => performance.now(),
  };
}

/** Colour only on a terminal, never under NO_COLOR or --no-color. */
export function wantsColor(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  return io.isTTY;
}

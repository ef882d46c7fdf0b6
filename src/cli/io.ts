/** Everything the CLI touches outside itself, so tests can run `main` in-process. */
export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  columns: number;
};

export function processIo(): Io {
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
  };
}

/** Colour only on a terminal, never under NO_COLOR or --no-color. */
export function wantsColor(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  return io.isTTY;
}

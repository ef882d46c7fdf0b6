import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import * as fs from "node:fs/promises";

/** The file-system calls loading needs, so tests can inject failures (an unreadable file, as root). */
export type Files = {
  stat: (path: string) => Promise<{ isDirectory(): boolean; isFile(): boolean; size: number }>;
  readdir: (path: string) => Promise<string[]>;
  realpath: (path: string) => Promise<string>;
  /** At most `limit + 1` bytes: enough to tell a file is too large without reading all of it. */
  readCapped: (path: string, limit: number) => Promise<Uint8Array>;
};

/**
 * Reads in chunks and stops past the limit, so a FIFO or /dev/zero cannot exhaust memory. The
 * first chunk is the size the file says it has (plus one byte, to see it is at its end), so an
 * ordinary article costs one read and one buffer of its own size.
 */
async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  // A regular file is read without the thread pool: a round trip there costs ten times what
  // reading a 5 KB article does. A pipe or a device keeps the asynchronous path, since it may
  // wait for a writer.
  if (statSync(path).isFile()) {
    const fd = openSync(path, "r");
    try {
      return await readUpTo(fstatSync(fd).size, limit, (buffer) => readSync(fd, buffer, 0, buffer.length, null));
    } finally {
      closeSync(fd);
    }
  }
  const handle = await fs.open(path, "r");
  try {
    return await readUpTo((await handle.stat()).size, limit, async (buffer) => (await handle.read(buffer, 0, buffer.length, null)).bytesRead);
  } finally {
    await handle.close();
  }
}

/** At most `limit + 1` bytes from `read`, which fills a buffer and says how many bytes it put there (0 at the end). */
async function readUpTo(size: number, limit: number, read: (buffer: Buffer) => number | Promise<number>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let want = Math.min(size + 1, limit + 1);
  while (total <= limit) {
    // Unzeroed memory is safe: only the bytes read are kept.
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(want, limit + 1 - total)));
    const bytesRead = await read(buffer);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    want = 1 << 16;
  }
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : new Uint8Array(Buffer.concat(chunks, total));
}

export const nodeFiles: Files = {
  // statSync: a stat never waits on a writer, and the thread pool's round trip is the cost.
  stat: async (path) => statSync(path),
  readdir: (path) => fs.readdir(path),
  realpath: (path) => fs.realpath(path),
  readCapped,
};

/** A file-system error as one line a reader understands. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "symbolic link loop";
  if (code === "EISDIR") return "is a folder";
  if (code === "ENOTDIR") return "a part of the path is not a folder";
  return (error as Error).message.split("\n")[0] ?? "cannot read";
}

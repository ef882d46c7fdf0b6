import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import * as fs from "node:fs/promises";

/** The file-system calls loading needs, so tests can inject failures (an unreadable file, as root). */
export type Files = {
  stat: (path: string) => Promise<{ isDirectory(): boolean; isFile(): boolean; size: number }>;
  readdir: (path: string) => Promise<string[]>;
  realpath: (path: string) => Promise<string>;
  /** At most `limit + 1` bytes: enough to tell a file is too large without reading all of it. */
  readCapped: (path: string, limit: number) => Promise<Uint8Array>;
};

/** Why a FIFO, a socket or a device is skipped: it is never opened (a FIFO's open waits for a writer). */
export const NOT_REGULAR_FILE = "not a regular file";

/**
 * Only a regular file is opened: `stat` says so first. The open is non-blocking and the open file
 * checked again, so a pipe put in its place between the two calls is refused rather than waited
 * on. Reads in chunks and stops past the limit, so a file that grows while read cannot exhaust
 * memory. The first chunk is the size the file says it has (plus one byte, to see it is at its
 * end), so an ordinary article costs one read and one buffer of its own size. Synchronous: a
 * round trip to the thread pool costs ten times what reading a 5 KB article does.
 */
async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  if (!statSync(path).isFile()) throw new Error(NOT_REGULAR_FILE);
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error(NOT_REGULAR_FILE);
    return readUpTo(info.size, limit, (buffer) => readSync(fd, buffer, 0, buffer.length, null));
  } finally {
    closeSync(fd);
  }
}

/** At most `limit + 1` bytes from `read`, which fills a buffer and says how many bytes it put there (0 at the end). */
function readUpTo(size: number, limit: number, read: (buffer: Buffer) => number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let want = Math.min(size + 1, limit + 1);
  while (total <= limit) {
    // Unzeroed memory is safe: only the bytes read are kept.
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(want, limit + 1 - total)));
    const bytesRead = read(buffer);
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

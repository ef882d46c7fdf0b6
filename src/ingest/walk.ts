import { join } from "node:path";
import { compareStrings } from "../core/sort.js";
import type { Skipped } from "../schema/source.js";
import { NOT_REGULAR_FILE, reasonOf, type Files } from "./files.js";
import { kindInFolder } from "./kinds.js";

/**
 * Article files under a folder, recursively, in byte order; a folder seen twice (a link loop) is
 * skipped, and so is an article name that is not a regular file (a FIFO, a socket, a device).
 */
export async function walk(files: Files, dir: string, seen: Set<string>, skipped: Skipped[]): Promise<string[]> {
  const real = await files.realpath(dir);
  if (seen.has(real)) {
    skipped.push({ path: dir, reason: "symbolic link loop (folder already read)" });
    return [];
  }
  seen.add(real);
  const entries = (await files.readdir(dir)).filter((n) => !n.startsWith(".")).sort(compareStrings);
  const found: string[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    try {
      const info = await files.stat(path);
      if (info.isDirectory()) found.push(...(await walk(files, path, seen, skipped)));
      else if (!kindInFolder(name)) continue;
      else if (info.isFile()) found.push(path);
      else skipped.push({ path, reason: NOT_REGULAR_FILE });
    } catch (error) {
      skipped.push({ path, reason: reasonOf(error) });
    }
  }
  return found;
}

import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { compareStrings } from "../core/sort.js";
import type { Document, Skipped } from "../schema/source.js";
import { decodeText } from "./decode.js";
import { idOf, toDocument } from "./document.js";

export const TEXT_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".text"]);

export type Loaded = { documents: Document[]; skipped: Skipped[] };
export type Stdin = () => Promise<Uint8Array>;

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "symbolic link loop";
  if (code === "EISDIR") return "is a folder";
  return (error as Error).message.split("\n")[0] ?? "cannot read";
}

/** Files under a folder, recursively, in byte order; a folder seen twice (a link loop) is skipped. */
async function walk(dir: string, seen: Set<string>, skipped: Skipped[]): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) {
    skipped.push({ path: dir, reason: "symbolic link loop (folder already read)" });
    return [];
  }
  seen.add(real);
  const entries = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort(compareStrings);
  const files: string[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (info.isDirectory()) files.push(...(await walk(path, seen, skipped)));
      else if (TEXT_EXTENSIONS.has(extname(name).toLowerCase())) files.push(path);
    } catch (error) {
      skipped.push({ path, reason: reasonOf(error) });
    }
  }
  return files;
}

/** Unique ids: a second "x.txt" in another folder becomes "x~2". */
function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}~${n}`;
  taken.add(candidate);
  return candidate;
}

/** Paths (files, folders, "-" for stdin) → documents, and every input that could not be used. */
export async function loadInputs(paths: readonly string[], stdin: Stdin): Promise<Loaded> {
  const documents: Document[] = [];
  const skipped: Skipped[] = [];
  const ids = new Set<string>();
  const seen = new Set<string>();
  const addText = (path: string, bytes: Uint8Array): void => {
    const decoded = decodeText(bytes);
    if ("reason" in decoded) skipped.push({ path, reason: decoded.reason });
    else documents.push(toDocument(uniqueId(path === "-" ? "stdin" : idOf(path), ids), path, decoded.text));
  };
  for (const path of paths) {
    if (path === "-") {
      addText("-", await stdin());
      continue;
    }
    try {
      await lstat(path);
      const info = await stat(path);
      const files = info.isDirectory() ? await walk(path, seen, skipped) : [path];
      if (info.isDirectory() && files.length === 0) skipped.push({ path, reason: "folder holds no .txt or .md files" });
      for (const file of files) {
        try {
          addText(file, await readFile(file));
        } catch (error) {
          skipped.push({ path: file, reason: reasonOf(error) });
        }
      }
    } catch (error) {
      skipped.push({ path, reason: reasonOf(error) });
    }
  }
  return { documents, skipped };
}

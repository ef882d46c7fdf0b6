import type { Document, Skipped } from "../schema/source.js";
import { decodeText, htmlCharset } from "./decode.js";
import { idOf } from "./document.js";
import { NOT_REGULAR_FILE, nodeFiles, reasonOf, type Files } from "./files.js";
import { ARTICLE_EXTENSIONS, kindOfNamed, readers, type InputKind } from "./kinds.js";
import type { ReadResult } from "./types.js";
import { MAX_FILE_BYTES, MAX_TEXT_CHARS, textTooLong, tooLarge } from "./limits.js";
import { walk } from "./walk.js";

export type Loaded = { documents: Document[]; skipped: Skipped[] };
/** What streaming the inputs leaves once every document has been handed on. */
export type Streamed = { count: number; skipped: Skipped[] };
export type Stdin = () => Promise<Uint8Array>;
/** `onFile` hears of each file before it is read, so a caller can show progress on a long load. */
export type LoadOptions = { files?: Files; stdinFormat?: InputKind; onFile?: (path: string) => void };

const READ_AHEAD = 32;

/** One file's bytes, or why it cannot be used. Too large by its size: skipped without reading a byte. */
async function readFile(files: Files, file: string, knownSize: number | null): Promise<{ bytes: Uint8Array } | { reason: string }> {
  try {
    const size = knownSize ?? (await files.stat(file)).size;
    // A pipe's size shows only as it is read: readCapped stops past the limit.
    if (size > MAX_FILE_BYTES) return { reason: tooLarge(size) };
    return { bytes: await files.readCapped(file, MAX_FILE_BYTES) };
  } catch (error) {
    return { reason: reasonOf(error) };
  }
}

/** Unique ids: a second "x.txt" in another folder becomes "x~2". */
function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}~${n}`;
  taken.add(candidate);
  return candidate;
}

/** Paths (files, folders, "-" for stdin) → documents, and every input that could not be used. Never throws for bad input. */
export async function loadInputs(paths: readonly string[], stdin: Stdin, options: LoadOptions = {}): Promise<Loaded> {
  const documents: Document[] = [];
  const { skipped } = await streamInputs(paths, stdin, (doc) => documents.push(doc), options);
  return { documents, skipped };
}

/**
 * `loadInputs`, handing each document on as soon as it is read, in input order, so that
 * extraction starts before the last file is read and no list of every text is kept.
 */
export async function streamInputs(
  paths: readonly string[], stdin: Stdin, onDocument: (doc: Document) => void, options: LoadOptions = {},
): Promise<Streamed> {
  const files = options.files ?? nodeFiles;
  let count = 0;
  const skipped: Skipped[] = [];
  const ids = new Set<string>();
  const seen = new Set<string>();
  const add = (path: string, kind: InputKind, bytes: Uint8Array, size: number | null): void => {
    if (bytes.length > MAX_FILE_BYTES) return void skipped.push({ path, reason: tooLarge(size) });
    const decoded = decodeText(bytes, kind === "html" ? htmlCharset : undefined);
    if ("reason" in decoded) return void skipped.push({ path, reason: decoded.reason });
    let read: ReadResult;
    try {
      read = readers[kind]({ path, id: path === "-" ? "stdin" : idOf(path), text: decoded.text });
    } catch (error) {
      // A parser's failure on one odd file must not cost the other inputs.
      return void skipped.push({ path, reason: `cannot read as ${kind}: ${(error as Error).message.split("\n")[0]}` });
    }
    skipped.push(...read.skipped);
    for (const doc of read.documents) {
      if (doc.text.length > MAX_TEXT_CHARS) skipped.push({ path: doc.path, reason: textTooLong(doc.text.length) });
      else {
        count++;
        onDocument({ ...doc, id: uniqueId(doc.id, ids) });
      }
    }
  };
  for (const path of paths) {
    if (path === "-") {
      add("-", options.stdinFormat ?? "text", await stdin(), null);
      continue;
    }
    try {
      const info = await files.stat(path);
      // A FIFO, a socket or a device is never opened: a FIFO's open would wait for a writer.
      if (!info.isDirectory() && !info.isFile()) {
        skipped.push({ path, reason: NOT_REGULAR_FILE });
        continue;
      }
      const skippedBefore = skipped.length;
      const list = info.isDirectory() ? await walk(files, path, seen, skipped) : [path];
      // A folder whose only article names were skipped has said why already.
      if (info.isDirectory() && list.length === 0 && skipped.length === skippedBefore) {
        skipped.push({ path, reason: `folder holds no article files (${ARTICLE_EXTENSIONS.join(" ")})` });
      }
      // A few files are read at once (the disk and the page cache like it); they are used in order.
      for (let i = 0; i < list.length; i += READ_AHEAD) {
        const window = list.slice(i, i + READ_AHEAD);
        const contents = await Promise.all(window.map((file) => readFile(files, file, file === path ? info.size : null)));
        window.forEach((file, k) => {
          options.onFile?.(file);
          const content = contents[k] as Awaited<ReturnType<typeof readFile>>;
          if ("reason" in content) skipped.push({ path: file, reason: content.reason });
          else add(file, kindOfNamed(file), content.bytes, null);
        });
        // Regular files are read synchronously, so this loop would otherwise never let the event
        // loop run: threads that finished a batch would wait, unheard, until every file is read.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      skipped.push({ path, reason: reasonOf(error) });
    }
  }
  return { count, skipped };
}

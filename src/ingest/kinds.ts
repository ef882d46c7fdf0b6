import { extname } from "node:path";
import readHtml from "./read-html.js";
import readMarkdown from "./read-markdown.js";
import { readJsonlRecords, readJsonRecords } from "./read-records.js";
import readText from "./read-text.js";
import type { Reader } from "./types.js";
import { wordTable } from "../lexicon/word-table.js";

/** One reader per input kind; the kind's name is what `--stdin-format` accepts. */
export const readers = { text: readText, markdown: readMarkdown, html: readHtml, json: readJsonRecords, jsonl: readJsonlRecords } as const satisfies Record<string, Reader>;
export type InputKind = keyof typeof readers;

const EXTENSIONS: Record<string, InputKind> = wordTable({
  ".txt": "text", ".text": "text",
  ".md": "markdown", ".markdown": "markdown",
  ".html": "html", ".htm": "html", ".xhtml": "html",
  ".json": "json",
  ".jsonl": "jsonl", ".ndjson": "jsonl",
});

/** The kind a folder's file is read as, or null: files of other kinds in a folder are not articles. */
export const kindInFolder = (path: string): InputKind | null => EXTENSIONS[extname(path).toLowerCase()] ?? null;

/** A path named on the command line is read whatever its extension: as text unless it says otherwise. */
export const kindOfNamed = (path: string): InputKind => kindInFolder(path) ?? "text";

export const ARTICLE_EXTENSIONS = Object.keys(EXTENSIONS);

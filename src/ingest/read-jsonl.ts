import { recordToDocument } from "./records.js";
import { splitJsonValues } from "./json-lines.js";
import type { Input, ReadResult } from "./types.js";

/** Each nonblank line with its number; or, for pretty-printed records one after another, each record. */
function chunks(text: string, concatenated: boolean): Array<{ text: string; line: number }> {
  if (concatenated) return splitJsonValues(text);
  return text.split("\n").map((raw, i) => ({ text: raw.trim(), line: i + 1 })).filter((c) => c.text);
}

/** One JSON record a line; a bad line is skipped with its line number, the good ones are read. */
const readJsonl = ({ path, id, text }: Input, concatenated = false): ReadResult => {
  const out: ReadResult = { documents: [], skipped: [] };
  chunks(text.replace(/^\uFEFF/, ""), concatenated).forEach(({ text: chunk, line }) => {
    const place = { line, path: `${path}#${line}`, fallbackId: `${id}-${line}` };
    let value: unknown;
    try {
      value = JSON.parse(chunk);
    } catch (error) {
      out.skipped.push({ path: place.path, reason: `record on line ${line}: not valid JSON (${(error as Error).message})` });
      return;
    }
    const result = recordToDocument(value, place);
    if ("document" in result) out.documents.push(result.document);
    else out.skipped.push(result.skipped);
  });
  if (!out.documents.length && !out.skipped.length) out.skipped.push({ path, reason: "no records" });
  return out;
};
export default readJsonl;

import { recordToDocument } from "./records.js";
import type { ReadResult, Reader } from "./types.js";

/** One JSON record a line; a bad line is skipped with its line number, the good ones are read. */
const readJsonl: Reader = ({ path, id, text }) => {
  const out: ReadResult = { documents: [], skipped: [] };
  text.replace(/^\uFEFF/, "").split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const place = { line: i + 1, path: `${path}#${i + 1}`, fallbackId: `${id}-${i + 1}` };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      out.skipped.push({ path: place.path, reason: `record on line ${i + 1}: not valid JSON (${(error as Error).message})` });
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

import { arrayElementLines } from "./json-lines.js";
import { recordToDocument } from "./records.js";
import { skip, type ReadResult, type Reader } from "./types.js";

/** One record, or an array of records; a bad record is skipped with its line, the good ones are read. */
const readJson: Reader = ({ path, id, text }) => {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return skip(path, `not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) {
    const result = recordToDocument(value, { line: 1, path, fallbackId: id });
    return "document" in result ? { documents: [result.document], skipped: [] } : { documents: [], skipped: [result.skipped] };
  }
  if (value.length === 0) return skip(path, "an empty JSON array: no records");
  const lines = arrayElementLines(text);
  const out: ReadResult = { documents: [], skipped: [] };
  value.forEach((record, i) => {
    const line = lines[i] ?? 1;
    const result = recordToDocument(record, { line, path: `${path}#${line}`, fallbackId: `${id}-${i + 1}` });
    if ("document" in result) out.documents.push(result.document);
    else out.skipped.push(result.skipped);
  });
  return out;
};
export default readJson;

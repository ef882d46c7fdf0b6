import readJson from "./read-json.js";
import readJsonl from "./read-jsonl.js";
import { splitJsonValues } from "./json-lines.js";
import type { Reader } from "./types.js";

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const firstLine = (text: string): string => text.replace(/^\uFEFF/, "").split("\n").find((l) => l.trim()) ?? "";

/** Records one after another, pretty-printed (what `jq` prints by default): every one parses alone. */
const concatenated = (text: string): boolean => {
  const values = splitJsonValues(text);
  return values.length > 0 && values.every((v) => parses(v.text));
};

/**
 * JSON and JSONL are often mixed up: pretty-printed records saved as .jsonl, or one record a
 * line saved as .json. Read each as what it is, rather than as a dozen bad lines.
 */
export const readJsonRecords: Reader = (input) => {
  if (parses(input.text.replace(/^\uFEFF/, ""))) return readJson(input);
  if (parses(firstLine(input.text))) return readJsonl(input);
  return concatenated(input.text) ? readJsonl(input, true) : readJson(input);
};

export const readJsonlRecords: Reader = (input) => {
  if (parses(firstLine(input.text))) return readJsonl(input);
  if (parses(input.text.replace(/^\uFEFF/, ""))) return readJson(input);
  return readJsonl(input, concatenated(input.text));
};

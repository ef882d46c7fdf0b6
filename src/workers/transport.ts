import type { DocumentExtraction } from "../schema/extraction.js";
import { shareStrings, type StringPool } from "./shared-strings.js";

/**
 * One document's extraction as a worker thread posts it: each sentence string once, not once
 * per claim quoting it. A structured clone copies every string it meets, and a sentence with
 * five numbers was copied five times, deserialized five times on the main thread (while the
 * workers still need the CPU) and kept five times.
 */
export type PackedExtraction = {
  extraction: DocumentExtraction;
  sentences: string[];
  /** For each claim, then each status claim, the index of its sentence in `sentences`. */
  sentenceOf: Int32Array;
};

/** In the worker: sentences moved to the table, left empty in the objects (keys keep their order). */
export function pack(extraction: DocumentExtraction): PackedExtraction {
  const index = new Map<string, number>();
  const sentences: string[] = [];
  const sentenceOf = new Int32Array(extraction.claims.length + extraction.statuses.length);
  let k = 0;
  for (const item of [...extraction.claims, ...extraction.statuses]) {
    let i = index.get(item.sentence);
    if (i === undefined) {
      i = sentences.push(item.sentence) - 1;
      index.set(item.sentence, i);
    }
    sentenceOf[k++] = i;
    item.sentence = "";
  }
  return { extraction, sentences, sentenceOf };
}

/** On the main thread: sentences put back, the repeated strings shared (see shareStrings). */
export function unpack(packed: PackedExtraction, pool: StringPool): DocumentExtraction {
  const { extraction, sentences, sentenceOf } = packed;
  let k = 0;
  for (const item of extraction.claims) item.sentence = sentences[sentenceOf[k++] as number] as string;
  for (const item of extraction.statuses) item.sentence = sentences[sentenceOf[k++] as number] as string;
  return shareStrings(extraction, pool);
}

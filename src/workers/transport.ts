import { EntityKind, type Mention } from "../schema/entity.js";
import type { DocumentExtraction } from "../schema/extraction.js";
import { shareStrings, type StringPool } from "./shared-strings.js";

/**
 * One document's extraction as a worker thread posts it. A structured clone copies every string
 * and every key it meets, object by object, and the main thread reads it all back while the
 * workers still need the CPU. So each sentence goes once, not once per claim quoting it; the
 * mentions (hundreds of small objects) go as columns; and source ids, which the main thread
 * knows, are left out.
 */
export type PackedExtraction = {
  extraction: DocumentExtraction;
  sentences: string[];
  /** For each claim, then each status claim, the index of its sentence in `sentences`. */
  sentenceOf: Int32Array;
  /** `aliasOf`: an index in `texts`, or -1 for a mention given as no other name's alias. */
  mentions: { texts: string[]; text: Int32Array; start: Int32Array; end: Int32Array; kind: Uint8Array; aliasOf: Int32Array };
};

const KINDS = EntityKind.options;

/** Index of `value` in `list`, appended if new. */
function indexIn(index: Map<string, number>, list: string[], value: string): number {
  let i = index.get(value);
  if (i === undefined) {
    i = list.push(value) - 1;
    index.set(value, i);
  }
  return i;
}

/** In the worker: sentences to a table and mentions to columns, source ids emptied (keys keep their order). */
export function pack(extraction: DocumentExtraction): PackedExtraction {
  const sentenceIndex = new Map<string, number>();
  const sentences: string[] = [];
  const sentenceOf = new Int32Array(extraction.claims.length + extraction.statuses.length);
  let k = 0;
  for (const item of [...extraction.claims, ...extraction.statuses]) {
    sentenceOf[k++] = indexIn(sentenceIndex, sentences, item.sentence);
    item.sentence = "";
    item.source = "";
  }
  const list = extraction.mentions;
  const textIndex = new Map<string, number>();
  const mentions = {
    texts: [] as string[],
    text: new Int32Array(list.length),
    start: new Int32Array(list.length),
    end: new Int32Array(list.length),
    kind: new Uint8Array(list.length),
    aliasOf: new Int32Array(list.length),
  };
  list.forEach((m, i) => {
    mentions.text[i] = indexIn(textIndex, mentions.texts, m.text);
    mentions.start[i] = m.start;
    mentions.end[i] = m.end;
    mentions.kind[i] = KINDS.indexOf(m.kind);
    mentions.aliasOf[i] = m.aliasOf === undefined ? -1 : indexIn(textIndex, mentions.texts, m.aliasOf);
  });
  return { extraction: { ...extraction, mentions: [] }, sentences, sentenceOf, mentions };
}

/** On the main thread: sentences and mentions put back, the repeated strings shared (see shareStrings). */
export function unpack(packed: PackedExtraction, pool: StringPool): DocumentExtraction {
  const { extraction, sentences, sentenceOf, mentions } = packed;
  let k = 0;
  for (const item of extraction.claims) item.sentence = sentences[sentenceOf[k++] as number] as string;
  for (const item of extraction.statuses) item.sentence = sentences[sentenceOf[k++] as number] as string;
  const source = extraction.source.id;
  const list: Mention[] = new Array(mentions.text.length);
  for (let i = 0; i < list.length; i++) {
    const m: Mention = {
      source,
      text: mentions.texts[mentions.text[i] as number] as string,
      start: mentions.start[i] as number,
      end: mentions.end[i] as number,
      kind: KINDS[mentions.kind[i] as number] as Mention["kind"],
    };
    const alias = mentions.aliasOf[i] as number;
    if (alias >= 0) m.aliasOf = mentions.texts[alias] as string;
    list[i] = m;
  }
  extraction.mentions = list;
  return shareStrings(extraction, pool);
}

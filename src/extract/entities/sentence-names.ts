import { foldName } from "../../normalize/name.js";
import type { Sentence } from "../../schema/segment.js";
import { findNames, type NameMention } from "./find-names.js";

/**
 * The names of one document's sentences, found once and shared by the number frames and the
 * entity extractor. Surnames the document gives with a first name come first, so that a later
 * "Statkevich" alone is known to be a person.
 */
export type SentenceNames = { surnames: ReadonlySet<string>; of(sentence: Sentence): NameMention[] };

export function sentenceNames(sentences: readonly Sentence[]): SentenceNames {
  const surnames = new Set<string>();
  for (const s of sentences) {
    for (const n of findNames(s.text, surnames)) {
      const words = n.name.split(" ");
      if (n.kind === "person" && words.length >= 2) surnames.add(foldName(words.at(-1) ?? ""));
    }
  }
  const cache = new Map<number, NameMention[]>();
  return {
    surnames,
    of(sentence) {
      let names = cache.get(sentence.index);
      if (!names) {
        names = findNames(sentence.text, surnames);
        cache.set(sentence.index, names);
      }
      return names;
    },
  };
}

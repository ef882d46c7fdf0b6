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
  // What the first pass found, and how many surnames were known then: a sentence needs a
  // second look only if a surname was learnt after it.
  const first = new Map<number, { names: NameMention[]; known: number }>();
  for (const s of sentences) {
    const names = findNames(s.text, surnames);
    first.set(s.index, { names, known: surnames.size });
    for (const n of names) {
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
        const found = first.get(sentence.index);
        names = found && found.known === surnames.size ? found.names : findNames(sentence.text, surnames);
        cache.set(sentence.index, names);
      }
      return names;
    },
  };
}

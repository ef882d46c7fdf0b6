import { foldName } from "../../normalize/name.js";
import type { Sentence } from "../../schema/segment.js";
import { findNames, type NameMention } from "./find-names.js";

/**
 * The names of one document's sentences, found once and shared by the number frames and the
 * entity extractor. Surnames the document gives with a first name come first, so that a later
 * "Varga" alone is known to be a person.
 */
export type SentenceNames = { surnames: ReadonlySet<string>; of(sentence: Sentence): NameMention[] };

export function sentenceNames(sentences: readonly Sentence[]): SentenceNames {
  const surnames = new Set<string>();
  // What the first pass found, and which words it asked about that were not surnames yet: a
  // sentence needs a second look only if one of those was learnt as a surname later.
  const first = new Map<number, { names: NameMention[]; unknown: string[] }>();
  for (const s of sentences) {
    const unknown: string[] = [];
    const recording = { has: (word: string): boolean => surnames.has(word) || (unknown.push(word), false) };
    const names = findNames(s.text, recording);
    first.set(s.index, { names, unknown });
    for (const n of names) {
      const space = n.kind === "person" ? n.name.lastIndexOf(" ") : -1;
      if (space >= 0) surnames.add(foldName(n.name.slice(space + 1)));
    }
  }
  const cache = new Map<number, NameMention[]>();
  return {
    surnames,
    of(sentence) {
      let names = cache.get(sentence.index);
      if (!names) {
        const found = first.get(sentence.index);
        names = found && !found.unknown.some((w) => surnames.has(w)) ? found.names : findNames(sentence.text, surnames);
        cache.set(sentence.index, names);
      }
      return names;
    },
  };
}

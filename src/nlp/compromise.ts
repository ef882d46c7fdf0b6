import { createRequire } from "node:module";
import type nlpType from "compromise";

/**
 * The one module that loads compromise. It is used for what it does better than a suffix
 * rule: irregular verb and noun inflections ("held" → "hold", "freed" → "free", "children" →
 * "child"). Results are cached per lemmatizer, and a lemmatizer lives for one run.
 *
 * It is loaded on first use, through its CommonJS entry: that is compromise's one-file build,
 * which loads in about 150 ms where its ES module tree takes 330–450 ms, and every worker
 * thread loads it. A main thread that leaves extraction to workers never loads it at all.
 */
const load = createRequire(import.meta.url);
const compromise = (): typeof nlpType => load("compromise") as typeof nlpType;

/** A plural by suffix rule, for words compromise reads as verbs ("seats", "hamlets"). */
function singular(word: string): string {
  if (/(ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  // "classes", "taxes", "churches": the plural added "es"; "houses", "horses", "purchases": only "s".
  if (/(ss|x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

export type Lemmatizer = { verb(word: string): string; noun(word: string): string };

const VERB_TAG = /PastTense|PresentTense|Gerund|Participle|Infinitive|Verb|Modal|Copula|Auxiliary/;

/**
 * Whether compromise could read `word` as an inflected verb: a regular ending, a contraction
 * ("don't"), or a word its lexicon tags as a verb form ("held", "fled"). Any other word is its
 * own lemma, and asking compromise would cost a parse of about half a millisecond to learn that.
 */
function mayBeVerbForm(word: string, lexicon: Record<string, unknown>): boolean {
  if (/(ed|ing|s)$|['’]/.test(word)) return true;
  const tag = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return tag !== undefined && VERB_TAG.test(String(tag));
}

export function createLemmatizer(): Lemmatizer {
  const verbs = new Map<string, string>();
  const nouns = new Map<string, string>();
  const nlp = compromise();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return {
    verb(word) {
      const lower = word.toLowerCase();
      let lemma = verbs.get(lower);
      if (lemma === undefined) {
        lemma = mayBeVerbForm(lower, lexicon) ? nlp(lower).verbs().toInfinitive().text().trim().toLowerCase() || lower : lower;
        verbs.set(lower, lemma);
      }
      return lemma;
    },
    noun(word) {
      const lower = word.toLowerCase();
      let lemma = nouns.get(lower);
      if (lemma === undefined) {
        lemma = /s$/.test(lower) ? nlp(lower).nouns().toSingular().text().trim().toLowerCase() || singular(lower) : lower;
        nouns.set(lower, lemma);
      }
      return lemma;
    },
  };
}

/** Stock compromise number reading, for the benchmark's baseline only. */
export function compromiseNumbers(text: string): number {
  return compromise()(text).numbers().json().length;
}

export function compromisePeople(text: string): number {
  return compromise()(text).people().json().length;
}

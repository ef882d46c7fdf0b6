import { createRequire } from "node:module";
import type nlpType from "compromise";

/**
 * The one module that loads compromise. It is used for what it does better than a suffix
 * rule: verb and noun lemmas ("held" → "hold", "freed" → "free", "countries" → "country"), as
 * its tagger reads a word and its inflection rules undo it. Results are cached per lemmatizer,
 * and a lemmatizer lives for one run.
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

type Nlp = typeof nlpType;
type Inflections = {
  verb: { toInfinitive(word: string, model: object, tense?: string): string };
  noun: { toSingular(word: string, model: object): string };
};

/** The lemmas as compromise's verb and noun views give them: a parse, then the phrase finders. */
export function phraseLemmas(nlp: Nlp = compromise()): Lemmatizer {
  return {
    verb: (lower) => nlp(lower).verbs().toInfinitive().text().trim().toLowerCase() || lower,
    noun: (lower) => nlp(lower).nouns().toSingular().text().trim().toLowerCase() || singular(lower),
  };
}

/** Tenses in the order compromise's verb view asks for them (getTense). */
const TENSES = ["Infinitive", "Participle", "PastTense", "Gerund", "PresentTense"] as const;
/** What the verb finder drops from a verb phrase. */
const NOT_IN_VERB_PHRASE = ["Conjunction", "Preposition", "Adjective", "Reflexive"];
/** What the noun parser takes out of a noun phrase's root, or reads as something else. */
const NOT_A_NOUN_ROOT = ["Adjective", "Preposition", "Determiner", "Value", "Possessive"];
/** Nouns compromise never reads as plural (isPlural). */
const NEVER_PLURAL = ["Pronoun", "Place", "Value", "Person", "Uncountable", "Month", "WeekDay", "Holiday", "Possessive"];

/**
 * The same lemmas as phraseLemmas for a word that parses to one term, read from the term's own
 * tags with compromise's own inflection rules: for one word, the verb and noun views' phrase
 * finders (some twenty match patterns each, over a millisecond a word and most of what a lemma
 * cost) only find what the tags already say. A word that parses to several terms ("don't")
 * takes the whole way. Checked against phraseLemmas over compromise's lexicon and the words of
 * the seeds and the development set: no word differs (test/lemmas.test.ts samples them).
 */
function termLemmas(nlp: Nlp): Lemmatizer {
  const whole = phraseLemmas(nlp);
  const model = nlp.model();
  const inflect = (nlp.methods() as { two: { transform: Inflections } }).two.transform;
  const termOf = (lower: string) => {
    const terms = nlp(lower).docs;
    return terms.length === 1 && terms[0]?.length === 1 ? terms[0][0] : undefined;
  };
  return {
    verb(lower) {
      const term = termOf(lower);
      const tags = term?.tags;
      if (!term || !tags) return whole.verb(lower);
      if (!tags.has("Verb") || NOT_IN_VERB_PHRASE.some((t) => tags.has(t))) return lower;
      const infinitive = inflect.verb.toInfinitive(term.normal, model, TENSES.find((t) => tags.has(t)));
      return (infinitive || term.text).trim().toLowerCase() || lower;
    },
    noun(lower) {
      const term = termOf(lower);
      const tags = term?.tags;
      if (!term || !tags || NOT_A_NOUN_ROOT.some((t) => tags.has(t))) return whole.noun(lower);
      if (!tags.has("Noun")) return singular(lower);
      const { normal } = term;
      const plural = tags.has("Plural") ||
        (!NEVER_PLURAL.some((t) => tags.has(t)) && !tags.has("Singular") && normal.length > 3 && normal.endsWith("s") && !normal.endsWith("ss"));
      if (!plural) return term.text.trim().toLowerCase() || singular(lower);
      return inflect.noun.toSingular(normal, model).trim().toLowerCase() || singular(lower);
    },
  };
}

export function createLemmatizer(): Lemmatizer {
  const verbs = new Map<string, string>();
  const nouns = new Map<string, string>();
  const nlp = compromise();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const lemmas = termLemmas(nlp);
  return {
    verb(word) {
      const lower = word.toLowerCase();
      let lemma = verbs.get(lower);
      if (lemma === undefined) {
        lemma = mayBeVerbForm(lower, lexicon) ? lemmas.verb(lower) : lower;
        verbs.set(lower, lemma);
      }
      return lemma;
    },
    noun(word) {
      const lower = word.toLowerCase();
      let lemma = nouns.get(lower);
      if (lemma === undefined) {
        lemma = /s$/.test(lower) ? lemmas.noun(lower) : lower;
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

import nlp from "compromise";

/**
 * The one module that imports compromise. It is used for what it does better than a suffix
 * rule: irregular verb and noun inflections ("held" → "hold", "freed" → "free", "children" →
 * "child"). Results are cached per lemmatizer, and a lemmatizer lives for one run.
 */
/** A plural by suffix rule, for words compromise reads as verbs ("seats", "hamlets"). */
function singular(word: string): string {
  if (/(ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  // "classes", "taxes", "churches": the plural added "es"; "houses", "horses", "purchases": only "s".
  if (/(ss|x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

export type Lemmatizer = { verb(word: string): string; noun(word: string): string };

export function createLemmatizer(): Lemmatizer {
  const verbs = new Map<string, string>();
  const nouns = new Map<string, string>();
  return {
    verb(word) {
      const lower = word.toLowerCase();
      let lemma = verbs.get(lower);
      if (lemma === undefined) {
        lemma = nlp(lower).verbs().toInfinitive().text().trim().toLowerCase() || lower;
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
  return nlp(text).numbers().json().length;
}

export function compromisePeople(text: string): number {
  return nlp(text).people().json().length;
}

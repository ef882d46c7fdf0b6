import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLemmatizer, phraseLemmas } from "../src/nlp/compromise.js";

// The lemmatizer reads a one-word text's lemma from the term's tags instead of running
// compromise's verb and noun views; these tests hold it to the views' own answers.
const lemmas = createLemmatizer();
const whole = phraseLemmas();

/** compromise's own lexicon (word → tags), one word per entry: the words its tagger knows best. */
const tagsOf = (createRequire(import.meta.url)("compromise").model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
const lexicon = Object.keys(tagsOf).filter((w) => /^[\p{Ll}'’-]+$/u.test(w));
/** The words the lemmatizer sends to compromise as verbs; any other word is its own lemma. */
const mayBeVerb = (w: string): boolean =>
  /(ed|ing|s)$|['’]/.test(w) || /PastTense|PresentTense|Gerund|Participle|Infinitive|Verb|Modal|Copula|Auxiliary/.test(String(tagsOf[w] ?? ""));

/** Inflected and uninflected words of news copy, irregular ones, contractions, names that end in s. */
const NEWS_WORDS = [
  "freed", "held", "fled", "been", "was", "were", "has", "had", "is", "don't", "won't", "it's", "sentenced", "elected", "killed",
  "injured", "rose", "fell", "sold", "says", "said", "seats", "prisoners", "children", "people", "series", "news", "crisis",
  "buses", "countries", "nationals", "sources", "siemens", "adidas", "lexus", "walgreens", "mps", "us", "its", "this",
  "paris", "texas", "athens", "wales", "james", "thomas", "tuesdays", "themselves", "ours", "athletics", "clothes", "chaos",
  "running", "meeting", "shuttered", "congratulated", "trolleybuses", "deemed", "briton", "votes", "percent", "billion",
];

describe("lemmas", () => {
  it("gives the verb view's infinitive for words of news copy", () => {
    for (const w of NEWS_WORDS) expect([w, lemmas.verb(w)]).toEqual([w, whole.verb(w)]);
  });

  it("gives the noun view's singular for words of news copy that end in s", () => {
    for (const w of NEWS_WORDS.filter((x) => x.endsWith("s"))) expect([w, lemmas.noun(w)]).toEqual([w, whole.noun(w)]);
  });

  it("agrees with the views on any word of compromise's lexicon", () => {
    fc.assert(
      fc.property(fc.constantFrom(...lexicon), (w) => {
        expect(lemmas.verb(w)).toBe(mayBeVerb(w) ? whole.verb(w) : w);
        if (w.endsWith("s")) expect(lemmas.noun(w)).toBe(whole.noun(w));
      }),
      { numRuns: 400 },
    );
  });

  it("reads irregular forms and plurals", () => {
    expect(["held", "freed", "fled", "been", "sold"].map((w) => lemmas.verb(w))).toEqual(["hold", "free", "flee", "be", "sell"]);
    expect(["countries", "buses", "seats", "news"].map((w) => lemmas.noun(w))).toEqual(["country", "bus", "seat", "news"]);
  });
});

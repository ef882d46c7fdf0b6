import { FRACTIONS, ORDINAL_WORDS, SCALES, TENS, UNITS } from "../lexicon/number-words.js";
import { VAGUE_AMOUNTS } from "../lexicon/vague-amounts.js";

/**
 * The words that let a sentence without a digit hold a claim: number words ("six"), ordinals
 * ("the ninth"), fractions ("half a million") and vague amounts ("dozens", "a handful": the word
 * after "a"). An extractor that reads a claim from some other word must add it here;
 * test/properties.test.ts checks that text without any of them gives no claim.
 */
const WORDS = [
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(ORDINAL_WORDS), ...Object.keys(FRACTIONS),
  ...Object.keys(VAGUE_AMOUNTS).map((phrase) => {
    const [first, second] = phrase.split(" ");
    return /^an?$/.test(first ?? "") && second ? second : (first as string);
  }),
];

// \b is ASCII-only: a number word glued to a non-ASCII letter still matches, which only costs a
// closer look. An underscore is a word character to \b but not to the tokenizer, so it counts too.
const CANDIDATE = new RegExp(`[\\d_]|\\b(?:${[...new Set(WORDS)].sort((a, b) => b.length - a.length).join("|")})\\b`, "i");

/**
 * Cheap candidate detection: false means no extractor can find anything in this sentence, so
 * it is not tokenized. About two sentences in five of a news article are skipped.
 */
export function mayHoldClaim(text: string): boolean {
  return CANDIDATE.test(text);
}

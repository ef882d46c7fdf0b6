import { MONTHS, WEEKDAYS } from "../lexicon/months.js";
import { STOPWORDS } from "../lexicon/stopwords.js";
import { tokenize, type Token } from "../nlp/tokens.js";
import type { Claim } from "../schema/claim.js";

/** Content words read on each side of a number: its clause, not the whole sentence. */
const REACH = 7;
const CLAUSE_END = new Set([";", "—", "–", "(", ")", ":", "?", "!"]);

/**
 * A crude stem, so "shares"/"share", "trading"/"trades" and "acquire"/"acquisition" meet: common
 * endings off, then the first five letters. A context cue needs words to meet, not to be right.
 */
export function stem(lower: string): string {
  const bare = lower.replace(/['’]s$/, "").replace(/(?:ations?|itions?|ings?|ions?|ies|ed|es|s)$/, "").replace(/e$/, "");
  return (bare.length >= 3 ? bare : lower).slice(0, 5);
}

const isContent = (lower: string): boolean =>
  lower.length > 1 && !STOPWORDS.has(lower) && MONTHS[lower] === undefined && WEEKDAYS[lower] === undefined;

/** A context word and how much it says about this claim: nearer words say more. */
export type ContextWord = { stem: string; weight: number };

/** Each content word further away counts this much less (1, 0.75, 0.6, 0.5, …). */
const decay = (rank: number): number => 1 / (1 + rank / 3);
/** Past another number, words belong to that number more than to this one. */
const PAST_NUMBER = 0.3;

/**
 * The stems of the content words around a claim in its sentence, up to REACH on each side,
 * never past a clause break, each weighted by its nearness. Tokens of one sentence are shared
 * by its claims. A word met on both sides keeps its larger weight.
 */
export function contextWords(claim: Claim, reader: SentenceReader): ContextWord[] {
  const tokens = reader.tokens(claim.sentence);
  const from = claim.start - claim.sentenceStart;
  const to = claim.end - claim.sentenceStart;
  // At most 2 × REACH words: a list searched in order costs less than a Map per claim.
  const out: ContextWord[] = [];
  let left = tokens.findIndex((t) => t.end > from) - 1;
  if (left < -1) left = tokens.length - 1;
  let right = tokens.findIndex((t) => t.start >= to);
  if (right < 0) right = tokens.length;
  const walk = (start: number, step: 1 | -1): void => {
    let factor = 1;
    for (let k = start, n = 0; k >= 0 && k < tokens.length && n < REACH; k += step) {
      const t = tokens[k] as Token;
      // Clause breaks are punctuation: a word's text is not looked up.
      if (t.type === "punct" && CLAUSE_END.has(t.text)) break;
      // "from 65 to 67": a number a word away is the other end of the same phrase, not another claim.
      if (t.type === "number" && Math.abs(k - start) > 1) factor = PAST_NUMBER;
      const word = t.type === "word" ? reader.contentStem(t.lower) : null;
      if (word === null) continue;
      const weight = decay(n) * factor;
      const seen = out.find((w) => w.stem === word);
      if (!seen) out.push({ stem: word, weight });
      else if (seen.weight < weight) seen.weight = weight;
      n++;
    }
  };
  walk(left, -1);
  walk(right, 1);
  return out;
}

/**
 * Tokens of a sentence, and the stem of a word if it is a content word (null if not): a
 * sentence's claims come together, and many sentences share a word.
 */
export type SentenceReader = { tokens(sentence: string): Token[]; contentStem(lower: string): string | null };

export function sentenceReader(): SentenceReader {
  const stems = new Map<string, string | null>();
  // Claims come by source and position, so the claims of one sentence come one after another:
  // only the last sentence's tokens are kept. Keeping every sentence's tokens for the run held
  // hundreds of megabytes at 10,000 articles, and the collector's time grew with them.
  let last: { sentence: string; tokens: Token[] } | null = null;
  return {
    tokens(sentence) {
      if (last?.sentence === sentence) return last.tokens;
      last = { sentence, tokens: tokenize(sentence) };
      return last.tokens;
    },
    contentStem(lower) {
      let found = stems.get(lower);
      if (found === undefined) stems.set(lower, (found = isContent(lower) ? stem(lower) : null));
      return found;
    },
  };
}

import { MONTHS, WEEKDAYS } from "../lexicon/months.js";
import { STOPWORDS } from "../lexicon/stopwords.js";
import { scanTokens, type TokenType } from "../nlp/tokens.js";
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
  const { sentence, starts, ends, types } = reader.tokens(claim.sentence);
  const n = types.length;
  const from = claim.start - claim.sentenceStart;
  const to = claim.end - claim.sentenceStart;
  // At most 2 × REACH words: a list searched in order costs less than a Map per claim.
  const out: ContextWord[] = [];
  // The last token ending before the claim, and the first starting after it (offsets grow).
  let left = -1;
  while (left + 1 < n && (ends[left + 1] as number) <= from) left++;
  let right = left + 1;
  while (right < n && (starts[right] as number) < to) right++;
  const walk = (start: number, step: 1 | -1): void => {
    let factor = 1;
    for (let k = start, count = 0; k >= 0 && k < n && count < REACH; k += step) {
      const type = types[k] as TokenType;
      // Clause breaks are punctuation: a word's text is not looked up.
      if (type === "punct" && CLAUSE_END.has(sentence.slice(starts[k], ends[k]))) break;
      // "from 65 to 67": a number a word away is the other end of the same phrase, not another claim.
      if (type === "number" && Math.abs(k - start) > 1) factor = PAST_NUMBER;
      const word = type === "word" ? reader.contentStem(sentence.slice(starts[k], ends[k])) : null;
      if (word === null) continue;
      const weight = decay(count) * factor;
      const seen = out.find((w) => w.stem === word);
      if (!seen) out.push({ stem: word, weight });
      else if (seen.weight < weight) seen.weight = weight;
      count++;
    }
  };
  walk(left, -1);
  walk(right, 1);
  return out;
}

/**
 * A sentence's tokens as offsets and types, in columns: a claim reads a few of them, and a token
 * object for each of the sentence's words was most of what reading context cost.
 */
export type SentenceTokens = { sentence: string; starts: number[]; ends: number[]; types: TokenType[] };

/**
 * Tokens of a sentence, and the stem of a word as written if it is a content word (null if
 * not): a sentence's claims come together, and many sentences share a word.
 */
export type SentenceReader = { tokens(sentence: string): SentenceTokens; contentStem(word: string): string | null };

export function sentenceReader(): SentenceReader {
  const stems = new Map<string, string | null>();
  // Claims come by source and position, so the claims of one sentence come one after another:
  // only the last sentence's tokens are kept (in the same arrays, refilled). Keeping every
  // sentence's tokens for the run held hundreds of megabytes at 10,000 articles, and the
  // collector's time grew with them. It starts as the empty sentence's, which has no tokens.
  const last: SentenceTokens = { sentence: "", starts: [], ends: [], types: [] };
  return {
    tokens(sentence) {
      if (last.sentence === sentence) return last;
      last.sentence = sentence;
      last.starts.length = 0;
      last.ends.length = 0;
      last.types.length = 0;
      scanTokens(sentence, (start, end, type) => {
        last.starts.push(start);
        last.ends.push(end);
        last.types.push(type);
      });
      return last;
    },
    contentStem(word) {
      let found = stems.get(word);
      if (found === undefined) {
        const lower = word.toLowerCase();
        stems.set(word, (found = isContent(lower) ? stem(lower) : null));
      }
      return found;
    },
  };
}

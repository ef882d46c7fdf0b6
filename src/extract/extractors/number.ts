import type { Token } from "../../nlp/tokens.js";
import { CURRENCY_SYMBOLS } from "../../lexicon/units.js";
import { UNITS, TENS } from "../../lexicon/number-words.js";
import { isDayOfMonth } from "../../normalize/is-day-of-month.js";
import { isLeadingPoint } from "../../normalize/read-number.js";
import { readQuantity } from "../../normalize/read-quantity.js";
import { isIdentifier } from "../../normalize/is-identifier.js";
import { isYear } from "../../normalize/is-year.js";
import type { Extractor } from "../types.js";

const NOT_A_COUNT_AFTER_ONE = new Set(["of", "another", "who", "that", "which", "day", "time", "way", "thing", "side", "hand"]);

/** Words that may open a quantity besides number words: "a dozen", "half a million", "US$5". */
const OPENERS = new Set(["a", "an", "half", "usd", "eur", "gbp", "us"]);

/**
 * Number words and currency symbols as Sets: startsNumber runs on every token, and a word read
 * from the text is a costly key for an object (the tables have no prototype: the same words).
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(TENS)]);
const SYMBOLS: ReadonlySet<string> = new Set(Object.keys(CURRENCY_SYMBOLS));

const startsNumber = (t: Token, tokens: readonly Token[], i: number): boolean =>
  isLeadingPoint(tokens, i) || t.type === "number" || NUMBER_WORDS.has(t.lower) || SYMBOLS.has(t.text) || OPENERS.has(t.lower);

/** "two-thirds", "three quarters": the number is a numerator, not a count. */
const isFractionAfter = (tokens: readonly Token[], k: number): boolean => {
  const w = tokens[k]?.text === "-" && tokens[k]?.glued ? tokens[k + 1] : tokens[k];
  return /^(halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)$/.test(w?.lower ?? "");
};

const isHyphenPair = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === "-" && tokens[k]?.glued === true && tokens[k + 1]?.type === "number" && tokens[k + 1]?.glued === true;

export default {
  meta: {
    id: "number",
    description: "Cardinal numbers in digits or words with their hedge, range and unit: 'more than 1,000', '1,300 or 1,400', '$2.5bn', '4%', '15 years'.",
  },
  create(ctx) {
    return {
      sentence(view) {
        const { tokens } = view;
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i] as Token;
          if (!startsNumber(t, tokens, i)) continue;
          if (t.type === "number" && (isYear(tokens, i) || isDayOfMonth(tokens, i))) continue;
          if (isIdentifier(tokens, i, view.titleCase)) continue;
          // "2024-25", the second half of a score: a number hyphened to the one before.
          if (t.glued && tokens[i - 1]?.text === "-" && tokens[i - 1]?.glued && tokens[i - 2]?.type === "number") continue;
          const q = readQuantity(tokens, i);
          if (!q) continue;
          if (isFractionAfter(tokens, q.next)) { i = q.next; continue; }
          // "won 3-1", "a 52-48 vote": two numbers hyphened that are no range are a score.
          if (q.qualifier !== "range" && isHyphenPair(tokens, q.next)) { i = q.next + 1; continue; }
          if (t.lower === "one" && q.low === 1 && q.qualifier === "exact" && NOT_A_COUNT_AFTER_ONE.has(tokens[q.next]?.lower ?? "")) continue;
          if (/^(no|any|some|every|someone|anyone)$/i.test(tokens[i - 1]?.lower ?? "") && t.lower === "one") continue;
          const firstToken = tokens[q.first] as Token;
          const lastToken = tokens[q.next - 1] as Token;
          ctx.report({
            start: firstToken.start, end: lastToken.end, first: q.first, next: q.next,
            kind: q.kind, unit: q.unit, low: q.low, high: q.high, written: q.written, qualifier: q.qualifier,
          });
          i = q.next - 1;
        }
      },
    };
  },
} satisfies Extractor;

import { FRACTIONS } from "../../lexicon/number-words.js";
import type { Token } from "../../nlp/tokens.js";
import type { Extractor } from "../types.js";

/** "three-quarters", "three quarters": a numerator before the fraction. */
const NUMERATORS: ReadonlyMap<string, number> = new Map([["two", 2], ["three", 3]]);

const isHyphen = (t: Token | undefined): boolean => t?.text === "-" && t.glued;

/**
 * The fraction a word names, singular or plural ("quarter", "quarters"). This runs on every
 * token of every sentence: Maps, as a word read from the text is a costly key for an object,
 * and a plural's "s" is cut only from words that end in one, with no regex.
 */
const FRACTION_OF: ReadonlyMap<string, number> = new Map(Object.entries(FRACTIONS));
const fractionOf = (word: string): number | undefined => FRACTION_OF.get(word) ?? (word.endsWith("s") ? FRACTION_OF.get(word.slice(0, -1)) : undefined);

/** The first letters of every numerator and fraction: a token opening with another letter starts no fraction of a point. */
const OPENINGS: ReadonlySet<number> = new Set([...NUMERATORS.keys(), ...FRACTION_OF.keys()].map((w) => w.charCodeAt(0)));

/**
 * A fraction of a point, as central banks and markets write a move in rates: "a quarter-point
 * cut", "a quarter percentage point", "half a percentage point", "three-quarters of a point".
 * The value is in percentage points, so it meets "25 basis points" and "0.25 percentage points".
 */
export default {
  meta: { id: "fraction-point", description: "A fraction of a (percentage) point: 'a quarter-point cut', 'half a percentage point'." },
  create(ctx) {
    return {
      sentence({ tokens }) {
        for (let i = 0; i < tokens.length; i++) {
          if (!OPENINGS.has((tokens[i] as Token).lower.charCodeAt(0))) continue;
          let k = i;
          let times = 1;
          const n = NUMERATORS.get(tokens[k]?.lower ?? "");
          if (n !== undefined) { times = n; k += isHyphen(tokens[k + 1]) ? 2 : 1; }
          const word = tokens[k]?.lower ?? "";
          const base = fractionOf(word);
          if (base === undefined || (times > 1) !== word.endsWith("s")) continue;
          let j = k + 1;
          if (isHyphen(tokens[j])) j++;
          else if (tokens[j]?.lower === "of" || (word === "half" && tokens[j]?.lower === "a")) j += tokens[j + 1]?.lower === "a" ? 2 : 1;
          if (tokens[j - 1]?.lower === "of" && tokens[j]?.lower === "a") j++;
          if (tokens[j]?.lower === "percentage") j++;
          if (!/^points?$/.test(tokens[j]?.lower ?? "")) continue;
          const first = i > 0 && /^an?$/.test(tokens[i - 1]?.lower ?? "") && n === undefined ? i - 1 : i;
          const value = Math.round(base * times * 1e6) / 1e6;
          ctx.report({
            start: (tokens[first] as Token).start, end: (tokens[j] as Token).end, first, next: j + 1,
            kind: "percent", unit: "percentage point", low: value, high: value, written: value, qualifier: "exact",
          });
          i = j;
        }
      },
    };
  },
} satisfies Extractor;

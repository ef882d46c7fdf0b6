import { FRACTIONS } from "../../lexicon/number-words.js";
import type { Token } from "../../nlp/tokens.js";
import type { Extractor } from "../types.js";

/** "three-quarters", "three quarters": a numerator before the fraction. */
const NUMERATORS: Readonly<Record<string, number>> = { two: 2, three: 3 };

const isHyphen = (t: Token | undefined): boolean => t?.text === "-" && t.glued;

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
          let k = i;
          let times = 1;
          const n = NUMERATORS[tokens[k]?.lower ?? ""];
          if (n !== undefined) { times = n; k += isHyphen(tokens[k + 1]) ? 2 : 1; }
          const word = tokens[k]?.lower ?? "";
          const base = FRACTIONS[word] ?? FRACTIONS[word.replace(/s$/, "")];
          if (base === undefined || (times > 1) !== /s$/.test(word)) continue;
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

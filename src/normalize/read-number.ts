import { SCALE_ABBREVIATIONS, SCALES, TENS, UNITS } from "../lexicon/number-words.js";
import type { Token } from "../nlp/tokens.js";
import { parseDigits } from "./parse-digits.js";
import { parseNumberWords } from "./parse-words.js";

export type NumberReading = {
  value: number;
  /** Token index one past the number (scale words included). */
  next: number;
  /** The digits or words alone, before any scale: for the rounding a writer used. */
  written: number;
  words: boolean;
  scaled: boolean;
};

const isNumberWord = (w: string): boolean =>
  UNITS[w] !== undefined || TENS[w] !== undefined || w === "dozen" || w === "hundred" ||
  w === "thousand" || w === "million" || w === "billion" || w === "trillion";

/** Reads one number at token `i`: "1,300", "2.5 million", "$2.5bn"'s digits, "twenty-one", "a dozen". */
export function readNumber(tokens: readonly Token[], i: number, money = false): NumberReading | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === "number") {
    const written = parseDigits(t.text);
    if (written === null) return null;
    let value = written;
    let next = i + 1;
    let scaled = false;
    const after = tokens[next];
    if (after?.type === "word") {
      const scale = SCALES[after.lower];
      const abbreviation = after.glued ? SCALE_ABBREVIATIONS[after.lower] : undefined;
      if (scale !== undefined && scale >= 100 && !after.glued) {
        value *= scale;
        next++;
        scaled = true;
      } else if (abbreviation !== undefined && (money || after.lower.length > 1) && after.lower !== "m") {
        value *= abbreviation;
        next++;
        scaled = true;
      } else if (abbreviation !== undefined && money) {
        value *= abbreviation;
        next++;
        scaled = true;
      }
    }
    return { value: round(value), next, written, words: false, scaled };
  }
  if (t.type !== "word") return null;
  // Collect the run of number words, hyphen pieces included: "twenty-one", "a hundred and five".
  const words: string[] = [];
  const at: number[] = [];
  for (let j = i; j < tokens.length && words.length < 12; j++) {
    const w = tokens[j];
    if (!w) break;
    if (w.type === "punct" && w.text === "-" && w.glued && tokens[j + 1]?.glued && isNumberWord(tokens[j + 1]?.lower ?? "")) continue;
    if (w.type !== "word") break;
    const ok = isNumberWord(w.lower) || (w.lower === "and" && words.length > 0) || ((w.lower === "a" || w.lower === "an") && words.length === 0);
    if (!ok) break;
    words.push(w.lower);
    at.push(j);
  }
  const parsed = parseNumberWords(words);
  if (!parsed) return null;
  const lastIndex = at[parsed.used - 1] ?? i;
  return { value: parsed.value, next: lastIndex + 1, written: parsed.value, words: true, scaled: false };
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

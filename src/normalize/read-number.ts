import { SCALE_ABBREVIATIONS, SCALES, SPACED_SCALE_ABBREVIATIONS, TENS, UNITS } from "../lexicon/number-words.js";
import { MEASURE_UNITS, TIME_UNITS } from "../lexicon/units.js";
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

/** A "." written apart from what precedes it and against plain digits after it: ".5". */
export const isLeadingPoint = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === "." && tokens[i]?.glued !== true && tokens[i + 1]?.glued === true && /^\d+$/.test(tokens[i + 1]?.text ?? "");

/** Reads one number at token `i`: "1,300", "2.5 million", "$2.5bn"'s digits, "twenty-one", "a dozen". */
export function readNumber(tokens: readonly Token[], i: number, money = false): NumberReading | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === "number") {
    const grouped = spaceGrouped(tokens, i);
    const written = parseDigits(grouped.digits);
    if (written === null) return null;
    let value = written;
    let next = grouped.next;
    let scaled = false;
    const after = tokens[next];
    const scale = after?.type === "word" ? scaleAfterDigits(after, tokens[next + 1], money) : undefined;
    if (scale !== undefined) {
      value *= scale;
      next++;
      scaled = true;
    }
    return Number.isFinite(value) ? { value: round(value), next, written, words: false, scaled } : null;
  }
  // ".5 percent": a decimal point with no digit before it starts the number.
  if (isLeadingPoint(tokens, i)) {
    const digits = tokens[i + 1] as Token;
    const reading = readNumber([{ ...digits, text: `0.${digits.text}`, lower: `0.${digits.text}` }, ...tokens.slice(i + 2)], 0, money);
    return reading ? { ...reading, next: reading.next + i + 1 } : null;
  }
  if (t.type !== "word") return null;
  // "half a million": a fraction of a scaled amount, never of a bare "a".
  if (t.lower === "half" && /^an?$/.test(tokens[i + 1]?.lower ?? "") && (SCALES[tokens[i + 2]?.lower ?? ""] ?? 0) >= 12) {
    const whole = readNumber(tokens, i + 1);
    return whole ? { ...whole, value: whole.value / 2, written: whole.value / 2 } : null;
  }
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

/**
 * Digits grouped by spaces, as much of the world prints thousands: a group of one to three digits,
 * then groups of exactly three, each one white-space character apart (a space, a no-break or a
 * thin space): "10 000" is ten thousand, not 10 and 0. Tokens one character apart have only white
 * space between them, since every other character is a token of its own.
 */
function spaceGrouped(tokens: readonly Token[], i: number): { digits: string; next: number } {
  const t = tokens[i] as Token;
  let digits = t.text;
  let next = i + 1;
  if (!/^\d{1,3}$/.test(t.text) || tokens[i - 1]?.type === "number") return { digits, next };
  for (let g = tokens[next]; g && g.type === "number" && /^\d{3}(\.\d+)?$/.test(g.text) && g.start - (tokens[next - 1] as Token).end === 1 && !g.glued; g = tokens[next]) {
    digits += g.text;
    next++;
    if (g.text.includes(".")) break;
  }
  return { digits, next };
}

const PLURAL_COUNT = /^(people|children|men|women|police|staff|\p{L}+s)$/u;

/**
 * The scale a word after digits adds: "2.5 million", "$3bn", "5k". A glued "m" is metres as
 * often as millions, so outside money it scales only before a plural that is not a unit.
 */
function scaleAfterDigits(after: Token, following: Token | undefined, money: boolean): number | undefined {
  const scale = SCALES[after.lower];
  const abbreviation = SCALE_ABBREVIATIONS[after.lower];
  if (!after.glued) return scale !== undefined && scale >= 100 ? scale : SPACED_SCALE_ABBREVIATIONS.has(after.lower) ? abbreviation : undefined;
  if (abbreviation === undefined || money) return abbreviation;
  if (after.lower === "m") {
    const noun = following?.type === "word" ? following.lower : "";
    return PLURAL_COUNT.test(noun) && MEASURE_UNITS[noun] === undefined && TIME_UNITS[noun] === undefined ? abbreviation : undefined;
  }
  if (after.lower === "k") return /^(run|race|walk|runs|races)$/.test(following?.lower ?? "") ? undefined : abbreviation;
  return after.lower === "b" ? undefined : abbreviation;
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

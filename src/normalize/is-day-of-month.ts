import { MONTHS } from "../lexicon/months.js";
import type { Token } from "../nlp/tokens.js";

/** Is token `i` the day of a date ("September 11", "11 September", "Sept. 11")? */
export function isDayOfMonth(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.type !== "number" || !/^\d{1,2}$/.test(t.text)) return false;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const afterMonth = (prev?.type === "word" && MONTHS[prev.lower] !== undefined && /^\p{Lu}/u.test(prev.text)) ||
    (prev?.text === "." && prev.glued && prev2 !== undefined && MONTHS[prev2.lower] !== undefined && /^\p{Lu}/u.test(prev2.text));
  const next = tokens[i + 1];
  const beforeMonth = next?.type === "word" && MONTHS[next.lower] !== undefined && /^\p{Lu}/u.test(next.text) && next.lower !== "may";
  const ordinalSuffix = next?.glued && /^(st|nd|rd|th)$/.test(next.lower) && (tokens[i + 2]?.lower === "of" || afterMonth);
  return afterMonth || beforeMonth || Boolean(ordinalSuffix) || (next?.lower === "may" && /^\p{Lu}/u.test(next.text));
}

import { CHANGE_WORD_STARTS } from "../lexicon/change-words.js";

/**
 * The part a figure plays in a change its clause states: "from 147,000" is the value before,
 * "to 14,000" the value after, "by 133,000" the change itself. Null when it plays none.
 */
export type ChangeRole = "before" | "after" | "change";

const CHANGE_WORD = new RegExp(`\\b(?:${CHANGE_WORD_STARTS.join("|")})`, "i");

/** "from 147,000", "down from 47", "from a gain of 144,000", "from the previously stated 147,000". */
const FROM = /\bfrom\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}$|\bfrom\s*$/u;
/** "compared with 4.1%", "against 3.9% a year earlier": the baseline a change is measured from. */
const BASELINE = /\b(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s*$/i;
const TO = /\bto\s*$/i;
const BY = /\bby\s*$/i;
/** The clause before the words that lead into the figure: no further than a clause break, a few words. */
const LEAD = /[^,;:()—–]*$/;

/** The role of the figure that starts at `start` in `sentence`. */
export function changeRole(sentence: string, start: number): ChangeRole | null {
  const before = sentence.slice(Math.max(0, start - 80), start);
  if (FROM.test(before) || BASELINE.test(before)) return "before";
  const to = TO.test(before);
  const by = !to && BY.test(before);
  if (!to && !by) return null;
  // "sentenced to 25 years" and "killed by 3 gunmen" move nothing: a change word must lead in.
  const lead = (LEAD.exec(before.replace(to ? TO : BY, ""))?.[0] ?? "").split(/\s+/).slice(-6).join(" ");
  if (!CHANGE_WORD.test(lead)) return null;
  return to ? "after" : "change";
}

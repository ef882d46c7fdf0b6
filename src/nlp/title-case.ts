import { isPlain, twoForms } from "./plain-text.js";

/** Short words a title-case headline may leave in lower case. */
const MINOR = new Set([
  "the", "and", "for", "but", "nor", "yet", "via", "per", "off", "out",
  "with", "from", "after", "into", "over", "that", "than", "this", "upon", "onto", "amid", "near", "says", "said",
]);

/**
 * A headline in title case ("Flood Kills 120 People After Dam Bursts Near …"):
 * four or more capitalised words of three letters or more ("Rare Act of Personal Friendship"),
 * and a lower-case one only in a long headline. Capitals say nothing about names there.
 */
export function isTitleCase(text: string): boolean {
  let words = 0;
  let lower = 0;
  // exec, not matchAll: this runs on every sentence, and matchAll copies the regex each time.
  const letters = isPlain(text) ? LETTERS.plain : LETTERS.unicode;
  letters.lastIndex = 0;
  for (let m = letters.exec(text); m; m = letters.exec(text)) {
    const w = m[0];
    if (w.length < 3) continue;
    words++;
    if (startsLower(w) && !MINOR.has(w)) {
      lower++;
      // Two lower-case longer words already rule a headline out: no need to read on.
      if (lower > 1) return false;
    }
  }
  const upper = words - lower;
  return upper >= 4 && (lower === 0 || words >= 8) && upper / words >= 0.8;
}

/**
 * Whether a word's first character is one upper case changes: ASCII by its code, as this is
 * asked of every word of every sentence, the rest by toUpperCase.
 */
function startsLower(w: string): boolean {
  const code = w.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : w[0] !== w[0]!.toUpperCase();
}

/** A word's letters without the punctuation around it: "(Reuters)" → "Reuters". */
const LETTERS = twoForms(/\p{L}[^\s]*\p{L}|\p{L}/gu);

/**
 * Whether a word ends in a possessive "'s" or "’s", as /[’']s$/ says, by character codes: name
 * finding asks it of every capitalised word, and a regex per word costs more than the rest.
 */
export function isPossessive(word: string): boolean {
  const mark = word.charCodeAt(word.length - 2);
  return word.endsWith("s") && (mark === 0x27 || mark === 0x2019);
}

/** A word without its possessive "'s" or "’s": "Dragomar's" → "Dragomar". */
export const withoutPossessive = (word: string): string => (isPossessive(word) ? word.slice(0, -2) : word);

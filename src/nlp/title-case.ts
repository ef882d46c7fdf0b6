/** Short words a title-case headline may leave in lower case. */
const MINOR = new Set(["with", "from", "after", "into", "over", "that", "than", "this", "upon", "onto", "amid", "near", "says", "said"]);

/**
 * A headline in title case ("Belarus Releases 52 Political Prisoners After Meeting With …"):
 * four or more capitalised longer words, and a lower-case one only in a long headline. Capitals say nothing about names there.
 */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")).filter((w) => w.length >= 4);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !MINOR.has(w));
  const upper = words.length - lower.length;
  return upper >= 4 && (lower.length === 0 || (lower.length === 1 && words.length >= 8)) && upper / words.length >= 0.8;
}

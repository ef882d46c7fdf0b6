import { SCALES, TENS, UNITS } from "../lexicon/number-words.js";

/**
 * Reads a run of number words: "twenty-one" → 21, "one hundred and five" → 105,
 * "a dozen" → 12, "two million" → 2e6. `words` are lower-case, hyphen pieces already split.
 * Returns the value and how many words it used, or null when the run starts with no number.
 */
export function parseNumberWords(words: readonly string[]): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    if ((w === "a" || w === "an") && i === 0 && SCALES[words[1] ?? ""] !== undefined) {
      current = 1;
      used = i + 1;
      continue;
    }
    // "one hundred and five", "two thousand and twelve": "and" only joins after a scale.
    const afterScale = (current % 100 === 0 && current > 0) || (current === 0 && total > 0);
    if (w === "and" && any && (UNITS[words[i + 1] ?? ""] !== undefined || TENS[words[i + 1] ?? ""] !== undefined) && afterScale) {
      continue;
    }
    const unit = UNITS[w] ?? TENS[w];
    if (unit !== undefined) {
      // "one two" is two numbers, "twenty one" is one; a unit only follows a ten or a scale.
      if (any && current % 10 !== 0 && unit < 100) break;
      if (any && TENS[w] !== undefined && current % 100 !== 0) break;
      current += unit;
      any = true;
      used = i + 1;
      continue;
    }
    const scale = SCALES[w];
    if (scale !== undefined && (any || current === 1)) {
      if (scale === 100) current = (current || 1) * 100;
      else if (scale === 12 || scale === 20) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      any = true;
      used = i + 1;
      continue;
    }
    break;
  }
  if (!any) return null;
  return { value: total + current, used };
}

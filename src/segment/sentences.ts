import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import type { Span } from "../schema/segment.js";

const BOUNDARY = /[.!?…]+["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Sentence spans inside one paragraph (offsets relative to it). */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const punct = m.index;
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, punct - 12), punct))?.[1] ?? "";
    const lower = word.toLowerCase().replace(/^\.+/, "");
    // "U.S. President", "Sept. 11", "J. Smith": a period that ends a word, not the sentence.
    if (text[punct] === "." && (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word))) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.trimEnd().length });
  return out.filter((s) => s.end > s.start);
}

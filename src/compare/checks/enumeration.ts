import { MEASURE_CLASSES } from "../../lexicon/measure-synonyms.js";
import type { Claim } from "../../schema/claim.js";

/** A list after a colon: "14 foreign nationals: six Lithuanians, two each from …". */
export type Enumeration = { whole: Claim | null; parts: Claim[]; sum: number; subject: string | null; at: number };

const isExactCount = (c: Claim): boolean => c.kind === "count" && c.qualifier === "exact" && c.value.low !== null && c.value.low === c.value.high;

/** The class of the first counted noun in `text` ("these prisoners included …" → prisoner). */
function subjectClass(text: string): string | null {
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const singular = word.replace(/(ies)$/, "y").replace(/s$/, "");
    const cls = MEASURE_CLASSES.get(word) ?? MEASURE_CLASSES.get(singular);
    if (cls) return cls.key;
  }
  return null;
}

/**
 * Claims by sentence (its start), in first-seen order, of the sentences whose first claim's
 * sentence has a colon: only those can hold a list, and most sentences have none, so their
 * claims are not gathered.
 */
function withColon(claims: readonly Claim[]): Map<number, Claim[]> {
  const bySentence = new Map<number, Claim[] | null>();
  for (const c of claims) {
    const list = bySentence.get(c.sentenceStart);
    if (list === undefined) bySentence.set(c.sentenceStart, c.sentence.includes(":") ? [c] : null);
    else if (list) list.push(c);
  }
  const out = new Map<number, Claim[]>();
  for (const [start, list] of bySentence) if (list) out.set(start, list);
  return out;
}

/** Every colon-led list of counts in a source, with the whole it names (if any) and its sum. */
export function findEnumerations(claims: readonly Claim[]): Enumeration[] {
  const out: Enumeration[] = [];
  for (const [sentenceStart, inSentence] of withColon(claims)) {
    const sentence = inSentence[0]?.sentence ?? "";
    const colon = sentence.indexOf(":");
    if (colon < 0) continue;
    const at = sentenceStart + colon;
    const parts = inSentence.filter((c) => c.start > at && isExactCount(c) && c.measure.key !== null);
    if (parts.length < 2) continue;
    const whole = inSentence.filter((c) => c.end <= at && isExactCount(c)).at(-1) ?? null;
    const sum = parts.reduce((n, c) => n + (c.value.low ?? 0), 0);
    out.push({ whole, parts, sum, subject: subjectClass(sentence.slice(0, colon)), at });
  }
  return out;
}

export { isExactCount };

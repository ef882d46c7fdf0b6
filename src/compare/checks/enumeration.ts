import { groupBy } from "../../core/group-by.js";
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

/** Every colon-led list of counts in a source, with the whole it names (if any) and its sum. */
export function findEnumerations(claims: readonly Claim[]): Enumeration[] {
  const out: Enumeration[] = [];
  const bySentence = groupBy(claims, (c) => c.sentenceStart);
  for (const [sentenceStart, inSentence] of bySentence) {
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

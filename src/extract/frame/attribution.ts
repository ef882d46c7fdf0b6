import { MODE_PATTERNS } from "../../lexicon/modes.js";
import { speakerIn } from "../../nlp/speaker.js";
import type { Attribution, Mode } from "../../schema/claim.js";
import type { Quotation } from "../../schema/segment.js";

/** Who asserts a claim: the speaker of the quotation it sits in, a source the sentence names, or the outlet. */
export function readAttribution(quotations: readonly Quotation[], sentence: string, start: number, end: number): { attribution: Attribution; quoted: boolean } {
  const quote = quotations.find((q) => q.start <= start && end <= q.end);
  if (quote) return { attribution: { speaker: quote.speaker, via: "quote" }, quoted: true };
  const named = speakerIn(sentence);
  if (named) return { attribution: { speaker: named.speaker, via: named.via }, quoted: false };
  return { attribution: { speaker: null, via: "outlet" }, quoted: false };
}

/** Stated, estimated, demanded, offered or denied: read from the claim's sentence. */
export function readMode(sentence: string): Mode {
  return MODE_PATTERNS.find(([, re]) => re.test(sentence))?.[0] ?? "stated";
}

import { MODE_PATTERNS } from "../../lexicon/modes.js";
import { speakerIn } from "../../nlp/speaker.js";
import type { Attribution, Mode } from "../../schema/claim.js";
import type { Quotation, Sentence } from "../../schema/segment.js";

/** Where one speaker's clause ends and another's may begin: "X said 5,000, while Y put it at 20,000". */
const CLAUSE = /,\s*(?:while|whereas|but|although|though)\s+|;\s*|,\s*and\s+(?=\p{Ll}+\s+(?:said|say|says|put|puts|estimated|estimate|claimed|reported))/u;

/** The clause of the sentence that holds [start, end) (offsets relative to the sentence). */
function clauseOf(text: string, start: number): string {
  let from = 0;
  for (const m of text.matchAll(new RegExp(CLAUSE, "gu"))) {
    const at = m.index ?? 0;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= start) return text.slice(from, at);
  }
  return text.slice(from);
}

/**
 * Who asserts a claim: the speaker of the quotation it sits in, a source its own clause names,
 * a source the sentence names, or the outlet. Offsets are absolute.
 */
export function readAttribution(quotations: readonly Quotation[], sentence: Pick<Sentence, "text" | "start">, start: number, end: number): { attribution: Attribution; quoted: boolean } {
  const quote = quotations.find((q) => q.start <= start && end <= q.end);
  if (quote) return { attribution: { speaker: quote.speaker, via: "quote" }, quoted: true };
  const named = speakerIn(clauseOf(sentence.text, start - sentence.start)) ?? speakerIn(sentence.text);
  if (named) return { attribution: { speaker: named.speaker, via: named.via }, quoted: false };
  return { attribution: { speaker: null, via: "outlet" }, quoted: false };
}

/** Stated, estimated, demanded, offered or denied: read from the claim's clause, else its sentence. */
export function readMode(sentence: Pick<Sentence, "text" | "start">, start: number): Mode {
  const find = (text: string): Mode | undefined => MODE_PATTERNS.find(([, re]) => re.test(text))?.[0];
  return find(clauseOf(sentence.text, start - sentence.start)) ?? "stated";
}

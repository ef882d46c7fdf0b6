import { matchesOf } from "../../core/matches.js";
import { MODE_PATTERNS } from "../../lexicon/modes.js";
import { speakerIn } from "../../nlp/speaker.js";
import type { Attribution, Mode } from "../../schema/claim.js";
import type { Quotation, Sentence } from "../../schema/segment.js";

/** Where one speaker's clause ends and another's may begin: "X said 5,000, while Y put it at 20,000", "800,000 by the union's count, compared with 119,000 according to the ministry". */
const CLAUSE = /,\s*(?:while|whereas|but|although|though|compared\s+(?:to|with)|against)\s+|;\s*|,\s*and\s+(?=\p{Ll}+\s+(?:said|say|says|put|puts|estimated|estimate|claimed|reported))/gu;

/** Where the clause separators of a sentence are, as [start, end) offsets relative to it. */
function separatorsOf(text: string): Array<[number, number]> {
  return matchesOf(CLAUSE, text).map((m) => [m.index, m.index + m[0].length]);
}

/** The clause that holds offset `start` (relative to the sentence), as [from, to). */
function clauseAt(separators: ReadonlyArray<[number, number]>, start: number, length: number): [number, number] {
  let from = 0;
  for (const [at, end] of separators) {
    if (end <= start) from = end;
    else if (at >= start) return [from, at];
  }
  return [from, length];
}

export type SentenceFrame = {
  /** Who asserts what sits at [start, end) (absolute offsets), and whether it is quoted. */
  attribution(start: number, end: number): { attribution: Attribution; quoted: boolean };
  /** Stated, estimated, demanded, offered or denied, for what starts at `start` (absolute). */
  mode(start: number): Mode;
};

/**
 * Attribution and mode for the claims of one sentence: the speaker of the quotation a claim sits
 * in, a source its own clause names, a source the sentence names, or the outlet. A sentence's
 * clauses and the speaker each names are read once, however many claims it holds.
 */
export function sentenceFrame(quotations: readonly Quotation[], sentence: Pick<Sentence, "text" | "start">): SentenceFrame {
  const text = sentence.text;
  let separators: Array<[number, number]> | null = null;
  const clause = (start: number): string => {
    separators ??= separatorsOf(text);
    const [from, to] = clauseAt(separators, start - sentence.start, text.length);
    return text.slice(from, to);
  };
  const speakers = new Map<string, ReturnType<typeof speakerIn>>();
  const speakerOf = (part: string): ReturnType<typeof speakerIn> => {
    if (!speakers.has(part)) speakers.set(part, speakerIn(part));
    return speakers.get(part) ?? null;
  };
  return {
    attribution(start, end) {
      const quote = quotations.find((q) => q.start <= start && end <= q.end);
      if (quote) return { attribution: { speaker: quote.speaker, via: "quote" }, quoted: true };
      const named = speakerOf(clause(start)) ?? speakerOf(text);
      if (named) return { attribution: { speaker: named.speaker, via: named.via }, quoted: false };
      return { attribution: { speaker: null, via: "outlet" }, quoted: false };
    },
    mode(start) {
      const part = clause(start);
      return MODE_PATTERNS.find(([, re]) => re.test(part))?.[0] ?? "stated";
    },
  };
}

/** sentenceFrame for one span. Offsets are absolute. */
export function readAttribution(quotations: readonly Quotation[], sentence: Pick<Sentence, "text" | "start">, start: number, end: number): { attribution: Attribution; quoted: boolean } {
  return sentenceFrame(quotations, sentence).attribution(start, end);
}

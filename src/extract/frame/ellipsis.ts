import type { Claim } from "../../schema/claim.js";

/**
 * A count with no noun of its own, coordinated with a count that has one, counts the same
 * thing, and what happened to it unless it says otherwise: "64 seats for X, 40 for Y and 16
 * for others"; "Five people remain in hospital, three in serious condition".
 */
export function inheritedFrame(previous: Claim | undefined, sentence: string, start: number, end: number): Pick<Claim, "measure" | "event"> | null {
  if (!previous || previous.kind !== "count" || previous.measure.key === null) return null;
  // "the one given by officials" is a pronoun; "61 of them" is a part of what came before.
  if (/\b(the|this|that|which|each|every|any|no)\s*$/i.test(sentence.slice(0, start))) return null;
  if (/^\s*of\s+(them|those|whom|which|these)\b/i.test(sentence.slice(end))) return null;
  const between = sentence.slice(previous.end - previous.sentenceStart, start);
  // "dozens of prisoners, including several from the West": a part, not another count of the same.
  if (/[.;:]|\d|\b(including|among them|of whom|of which)\b/.test(between)) return null;
  return /,|\band\b|\bwhile\b|\bwith\b|\bbut\b/.test(between) ? { measure: previous.measure, event: previous.event } : null;
}

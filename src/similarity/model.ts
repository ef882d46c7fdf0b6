import { parseTime, type TimePoint } from "../normalize/time.js";
import type { Claim } from "../schema/claim.js";
import { sentenceReader } from "./context.js";
import { blockOf, contextOf, phraseReader, profileOf, type ClaimContext, type Profile } from "./profile.js";

/**
 * Every claim's frame profile for one run, built once: alignment scores pairs with it, and the
 * verdict asks it how surely two disjoint values speak of the same quantity. Word weights (IDF)
 * come from the run's own claims, so the same claims always give the same profiles.
 */
export type FrameModel = { profile(claim: Claim): Profile | null };

export function frameModel(claims: readonly Claim[], references: ReadonlyMap<string, string | null> = new Map()): FrameModel {
  const aligned: Claim[] = [];
  const blocks: string[] = [];
  for (const c of claims) {
    const block = blockOf(c);
    if (block !== null) { aligned.push(c); blocks.push(block); }
  }
  const contexts = contextOf(aligned, sentenceReader());
  // Each source's date is read once, not once per claim: a source holds dozens of claims.
  const dates = new Map<string, TimePoint | null>();
  const dateOf = (source: string): TimePoint | null => {
    let date = dates.get(source);
    if (date === undefined) dates.set(source, (date = parseTime(references.get(source) ?? null)));
    return date;
  };
  const read = phraseReader();
  // By id, not by object: the verdict compares copies of claims converted to one unit.
  const profiles = new Map<string, Profile>();
  aligned.forEach((c, i) => profiles.set(c.id, profileOf(c, blocks[i] as string, contexts[i] as ClaimContext, dateOf(c.source), read)));
  return { profile: (claim) => profiles.get(claim.id) ?? null };
}

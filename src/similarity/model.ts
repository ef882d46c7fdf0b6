import { parseTime } from "../normalize/time.js";
import type { Claim } from "../schema/claim.js";
import { sentenceReader } from "./context.js";
import { blockOf, contextOf, profileOf, type Profile } from "./profile.js";

/**
 * Every claim's frame profile for one run, built once: alignment scores pairs with it, and the
 * verdict asks it how surely two disjoint values speak of the same quantity. Word weights (IDF)
 * come from the run's own claims, so the same claims always give the same profiles.
 */
export type FrameModel = { profile(claim: Claim): Profile | null };

export function frameModel(claims: readonly Claim[], references: ReadonlyMap<string, string | null> = new Map()): FrameModel {
  const blocks = claims.map(blockOf);
  const aligned = claims.filter((_, i) => blocks[i] !== null);
  const { words, vocab } = contextOf(aligned, sentenceReader());
  const profiles = new Map<Claim, Profile>();
  aligned.forEach((c, i) => profiles.set(c, profileOf(c, blockOf(c) as string, words[i] ?? [], vocab, parseTime(references.get(c.source) ?? null))));
  return { profile: (claim) => profiles.get(claim) ?? null };
}

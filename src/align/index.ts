import { compareStrings } from "../core/sort.js";
import type { Claim } from "../schema/claim.js";
import type { FrameModel } from "../similarity/model.js";
import type { Profile } from "../similarity/profile.js";
import { candidateFinder } from "./candidates.js";
import { linkingEdges } from "./edges.js";
import { mergeAll } from "./merge.js";

/**
 * Stage 4: claims that speak of the same quantity go into one group. Soft alignment: every
 * claim is scored against earlier claims of its block that share a cue (a context word, the
 * counted thing, a nearby value); strong pairs and mutual best matches (see edges.ts) are merged
 * strongest first, unless a hard constraint (a source contradicting itself, another holder, another time)
 * or the chain guard forbids it. Claims in a fixed order (source, then position), so the same
 * claims always give the same groups.
 */
export function alignClaims(claims: readonly Claim[], model: FrameModel): Claim[][] {
  const ordered = [...claims].sort((a, b) => compareStrings(a.source, b.source) || a.start - b.start || compareStrings(a.id, b.id));
  const profiles: Profile[] = [];
  const alone: Claim[][] = [];
  for (const c of ordered) {
    const p = model.profile(c);
    if (p) profiles.push(p);
    else alone.push([c]);
  }
  const { edges, linking } = linkingEdges(profiles, candidateFinder(profiles.length));
  const groups = mergeAll(profiles, edges, linking).map((members) => members.map((p) => p.claim));
  return [...groups, ...alone];
}

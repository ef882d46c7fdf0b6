import { groupBy } from "../core/group-by.js";
import { stableId } from "../core/ids.js";
import { memoize } from "../core/memo.js";
import { compareStrings } from "../core/sort.js";
import type { Claim } from "../schema/claim.js";
import type { Check, Group, Verdict } from "../schema/report.js";
import { checks } from "./checks/index.js";
import { labelOf } from "./label.js";
import { frameAffinity } from "../similarity/affinity.js";
import type { FrameModel } from "../similarity/model.js";
import { claimPlace, claimStage, type References } from "./reconcile.js";
import { judge } from "./verdict.js";

const ORDER: Record<Verdict, number> = { conflict: 0, compatible: 1, agree: 2, single: 3 };

/** Stage 5: a verdict for every group, sorted conflicts first, and the checks inside each source. */
export function compareGroups(aligned: readonly Claim[][], references: References, model: FrameModel): Group[] {
  const strength = (a: Claim, b: Claim): number => {
    const p = model.profile(a);
    const q = model.profile(b);
    return p && q ? frameAffinity(p, q, false) : 0;
  };
  // A claim meets several others of its group in the verdict: its stage and place are read once.
  const stage = memoize(claimStage);
  const place = memoize(claimPlace);
  const groups = aligned.map((claims): Group => {
    const sorted = [...claims].sort((a, b) => compareStrings(a.source, b.source) || a.start - b.start || compareStrings(a.id, b.id));
    const { verdict, reason, conflicts } = judge(sorted, { references, strength, stage, place });
    return { id: stableId("g", ...sorted.map((c) => c.id)), label: labelOf(sorted), verdict, reason, conflicts, claims: sorted };
  });
  // Each group's sort keys read once, not at each of the comparisons it meets. A group's claims
  // are sorted by source, so its sources are counted where the source changes.
  const keyed = groups.map((g) => ({
    g, order: ORDER[g.verdict], sources: distinctSources(g.claims), source: g.claims[0]?.source ?? "", start: g.claims[0]?.start ?? 0,
  }));
  keyed.sort((a, b) =>
    a.order - b.order || b.sources - a.sources || compareStrings(a.source, b.source) || a.start - b.start || compareStrings(a.g.id, b.g.id));
  return keyed.map((k) => k.g);
}

/** How many sources claims sorted by source come from. */
function distinctSources(sorted: readonly Claim[]): number {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || (sorted[i] as Claim).source !== (sorted[i - 1] as Claim).source) n++;
  return n;
}

/** Consistency checks inside each source: every registered check over that source's claims. */
export function checkSources(claims: readonly Claim[]): Check[] {
  const bySource = groupBy(claims, (c) => c.source);
  const out: Check[] = [];
  for (const source of [...bySource.keys()].sort(compareStrings)) {
    for (const check of checks) out.push(...check.run(bySource.get(source) ?? []));
  }
  return out;
}

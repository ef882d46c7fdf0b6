import { compareStrings } from "../core/sort.js";
import type { Claim } from "../schema/claim.js";
import { blockKey } from "./frame-key.js";
import { compatible, similarity, type Placed } from "./compatible.js";

/**
 * Stage 4: claims that speak of the same quantity go into one group. Claims are clustered
 * inside their block in a fixed order (source, then position), each joining the most similar
 * group all of whose members it is compatible with.
 */
export function alignClaims(claims: readonly Claim[], references: ReadonlyMap<string, string | null>): Claim[][] {
  const ordered = [...claims].sort((a, b) => compareStrings(a.source, b.source) || a.start - b.start || compareStrings(a.id, b.id));
  const blocks = new Map<string, Placed[][]>();
  const groups: Claim[][] = [];
  for (const claim of ordered) {
    const key = blockKey(claim);
    const placed: Placed = { claim, reference: references.get(claim.source) ?? null };
    if (key === null) {
      groups.push([claim]);
      continue;
    }
    const clusters = blocks.get(key) ?? [];
    blocks.set(key, clusters);
    let best: Placed[] | null = null;
    let bestScore = -1;
    for (const cluster of clusters) {
      if (!cluster.every((member) => compatible(member, placed))) continue;
      const score = Math.max(...cluster.map((member) => similarity(member, placed)));
      if (score > bestScore) { best = cluster; bestScore = score; }
    }
    if (best) best.push(placed);
    else clusters.push([placed]);
  }
  for (const clusters of blocks.values()) for (const cluster of clusters) groups.push(cluster.map((p) => p.claim));
  return groups;
}

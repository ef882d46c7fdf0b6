import { compareStrings } from "../core/sort.js";
import type { Claim } from "../schema/claim.js";
import { addTo, fits, newCluster, place, similarity, type Cluster } from "./cluster.js";
import { blockKey } from "./frame-key.js";

/**
 * Stage 4: claims that speak of the same quantity go into one group. Claims are clustered
 * inside their block (what is counted) in a fixed order (source, then position), each joining
 * the most similar group it fits; ties go to the group more sources share.
 */
export function alignClaims(claims: readonly Claim[], references: ReadonlyMap<string, string | null>): Claim[][] {
  const ordered = [...claims].sort((a, b) => compareStrings(a.source, b.source) || a.start - b.start || compareStrings(a.id, b.id));
  const blocks = new Map<string, Cluster[]>();
  const groups: Claim[][] = [];
  for (const claim of ordered) {
    const key = blockKey(claim);
    if (key === null) {
      groups.push([claim]);
      continue;
    }
    const placed = place(claim, references.get(claim.source) ?? null);
    const clusters = blocks.get(key) ?? [];
    blocks.set(key, clusters);
    let best: Cluster | null = null;
    let bestScore = -1;
    for (const cluster of clusters) {
      if (!fits(cluster, placed)) continue;
      const score = similarity(cluster, placed);
      if (score > bestScore || (score === bestScore && best !== null && cluster.voices.size > best.voices.size)) {
        best = cluster;
        bestScore = score;
      }
    }
    if (!best) {
      best = newCluster();
      clusters.push(best);
    }
    addTo(best, placed);
  }
  for (const clusters of blocks.values()) for (const cluster of clusters) groups.push(cluster.claims);
  return groups;
}

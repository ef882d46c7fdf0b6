import { cannotLink, frameAffinity, valueEvidence } from "../similarity/affinity.js";
import type { Profile } from "../similarity/profile.js";
import { LINK_THRESHOLD, MUTUAL_SCORE, MUTUAL_THRESHOLD } from "../similarity/weights.js";
import { EdgeList } from "./edge-list.js";

/**
 * Each claim's best-scored pair in each other source: per claim a short flat list of
 * [voice, edge, voice, edge, …] (a claim meets a few dozen candidates), searched linearly.
 */
function bestPairs(size: number, edges: EdgeList) {
  // A claim's list is made with its first pair: no empty list is held for each claim from the start.
  const lists: Array<number[] | undefined> = new Array(size);
  const at = (list: number[] | undefined, voice: number): number => {
    if (list) for (let k = 0; k < list.length; k += 2) if (list[k] === voice) return k + 1;
    return -1;
  };
  return {
    beats(from: number, voice: number, score: number): boolean {
      const list = lists[from];
      const k = at(list, voice);
      return k < 0 || score > (edges.score[(list as number[])[k] as number] as number);
    },
    keep(from: number, voice: number, edge: number): void {
      const list = lists[from];
      const k = at(list, voice);
      if (!list) lists[from] = [voice, edge];
      else if (k < 0) list.push(voice, edge);
      else list[k] = edge;
    },
    is(from: number, voice: number, edge: number): boolean {
      const list = lists[from];
      const k = at(list, voice);
      return k >= 0 && (list as number[])[k] === edge;
    },
    *all(): Iterable<number> {
      for (const list of lists) if (list) for (let k = 1; k < list.length; k += 2) yield list[k] as number;
    },
  };
}

/**
 * The pairs worth merging: those that score LINK_THRESHOLD, and those that are each other's best
 * match in the other's source, whose frames alone (values aside) score MUTUAL_THRESHOLD and whose
 * whole score reaches MUTUAL_SCORE.
 * Outlets word one figure so differently that its absolute score is often low; that "$28
 * billion" in one article is the best match of "$28 billion" in another, and the other way
 * round, is evidence of its own. Every candidate pair is scored once; only the strong pairs and
 * each claim's best pair per other source are kept.
 */
export function linkingEdges(profiles: readonly Profile[], candidatesOf: (p: Profile, index: number) => number[]): { edges: EdgeList; linking: number[] } {
  const voiceIds = new Map<string, number>();
  const voice = profiles.map((p) => {
    let id = voiceIds.get(p.voice);
    if (id === undefined) voiceIds.set(p.voice, (id = voiceIds.size));
    return id;
  });
  const edges = new EdgeList();
  const linking: number[] = [];
  const best = bestPairs(profiles.length, edges);
  profiles.forEach((p, i) => {
    const vi = voice[i] as number;
    for (const j of candidatesOf(p, i)) {
      const vj = voice[j] as number;
      const q = profiles[j] as Profile;
      if (vi === vj || cannotLink(p, q)) continue;
      const frame = frameAffinity(q, p);
      const score = frame + valueEvidence(q, p);
      const bestForJ = best.beats(j, vi, score);
      const bestForI = best.beats(i, vj, score);
      if (score < LINK_THRESHOLD && !bestForJ && !bestForI) continue;
      const e = edges.push(j, i, score, frame);
      if (score >= LINK_THRESHOLD) linking.push(e);
      if (bestForJ) best.keep(j, vi, e);
      if (bestForI) best.keep(i, vj, e);
    }
  });
  const mutual = new Set<number>();
  for (const e of best.all()) {
    const a = edges.a[e] as number;
    const b = edges.b[e] as number;
    const score = edges.score[e] as number;
    if (score < LINK_THRESHOLD && score >= MUTUAL_SCORE && (edges.frame[e] as number) >= MUTUAL_THRESHOLD && best.is(a, voice[b] as number, e) && best.is(b, voice[a] as number, e)) mutual.add(e);
  }
  return { edges, linking: [...linking, ...mutual] };
}

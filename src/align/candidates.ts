import type { Profile } from "../similarity/profile.js";
import { CANDIDATE_BUDGET, CANDIDATES, MIN_CANDIDATES } from "../similarity/weights.js";

/**
 * How many earlier claims each claim is scored against: CANDIDATES for the inputs people read
 * (a few dozen articles), fewer as the input grows, so that ten thousand articles cost a few
 * seconds; never fewer than MIN_CANDIDATES.
 */
const candidateCap = (total: number): number => Math.max(MIN_CANDIDATES, Math.min(CANDIDATES, Math.floor(CANDIDATE_BUDGET / Math.max(total, 1))));

/** Value buckets a tenth of a natural log wide: claims with nearby values meet even with no shared word. */
const bucketOf = (p: Profile): number | null => {
  const mid = Number.isFinite(p.high) ? (Number.isFinite(p.low) ? (p.low + p.high) / 2 : p.high) : p.low;
  return Number.isFinite(mid) && mid > 0 ? Math.round(Math.log(mid) * 10) : null;
};

/**
 * A block's cues, each with the claims (indexes) that have it, oldest first: context words (ids
 * into the run's vocabulary), counted things, holders and value buckets. Kept apart per kind
 * of cue, so no key string is built or hashed per claim and cue: at ten thousand articles
 * that was millions of strings.
 */
type Postings = { words: Map<number, number[]>; measures: Map<string, number[]>; abouts: Map<string, number[]>; values: Map<number, number[]> };

const newPostings = (): Postings => ({ words: new Map(), measures: new Map(), abouts: new Map(), values: new Map() });

function register<K>(postings: Map<K, number[]>, key: K, index: number): void {
  const list = postings.get(key);
  if (list) list.push(index);
  else postings.set(key, [index]);
}

/**
 * Earlier claims (their indexes) of the same block that share a cue with this one, rarest cue first, at most
 * CANDIDATES of them (the newest of each cue): alignment stays near-linear in the number of
 * claims however many share a common word. Registers the claim for the claims after it.
 */
export function candidateFinder(total: number): (p: Profile, index: number) => number[] {
  const cap = candidateCap(total);
  const blocks = new Map<string, Postings>();
  return (p, index) => {
    let block = blocks.get(p.block);
    if (!block) blocks.set(p.block, (block = newPostings()));
    const bucket = bucketOf(p);
    const nearby = bucket === null ? [] : [bucket - 1, bucket, bucket + 1];
    // The cues' lists in a fixed order (words, counted thing, holder, values): of lists of one
    // length, the first in this order is taken first.
    const lists: number[][] = [];
    const add = (list: number[] | undefined): void => { if (list) lists.push(list); };
    for (const w of p.words) add(block.words.get(w));
    if (p.measure) add(block.measures.get(p.measure));
    if (p.about) add(block.abouts.get(p.about));
    for (const b of nearby) add(block.values.get(b));
    const found = newestOfRarest(lists, cap);
    // A claim's word ids are distinct (one per stem), and so are its three buckets.
    for (const w of p.words) register(block.words, w, index);
    if (p.measure) register(block.measures, p.measure, index);
    if (p.about) register(block.abouts, p.about, index);
    for (const b of nearby) register(block.values, b, index);
    return found.sort((x, y) => x - y);
  };
}

/**
 * Up to `cap` distinct claims from the lists, shortest list first (of equal lengths, the first
 * given), newest first within a list. The cap is a few claims and is met from one or two lists,
 * so the shortest is picked each time rather than all the lists sorted, and a short list
 * searched rather than a Set made.
 */
function newestOfRarest(lists: number[][], cap: number): number[] {
  const found: number[] = [];
  const taken: boolean[] = lists.map(() => false);
  while (found.length < cap) {
    let next = -1;
    for (let i = 0; i < lists.length; i++) {
      if (!taken[i] && (next < 0 || (lists[i] as number[]).length < (lists[next] as number[]).length)) next = i;
    }
    if (next < 0) break;
    taken[next] = true;
    const list = lists[next] as number[];
    for (let k = list.length - 1; k >= 0 && found.length < cap; k--) {
      const c = list[k] as number;
      if (!found.includes(c)) found.push(c);
    }
  }
  return found;
}

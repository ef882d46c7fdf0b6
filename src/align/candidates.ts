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
 * A block's cues, each with the claims (indexes) that have it (a Posting): context words (ids
 * into the run's vocabulary), counted things, holders and value buckets. Kept apart per kind
 * of cue, so no key string is built or hashed per claim and cue: at ten thousand articles
 * that was millions of strings.
 */
type Postings = { words: Map<number, Posting>; measures: Map<string, Posting>; abouts: Map<string, Posting>; values: Map<number, Posting> };

const newPostings = (): Postings => ({ words: new Map(), measures: new Map(), abouts: new Map(), values: new Map() });

/**
 * The claims that have one cue: how many, and the newest of them. newestOfRarest reads at most
 * `cap` claims of a list (a claim it skips was found in an earlier list, and a claim is in a
 * list once), so older ones are dropped: a common word's list held a hundred thousand claims
 * at ten thousand articles, and only its length was read.
 */
type Posting = { count: number; newest: number[] };

function register(posting: Posting, index: number, cap: number): void {
  posting.count++;
  posting.newest.push(index);
  // Trimmed once it holds twice what is read: the cost per claim stays constant.
  if (posting.newest.length >= 2 * cap) posting.newest.splice(0, posting.newest.length - cap);
}

/**
 * The posting list of a cue, made empty if the cue is new: `cues` gets every list (the claim is
 * added to each once its candidates are found), `earlier` only those that hold earlier claims.
 * One lookup per cue serves both finding and registering.
 */
function postingOf<K>(postings: Map<K, Posting>, key: K, cues: Posting[], earlier: Posting[]): void {
  let posting = postings.get(key);
  if (!posting) postings.set(key, (posting = { count: 0, newest: [] }));
  else earlier.push(posting);
  cues.push(posting);
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
    // The cues' lists in a fixed order (words, counted thing, holder, values): of lists of one
    // length, the first in this order is taken first. A claim's word ids are distinct (one per
    // stem), and so are its three buckets: no list is met twice.
    const cues: Posting[] = [];
    const earlier: Posting[] = [];
    for (const w of p.words) postingOf(block.words, w, cues, earlier);
    if (p.measure) postingOf(block.measures, p.measure, cues, earlier);
    if (p.about) postingOf(block.abouts, p.about, cues, earlier);
    if (bucket !== null) for (let b = bucket - 1; b <= bucket + 1; b++) postingOf(block.values, b, cues, earlier);
    const found = newestOfRarest(earlier, cap);
    for (const posting of cues) register(posting, index, cap);
    return found.sort((x, y) => x - y);
  };
}

/**
 * Up to `cap` distinct claims from the lists, shortest list first (of equal counts, the first
 * given), newest first within a list. The cap is a few claims and is met from one or two lists,
 * so the shortest is picked each time rather than all the lists sorted, and a short list
 * searched rather than a Set made.
 */
function newestOfRarest(lists: Posting[], cap: number): number[] {
  const found: number[] = [];
  const taken: boolean[] = lists.map(() => false);
  while (found.length < cap) {
    let next = -1;
    for (let i = 0; i < lists.length; i++) {
      if (!taken[i] && (next < 0 || (lists[i] as Posting).count < (lists[next] as Posting).count)) next = i;
    }
    if (next < 0) break;
    taken[next] = true;
    const list = (lists[next] as Posting).newest;
    for (let k = list.length - 1; k >= 0 && found.length < cap; k--) {
      const c = list[k] as number;
      if (!found.includes(c)) found.push(c);
    }
  }
  return found;
}

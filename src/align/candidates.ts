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

function signalsOf(p: Profile): string[] {
  const out = p.words.map((w) => `${p.block}|w${w}`);
  if (p.measure) out.push(`${p.block}|m${p.measure}`);
  if (p.about) out.push(`${p.block}|a${p.about}`);
  const bucket = bucketOf(p);
  if (bucket !== null) for (const b of [bucket - 1, bucket, bucket + 1]) out.push(`${p.block}|v${b}`);
  return out;
}

/**
 * Earlier claims (their indexes) of the same block that share a cue with this one, rarest cue first, at most
 * CANDIDATES of them (the newest of each cue): alignment stays near-linear in the number of
 * claims however many share a common word. Registers the claim for the claims after it.
 */
export function candidateFinder(total: number): (p: Profile, index: number) => number[] {
  const cap = candidateCap(total);
  const postings = new Map<string, number[]>();
  return (p, index) => {
    const signals = signalsOf(p);
    const lists = signals.map((s) => postings.get(s)).filter((l): l is number[] => l !== undefined).sort((x, y) => x.length - y.length);
    const seen = new Set<number>();
    for (const list of lists) {
      for (let k = list.length - 1; k >= 0 && seen.size < cap; k--) seen.add(list[k] as number);
      if (seen.size >= cap) break;
    }
    for (const s of new Set(signals)) {
      const list = postings.get(s);
      if (list) list.push(index);
      else postings.set(s, [index]);
    }
    return [...seen].sort((x, y) => x - y);
  };
}

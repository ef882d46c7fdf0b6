import { groupBy } from "../core/group-by.js";
import { bandsOverlap } from "../normalize/interval.js";
import type { Claim } from "../schema/claim.js";
import type { Verdict } from "../schema/report.js";

const who = (c: Claim): string => (c.attribution.speaker ? `${c.source}, ${c.attribution.speaker}` : c.source);

const isExact = (c: Claim): boolean => c.qualifier === "exact" && c.value.low === c.value.high && c.value.band.low === c.value.band.high;

/** Claims by the band they state, in first-seen order: disjointness is decided per distinct band. */
function byBand(claims: readonly Claim[]): Claim[][] {
  return [...groupBy(claims, (c) => `${c.value.band.low}|${c.value.band.high}`).values()];
}

const low = (c: Claim): number => c.value.band.low ?? -Infinity;
const high = (c: Claim): number => c.value.band.high ?? Infinity;

/**
 * Disjoint pairs of distinct bands, one claim standing for each band. Every pair when there are
 * few bands; with many (thousands of articles), the pairs between the lowest-ending and the
 * highest-starting bands, which are disjoint whenever any pair is.
 */
function disjointPairs(bands: readonly Claim[][]): Array<[Claim, Claim]> {
  const firsts = bands.map((b) => b[0] as Claim);
  const out: Array<[Claim, Claim]> = [];
  if (firsts.length <= 12) {
    for (let i = 0; i < firsts.length; i++) {
      for (let j = i + 1; j < firsts.length; j++) {
        const a = firsts[i] as Claim;
        const b = firsts[j] as Claim;
        if (!bandsOverlap(a.value.band, b.value.band)) out.push([a, b]);
      }
    }
    return out;
  }
  const byHigh = [...firsts].sort((a, b) => high(a) - high(b)).slice(0, 5);
  const byLow = [...firsts].sort((a, b) => low(b) - low(a)).slice(0, 5);
  for (const a of byHigh) for (const b of byLow) if (a !== b && high(a) < low(b)) out.push([a, b]);
  return out;
}

/**
 * The verdict of a group and why: conflict when two claims' bands are disjoint (naming each
 * disjoint pair of values, with the first claim and speaker that stated each), agree when every
 * claim says the same exact value, compatible when the bands share a point, single when one
 * source speaks.
 */
export function judge(claims: readonly Claim[]): { verdict: Verdict; reason: string; conflicts: Array<[string, string]> } {
  const sources = [...new Set(claims.map((c) => c.source))];
  const bands = byBand(claims);
  const conflicts: Array<[string, string]> = [];
  const described: string[] = [];
  for (const [a, b] of disjointPairs(bands)) {
    conflicts.push([a.id, b.id]);
    described.push(`${a.text} (${who(a)}) vs ${b.text} (${who(b)})`);
  }
  const n = `${sources.length} source${sources.length === 1 ? "" : "s"}`;
  if (conflicts.length) {
    const more = described.length > 4 ? `; and ${described.length - 4} more` : "";
    return { verdict: "conflict", reason: `${n}: ${described.slice(0, 4).join("; ")}${more}`, conflicts };
  }
  const values = [...new Set(claims.map((c) => c.text.toLowerCase()))];
  if (sources.length === 1) return { verdict: "single", reason: `only ${sources[0]}: ${values.join(", ")}`, conflicts };
  const first = claims[0] as Claim;
  if (claims.every((c) => isExact(c) && c.value.low === first.value.low)) {
    return { verdict: "agree", reason: `${n}: ${first.value.low?.toLocaleString("en-US")}`, conflicts };
  }
  const rounded = claims.some((c) => c.quoted && c.qualifier === "exact" && c.value.band.low !== c.value.band.high);
  const why = rounded ? "ranges overlap (a quoted round number allows for rounding)" : "ranges overlap";
  return { verdict: "compatible", reason: `${n}: ${values.slice(0, 6).join(", ")}${values.length > 6 ? ", …" : ""}: ${why}`, conflicts };
}

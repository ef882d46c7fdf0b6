import { bandsOverlap } from "../normalize/interval.js";
import type { Claim } from "../schema/claim.js";
import type { Verdict } from "../schema/report.js";

const who = (c: Claim): string => (c.attribution.speaker ? `${c.source}, ${c.attribution.speaker}` : c.source);

const isExact = (c: Claim): boolean => c.qualifier === "exact" && c.value.low === c.value.high && c.value.band.low === c.value.band.high;

/** Claims by the band they state, in first-seen order: disjointness is decided per distinct band. */
function byBand(claims: readonly Claim[]): Claim[][] {
  const bands = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.value.band.low}|${c.value.band.high}`;
    bands.set(key, [...(bands.get(key) ?? []), c]);
  }
  return [...bands.values()];
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
  for (let i = 0; i < bands.length; i++) {
    for (let j = i + 1; j < bands.length; j++) {
      const a = bands[i]?.[0] as Claim;
      const b = bands[j]?.[0] as Claim;
      if (bandsOverlap(a.value.band, b.value.band)) continue;
      conflicts.push([a.id, b.id]);
      described.push(`${a.text} (${who(a)}) vs ${b.text} (${who(b)})`);
    }
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

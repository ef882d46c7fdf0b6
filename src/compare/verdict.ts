import { bandsOverlap } from "../normalize/interval.js";
import type { Claim } from "../schema/claim.js";
import type { Verdict } from "../schema/report.js";

const who = (c: Claim): string => (c.attribution.speaker ? `${c.source}, ${c.attribution.speaker}` : c.source);

const isExact = (c: Claim): boolean => c.qualifier === "exact" && c.value.low === c.value.high && c.value.band.low === c.value.band.high;

/**
 * The verdict of a group and why: conflict when two claims' bands are disjoint (naming each
 * pair and who said each), agree when every claim says the same exact value, compatible when
 * the bands share a point, single when one source speaks.
 */
export function judge(claims: readonly Claim[]): { verdict: Verdict; reason: string; conflicts: Array<[string, string]> } {
  const sources = [...new Set(claims.map((c) => c.source))];
  const conflicts: Array<[string, string]> = [];
  const described: string[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i] as Claim;
      const b = claims[j] as Claim;
      if (bandsOverlap(a.value.band, b.value.band)) continue;
      conflicts.push([a.id, b.id]);
      const text = `${a.text} (${who(a)}) vs ${b.text} (${who(b)})`;
      if (!described.includes(text)) described.push(text);
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
  return { verdict: "compatible", reason: `${n}: ${values.join(", ")}: ${why}`, conflicts };
}

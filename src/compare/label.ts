import { COUNTRIES } from "../lexicon/demonyms.js";
import type { Claim } from "../schema/claim.js";

/** The value given most often (of equal counts, the first in string order); null if none is given. */
function mostCommon(values: Array<string | null>): string | null {
  // Most groups hold one claim.
  if (values.length === 1) return values[0] || null;
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  // The largest count, and the least value among those that have it: what sorting the values and taking the first largest gave.
  let best: string | null = null;
  let n = 0;
  for (const [v, k] of counts) if (k > n || (k === n && best !== null && v < best)) { best = v; n = k; }
  return best;
}

/** "national:LT" → "Lithuanian nationals": one name for "six Lithuanians" and "six from Lithuania". */
function measureName(claims: readonly Claim[]): string | null {
  const key = mostCommon(claims.map((c) => c.measure.key));
  const code = key?.startsWith("national:") ? key.slice("national:".length) : null;
  if (code === "foreign") return "foreign nationals";
  const country = code ? COUNTRIES.find((c) => c.code === code) : undefined;
  if (country) return `${country.adjectives[0]} nationals`;
  return mostCommon(claims.map((c) => c.measure.text)) ?? key;
}

/** What a claim with no counted thing measures: its unit, or its kind. */
const kindName = (c: Claim): string =>
  c.kind === "clock" ? (c.unit === "utc" ? "time of day (UTC)" : "time of day") : c.unit ?? c.kind;

/** A short human label for a group: what is counted (or whom a term is about), what happened, when. */
export function labelOf(claims: readonly Claim[]): string {
  const first = claims[0] as Claim;
  const what = first.about.length
    ? `${mostCommon(claims.map((c) => c.about[0] ?? null))}: ${first.kind}`
    : measureName(claims) ?? kindName(first);
  const event = mostCommon(claims.map((c) => c.event));
  const time = mostCommon(claims.map((c) => c.time?.value ?? null));
  return [what, event ? `(${event})` : null, time ? `@ ${time}` : null].filter(Boolean).join(" ");
}

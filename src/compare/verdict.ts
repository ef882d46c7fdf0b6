import { groupBy } from "../core/group-by.js";
import { clockText } from "../normalize/clock.js";
import { bandsOverlap } from "../normalize/interval.js";
import { scaled, scaleOf, unitName } from "../normalize/unit-scale.js";
import type { Claim } from "../schema/claim.js";
import type { Verdict } from "../schema/report.js";
import type { Stage } from "../normalize/stage.js";
import { reconcile, rounds, type Context } from "./reconcile.js";

const who = (c: Claim): string => (c.attribution.speaker ? `${c.source}, ${c.attribution.speaker}` : c.source);

/**
 * Numbers as toLocaleString("en-US") writes them, with one formatter: toLocaleString makes a
 * new one at each call, and a thousand articles' groups called it thousands of times.
 */
const EN_US = new Intl.NumberFormat("en-US");

/** An agreed value as a reader writes it: 1,300 people, but the year 2022. */
const shown = (c: Claim): string =>
  c.kind === "year" ? String(c.value.low) : c.kind === "clock" && c.value.low !== null ? clockText(c.value.low) : c.value.low === null ? "" : EN_US.format(c.value.low);

const isExact = (c: Claim): boolean => c.qualifier === "exact" && c.value.low === c.value.high && c.value.band.low === c.value.band.high;

/**
 * Claims by the band they state, in first-seen order: disjointness is decided per distinct band.
 * Keyed by the two ends themselves (a map of highs per low), not by a string made of them per
 * claim: numbers and null are equal as Map keys exactly when their strings are.
 */
function byBand(claims: readonly Claim[]): Claim[][] {
  const lows = new Map<number | null, Map<number | null, Claim[]>>();
  const out: Claim[][] = [];
  for (const c of claims) {
    const { low, high } = c.value.band;
    let highs = lows.get(low);
    if (!highs) lows.set(low, (highs = new Map()));
    const band = highs.get(high);
    if (band) band.push(c);
    else { const fresh = [c]; highs.set(high, fresh); out.push(fresh); }
  }
  return out;
}

const low = (c: Claim): number => c.value.band.low ?? -Infinity;
const high = (c: Claim): number => c.value.band.high ?? Infinity;

/** Claims of one band tried against another band's: a few, so a reconciled pair does not hide an unreconciled one, and a band stated by thousands does not cost millions of checks. */
const CLAIMS_PER_BAND = 3;

/** Bands compared pairwise at most; beyond, only the extremes (thousands of articles). */
const MAX_BANDS = 24;

/**
 * Disjoint pairs of claims, from distinct bands: every pair of claims of two disjoint bands, so
 * that a pair a reconciliation does not explain is found if there is one. With many bands, the
 * lowest-ending against the highest-starting.
 */
function disjointPairs(claims: readonly Claim[]): Array<[Claim, Claim]> {
  // One claim is one band: most groups hold a single claim.
  if (claims.length < 2) return [];
  let bands = byBand(claims);
  if (bands.length > MAX_BANDS) {
    const byHigh = [...bands].sort((a, b) => high(a[0] as Claim) - high(b[0] as Claim)).slice(0, MAX_BANDS / 2);
    const byLow = [...bands].sort((a, b) => low(b[0] as Claim) - low(a[0] as Claim)).slice(0, MAX_BANDS / 2);
    bands = [...new Set([...byHigh, ...byLow])];
  }
  const out: Array<[Claim, Claim]> = [];
  for (let i = 0; i < bands.length; i++) {
    for (let j = i + 1; j < bands.length; j++) {
      const x = bands[i] as Claim[];
      const y = bands[j] as Claim[];
      if (bandsOverlap((x[0] as Claim).value.band, (y[0] as Claim).value.band)) continue;
      for (const a of x.slice(0, CLAIMS_PER_BAND)) for (const b of y.slice(0, CLAIMS_PER_BAND)) out.push([a, b]);
    }
  }
  return out;
}

/**
 * A value two sources both give, besides the pair that differs: then the differing figure of one
 * of them is another quantity that alignment joined (an earlier figure, a part, a forecast), not
 * a disagreement between the two: they agree on the value they share.
 */
function sharedValue(a: Claim, b: Claim, bySource: ReadonlyMap<string, readonly Claim[]>): Claim | null {
  const mine = bySource.get(a.source) ?? [];
  const theirs = bySource.get(b.source) ?? [];
  if (mine.length < 2 && theirs.length < 2) return null;
  // Only a figure stated exactly is shared: "thousands" or "more than 1,000" fit many figures.
  for (const x of mine.slice(0, 16)) {
    if (!isExact(x)) continue;
    for (const y of theirs.slice(0, 16)) if (isExact(y) && bandsOverlap(x.value.band, y.value.band)) return x;
  }
  return null;
}

/** "1 source", "3 sources": how a reason opens. */
const sourceCount = (sources: readonly string[]): string => `${sources.length} source${sources.length === 1 ? "" : "s"}`;

/** The distinct values of claims, in first-seen order (a Set filled directly, with no array of every value). */
function distinct(claims: readonly Claim[], valueOf: (c: Claim) => string): string[] {
  const seen = new Set<string>();
  for (const c of claims) seen.add(valueOf(c));
  return [...seen];
}

export type Judgement = { verdict: Verdict; reason: string; conflicts: Array<[string, string]> };

/**
 * A figure several sources give, one of them as a forecast or a count as it stood ("as of
 * Thursday evening, 80 were detained"), is that forecast or partial count in every source that
 * repeats it without saying so ("80 were arrested"). Read on first use, and only for the values
 * asked about: most groups never ask, and a group of hundreds of claims asks of a few values.
 */
function sharedStages(claims: readonly Claim[], context: Context): Context {
  let byValue: Map<number, Claim[]> | undefined;
  const marked = new Map<number, Stage | null>();
  // The stage of the first exact claim of this value that is not a result, if one is.
  const markedStage = (value: number): Stage | null => {
    let stage = marked.get(value);
    if (stage !== undefined) return stage;
    byValue ??= groupBy(claims.filter((c) => isExact(c) && c.value.low !== null), (c) => c.value.low as number);
    stage = null;
    for (const c of byValue.get(value) ?? []) {
      const own = context.stage(c);
      if (own !== "result") { stage = own; break; }
    }
    marked.set(value, stage);
    return stage;
  };
  return { ...context, stage: (c) => (isExact(c) && c.value.low !== null && markedStage(c.value.low)) || context.stage(c) };
}

/**
 * The verdict of a group and why. Conflict only when two claims' bands are disjoint and nothing
 * reconciles them (see reconcile: loosely matched frames, different dates, forecast against
 * result, estimate against statement, rounding); the reason names each such pair and who said
 * it. Agree when every claim says the same exact value; compatible when bands share a point or
 * every difference is reconciled, saying how; single when one source speaks.
 */
export function judge(written: readonly Claim[], given: Context): Judgement {
  const converted = inOneUnit(written);
  const judgement = judgeValues(converted?.claims ?? written, given);
  if (!converted) return judgement;
  // The values were compared in one unit; the reason says so, and an agreement names them as written.
  const reason = judgement.verdict === "agree"
    ? `${sourceCount(distinct(written, (c) => c.source))}: ${distinct(written, (c) => c.text.toLowerCase()).join(" = ")}`
    : `${judgement.reason} (compared in ${unitName(converted.base)})`;
  return { ...judgement, reason };
}

/**
 * A group whose claims give one dimension in several units ("two to three weeks", "at least 15
 * days") as copies in its base unit, or null when they share one unit or do not convert.
 */
function inOneUnit(claims: readonly Claim[]): { claims: Claim[]; base: string } | null {
  const first = claims[0];
  if (!first || claims.every((c) => c.unit === first.unit)) return null;
  const base = scaleOf(first)?.base;
  if (!base || !claims.every((c) => scaleOf(c)?.base === base)) return null;
  return { base, claims: claims.map((c) => ({ ...c, unit: base, value: scaled(c.value, scaleOf(c)?.factor ?? 1) })) };
}

/**
 * The first of the claims that report what happened (stage "result"), when they all give its
 * exact value, come from two sources or more, and stand beside at least one forecast or
 * partial count; else null. Stages are read in order and the search stops at the first result
 * that differs: reading the stage of every claim of a large group cost more than the rest.
 */
function agreedOutcome(claims: readonly Claim[], context: Context): Claim | null {
  let first: Claim | null = null;
  let second = false;
  let others = false;
  for (const c of claims) {
    if (context.stage(c) !== "result") { others = true; continue; }
    if (!first) {
      if (!isExact(c)) return null;
      first = c;
    } else if (!isExact(c) || c.value.low !== first.value.low) return null;
    else if (c.source !== first.source) second = true;
  }
  return first && second && others ? first : null;
}

/** The verdict on claims whose values are in one unit. */
function judgeValues(claims: readonly Claim[], given: Context): Judgement {
  const context = sharedStages(claims, given);
  const sources = distinct(claims, (c) => c.source);
  const conflicts: Array<[string, string]> = [];
  const described: string[] = [];
  const reconciled = new Map<string, string>();
  // Read only for a disjoint pair, which most groups have none of.
  let bySource: Map<string, Claim[]> | undefined;
  for (const [a, b] of disjointPairs(claims)) {
    const shared = a.source === b.source || rounds(a, b) ? null : sharedValue(a, b, (bySource ??= groupBy(claims, (c) => c.source)));
    const why = shared
      ? `${a.source} and ${b.source} both also give ${shared.text}: the other figure is of another time or part`
      : reconcile(a, b, context);
    if (why === null) {
      if (described.length < 64) described.push(`${a.text} (${who(a)}) vs ${b.text} (${who(b)})`);
      conflicts.push([a.id, b.id]);
    } else if (!reconciled.has(why)) reconciled.set(why, `${a.text} and ${b.text}: ${why}`);
  }
  const n = sourceCount(sources);
  if (conflicts.length) {
    const unique = [...new Set(described)];
    const more = unique.length > 4 ? `; and ${unique.length - 4} more` : "";
    return { verdict: "conflict", reason: `${n}: ${unique.slice(0, 4).join("; ")}${more}`, conflicts };
  }
  // The values as written, for the reasons that list them (not for an agreement, which names one).
  const valuesOf = (): string[] => distinct(claims, (c) => c.text.toLowerCase());
  if (sources.length === 1) return { verdict: "single", reason: `only ${sources[0]}: ${valuesOf().join(", ")}`, conflicts };
  const first = claims[0] as Claim;
  if (claims.every((c) => isExact(c) && c.value.low === first.value.low)) {
    return { verdict: "agree", reason: `${n}: ${shown(first)}`, conflicts };
  }
  // The outcome told alike by several sources, beside a forecast or a partial count of it: the
  // figures that report what happened agree, and the others are not disagreements.
  const outcome = agreedOutcome(claims, context);
  if (outcome) {
    const others = [...new Set(claims.filter((c) => context.stage(c) !== "result").map((c) => `${c.text} (${context.stage(c)})`))];
    return { verdict: "agree", reason: `${n}: ${shown(outcome)}; beside it ${others.slice(0, 3).join(", ")}${others.length > 3 ? ", …" : ""}, not the outcome`, conflicts };
  }
  const rounded = claims.some((c) => c.quoted && c.qualifier === "exact" && c.value.band.low !== c.value.band.high);
  const overlap = rounded ? "ranges overlap (a quoted round number allows for rounding)" : "ranges overlap";
  const why = reconciled.size ? [...reconciled.values()].slice(0, 3).join("; ") : overlap;
  const values = valuesOf();
  return { verdict: "compatible", reason: `${n}: ${values.slice(0, 6).join(", ")}${values.length > 6 ? ", …" : ""}: ${why}`, conflicts };
}

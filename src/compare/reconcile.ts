import { CHANGE_EVENTS, CHANGE_NOUNS } from "../lexicon/event-verbs.js";
import { atClaim } from "../normalize/at-claim.js";
import { roundingUnit } from "../normalize/parse-digits.js";
import { placeOf } from "../normalize/place.js";
import { isForecasters, stageOf, type Stage } from "../normalize/stage.js";
import { parseTime, pointsCompatible } from "../normalize/time.js";
import type { Claim } from "../schema/claim.js";
import { eventsDiffer } from "../similarity/affinity.js";
import { CONFLICT_STRENGTH, FAR_WEIGHT } from "../similarity/weights.js";

/** The time a claim speaks of: its own, else its article's date. */
export type References = ReadonlyMap<string, string | null>;

/**
 * What a verdict knows beside the claims: each source's date, and how strongly two claims'
 * frames (values aside) say they are one quantity, on the alignment's scale.
 */
export type Context = {
  references: References; strength: (a: Claim, b: Claim) => number; stage: (c: Claim) => Stage;
  /** Where the figure was counted, as its clause says (see normalize/place). */
  place: (c: Claim) => string | null;
};

/** Whether a claim's forecast is a forecaster's (analysts, a poll, a consensus). */
const forecasters = atClaim(isForecasters);

/** Where a claim's figure was counted, read from its clause. */
export const claimPlace = atClaim(placeOf);

/** Whether a claim's figure is a forecast, a partial count or a result, read from its clause. */
export const claimStage = atClaim(stageOf);

const timeOf = (c: Claim, refs: References): string | null => c.time?.value ?? refs.get(c.source) ?? null;

const bareChange = (c: Claim): boolean =>
  c.kind === "percent" && (c.measure.key === null ? c.event !== null && CHANGE_EVENTS.has(c.event) : CHANGE_NOUNS[c.measure.key] !== undefined);

/** Both claims count the same class of thing, with no other event and no other holder. */
function framesMatch(a: Claim, b: Claim): boolean {
  if (a.event && b.event && eventsDiffer(a.event, b.event)) return false;
  if (a.about.join("|") !== b.about.join("|")) return false;
  if (ownedByPerson(a)) return true;
  if (PER_PERSON.has(a.kind) && a.about.length > 0) return a.kind === b.kind;
  // A time of day counts nothing: what it times ("the first aftershock came at") is in its
  // words, which the frames' strength weighs.
  if (a.kind === "clock" || b.kind === "clock") return a.kind === b.kind;

  // A share that rose or fell ("up 15% from the previous quarter", "a 16% increase") without the
  // noun of what changed says too little: a results story tells revenue, a segment and earnings
  // per share each rising by some percent.
  if (bareChange(a) || bareChange(b)) return false;
  // With no counted noun on either side, the event has to say what they count ("revised down by
  // a combined 258,000" and "combined 285,000 lower"): two bare dollar figures say too little.
  if (a.measure.key === null) return b.measure.key === null && a.event !== null && a.event === b.event;
  return a.measure.key === b.measure.key;
}

/** Years and ages are labels written in full: 2020 does not round 2021. */
const ROUNDED_KINDS = new Set(["count", "money", "percent", "measure", "duration"]);

const PER_PERSON = new Set(["age", "duration", "year"]);
const ONCE_EVENTS = new Set(["sentence", "die", "release", "deport", "charge", "birth"]);

/**
 * Two years or terms of one person for one event that happens to a person once in a story
 * ("sentenced in 2020", "sentenced … in 2021"). Elections and budgets recur: a leader elected
 * in 2014 and in 2024 is no contradiction.
 */
const sameEventOfPerson = (a: Claim, b: Claim): boolean =>
  PER_PERSON.has(a.kind) && a.about.length > 0 && a.event !== null && a.event === b.event && ONCE_EVENTS.has(a.event);

/**
 * An age said of one named person: the person pins the quantity down. A person has many years
 * and terms (elected in 2014 and in 2024; 25 years given, 100 years faced): those need the
 * frames' evidence like any count.
 */
const ownedByPerson = (c: Claim): boolean => c.kind === "age" && c.about.length > 0;

/**
 * Police and organisers count a crowd by different methods, and coverage reports both as
 * theirs: two figures for a crowd, one of them given by a named counter and the other not by
 * the same one, are two counts.
 */
function countersDiffer(a: Claim, b: Claim): boolean {
  const x = a.attribution.speaker?.toLowerCase() ?? null;
  const y = b.attribution.speaker?.toLowerCase() ?? null;
  // One of them may name no verb ("the CGT announced the participation of 800,000"): a crowd still.
  const crowd = (a.event === "protest" || b.event === "protest") && (a.event ?? "protest") === "protest" && (b.event ?? "protest") === "protest";
  return crowd && (x !== null || y !== null) && x !== y;
}

/**
 * How many times apart two disjoint bands are, nearest end to nearest end.
 */
function apart(a: Claim, b: Claim): number {
  const [lo, hi] = (a.value.band.high ?? Infinity) < (b.value.band.low ?? -Infinity) ? [a, b] : [b, a];
  const top = lo.value.band.high;
  const bottom = hi.value.band.low;
  if (top === null || bottom === null || top <= 0 || bottom <= 0) return 1;
  return bottom / top;
}

/**
 * The frame evidence a conflict needs, growing with how far apart the values are. Outlets that
 * disagree on one figure mostly disagree by a slip, a rounding or an update (241 and 242, 31%
 * and 32%, 1,064 and 1,200); figures several times apart are more often two quantities that
 * alignment joined, so the further apart, the surer the frames must be.
 */
const needed = (a: Claim, b: Claim): number => CONFLICT_STRENGTH + FAR_WEIGHT * Math.log2(apart(a, b));

/** "$28 billion" for $27.96 billion: the other value lies within the rounding of the rounder one. */
export function rounds(a: Claim, b: Claim): boolean {
  if (!ROUNDED_KINDS.has(a.kind)) return false;
  const x = a.value.low;
  const y = b.value.low;
  if (x === null || y === null || a.value.high !== x || b.value.high !== y || x === y) return false;
  const [round, other] = roundingUnit(x) >= roundingUnit(y) ? [x, y] : [y, x];
  return Math.abs(round - other) <= roundingUnit(round) / 2 && Math.abs(round - other) <= 0.03 * Math.abs(round);
}

/**
 * Why two claims of one group whose values are disjoint need not contradict each other, or null
 * when nothing does and the pair is a conflict. Checked in this order, the first that applies:
 * rounding; the same source gives both; not the same frame; a vague amount; a crowd by two counters; too far apart for
 * how weakly the wording matches; different times (an update); a forecast, demand or partial
 * count against a result.
 */
export function reconcile(a: Claim, b: Claim, { references: refs, strength, stage, place }: Context): string | null {
  // "$69 billion" for $68.7 billion explains the pair best, whoever gives them and however worded.
  if (rounds(a, b)) return ROUNDING;
  if (a.source === b.source) return "one source gives both (an earlier and a later figure, or two parts)";
  if (!framesMatch(a, b)) return "not the same counted thing, event or holder, so no conflict is claimed";
  if (a.qualifier === "vague" || b.qualifier === "vague") return `"${(a.qualifier === "vague" ? a : b).text}" is a manner of speaking, not a count to contradict`;
  if (a.kind === "year" && !(a.event !== null && a.event === b.event && ONCE_EVENTS.has(a.event))) {
    return "two years of an event that recurs (elections, results, budgets): two occasions, not one date told two ways";
  }
  const pa = place(a);
  const pb = place(b);
  if (pa && pb && pa !== pb) return `counted in different places (${pa}; ${pb})`;
  if (countersDiffer(a, b)) return `a crowd counted by ${a.attribution.speaker ?? a.source} and by ${b.attribution.speaker ?? b.source}: counters count by different methods`;
  if (!ownedByPerson(a) && !sameEventOfPerson(a, b) && strength(a, b) < needed(a, b)) {
    return `${apart(a, b).toFixed(2)} times apart, and their wording agrees too little to be sure they are one quantity`;
  }
  const ta = timeOf(a, refs);
  const tb = timeOf(b, refs);
  if (ta && tb && !pointsCompatible(parseTime(ta), parseTime(tb))) return `figures of different dates (${ta}, ${tb}): an update`;
  if (a.kind !== "year" && ((ta === null && b.time?.value) || (tb === null && a.time?.value))) {
    return `only one sentence says its time (${ta ?? tb}) and the other article is undated: the figures may be of different times`;
  }
  const sa = stage(a);
  const sb = stage(b);
  if (sa !== sb) return `a ${sa} against a ${sb}`;
  // Forecasters differ by design: two polls of economists are two forecasts, not one told two ways.
  if (sa === "forecast" && forecasters(a) && forecasters(b)) return "two forecasts (two forecasters or polls): neither is the outcome";
  return null;
}

const ROUNDING = "one rounds the other";

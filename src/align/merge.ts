import { CHANGE_EVENTS } from "../lexicon/event-verbs.js";
import { affinity, cannotLink } from "../similarity/affinity.js";
import type { Profile } from "../similarity/profile.js";
import { MAX_SPREAD, MERGE_GUARD, VOICE_SPREAD } from "../similarity/weights.js";
import type { EdgeList } from "./edge-list.js";

/** Members sampled on each side when two groups are about to merge. */
const SAMPLE = 3;

/**
 * What the merge reads of each profile, in columns by profile index, read once in profile
 * order: pairs come strongest first, in no order of position, and reading these from each
 * pair's scattered claim objects cost more than the checks themselves. Voices and constraint
 * keys are ids: equal ids exactly when the strings are equal. Where a figure's sentence starts
 * and who it quotes are read only when two figures of one voice are disjoint, which few are.
 */
type Columns = {
  voice: Int32Array; constraint: Int32Array; low: Float64Array; high: Float64Array;
  /** How many distinct constraint keys there are. */
  keys: number;
  sentenceOf(i: number): number;
  /** The quoted speaker, lower-cased, as an id. */
  speakerOf(i: number): number;
};

function columnsOf(profiles: readonly Profile[]): Columns {
  const n = profiles.length;
  const voice = new Int32Array(n);
  const constraint = new Int32Array(n);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  const voices = new Map<string, number>();
  const constraints = new Map<string, number>();
  profiles.forEach((p, i) => {
    voice[i] = idOf(voices, p.voice);
    constraint[i] = idOf(constraints, constraintKey(p));
    low[i] = p.low;
    high[i] = p.high;
  });
  const speakers = new Map<string, number>();
  const speaker = new Int32Array(n).fill(-1);
  return {
    voice, constraint, low, high, keys: constraints.size,
    sentenceOf: (i) => (profiles[i] as Profile).claim.sentenceStart,
    speakerOf(i) {
      if ((speaker[i] as number) < 0) speaker[i] = idOf(speakers, (profiles[i] as Profile).claim.attribution.speaker?.toLowerCase() ?? "");
      return speaker[i] as number;
    },
  };
}

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

/**
 * A group: its members (profile indexes), the bands each voice stated, and one member for each
 * distinct set of the fields hard constraints read (holder, nationality, kind, times): checking
 * those few stands for checking every pair, so a merge costs little however large the groups.
 * They are a few (a list searched costs less than a map for the many groups of one claim).
 * Its spread is the hull of every member's band, and the least and most of its figures as
 * written (a band's finite end).
 */
type Group = Hull & { least: number; most: number; id: number; members: number[]; voices: Map<number, Voice>; constraints: number[]; events: Map<string, number> };

/**
 * What a voice's bands in a group need to be checked against another's: bands pairwise share a
 * point exactly when the highest low is at most the lowest high, so two numbers stand for them all.
 */
type Hull = { maxLow: number; minHigh: number };

/**
 * A source's bands in a group: all of them as one hull, and each figure on its own (its profile
 * index: where its sentence starts, who it quotes and its band are in the columns). A source
 * states few figures of one quantity, and a plain list costs less than maps for the many
 * groups of one claim.
 */
type Voice = Hull & { statements: number[] };

const disjoint = (x: Hull, y: Hull): boolean => x.maxLow > y.minHigh || y.maxLow > x.minHigh;

/** Widens a hull, in place, by another: the hulls of a group that merges away are not read again. */
function widen(into: Hull, from: Hull): void {
  into.maxLow = Math.max(into.maxLow, from.maxLow);
  into.minHigh = Math.min(into.minHigh, from.minHigh);
}

/** The fields cannotLink reads: the value too for a year or an ordinal, as two different ones link only as one person's. */
const constraintKey = (p: Profile): string =>
  `${p.about}|${p.measure?.startsWith("national:") ? p.measure : ""}|${p.kind}|${p.timeText ?? ""}|${p.since}|${p.year ?? ""}|${p.kind === "year" || p.kind === "ordinal" ? p.low : ""}`;

/** Two bands of one voice, as the highest low and the lowest high: disjoint, and further apart than an update. */
const tooFar = (low: number, high: number): boolean => low > high && !(high > 0 && low / high <= VOICE_SPREAD);

/**
 * One source never gives two values for one quantity further apart than an updated or revised
 * figure ("205 dead", later "217 dead"); nor two values in one sentence ("40 seats, down from
 * 47", "from 65 to 67" set two quantities side by side); nor two values of two speakers (the
 * ministry's 87 detained and the monitors' "more than 100" are two counts).
 */
function voicesAgree(a: Group, b: Group, { sentenceOf, speakerOf, low, high }: Columns): boolean {
  const [small, large] = a.voices.size <= b.voices.size ? [a, b] : [b, a];
  for (const [name, voice] of small.voices) {
    const other = large.voices.get(name);
    if (!other) continue;
    if (tooFar(voice.maxLow, other.minHigh) || tooFar(other.maxLow, voice.minHigh)) return false;
    if (!disjoint(voice, other)) continue;
    for (const x of voice.statements) {
      for (const y of other.statements) {
        if (!((low[x] as number) > (high[y] as number) || (low[y] as number) > (high[x] as number))) continue;
        if (sentenceOf(x) === sentenceOf(y) || speakerOf(x) !== speakerOf(y)) return false;
      }
    }
  }
  return true;
}

/**
 * One quantity told many ways still stays within bounds: "two" and "133" are not one count,
 * however alike their sentences. The highest low against the lowest high, over every member;
 * and the largest figure as written against the smallest.
 */
function spreadFits(a: Group, b: Group): boolean {
  const maxLow = Math.max(a.maxLow, b.maxLow);
  const minHigh = Math.min(a.minHigh, b.minHigh);
  if (minHigh > 0 && maxLow / minHigh > MAX_SPREAD) return false;
  // A bound's band reaches forever ("at least 20" overlaps 20 million): its figure as written still counts.
  const least = Math.min(a.least, b.least);
  const most = Math.max(a.most, b.most);
  return !(least > 0 && most / least > MAX_SPREAD);
}

/**
/**
 * What a group's members mostly say happened: the event at least half of its members name
 * (a direction of change aside: "rose to 217" still counts deaths), or null when none does.
 */
function mainEvent(g: Group): string | null {
  for (const [event, n] of g.events) if (2 * n >= g.members.length) return event;
  return null;
}

/**
 * Two groups that each mostly name an event, and not the same one, are two quantities however
 * alike their words: the dead and the missing of one flood, the arrested and the injured of
 * one protest. One misread event does not decide it, a group's majority does.
 */
function eventsClash(a: Group, b: Group): boolean {
  const x = mainEvent(a);
  const y = mainEvent(b);
  return x !== null && y !== null && x !== y;
}

/**
 * Whether two claims may never be one quantity (cannotLink), once per pair of constraint keys:
 * cannotLink reads only the fields the key is made of, and large groups meet many others.
 */
function constraintChecker(profiles: readonly Profile[], { constraint, keys }: Columns): (x: number, y: number) => boolean {
  const known = new Map<number, boolean>();
  return (x, y) => {
    const pair = (constraint[x] as number) * keys + (constraint[y] as number);
    let forbidden = known.get(pair);
    if (forbidden === undefined) known.set(pair, (forbidden = cannotLink(profiles[x] as Profile, profiles[y] as Profile)));
    return forbidden;
  };
}

/** Every member pair free of hard constraints, and the sampled members alike on average (no chains). */
function mayMerge(a: Group, b: Group, profiles: readonly Profile[], columns: Columns, forbids: (x: number, y: number) => boolean): boolean {
  if (!voicesAgree(a, b, columns) || !spreadFits(a, b) || eventsClash(a, b)) return false;
  for (const x of a.constraints) for (const y of b.constraints) if (forbids(x, y)) return false;
  if (a.members.length === 1 && b.members.length === 1) return true;
  let sum = 0;
  let n = 0;
  // Indexes, not slices: this runs for most pairs merged, and the samples need no copies.
  const na = Math.min(a.members.length, SAMPLE);
  const nb = Math.min(b.members.length, SAMPLE);
  for (let i = 0; i < na; i++) {
    for (let j = 0; j < nb; j++) { sum += affinity(profiles[a.members[i] as number] as Profile, profiles[b.members[j] as number] as Profile); n++; }
  }
  return sum / n >= MERGE_GUARD;
}

const eventsOf = (p: Profile): Map<string, number> => (p.event && !CHANGE_EVENTS.has(p.event) ? new Map([[p.event, 1]]) : new Map());

/** A profile's group before any merge. */
function alone(index: number, profiles: readonly Profile[], { voice, low, high }: Columns): Group {
  const maxLow = low[index] as number;
  const minHigh = high[index] as number;
  const written = Number.isFinite(maxLow) ? maxLow : minHigh;
  return {
    least: written, most: written,
    id: index, maxLow, minHigh, members: [index],
    voices: new Map<number, Voice>().set(voice[index] as number, { maxLow, minHigh, statements: [index] }),
    constraints: [index], events: eventsOf(profiles[index] as Profile),
  };
}

/**
 * Pairs of group ids refused, as a set of the higher ids per lower id: one number for the pair
 * (lower × count + higher) outgrew the small integers at 150,000 claims, and each was a new
 * heap number to hash.
 */
function refusals(): { has(low: number, high: number): boolean; add(low: number, high: number): void } {
  const byLow = new Map<number, Set<number>>();
  return {
    has: (low, high) => byLow.get(low)?.has(high) === true,
    add(low, high) {
      let highs = byLow.get(low);
      if (!highs) byLow.set(low, (highs = new Set()));
      highs.add(high);
    },
  };
}

const isVague = (p: Profile | undefined): boolean => p?.claim.qualifier === "vague";

/**
 * Groups from scored pairs, strongest pair first (ties by position, so the result is fixed): a
 * pair joins its two groups when no constraint forbids it. Groups come out in the order of their
 * first member.
 */
export function mergeAll(profiles: readonly Profile[], edges: EdgeList, linking: Iterable<number>): Profile[][] {
  // A profile's own group is made when a pair first reaches it, not for every profile up front:
  // most are merged away soon after, and a group that dies young costs the collector nothing,
  // where 150,000 made at once all lived through collections and were copied.
  const columns = columnsOf(profiles);
  const forbids = constraintChecker(profiles, columns);
  const groupOf: Array<Group | undefined> = new Array(profiles.length);
  const groupAt = (index: number): Group => groupOf[index] ?? (groupOf[index] = alone(index, profiles, columns));
  const refused = refusals();
  for (const e of edges.strongestFirst(linking)) {
    const ia = edges.a[e] as number;
    const ib = edges.b[e] as number;
    const a = groupAt(ia);
    const b = groupAt(ib);
    if (a === b) continue;
    // A refusal stands while both groups do: merging only adds constraints, and a surviving
    // group keeps the first members the guard samples. Large groups meet over many pairs.
    const low = Math.min(a.id, b.id);
    const high = Math.max(a.id, b.id);
    if (refused.has(low, high)) continue;
    if (!mayMerge(a, b, profiles, columns, forbids)) { refused.add(low, high); continue; }
    // "thousands" overlaps 5,000 and 20,000 alike: a vague amount may join a group, never bridge two.
    if (a.members.length > 1 && b.members.length > 1 && (isVague(profiles[ia]) || isVague(profiles[ib]))) continue;
    const [into, from] = a.members.length >= b.members.length ? [a, b] : [b, a];
    for (const m of from.members) { into.members.push(m); groupOf[m] = into; }
    for (const [name, voice] of from.voices) {
      const own = into.voices.get(name);
      if (!own) { into.voices.set(name, voice); continue; }
      widen(own, voice);
      for (const statement of voice.statements) own.statements.push(statement);
    }
    for (const x of from.constraints) {
      if (!into.constraints.some((y) => columns.constraint[y] === columns.constraint[x])) into.constraints.push(x);
    }
    widen(into, from);
    into.least = Math.min(into.least, from.least);
    into.most = Math.max(into.most, from.most);
    for (const [event, n] of from.events) into.events.set(event, (into.events.get(event) ?? 0) + n);
  }
  const out: Profile[][] = [];
  const seen = new Set<Group>();
  profiles.forEach((p, index) => {
    const g = groupOf[index];
    if (!g) out.push([p]);
    else if (!seen.has(g)) {
      seen.add(g);
      out.push([...g.members].sort((x, y) => x - y).map((m) => profiles[m] as Profile));
    }
  });
  return out;
}

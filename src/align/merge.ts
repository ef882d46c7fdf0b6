import { CHANGE_EVENTS } from "../lexicon/event-verbs.js";
import { affinity, cannotLink } from "../similarity/affinity.js";
import type { Profile } from "../similarity/profile.js";
import { MAX_SPREAD, MERGE_GUARD, VOICE_SPREAD } from "../similarity/weights.js";
import type { EdgeList } from "./edge-list.js";

/** Members sampled on each side when two groups are about to merge. */
const SAMPLE = 3;

type Member = { p: Profile; index: number };

/**
 * A group: its members, the bands each voice stated, and one member for each distinct set of
 * the fields hard constraints read (holder, nationality, kind, times): checking those few
 * stands for checking every pair, so a merge costs little however large the groups.
 */
type Group = { id: number; members: Member[]; voices: Map<string, Voice>; constraints: Map<string, Profile>; spread: Hull; events: Map<string, number> };

/**
 * What a voice's bands in a group need to be checked against another's: bands pairwise share a
 * point exactly when the highest low is at most the lowest high, so two numbers stand for them all.
 */
type Hull = { maxLow: number; minHigh: number };

/** One figure of a source in a group: where its sentence starts, who it quotes, its band. */
type Statement = { sentence: number; speaker: string; low: number; high: number };

/**
 * A source's bands in a group: all of them as one hull, and each figure on its own (a source
 * states few figures of one quantity, and a plain list costs less than maps for the many
 * groups of one claim).
 */
type Voice = { hull: Hull; statements: Statement[] };

const disjoint = (x: Hull, y: Hull): boolean => x.maxLow > y.minHigh || y.maxLow > x.minHigh;
const joined = (x: Hull, y: Hull): Hull => ({ maxLow: Math.max(x.maxLow, y.maxLow), minHigh: Math.min(x.minHigh, y.minHigh) });

function voiceOf(p: Profile): Voice {
  return {
    hull: { maxLow: p.low, minHigh: p.high },
    statements: [{ sentence: p.claim.sentenceStart, speaker: p.claim.attribution.speaker?.toLowerCase() ?? "", low: p.low, high: p.high }],
  };
}

/** The fields cannotLink reads: the value too for a year, as two different years link only as one person's. */
const constraintKey = (p: Profile): string =>
  `${p.about}|${p.measure?.startsWith("national:") ? p.measure : ""}|${p.claim.kind}|${p.claim.time?.value ?? ""}|${p.since}|${p.year ?? ""}|${p.claim.kind === "year" ? p.low : ""}`;

/** Two bands of one voice, as the highest low and the lowest high: disjoint, and further apart than an update. */
const tooFar = (low: number, high: number): boolean => low > high && !(high > 0 && low / high <= VOICE_SPREAD);

/**
 * One source never gives two values for one quantity further apart than an updated or revised
 * figure ("205 dead", later "217 dead"); nor two values in one sentence ("40 seats, down from
 * 47", "from 65 to 67" set two quantities side by side); nor two values of two speakers (the
 * ministry's 87 detained and the monitors' "more than 100" are two counts).
 */
function voicesAgree(a: Group, b: Group): boolean {
  const [small, large] = a.voices.size <= b.voices.size ? [a, b] : [b, a];
  for (const [name, voice] of small.voices) {
    const other = large.voices.get(name);
    if (!other) continue;
    if (tooFar(voice.hull.maxLow, other.hull.minHigh) || tooFar(other.hull.maxLow, voice.hull.minHigh)) return false;
    if (!disjoint(voice.hull, other.hull)) continue;
    for (const x of voice.statements) {
      for (const y of other.statements) {
        if ((x.sentence === y.sentence || x.speaker !== y.speaker) && (x.low > y.high || y.low > x.high)) return false;
      }
    }
  }
  return true;
}

/**
 * One quantity told many ways still stays within bounds: "two" and "133" are not one count,
 * however alike their sentences. The highest low against the lowest high, over every member.
 */
function spreadFits(a: Group, b: Group): boolean {
  const maxLow = Math.max(a.spread.maxLow, b.spread.maxLow);
  const minHigh = Math.min(a.spread.minHigh, b.spread.minHigh);
  return !(minHigh > 0 && maxLow / minHigh > MAX_SPREAD);
}

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

/** Every member pair free of hard constraints, and the sampled members alike on average (no chains). */
function mayMerge(a: Group, b: Group): boolean {
  if (!voicesAgree(a, b) || !spreadFits(a, b) || eventsClash(a, b)) return false;
  for (const x of a.constraints.values()) for (const y of b.constraints.values()) if (cannotLink(x, y)) return false;
  if (a.members.length === 1 && b.members.length === 1) return true;
  let sum = 0;
  let n = 0;
  // Indexes, not slices: this runs for most pairs merged, and the samples need no copies.
  const na = Math.min(a.members.length, SAMPLE);
  const nb = Math.min(b.members.length, SAMPLE);
  for (let i = 0; i < na; i++) for (let j = 0; j < nb; j++) { sum += affinity((a.members[i] as Member).p, (b.members[j] as Member).p); n++; }
  return sum / n >= MERGE_GUARD;
}

/** A profile's group before any merge. */
function alone(p: Profile, index: number): Group {
  return {
    id: index, spread: { maxLow: p.low, minHigh: p.high }, members: [{ p, index }],
    voices: new Map<string, Voice>().set(p.voice, voiceOf(p)), constraints: new Map<string, Profile>().set(constraintKey(p), p),
    events: p.event && !CHANGE_EVENTS.has(p.event) ? new Map([[p.event, 1]]) : new Map(),
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
  const groupOf: Array<Group | undefined> = new Array(profiles.length);
  const groupAt = (index: number): Group => groupOf[index] ?? (groupOf[index] = alone(profiles[index] as Profile, index));
  const refused = new Set<number>();
  for (const e of edges.strongestFirst(linking)) {
    const ia = edges.a[e] as number;
    const ib = edges.b[e] as number;
    const a = groupAt(ia);
    const b = groupAt(ib);
    if (a === b) continue;
    // A refusal stands while both groups do: merging only adds constraints, and a surviving
    // group keeps the first members the guard samples. Large groups meet over many pairs.
    const pair = Math.min(a.id, b.id) * profiles.length + Math.max(a.id, b.id);
    if (refused.has(pair)) continue;
    if (!mayMerge(a, b)) { refused.add(pair); continue; }
    // "thousands" overlaps 5,000 and 20,000 alike: a vague amount may join a group, never bridge two.
    if (a.members.length > 1 && b.members.length > 1 && (isVague(profiles[ia]) || isVague(profiles[ib]))) continue;
    const [into, from] = a.members.length >= b.members.length ? [a, b] : [b, a];
    for (const m of from.members) { into.members.push(m); groupOf[m.index] = into; }
    for (const [name, voice] of from.voices) {
      const own = into.voices.get(name);
      if (!own) { into.voices.set(name, voice); continue; }
      own.hull = joined(own.hull, voice.hull);
      for (const statement of voice.statements) own.statements.push(statement);
    }
    for (const [key, p] of from.constraints) if (!into.constraints.has(key)) into.constraints.set(key, p);
    into.spread = joined(into.spread, from.spread);
    for (const [event, n] of from.events) into.events.set(event, (into.events.get(event) ?? 0) + n);
  }
  const out: Profile[][] = [];
  const seen = new Set<Group>();
  profiles.forEach((p, index) => {
    const g = groupOf[index];
    if (!g) out.push([p]);
    else if (!seen.has(g)) {
      seen.add(g);
      out.push([...g.members].sort((x, y) => x.index - y.index).map((m) => m.p));
    }
  });
  return out;
}

import { bandsOverlap } from "../normalize/interval.js";
import { parseTime, pointsCompatible, type TimePoint } from "../normalize/time.js";
import type { Claim, Value } from "../schema/claim.js";

/**
 * A group being built, with what its members constrain kept aside (their events, times, and
 * the bands each voice stated), so a new claim is checked against a few distinct values, not
 * against every member: alignment stays near-linear in the number of claims.
 */
export type Cluster = {
  claims: Claim[];
  events: Set<string>;
  units: Set<string | null>;
  times: Map<string, { point: TimePoint | null; since: boolean }>;
  voices: Map<string, Map<string, Value["band"]>>;
  measureTexts: Set<string>;
  mainEvent: boolean;
};

/**
 * A claim about to be placed, with what every cluster will ask of it worked out once: its time
 * (parsed, and as the key clusters keep times by) and its voice. A claim meets about twenty
 * clusters of its block, and a key built at each meeting cost more than the checks.
 */
export type Placed = { claim: Claim; time: string | null; point: TimePoint | null; since: boolean; timeKey: string; voice: string };

/** `time` is the time a claim speaks of: its own, or its article's date ("absent means the main event"). */
export function place(claim: Claim, reference: string | null): Placed {
  const time = claim.time?.value ?? reference;
  const since = claim.time?.since ?? false;
  return { claim, time, point: parseTime(time), since, timeKey: `${time}|${since}`, voice: voiceOf(claim) };
}

const voiceOf = (c: Claim): string => `${c.source}\u0000${(c.attribution.speaker ?? "").toLowerCase()}`;
const bandKey = (b: Value["band"]): string => `${b.low}|${b.high}`;

export function newCluster(): Cluster {
  return { claims: [], events: new Set(), units: new Set(), times: new Map(), voices: new Map(), measureTexts: new Set(), mainEvent: false };
}

export function addTo(cluster: Cluster, p: Placed): void {
  const c = p.claim;
  cluster.claims.push(c);
  if (c.event) cluster.events.add(c.event);
  cluster.units.add(c.unit);
  if (!cluster.times.has(p.timeKey)) cluster.times.set(p.timeKey, { point: p.point, since: p.since });
  const voice = cluster.voices.get(p.voice) ?? new Map();
  voice.set(bandKey(c.value.band), c.value.band);
  cluster.voices.set(p.voice, voice);
  if (c.measure.text) cluster.measureTexts.add(c.measure.text);
  if (!c.time) cluster.mainEvent = true;
}

/**
 * Hard constraints: can this claim be about the same quantity as every member? Never a
 * question of equal values, only of frames: time, event, unit, and a voice not contradicting
 * itself (one source's outlet or speaker does not give two disjoint values for one thing).
 */
export function fits(cluster: Cluster, p: Placed): boolean {
  const c = p.claim;
  // A term or an age belongs to its person; the year it was handed down is a claim of its own.
  if (c.about.length === 0) {
    for (const t of cluster.times.values()) if (!pointsCompatible(t.point, p.point, t.since, p.since)) return false;
  }
  if (c.event && (cluster.events.size > 1 || (cluster.events.size === 1 && !cluster.events.has(c.event)))) return false;
  // "4,000 people" with no verb of its own could be anyone: it does not join the dead or the
  // detained, nor they it. Plain people must agree on what happened to them.
  if (c.measure.key === "person" && (c.event ? !cluster.events.has(c.event) && cluster.claims.length > 0 : cluster.events.size > 0)) return false;
  if (cluster.units.size && !cluster.units.has(c.unit)) return false;
  for (const band of cluster.voices.get(p.voice)?.values() ?? []) if (!bandsOverlap(band, c.value.band)) return false;
  return true;
}

/** Soft similarity: a shared event, time, counted noun, or both speaking of the main event. */
export function similarity(cluster: Cluster, p: Placed): number {
  const c = p.claim;
  let score = 0;
  if (c.event && cluster.events.has(c.event)) score += 2;
  if (p.time && cluster.times.has(p.timeKey)) score += 1;
  if (!c.time && cluster.mainEvent) score += 1;
  if (c.measure.text && cluster.measureTexts.has(c.measure.text)) score += 0.5;
  return score;
}

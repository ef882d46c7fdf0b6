import { bandsOverlap } from "../normalize/interval.js";
import { timesCompatible } from "../normalize/time.js";
import type { Claim } from "../schema/claim.js";

export type Placed = { claim: Claim; reference: string | null };

const speakerOf = (c: Claim): string => (c.attribution.speaker ?? "").toLowerCase();

/** The time a claim speaks of: its own, or its article's date ("absent means the main event"). */
const timeOf = (p: Placed): string | null => p.claim.time?.value ?? p.reference;

/**
 * Hard constraints: can these two claims be about the same quantity at all? Never a question
 * of equal values — only of frames (time, event, and a source not contradicting itself).
 */
export function compatible(a: Placed, b: Placed): boolean {
  // A term or an age belongs to its person; the year it was handed down is a claim of its own.
  const perPerson = a.claim.about.length > 0 && b.claim.about.length > 0;
  if (!perPerson && !timesCompatible(timeOf(a), timeOf(b), a.claim.time?.since ?? false, b.claim.time?.since ?? false)) return false;
  if (a.claim.event && b.claim.event && a.claim.event !== b.claim.event) return false;
  if (a.claim.unit !== b.claim.unit) return false;
  if (a.claim.source === b.claim.source && speakerOf(a.claim) === speakerOf(b.claim) && !bandsOverlap(a.claim.value.band, b.claim.value.band)) {
    return false;
  }
  return true;
}

/** Soft similarity among compatible claims: shared event, time, speaker and modifiers. */
export function similarity(a: Placed, b: Placed): number {
  let score = 0;
  if (a.claim.event && a.claim.event === b.claim.event) score += 2;
  const ta = timeOf(a);
  if (ta && ta === timeOf(b)) score += 1;
  // Neither names a time: both speak of the article's main event.
  if (!a.claim.time && !b.claim.time) score += 1;
  if (a.claim.measure.text && a.claim.measure.text === b.claim.measure.text) score += 0.5;
  return score;
}

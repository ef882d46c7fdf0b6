import { CHANGE_EVENTS } from "../lexicon/event-verbs.js";
import { roundingUnit } from "../normalize/parse-digits.js";
import { pointsCompatible } from "../normalize/time.js";
import { wordBit, type Profile } from "./profile.js";
import { CONTEXT_SATURATION, LINK_THRESHOLD, WEIGHTS as W } from "./weights.js";

/**
 * How much context two claims share, 0–1: the weights (rarity × nearness) of the words they
 * share, saturating at CONTEXT_SATURATION. Words only one side has cost nothing: outlets word
 * one figure in many ways, and a cosine over all words drowned the few that meet.
 */
function contextOverlap(a: Profile, b: Profile): number {
  // Most pairs scored share no word at all: their masks tell so without a search.
  if ((a.wordMask & b.wordMask) === 0) return 0;
  let shared = 0;
  for (let i = 0; i < a.words.length; i++) {
    const id = a.words[i] as number;
    if ((b.wordMask & wordBit(id)) === 0) continue;
    const k = b.words.indexOf(id);
    if (k >= 0) shared += (a.weights[i] as number) * (b.weights[k] as number);
  }
  return Math.min(1, shared / CONTEXT_SATURATION);
}

/**
 * Hard constraints between two claims (reading only holder, nationality, kind and times:
 * align/merge.ts keys groups by exactly these): never one quantity if they belong to different people or
 * holders, or if the times the sentences give cannot be the same.
 */
export function cannotLink(a: Profile, b: Profile): boolean {
  if (a.about && b.about && a.about !== b.about) return true;
  // "six Lithuanians" and "six Latvians": people of two countries are never one count.
  if (a.measure !== b.measure && a.measure?.startsWith("national:") && b.measure?.startsWith("national:")) return true;
  // A term or an age belongs to its person; the year it was handed down is a claim of its own.
  if (PER_PERSON.has(a.kind) && a.about && a.about === b.about) return false;
  // Two different years are two dates, and two ordinals two occasions ("the ninth day", "a tenth"),
  // not one told two ways, unless they are one person's (above).
  if ((a.kind === "year" || a.kind === "ordinal") && a.low !== b.low) return true;
  // A time written in one sentence against the other article's year.
  if (a.time?.year && !a.since && b.year && a.time.year !== b.year) return true;
  if (b.time?.year && !b.since && a.year && b.time.year !== a.year) return true;
  // Days apart are an update of one figure ("95 on Wednesday, 158 by Thursday"), for the verdict
  // to weigh; another month or year is another quantity.
  return !pointsCompatible(a.time, b.time, a.since, b.since, false);
}

const PER_PERSON = new Set(["age", "duration", "year"]);

/** Two different events part two claims, unless one only says which way a figure moved ("rose", "down from"). */
export const eventsDiffer = (a: string, b: string): boolean => a !== b && CHANGE_EVENTS.has(a) === CHANGE_EVENTS.has(b);

/**
 * How strongly the evidence says two claims speak of the same quantity: counted thing, event,
 * holder, the clause's words, how close the values are, and the times. Positive is for, negative
 * against; LINK_THRESHOLD decides.
 */
export function affinity(a: Profile, b: Profile): number {
  return frameAffinity(a, b) + valueEvidence(a, b);
}

/** The values' part of the affinity. Equal values alone never make one quantity: it stays below the threshold. */
export function valueEvidence(a: Profile, b: Profile): number {
  return Math.min(valueAffinity(a, b), LINK_THRESHOLD - W.valueMargin);
}

/**
 * The evidence of the frames alone, values aside: what a verdict may lean on when values differ.
 * The same speaker counts for alignment, not for how surely two claims speak of one quantity
 * (`speakers: false`): two speakers disagreeing is what a conflict is.
 */
export function frameAffinity(a: Profile, b: Profile, speakers = true): number {
  let score = 0;
  if (a.measure && a.measure === b.measure) score += W.sameMeasure;
  // "passengers and crew" against "passengers": a whole against one of its parts shares a word and is no match.
  else if (shareAny(a.measureWords, b.measureWords)) score += a.coordinated !== b.coordinated ? W.partOfWhole : W.measureWord;
  // "people" against "passengers and crew": the general class and one of its kinds.
  else if ((a.measure === "person" && b.peopleOfAKind) || (b.measure === "person" && a.peopleOfAKind)) score += W.peopleKind;
  else if (a.knownMeasure && b.knownMeasure) score += W.otherMeasure;
  else if (a.measure && b.measure) score += W.otherWordMeasure;
  if (a.event && b.event) score += a.event === b.event ? W.sameEvent : !eventsDiffer(a.event, b.event) ? 0 : CHANGE_EVENTS.has(a.event) ? W.otherDirection : W.otherEvent;
  if (a.about && a.about === b.about) score += W.sameAbout;
  if (a.role && b.role) score += a.role === b.role ? W.sameRole : W.otherRole;
  if (a.counterfactual !== b.counterfactual) score += W.otherReality;
  if (a.threshold !== b.threshold) score += W.otherThreshold;
  else if (a.threshold) score += W.sameThreshold;
  if (a.unit !== b.unit) score += W.otherUnit;
  score += W.context * contextOverlap(a, b);
  if (speakers && shareAny(a.speaker, b.speaker)) score += W.sameSpeaker;
  if (a.time && b.time && a.timeText === b.timeText) score += W.sameTime;
  else if ((a.looseTime || b.looseTime) && !pointsCompatible(a.time ?? a.looseTime, b.time ?? b.looseTime, a.since, b.since, false)) score += W.otherLooseTime;
  return score;
}

/** Whether two short word lists have a word in common (a loop: this runs for every pair scored). */
function shareAny(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i] as string)) return true;
  return false;
}

/** An exact value that is the other's exact value rounded to its own last digit. */
function roundsTo(round: Profile, precise: Profile): boolean {
  if (round.digits === 0 || precise.digits <= round.digits || round.low !== round.high || precise.low !== precise.high) return false;
  // In the rounder figure's own unit, where its digits were written: "30 seconds" rounds 34 seconds.
  const written = Math.round((round.low / round.scale) * 1e6) / 1e6;
  return Math.abs(written - precise.low / round.scale) <= roundingUnit(written) / 2 + 1e-9;
}

function valueAffinity(a: Profile, b: Profile): number {
  let score = 0;
  if (a.low <= b.high && b.low <= a.high) {
    // The same uncommon figure ("119.59", "$157") is itself a cue; the same "2" is not.
    const same = a.digits > 0 && a.low === b.low && a.high === b.high ? Math.min(a.digits - 1, 3) * W.perDigit : 0;
    score += W.valueOverlap + same;
  } else if (roundsTo(a, b) || roundsTo(b, a)) {
    // "36.6%" and "36.59%", "$25.7 billion" and "$25.71B": one is the other rounded.
    score += W.valueOverlap + Math.min(Math.min(a.digits, b.digits) - 1, 3) * W.perDigit;
  }
  else if (Math.min(a.high, b.high) > 0) {
    const gap = Math.max(a.low, b.low) / Math.min(a.high, b.high);
    if (gap <= 1.2) score += W.valueNear;
    // "240 seats" and "303 seats": a quarter or more apart is more often two quantities than one
    // misreported. 2 against 133 is further still than 80 against 457: past farRatio the penalty
    // grows with the gap, never below what a nearer pair costs.
    else if (gap <= W.farRatio) score += W.valueApart;
    else score += Math.max(W.valueFarCap, Math.min(W.valueApart, W.valueFar * Math.log2(gap)));
  }
  return score;
}

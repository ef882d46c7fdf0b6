import { PEOPLE_EVENTS } from "../../lexicon/event-verbs.js";
import { DEFAULT_EVENTS, ELECTION_WORDS } from "../../lexicon/measure-synonyms.js";
import { TIME_UNITS } from "../../lexicon/units.js";
import type { Claim } from "../../schema/claim.js";

/** The parts of a claim's frame that a number's words may leave unsaid. */
export type ImpliedFrame = Pick<Claim, "kind" | "unit" | "measure" | "event">;

/**
 * What a number's own words leave unsaid, filled in by how news English uses them, in order:
 * the event its counted noun implies, a crowd's turnout, the people an event happens to, and a
 * count of time units as a span of time. `start` and `end` are the number's offsets in `sentence`.
 */
export function impliedFrame(frame: ImpliedFrame, sentence: string, start: number, end: number): ImpliedFrame {
  return spanOfTime(peopleOfEvent(crowdTurnout(eventOfNoun(frame), sentence), sentence, start, end));
}

/** "12,000 demonstrators took to the streets": with no verb of its own, a protester protests. */
function eventOfNoun(frame: ImpliedFrame): ImpliedFrame {
  return frame.event !== null ? frame : { ...frame, event: DEFAULT_EVENTS.get(frame.measure.head ?? "") ?? null };
}

/**
 * "organisers put the turnout at 40,000": a crowd's turnout is a count of the people who came;
 * an election's turnout is a share of voters, and a sentence about one says so.
 */
function crowdTurnout(frame: ImpliedFrame, sentence: string): ImpliedFrame {
  if (frame.measure.key !== "turnout" || frame.kind !== "count" || ELECTION_WORDS.test(sentence)) return frame;
  return { ...frame, measure: { ...frame.measure, key: "person" }, event: "protest" };
}

/**
 * "the quake killed 120": a count that something happened to, with no noun, counts people.
 * "Two of those detained" is a part of them, not another count of the same, and "the two
 * discussed …" names people already counted.
 */
function peopleOfEvent(frame: ImpliedFrame, sentence: string, start: number, end: number): ImpliedFrame {
  if (frame.kind !== "count" || frame.measure.key !== null || frame.event === null || !PEOPLE_EVENTS.has(frame.event)) return frame;
  const subset = /^\s*of\s+(those|them|whom|which|these)\b/i.test(sentence.slice(end)) && /(^|[,;]|\band|\bbut)\s*$/i.test(sentence.slice(0, start));
  const pronoun = /\bthe\s*$/i.test(sentence.slice(0, start));
  return subset || pronoun ? frame : { ...frame, measure: { ...frame.measure, key: "person" } };
}

/** "8,200 flying hours": a count of time units is a span of time, and counts nothing. */
function spanOfTime(frame: ImpliedFrame): ImpliedFrame {
  if (frame.kind !== "count") return frame;
  const head = frame.measure.head ?? "";
  const unit = TIME_UNITS[head] ?? TIME_UNITS[`${head}s`];
  return unit === undefined ? frame : { ...frame, kind: "duration", unit, measure: { key: null, head: null, text: null, country: null } };
}

import type { Status } from "../../schema/entity.js";
import type { NameMention } from "./find-names.js";
import { ALL_TRIGGERS, EVENT_CUES, EVENT_TRIGGERS, RELEASE_CUE, TRIGGERS } from "./status-triggers.js";

export type FoundStatus = { person: NameMention; status: Status };

/** Calls for release are not releases: "called for the release of X". */
const DEMAND = /\b(call(ed|s)? for|urg(ed|es)|demand(ed|s)?|press(ed|es)? for)\b[^.]{0,40}$/i;

const GAP_TAIL = "\\s*(?:\\p{Ll}+ly\\s+)?(?:(?:was|were|is|are|has been|had been|have been)\\s+)?(?:\\p{Ll}+ly\\s+)?$";
const NEXT_TO_SUBJECT = new RegExp(`^\\s*(?:,\\s*who\\s+|who\\s+)?${GAP_TAIL}`, "u");
const APPOSITION = new RegExp(`^\\s*,[^,\\d]{1,120},${GAP_TAIL}`, "u");

/**
 * Is the text between a name and its verb only what may stand between a subject and its verb:
 * nothing, "who", an adverb, or an apposition set off by commas ("Julia Fenner, a citizen, was
 * freed")? "Keith Kellogg, 14 prisoners were freed" is not.
 */
function isSubjectGap(gap: string): boolean {
  return NEXT_TO_SUBJECT.test(gap) || APPOSITION.test(gap);
}

/** The people named in a row after a phrase: "A, B and C"; it stops at "the husband of …". */
function listAfter(people: readonly NameMention[], text: string, from: number): NameMention[] {
  const out: NameMention[] = [];
  for (const p of people) {
    if (p.start < from) continue;
    const gap = text.slice(out.length ? (out.at(-1)?.end ?? from) : from, p.start);
    if (out.length && /\bof\b|[;:]/.test(gap)) break;
    out.push(p);
  }
  return out;
}

/** Status claims in one sentence: which of its people were freed, not freed, unconfirmed. */
export function findStatuses(text: string, names: readonly NameMention[]): FoundStatus[] {
  const people = names.filter((n) => n.kind === "person" && !n.possessive);
  if (people.length === 0) return [];
  // Most sentences hold neither a release phrase nor an event verb: one test for each kind in
  // place of one per trigger, in the triggers' order. Cues null: every event trigger is run.
  const release = RELEASE_CUE.test(text);
  const cues = EVENT_CUES.find(text);
  const events = cues === null || cues.size > 0;
  const triggers = release ? (events ? ALL_TRIGGERS : TRIGGERS) : events ? EVENT_TRIGGERS : [];
  if (triggers.length === 0) return [];
  // Every trigger speaks for its own people; a person keeps the first status found (so
  // "no confirmation of the release of X" stays unconfirmed).
  const found = new Map<NameMention, Status>();
  for (const trigger of triggers) {
    if (cues !== null && trigger.cues && !trigger.cues.some((c) => cues.has(c))) continue;
    const m = trigger.pattern.exec(text);
    if (!m) continue;
    if (trigger.status === "freed" && DEMAND.test(text.slice(0, m.index))) continue;
    let targets: NameMention[];
    if (trigger.targets === "all") targets = people;
    else if (trigger.targets === "after") targets = listAfter(people, text, m.index + m[0].length);
    else if (trigger.targets === "all-before") targets = people.filter((p) => p.end <= m.index);
    // "sentenced Sam Bankman-Fried": the person the verb governs, right after it.
    else if (trigger.targets === "object") targets = people.filter((p) => p.start === m.index + m[0].length);
    else {
      const before = people.filter((p) => p.end <= m.index).at(-1);
      targets = before && isSubjectGap(text.slice(before.end, m.index)) ? [before] : [];
    }
    for (const person of targets) if (!found.has(person)) found.set(person, trigger.status);
  }
  return [...found].sort(([a], [b]) => a.start - b.start).map(([person, status]) => ({ person, status }));
}

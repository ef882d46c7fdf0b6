import type { Status } from "../../schema/entity.js";
import type { NameMention } from "./find-names.js";
import { ALL_TRIGGERS } from "./status-triggers.js";

export type FoundStatus = { person: NameMention; status: Status };

/** Calls for release are not releases: "called for the release of X". */
const DEMAND = /\b(call(ed|s)? for|urg(ed|es)|demand(ed|s)?|press(ed|es)? for)\b[^.]{0,40}$/i;

/**
 * Is the text between a name and its verb only what may stand between a subject and its verb:
 * nothing, "who", an adverb, or an apposition set off by commas ("Julia Fenner, a citizen, was
 * freed")? "Keith Kellogg, 14 prisoners were freed" is not.
 */
function isSubjectGap(gap: string): boolean {
  const tail = "\\s*(?:\\p{Ll}+ly\\s+)?(?:(?:was|were|is|are|has been|had been|have been)\\s+)?(?:\\p{Ll}+ly\\s+)?$";
  if (new RegExp(`^\\s*(?:,\\s*who\\s+|who\\s+)?${tail}`, "u").test(gap)) return true;
  return new RegExp(`^\\s*,[^,\\d]{1,120},${tail}`, "u").test(gap);
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
  // Every trigger speaks for its own people; a person keeps the first status found (so
  // "no confirmation of the release of X" stays unconfirmed).
  const found = new Map<NameMention, Status>();
  for (const trigger of ALL_TRIGGERS) {
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

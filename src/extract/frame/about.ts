import type { NameMention } from "../entities/find-names.js";

/** "Judge Ann Vel", "US District Judge Ann Vel", "the judge, Ann Vel,": a name given its judicial title. */
const JUDICIAL = /\b(?:[Jj]udge|[Jj]ustice|[Mm]agistrate)\b[\s,]*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/**
 * Who a per-person number (age, term, year) is about: the nearest name before it, else after,
 * else the topic. A judge hands terms down and serves none: for a term (`term`), a name with
 * its judicial title is passed over ("Judge Ann Vel sentenced him to 25 years").
 */
export function readAbout(names: readonly NameMention[], start: number, end: number, topic: string | null, preferAfter: boolean, sentence = "", term = false): string[] {
  const people = names.filter((n) => n.kind === "person" && !(term && JUDICIAL.test(sentence.slice(Math.max(0, n.start - 40), n.start))));
  const before = people.filter((n) => n.end <= start).at(-1);
  const after = people.find((n) => n.start >= end && n.start - end < 30);
  // "the 36 year old Andrei Podnebenny": the name right after; "Dragomar, a 69-year-old philosopher": before.
  const adjacent = after && after.start - end <= 2 ? after : undefined;
  const pick = preferAfter ? adjacent ?? before ?? after : before ?? after;
  if (pick) return [pick.name];
  return topic ? [topic] : [];
}

import type { NameMention } from "../entities/find-names.js";

/** Who a per-person number (age, term, year) is about: the nearest name before it, else after, else the topic. */
export function readAbout(names: readonly NameMention[], start: number, end: number, topic: string | null, preferAfter: boolean): string[] {
  const people = names.filter((n) => n.kind === "person");
  const before = people.filter((n) => n.end <= start).at(-1);
  const after = people.find((n) => n.start >= end && n.start - end < 30);
  // "the 36 year old Andrei Podnebenny": the name right after; "Dragomar, a 69-year-old philosopher": before.
  const adjacent = after && after.start - end <= 2 ? after : undefined;
  const pick = preferAfter ? adjacent ?? before ?? after : before ?? after;
  if (pick) return [pick.name];
  return topic ? [topic] : [];
}

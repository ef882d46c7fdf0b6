import type { TimeMention } from "../../normalize/time.js";
import type { Time } from "../../schema/claim.js";

const CLAUSE_BREAK = /[,;:()—]|\b(?:who|which|whose|while|whereas|but)\b/;

/**
 * The time a claim speaks of, among the sentence's time expressions (offsets relative to it):
 * one in the claim's own clause first; else the sentence's opening adverbial ("In June, …");
 * else, loosely, the nearest one naming a month or a day. A bare year in another clause ("the
 * party, founded in 2009, …") belongs to that clause, not to the number.
 */
export function nearestTime(times: readonly TimeMention[], sentence: string, start: number, end: number): Time | null {
  const outside = times.filter((t) => !(t.start < end && start < t.end));
  // "since 2011, when 97 people died": the when-clause happens at that time, not since it.
  const when = outside.find((t) => t.end <= start && /^,?\s*when\b[^,;]*$/.test(sentence.slice(t.end, start)));
  if (when) return { text: when.text, value: when.value, since: false, loose: false };
  const distance = (t: TimeMention): number => (t.start >= end ? t.start - end : start - t.end);
  const sameClause = outside.filter((t) => !CLAUSE_BREAK.test(t.start >= end ? sentence.slice(end, t.start) : sentence.slice(t.end, start)));
  const opening = outside.filter((t) => t.start < start && /^\W*(?:\p{Lu}\p{Ll}*\s+)?$/u.test(sentence.slice(0, t.start)) && /^(?:\s+[\p{L}-]+){0,3}\s*,/u.test(sentence.slice(t.end)));
  const dated = outside.filter((t) => t.value !== null && !/^\d{4}$/.test(t.value));
  const nearest = (list: readonly TimeMention[]): TimeMention | undefined => [...list].sort((a, b) => distance(a) - distance(b))[0];
  const firm = nearest(sameClause) ?? nearest(opening);
  const pick = firm ?? nearest(dated);
  return pick ? { text: pick.text, value: pick.value, since: pick.since, loose: !firm } : null;
}

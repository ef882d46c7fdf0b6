import { COUNTRY_BY_WORD } from "../../lexicon/demonyms.js";
import { NOT_NAME, TITLES } from "../../lexicon/name-stopwords.js";
import type { Span } from "../../schema/segment.js";

export type NameMention = Span & { name: string };

const RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}/gu;

const ok = (w: string): boolean => {
  const lower = w.toLowerCase().replace(/[’']s$/, "");
  return !NOT_NAME.has(lower) && !TITLES.has(lower) && !COUNTRY_BY_WORD.has(lower) && !/^\p{Lu}+$/u.test(w) && w.length > 1;
};

/**
 * Person names in a sentence: runs of two to four capitalised words that are not titles,
 * places or institutions; a single word counts when the document already used it as a surname.
 */
export function findNames(text: string, surnames: ReadonlySet<string>): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(RUN)) {
    const words = m[0].split(/\s+/);
    let s = 0;
    while (s < words.length && !ok(words[s] ?? "")) s++;
    let e = s;
    while (e < words.length && ok(words[e] ?? "")) e++;
    const picked = words.slice(s, e).map((w) => w.replace(/[’']s$/, ""));
    const offset = (m.index ?? 0) + words.slice(0, s).reduce((n, w) => n + w.length + 1, 0);
    const name = picked.join(" ");
    if (picked.length >= 2 || (picked.length === 1 && surnames.has(name.toLowerCase()))) {
      out.push({ start: offset, end: offset + name.length, name });
    }
  }
  return out;
}

/** Who a per-person number (age, term, year) is about: the nearest name before it, else after, else the topic. */
export function readAbout(names: readonly NameMention[], start: number, end: number, topic: string | null, preferAfter: boolean): string[] {
  const before = names.filter((n) => n.end <= start).at(-1);
  const after = names.find((n) => n.start >= end && n.start - end < 30);
  // "the 36 year old Andrei Podnebenny": the name right after; "Matskevich, a 69-year-old philosopher": before.
  const adjacent = after && after.start - end <= 2 ? after : undefined;
  const pick = preferAfter ? adjacent ?? before ?? after : before ?? after;
  if (pick) return [pick.name];
  return topic ? [topic] : [];
}

import { COUNTRY_BY_WORD, COUNTRY_NAMES } from "../../lexicon/demonyms.js";
import { GIVEN_NAME_KEY } from "../../lexicon/given-names.js";
import { NOT_NAME, ORGANIZATION_CUES, ORGANIZATION_WORDS, TITLES } from "../../lexicon/name-stopwords.js";
import { matchesOf } from "../../core/matches.js";
import { foldName } from "../../normalize/name.js";
import type { EntityKind } from "../../schema/entity.js";
import type { Span } from "../../schema/segment.js";

export type NameMention = Span & { name: string; kind: EntityKind; possessive: boolean };

// Each pattern opens with a cheap look-ahead that every \p{Lu} passes (A-Z, or above U+00BF):
// it lets the regex engine skip lower-case text fast, and finds exactly what it found without.
// A later word may carry a lower-case particle: "al-Rashid", "bin Salman", "van der Berg".
const RUN = /(?=[A-Z\u00C0-\u{10FFFF}])\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:de|van|von|der|al|bin|ibn|la|le|di|da)\s+)?(?:(?:al|el|ad|ash|as|abu|ben)-)?\p{Lu}[\p{L}\p{M}'’-]*){0,7}/gu;
const INSTITUTION = /(?=[A-Z\u00C0-\u{10FFFF}])\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|for|and|on)(?:\s+the)?\s+)?\p{Lu}[\p{L}\p{M}'’-]*){1,7}/gu;
const ACRONYM = /\b(?=[A-Z\u00C0-\u{10FFFF}])\p{Lu}{2,6}\b/gu;
const NOT_ACRONYM = new Set(["US", "UK", "EU", "UN", "TV", "AM", "PM", "OK", "II", "III", "IV", "CCTV", "USA", "UAE"]);

/** Function words that start a sentence or a run but are not part of a name. */
const LEADING = new Set(["the", "a", "an", "in", "on", "at", "of", "and", "but", "yet", "for", "with", "from", "to", "by", "after", "before", "during", "since", "as", "if", "when", "while", "this", "that", "these", "those", "among", "former", "then"]);

/** A word lower-cased, without a possessive "'s". */
const bare = (w: string): string => {
  const lower = w.toLowerCase();
  const apostrophe = lower.charCodeAt(lower.length - 2);
  return lower.endsWith("s") && (apostrophe === 0x27 || apostrophe === 0x2019) ? lower.slice(0, -2) : lower;
};
/** Whether a word of a capitalised run can be part of a person's name; `lower` is bare(w). */
const nameWord = (w: string, lower: string): boolean =>
  !NOT_NAME.has(lower) && !TITLES.has(lower) && !COUNTRY_BY_WORD.has(lower) && !/^\p{Lu}+$/u.test(w) && w.length > 1;

const isSpace = (code: number): boolean => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(String.fromCharCode(code)));
const isLetter = (code: number): boolean =>
  code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : /\p{L}/u.test(String.fromCharCode(code));

/** The word just before `at`, lower-cased ("" if there is none): "the" in "the Red Crescent". */
function previousWord(text: string, at: number): string {
  // Character codes, not a regex per character: this runs for every capitalised run. A letter
  // outside the BMP stops the word, as the one-code-unit test always did.
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** "Civic Union of Prime Minister Ana Vel": a body's name stops where a person's title follows "of". */
function beforeTitle(run: string): string {
  for (const c of run.matchAll(/\s(?:of|for|and|on)\s+(?:the\s+)?(\p{L}+)/gu)) {
    if (TITLES.has((c[1] ?? "").toLowerCase())) return run.slice(0, c.index);
  }
  return run;
}

/** "Ilse Dragomar's National Renewal Party" is two names: the possessor and what she has. */
function splitAtPossessive(m: RegExpMatchArray): Array<{ 0: string; index: number }> {
  // Most runs hold no possessive before a space: no split to make.
  if (!/[’']s\s/u.test(m[0])) return [{ 0: m[0], index: m.index ?? 0 }];
  const out: Array<{ 0: string; index: number }> = [];
  let at = m.index ?? 0;
  for (const piece of m[0].split(/(?<=[’']s)\s+/u)) {
    out.push({ 0: piece, index: at });
    at += piece.length + 1;
  }
  return out;
}

/**
 * Names in one sentence (offsets relative to it). People: two to five capitalised words that
 * are not titles, places or institution words, or one word the document already used as a
 * surname, or a known given name. Organisations: runs with an institution word, runs after
 * "the" or after a cue noun ("outlet Nasha Niva"), and acronyms. Places: country names.
 */
export function findNames(text: string, surnames: Pick<ReadonlySet<string>, "has">): NameMention[] {
  const out: NameMention[] = [];
  // "the International Committee of the Red Cross": an institution's name may hold "of the".
  const taken: Array<[number, number]> = [];
  // An institution's name links capitalised words with "of", "for", "and" or "on": a sentence
  // where no such word comes before a capital has none, and the regex is not run.
  const linked = /\s(?:of|for|and|on)\s+(?:the\s+)?\p{Lu}/u.test(text);
  for (const m of linked ? matchesOf(INSTITUTION, text) : []) {
    // Cutting at a title only shortens the run: without a linking word it holds none.
    if (!/\s(of|for|and|on)\s/.test(m[0])) continue;
    const run = beforeTitle(m[0]);
    const words = run.split(/\s+/).map(bare);
    if (!/\s(of|for|and|on)\s/.test(run) || !words.some((w) => ORGANIZATION_WORDS.has(w))) continue;
    const lead = /^(?:The|A|An)\s+/.exec(run)?.[0].length ?? 0;
    const start = (m.index ?? 0) + lead;
    out.push({ start, end: (m.index ?? 0) + run.length, name: run.slice(lead), kind: "organization", possessive: false });
    taken.push([m.index ?? 0, (m.index ?? 0) + run.length]);
  }
  for (const m of matchesOf(RUN, text).flatMap(splitAtPossessive)) {
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const words = m[0].split(/\s+/);
    const at = m.index;
    const previous = previousWord(text, at);
    const lowerWords = words.map(bare);
    if (lowerWords.some((w) => ORGANIZATION_WORDS.has(w)) || previous === "the" || ORGANIZATION_CUES.has(previous)) {
      const s = lowerWords.findIndex((w) => !LEADING.has(w));
      const rest = lowerWords.slice(s);
      // One word after "the" is an organisation only if it says so ("the Guardian" would need a lexicon).
      const body = rest.length > 1 || (rest.length === 1 && ORGANIZATION_CUES.has(previous) && !COUNTRY_BY_WORD.has(rest[0] ?? ""));
      const person = rest.length === 1 && surnames.has(foldName(words.at(-1) ?? "")); // "the Trump administration"
      if (s >= 0 && body && !person) {
        const offset = at + words.slice(0, s).reduce((n, w) => n + w.length + 1, 0);
        const name = words.slice(s).join(" ").replace(/[’']s$/, "");
        if (name.length > 2) out.push({ start: offset, end: offset + name.length, name, kind: "organization", possessive: /[’']s$/.test(m[0]) });
      }
      continue;
    }
    if (COUNTRY_NAMES.has(lowerWords[0] ?? "") && words.length > 1 && !COUNTRY_BY_WORD.has(lowerWords[1] ?? "")) continue; // "Kenya Daily Wire": a title, not a person
    let s = 0;
    while (s < words.length && !nameWord(words[s] ?? "", lowerWords[s] ?? "")) s++;
    let e = s;
    while (e < words.length && (nameWord(words[e] ?? "", lowerWords[e] ?? "") || /^(de|van|von|der|al|bin|ibn|la|le|di|da)$/.test(words[e] ?? ""))) e++;
    for (let k = 0; k < s; k++) {
      const country = COUNTRY_NAMES.get(lowerWords[k] ?? "");
      if (country && (words[k] ?? "").length > 2) {
        const offset = at + words.slice(0, k).reduce((n, w) => n + w.length + 1, 0);
        out.push({ start: offset, end: offset + (words[k] ?? "").replace(/[’']s$/, "").length, name: (words[k] ?? "").replace(/[’']s$/, ""), kind: "place", possessive: false });
      }
    }
    const picked = words.slice(s, e);
    if (picked.length === 0 || e < words.length && COUNTRY_NAMES.has(lowerWords[e] ?? "")) continue;
    const possessive = /[’']s$/.test(picked[picked.length - 1] ?? "");
    const name = picked.join(" ").replace(/[’']s$/, "");
    const offset = at + words.slice(0, s).reduce((n, w) => n + w.length + 1, 0);
    const single = picked.length === 1;
    const known = single && (surnames.has(foldName(name)) || GIVEN_NAME_KEY.has(foldName(name)));
    if (!single || known) out.push({ start: offset, end: offset + name.length, name, kind: "person", possessive });
  }
  for (const m of matchesOf(ACRONYM, text)) {
    if (NOT_ACRONYM.has(m[0]) || out.some((n) => n.start <= (m.index ?? 0) && (m.index ?? 0) < n.end)) continue;
    // "VELNA, Oct 13 (Meridian) –": a dateline's city, not an organisation.
    if (/^\s*$/.test(text.slice(0, m.index)) && /^\s*[,(]/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, name: m[0], kind: "organization", possessive: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

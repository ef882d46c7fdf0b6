import { COUNTRY_BY_WORD, COUNTRY_NAMES } from "../../lexicon/demonyms.js";
import { GIVEN_NAME_KEY } from "../../lexicon/given-names.js";
import { LEGISLATURE_WORDS, NOT_NAME, ORGANIZATION_CUES, ORGANIZATION_WORDS, TITLES } from "../../lexicon/name-stopwords.js";
import { matchesOf } from "../../core/matches.js";
import { isPlain, twoForms } from "../../nlp/plain-text.js";
import { isPossessive, withoutPossessive } from "../../nlp/possessive.js";
import { LAYOUT_WORDS } from "../../lexicon/layout-words.js";
import { findInstitutions } from "./find-institutions.js";
import { splitRun, type RunPiece } from "./split-run.js";
import { foldName } from "../../normalize/name.js";
import type { EntityKind } from "../../schema/entity.js";
import type { Span } from "../../schema/segment.js";

export type NameMention = Span & { name: string; kind: EntityKind; possessive: boolean };

// Each pattern opens with a cheap look-ahead that every \p{Lu} passes (A-Z, or above U+00BF):
// it lets the regex engine skip lower-case text fast, and finds exactly what it found without.
// A later word may follow a middle initial ("Ann B. Carver") or carry a lower-case particle: "al-Rashid", "bin Salman", "van der Berg".
// Each has a plain form too (plain-text.ts), for the sentences most are: ASCII and punctuation.
const RUN = twoForms(/(?=[A-Z\u00C0-\u{10FFFF}])\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}\.\s+)?(?:(?:de|van|von|der|al|bin|ibn|la|le|di|da)\s+)?(?:(?:al|el|ad|ash|as|abu|ben)-)?\p{Lu}[\p{L}\p{M}'’-]*){0,7}/gu);
const ACRONYM = twoForms(/\b(?=[A-Z\u00C0-\u{10FFFF}])\p{Lu}{2,6}\b/gu);
const DOTTED = twoForms(/(?=[A-Z\u00C0-\u{10FFFF}]\.)(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,3}(?!\p{L})/gu);
/** What every dotted initialism holds (".S." of "U.S."): a sentence without it is not searched. */
const MAYBE_DOTTED = twoForms(/\.[A-Z\u00C0-\u{10FFFF}]\./u);
const NOT_ACRONYM = new Set(["US", "UK", "EU", "UN", "TV", "AM", "PM", "OK", "II", "III", "IV", "CCTV", "USA", "UAE"]);

/** An abbreviated honorific with its full stop, just before a run: "Mr. ", "Capt. ". */
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Capt|Gen|Sen|Rep|Gov|Prof|Lt|Col|Sgt|Insp|Supt)\.\s+$/u;

/** Function words that start a sentence or a run but are not part of a name. */
const LEADING = new Set(["the", "a", "an", "in", "on", "at", "of", "and", "but", "yet", "for", "with", "from", "to", "by", "after", "before", "during", "since", "as", "if", "when", "while", "this", "that", "these", "those", "among", "former", "then"]);

/** A word lower-cased, without a possessive "'s". */
const bare = (w: string): string => withoutPossessive(w.toLowerCase());
/** Lower-case words that may stand inside a name: "van der Berg", "bin Salman". */
const PARTICLES: ReadonlySet<string> = new Set(["de", "van", "von", "der", "al", "bin", "ibn", "la", "le", "di", "da"]);
/** Where a run's `n`-th word starts, relative to the run: its words are read as one space apart. */
function offsetOf(words: readonly string[], n: number): number {
  let offset = 0;
  for (let i = 0; i < n; i++) offset += (words[i] ?? "").length + 1;
  return offset;
}
/** Whether a word of a capitalised run can be part of a person's name; `lower` is bare(w). */
const nameWord = (w: string, lower: string): boolean =>
  !NOT_NAME.has(lower) && !TITLES.has(lower) && !COUNTRY_BY_WORD.has(lower) && !isAllCapitals(w) && w.length > 1 &&
  // "Indias Sharma": a country's possessive that lost its apostrophe.
  !(lower.endsWith("s") && COUNTRY_NAMES.has(lower.slice(0, -1)));

/** Whether a word is capitals only ("NEW", "FOMC"), as /^\p{Lu}+$/u says; ASCII is read by character codes. */
function isAllCapitals(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= 128) return /^\p{Lu}+$/u.test(w);
    if (code < 65 || code > 90) return false;
  }
  return w.length > 0;
}

const isSpace = (code: number): boolean => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(String.fromCharCode(code)));
/** Whether a run holds white space, as /\s/ says (most runs are one word: a regex call costs more). */
function hasSpace(run: string): boolean {
  for (let i = 0; i < run.length; i++) if (isSpace(run.charCodeAt(i))) return true;
  return false;
}
/** Whether one of a run's words (lower-cased, see bare) is an institution word ("Party", "Ministry"). */
function hasBodyWord(lowerWords: readonly string[]): boolean {
  for (const w of lowerWords) if (ORGANIZATION_WORDS.has(w)) return true;
  return false;
}
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

/**
 * "Judge Kaplan", "Mr. Kaplan", "Dame Ann": one word after a title names a person. The title is
 * the run's word before (`wordBefore`, lower-cased), or else an honorific just before the run.
 */
function titled(text: string, at: number, wordBefore: string | null): boolean {
  return wordBefore !== null ? TITLES.has(wordBefore) : HONORIFIC_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

/** A single word known as a name: a surname the document gave with a first name, or a given name. */
const knownName = (folded: string, surnames: Pick<ReadonlySet<string>, "has">): boolean => surnames.has(folded) || GIVEN_NAME_KEY.has(folded);

/** The capitalised runs of a sentence, each cut into the names it holds. */
function runsOf(text: string, plain: boolean): RunPiece[] {
  const out: RunPiece[] = [];
  for (const m of matchesOf(plain ? RUN.plain : RUN.unicode, text)) splitRun(m, out);
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
  const plain = isPlain(text);
  // "the International Committee of the Red Cross": an institution's name may hold "of the".
  const taken: Array<[number, number]> = [];
  // An institution's name links capitalised words with "of", "for", "and" or "on": a sentence
  // where no such word comes before a capital has none, and the regex is not run.
  for (const inst of findInstitutions(text, plain)) {
    out.push({ ...inst, kind: "organization", possessive: false });
    taken.push([inst.start, inst.end]);
  }
  for (const m of runsOf(text, plain)) {
    if (taken.some(([s, e]) => m.index < e && s < m.index + m[0].length)) continue;
    // Most runs are one word: no split to make.
    const words = hasSpace(m[0]) ? m[0].split(/\s+/) : [m[0]];
    const at = m.index;
    const previous = previousWord(text, at);
    const lowerWords = words.map(bare);
    if (hasBodyWord(lowerWords) || previous === "the" || ORGANIZATION_CUES.has(previous)) {
      const s = lowerWords.findIndex((w) => !LEADING.has(w));
      const rest = lowerWords.slice(s);
      // One word after "the" is an organisation only if it says so ("the Guardian" would need a
      // lexicon), or if it is a legislature's ("The Congress won").
      const body = rest.length > 1 ||
        (rest.length === 1 && ((ORGANIZATION_CUES.has(previous) && !COUNTRY_BY_WORD.has(rest[0] ?? "")) || LEGISLATURE_WORDS.has(rest[0] ?? "")));
      const person = rest.length === 1 && surnames.has(foldName(words.at(-1) ?? "")); // "the Trump administration"
      // "the Prime Minister": a bare job title names no one.
      const title = rest.every((w) => TITLES.has(w));
      if (s >= 0 && body && !person && !title) {
        const offset = at + offsetOf(words, s);
        const name = withoutPossessive(words.slice(s).join(" "));
        if (name.length > 2) out.push({ start: offset, end: offset + name.length, name, kind: "organization", possessive: isPossessive(m[0]) });
      }
      continue;
    }
    // What stood before a person's title is kept only as the body the title belongs to.
    if (m.bodyOnly) continue;
    if (words.length > 1 && COUNTRY_NAMES.has(lowerWords[0] ?? "") && !COUNTRY_BY_WORD.has(lowerWords[1] ?? "")) continue; // "Kenya Daily Wire": a title, not a person
    let s = 0;
    while (s < words.length && !nameWord(words[s] ?? "", lowerWords[s] ?? "")) s++;
    let e = s;
    while (e < words.length && (nameWord(words[e] ?? "", lowerWords[e] ?? "") || PARTICLES.has(words[e] ?? ""))) e++;
    for (let k = 0; k < s; k++) {
      const country = COUNTRY_NAMES.get(lowerWords[k] ?? "");
      // "US" and "UK" in capitals are places; "us" in a capitalised run is not.
      if (country && ((words[k] ?? "").length > 2 || /^\p{Lu}{2}$/u.test(words[k] ?? ""))) {
        const offset = at + offsetOf(words, k);
        const place = withoutPossessive(words[k] ?? "");
        out.push({ start: offset, end: offset + place.length, name: place, kind: "place", possessive: false });
      }
    }
    const picked = words.slice(s, e);
    if (picked.length === 0 || e < words.length && COUNTRY_NAMES.has(lowerWords[e] ?? "")) continue;
    const possessive = isPossessive(picked[picked.length - 1] ?? "");
    const name = withoutPossessive(picked.join(" "));
    const offset = at + offsetOf(words, s);
    const single = picked.length === 1;
    const known = single && (titled(text, at, s > 0 ? lowerWords[s - 1] ?? "" : null) || knownName(foldName(name), surnames));
    if (!single || known) out.push({ start: offset, end: offset + name.length, name, kind: "person", possessive });
  }
  for (const m of matchesOf(plain ? ACRONYM.plain : ACRONYM.unicode, text)) {
    if (NOT_ACRONYM.has(m[0]) || LAYOUT_WORDS.has(m[0]) || out.some((n) => n.start <= (m.index ?? 0) && (m.index ?? 0) < n.end)) continue;
    // "NEW DELHI", "BREAKING NEWS": capitals next to capitals are a dateline or a label.
    if (/\p{Lu}{2}\s$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index)) || /^\s\p{Lu}{2}/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    // "VELNA, Oct 13 (Meridian) –": a dateline's city, not an organisation.
    if (/^\s*$/.test(text.slice(0, m.index)) && /^\s*[,(]/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, name: m[0], kind: "organization", possessive: false });
  }
  // "U.S.", "U.N.": dotted initials, unless a person's name follows ("J.K. Rowling").
  const dotted = plain ? DOTTED.plain : DOTTED.unicode;
  for (const m of (plain ? MAYBE_DOTTED.plain : MAYBE_DOTTED.unicode).test(text) ? matchesOf(dotted, text) : []) {
    const end = m.index + m[0].length;
    if (out.some((n) => (n.start < end && m.index < n.end) || (n.kind === "person" && n.start >= end && n.start <= end + 1))) continue;
    out.push({ start: m.index, end, name: m[0], kind: COUNTRY_NAMES.has(m[0].toLowerCase()) ? "place" : "organization", possessive: false });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

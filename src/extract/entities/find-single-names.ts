import { COUNTRY_BY_WORD } from "../../lexicon/demonyms.js";
import { LEGISLATURE_WORDS, NOT_NAME, ORGANIZATION_WORDS, TITLES } from "../../lexicon/name-stopwords.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { isPlain, twoForms } from "../../nlp/plain-text.js";
import { withoutPossessive } from "../../nlp/possessive.js";
import type { NameMention } from "./find-names.js";

/**
 * One capitalised word standing alone, not part of a longer capitalised run: "Cisco", "Paiporta",
 * "Trump". A word in capitals only ("NEW") or with inner capitals ("MPs") is not one. The cheap
 * look-ahead comes first, so the look-behind is only read at a capital.
 */
const WORD = twoForms(/(?=[A-Z\u00C0-\u{10FFFF}])(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*(?:[’']s)?(?![\p{L}\p{M}\p{N}])/gu);

/** Words after which a name is a place: "in Paiporta", "near Rouen". */
const LOCATIVE = new Set(["in", "at", "near", "from", "across", "outside", "inside", "around", "throughout", "to", "toward", "towards"]);

export type SingleWord = { start: number; end: number; name: string; initial: boolean; alone: boolean; previous: string };

/**
 * Function words, titles, body words (but a legislature's: "Congress") and calendar words;
 * countries and demonyms (found elsewhere, or adjectives).
 */
const isCommon = (lower: string): boolean =>
  NOT_NAME.has(lower) || TITLES.has(lower) || STOPWORDS.has(lower) || (ORGANIZATION_WORDS.has(lower) && !LEGISLATURE_WORDS.has(lower)) ||
  COUNTRY_BY_WORD.has(lower);

/**
 * Single capitalised words of one sentence that no name covers. `initial`: the word opens the
 * sentence, a quotation or a clause after a colon, where any word is capitalised. `alone`: no
 * capitalised word stands right next to it. Offsets are the sentence's plus `offset`.
 */
export function singleWords(text: string, names: readonly NameMention[], offset = 0): SingleWord[] {
  const out: SingleWord[] = [];
  const plain = isPlain(text);
  const word = plain ? WORD.plain : WORD.unicode;
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const start = m.index;
    const name = withoutPossessive(m[0]);
    const end = start + name.length;
    const covering = names.find((n) => n.start < end && start < n.end);
    // The rest of the name is not read: a word starting inside it would be covered too, and a
    // word never starts inside another one (the look-behind), so none is missed past its end.
    if (covering) { word.lastIndex = Math.max(word.lastIndex, covering.end); continue; }
    if (name.length < 3 || isCommon(name.toLowerCase())) continue;
    const space = spaceBefore(text, start);
    const initial = opensClause(text, start) || (QUOTES.has(text.charCodeAt(start - 1)) && opensClause(text, start - 1));
    const alone = !(space < start && capitalBefore(text, space) && !openingArticle(text, space)) && !at(plain ? BEFORE_CAPITAL.plain : BEFORE_CAPITAL.unicode, text, end);
    out.push({ start: start + offset, end: end + offset, name, initial, alone, previous: space < start ? wordBefore(text, space) : "" });
  }
  word.lastIndex = 0;
  return out;
}

// What stands around a word, read by character codes from the word outwards: a pattern ending
// in $ run on the text before the word would read all of it, for every word of the sentence.
// All the spaces, quotes and punctuation involved are single UTF-16 units; letters may not be.
const QUOTES: ReadonlySet<number> = new Set([...'"“‘\''].map((c) => c.charCodeAt(0)));
const CLAUSE_MARKS: ReadonlySet<number> = new Set([...':;.!?“"‘(—–-'].map((c) => c.charCodeAt(0)));
/** Right before a space and a capitalised word. */
const BEFORE_CAPITAL = twoForms(/(?:[’']s)?\s+\p{Lu}/uy);

/** A UTF-16 unit that \s matches (every such character is one unit). */
const isSpace = (code: number): boolean => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(String.fromCharCode(code)));

/** Where the run of spaces ending at `index` starts (`index` itself if there is none). */
function spaceBefore(text: string, index: number): number {
  let i = index;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Whether the text up to `index` ends with the opening of a sentence, quotation or clause and
 * spaces: its start, a clause mark (:;.!?“"‘(—–-), or a line break among the spaces.
 */
function opensClause(text: string, index: number): boolean {
  const space = spaceBefore(text, index);
  if (space === 0 || CLAUSE_MARKS.has(text.charCodeAt(space - 1))) return true;
  for (let i = space; i < index; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** The code point ending at `index` and its length in UTF-16 units. */
function codePointBefore(text: string, index: number): [number, number] {
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? [(high - 0xd800) * 0x400 + low - 0xdc00 + 0x10000, 2] : [low, 1];
}

const isLetter = (cp: number): boolean => (cp < 128 ? (cp | 32) >= 97 && (cp | 32) <= 122 : /\p{L}/u.test(String.fromCodePoint(cp)));
const isCapital = (cp: number): boolean => (cp < 128 ? cp >= 65 && cp <= 90 : /\p{Lu}/u.test(String.fromCodePoint(cp)));
/** Letters, marks, full stops, apostrophes and hyphens: what a capitalised word before may hold. */
const isWordPart = (cp: number): boolean =>
  cp < 128 ? isLetter(cp) || cp === 0x2e || cp === 0x27 || cp === 0x2d : cp === 0x2019 || /[\p{L}\p{M}]/u.test(String.fromCodePoint(cp));

/** Whether a capital starts or sits in the run of word parts ending at `index`: "Ann B." before " Carver". */
function capitalBefore(text: string, index: number): boolean {
  for (let i = index; i > 0; ) {
    const [cp, length] = codePointBefore(text, i);
    if (!isWordPart(cp)) return false;
    if (isCapital(cp)) return true;
    i -= length;
  }
  return false;
}

/**
 * Whether the word ending at `index` is an article opening the sentence or clause ("The Dow
 * fell"): it is capitalised for its place, and the word after it is not part of one name with it.
 */
function openingArticle(text: string, index: number): boolean {
  const word = wordBefore(text, index);
  return ARTICLES.has(word) && opensClause(text, index - word.length);
}
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** The run of letters ending at `index`, lower-cased: "in" before " Paiporta". */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0) {
    const [cp, length] = codePointBefore(text, i);
    if (!isLetter(cp)) break;
    i -= length;
  }
  return text.slice(i, index).toLowerCase();
}

/** Whether a sticky pattern matches at `index` of `text`. */
function at(re: RegExp, text: string, index: number): boolean {
  re.lastIndex = index;
  return re.test(text);
}

/**
 * Which single words of a document are names. A word is one if it stands alone somewhere in
 * the document away from a sentence's start (so a capitalised common word opening a sentence,
 * "Shares", is not), or if it opens one of the document's longer names ("Cisco" of "Cisco
 * Systems"). Its kind: an organisation if it opens an organisation's name, a place after "in",
 * "near" and the like, else an organisation (resolution may still find it is a person's surname).
 */
export function singleNames(words: readonly SingleWord[], longer: readonly NameMention[]): Array<NameMention & { word: SingleWord }> {
  const proper = new Set(words.filter((w) => w.alone && !w.initial).map((w) => w.name));
  const opens = new Map<string, NameMention["kind"]>();
  for (const n of longer) {
    const space = n.name.indexOf(" ");
    if (n.kind === "person" || space < 0) continue;
    const first = n.name.slice(0, space);
    if (!opens.has(first)) opens.set(first, n.kind);
  }
  // "in Congress" is in a body, not a place.
  const places = new Set(words.filter((w) => LOCATIVE.has(w.previous) && !LEGISLATURE_WORDS.has(w.name.toLowerCase())).map((w) => w.name));
  const out: Array<NameMention & { word: SingleWord }> = [];
  for (const w of words) {
    const opening = opens.get(w.name);
    // A legislature's word capitalised is its name wherever it stands ("Congress leaders said").
    const legislature = LEGISLATURE_WORDS.has(w.name.toLowerCase());
    if (!((proper.has(w.name) || legislature) && (w.alone || !w.initial)) && !opening) continue;
    if (!w.alone && !opening) continue;
    const kind = opening === "organization" ? "organization" : places.has(w.name) ? "place" : "organization";
    out.push({ start: w.start, end: w.end, name: w.name, kind, possessive: false, word: w });
  }
  return out;
}

import { matchesOf } from "../../core/matches.js";
import { COUNTRY_BY_WORD } from "../../lexicon/demonyms.js";
import { NOT_NAME, ORGANIZATION_WORDS, TITLES } from "../../lexicon/name-stopwords.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import type { NameMention } from "./find-names.js";

/**
 * One capitalised word standing alone, not part of a longer capitalised run: "Cisco", "Paiporta",
 * "Trump". A word in capitals only ("NEW") or with inner capitals ("MPs") is not one.
 */
const WORD = /(?<![\p{L}\p{M}\p{N}'’.-])(?=[A-Z\u00C0-\u{10FFFF}])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*(?:[’']s)?(?![\p{L}\p{M}\p{N}])/gu;

/** Words after which a name is a place: "in Paiporta", "near Rouen". */
const LOCATIVE = new Set(["in", "at", "near", "from", "across", "outside", "inside", "around", "throughout", "to", "toward", "towards"]);

export type SingleWord = { start: number; end: number; name: string; initial: boolean; alone: boolean; previous: string };

/** Function words, titles, body words and calendar words; countries and demonyms (found elsewhere, or adjectives). */
const isCommon = (lower: string): boolean =>
  NOT_NAME.has(lower) || TITLES.has(lower) || STOPWORDS.has(lower) || ORGANIZATION_WORDS.has(lower) || COUNTRY_BY_WORD.has(lower);

/**
 * Single capitalised words of one sentence that no name covers. `initial`: the word opens the
 * sentence, a quotation or a clause after a colon, where any word is capitalised. `alone`: no
 * capitalised word stands right next to it.
 */
export function singleWords(text: string, names: readonly NameMention[]): SingleWord[] {
  const out: SingleWord[] = [];
  for (const m of matchesOf(WORD, text)) {
    const start = m.index;
    const name = m[0].replace(/[’']s$/, "");
    const end = start + name.length;
    if (names.some((n) => n.start < end && start < n.end)) continue;
    const lower = name.toLowerCase();
    if (name.length < 3 || isCommon(lower)) continue;
    const before = text.slice(0, start);
    const initial = /(?:^|[:;.!?“"‘(—–-]\s*|\n)\s*["“‘']?$/u.test(before);
    const alone = !/\p{Lu}[\p{L}\p{M}.'’-]*\s+$/u.test(before) && !/^(?:[’']s)?\s+\p{Lu}/u.test(text.slice(start + name.length));
    const previous = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    out.push({ start, end, name, initial, alone, previous });
  }
  return out;
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
    const first = n.name.split(" ")[0] ?? "";
    if (n.kind !== "person" && n.name.includes(" ") && !opens.has(first)) opens.set(first, n.kind);
  }
  const places = new Set(words.filter((w) => LOCATIVE.has(w.previous)).map((w) => w.name));
  const out: Array<NameMention & { word: SingleWord }> = [];
  for (const w of words) {
    const opening = opens.get(w.name);
    if (!(proper.has(w.name) && (w.alone || !w.initial)) && !opening) continue;
    if (!w.alone && !opening) continue;
    const kind = opening === "organization" ? "organization" : places.has(w.name) ? "place" : "organization";
    out.push({ start: w.start, end: w.end, name: w.name, kind, possessive: false, word: w });
  }
  return out;
}

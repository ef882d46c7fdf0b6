import { BODY_ALIAS_ROWS } from "../lexicon/body-aliases.js";
import { CORPORATE_SUFFIXES, PARTY_WORDS } from "../lexicon/corporate-suffixes.js";
import { COUNTRY_BY_WORD } from "../lexicon/demonyms.js";
import { foldName, surnameSkeleton } from "./name.js";

/** British and American spellings of body words meet: labour/labor, centre/center, organisation/organization. */
const spelling = (w: string): string =>
  w.replace(/our$/, "or").replace(/isation$/, "ization").replace(/tre$/, "ter").replace(/ence$/, "ense");

/**
 * The words of a body's or place's name, folded for matching: no diacritics, no "the", no
 * possessive; "U.S." → "us"; "B J Medical College" → "bj medical college"; hyphens as spaces
 * ("Castilla-La Mancha"); legal forms and party words dropped ("Acme Holdings Inc." → "acme",
 * "Labour Party" → "labour"), unless nothing else is left.
 */
export function bodyWords(name: string): string[] {
  // "Le Monde" = "Monde": an article of any language opening the name is not part of it.
  let s = foldName(name).replace(/^(?:the|le|la|les|el)\s+/, "").replace(/[’']s\b/g, "").replace(/\./g, "");
  // "AI-171" = "AI171": a code's letters and digits; "B J" = "BJ".
  s = s.replace(/\b(\p{L}{1,3})[-–\s](?=\d)/gu, "$1").replace(/\b(\p{L})\s+(?=\p{L}\b)/gu, "$1");
  s = s.replace(/[-–]/g, " ").replace(/[^\p{L}\p{N}\s&]/gu, " ");
  // "Ministry of Internal Affairs", the usual rendering of a post-Soviet interior ministry, is "Interior Ministry".
  s = s.replace(/\binternal affairs\b/g, "interior");
  const words = s.split(/\s+/).filter(Boolean).map(spelling);
  // "Tesla Inc TSLA": a legal form ends the name, whatever follows it.
  const legal = words.findIndex((w, i) => i > 0 && CORPORATE_SUFFIXES.has(w));
  if (legal > 0) words.length = legal;
  while (words.length > 1 && (CORPORATE_SUFFIXES.has(words.at(-1) ?? "") || PARTY_WORDS.has(words.at(-1) ?? ""))) words.pop();
  // "Social Democrats" = "Social Democratic": the last word without a plural or "-ic" ending.
  const last = words.at(-1) ?? "";
  if (words.length > 0 && last.length > 4) words[words.length - 1] = last.replace(/(?<!s)s$/, "").replace(/ic$/, "");
  return words;
}

/** Folded name → the first name of its alias row (as a key). */
const ALIAS_KEY: ReadonlyMap<string, string> = new Map(
  BODY_ALIAS_ROWS.flatMap((row) => row.map((name) => [bodyWords(name).join(" "), bodyWords(row[0] ?? "").join(" ")] as const)),
);

/** The key bodies are matched by: their folded words, or the first name of their alias row. */
export function bodyKey(name: string): string {
  const key = bodyWords(name).join(" ");
  return ALIAS_KEY.get(key) ?? key;
}

const LINKING = new Set(["of", "the", "and", "for", "on", "in", "&", "de", "la", "del"]);

/**
 * Word order and country words set aside: "Ministry of the Interior" and "French Interior
 * Ministry" are both {interior, ministry}, the second with France. `countries` keeps the
 * country codes, which must not clash for two names to meet.
 */
export function bodyBag(name: string): { bag: string; countries: string } {
  const words = bodyWords(name).filter((w) => !LINKING.has(w));
  const content = words.filter((w) => !COUNTRY_BY_WORD.has(w));
  const countries = [...new Set(words.map((w) => COUNTRY_BY_WORD.get(w)).filter((c) => c !== undefined))].sort().join(",");
  return { bag: content.length >= 2 ? [...content].sort().join(" ") : "", countries };
}

/**
 * The spelling-blind skeleton of a name written as one word: "Andalucía"/"Andalusia",
 * "Meghani Nagar"/"Meghaninagar", "Castile-La Mancha"/"Castilla-La Mancha". Soft c and z are
 * read as s before the surname skeleton drops the vowels.
 */
export function bodySkeleton(name: string): string {
  const joined = bodyWords(name).join("").replace(/c(?=[eiy])/g, "s").replace(/z/g, "s");
  return surnameSkeleton(joined);
}

/** The letters an acronym of the name would spell: "Bureau of Labor Statistics" → "BLS", "BJ Medical College" → "BJMC". */
export function bodyInitials(name: string): string {
  return name.replace(/[-–]/g, " ").split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|Of|And|For)$/.test(w))
    .map((w) => (/^\p{Lu}+$/u.test(w) ? w : w[0] ?? ""))
    .join("");
}

import { GIVEN_NAME_KEY } from "../lexicon/given-names.js";
import { withoutPossessive } from "../nlp/possessive.js";

/** A name folded for matching: no diacritics, lower case. "Dvořák" → "dvorak". */
export function foldName(name: string): string {
  // Most names are plain ASCII: skip Unicode decomposition for them (it dominates the cost).
  const folded = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize("NFD").replace(/\p{M}+/gu, "");
  return withoutPossessive(folded.toLowerCase());
}

/** The key a person is matched by within one pipeline run: the folded surname. */
export function nameKey(name: string): string {
  const words = name.trim().split(/\s+/);
  return foldName(words[words.length - 1] ?? name);
}

/** An organisation's key: "the Social Democratic Alliance" and "Social Democratic" agree. */
export function organizationKey(name: string): string {
  const words = foldName(name).replace(/^the\s+/, "").split(/\s+/);
  while (words.length > 1 && /^(party|alliance|union|movement|front|coalition|bloc|list|group|league)$/.test(words.at(-1) ?? "")) words.pop();
  return words.join(" ");
}

/** Surname endings that mark gender in Slavic and Baltic names (wife and husband share a stem). */
const FEMININE = /(aya|aja|skaia|ova|eva|ina|yna|ska|cka|ava|ina|iene|yte|aite|ienė|ytė|aitė)$/;
const MASCULINE = /(sky|ski|skiy|skii|skyi|ov|ev|in|yn|iy|yi|us|is|as|aitis)$/;

export function surnameGender(surname: string): "f" | "m" | null {
  const s = foldName(surname);
  if (FEMININE.test(s)) return "f";
  if (MASCULINE.test(s)) return "m";
  return null;
}

/**
 * A romanisation-blind skeleton of a surname: the consonants after folding the spellings that
 * differ between transliteration systems (ts/t, w/v, h/g, x/ks, ph/f; ou/ov where it writes the
 * short u, ŭ, of a Slavic romanisation, before s or at the end, not the vowel of Bourne or Rouen;
 * a final -ou is the -ov of Karpenkou; vowels dropped, so
 * ia/e too; kh, ch, sh and zh each kept as one sound) and without the gender ending. Tsvetkouskaya, Tsvetkovskaya, Tsvetkouski, Tsvetkovsky → "tvtkvsk".
 */
export function surnameSkeleton(surname: string): string {
  let s = foldName(surname).replace(/[^a-z]/g, "");
  s = s.replace(/(skaya|skaia|skaja|skiy|skii|skyi|sky|ski|ska)$/, "sk")
    .replace(/(aya|aja|ova|eva|ava|ina|yna|iene|yte|aite)$/, "")
    .replace(/(iy|yi|ov|ou|ev|in|yn)$/, "");
  s = s.replace(/x/g, "ks").replace(/kh/g, "H").replace(/ch/g, "C").replace(/sh/g, "S").replace(/zh/g, "Z")
    .replace(/ts/g, "t").replace(/tz/g, "t").replace(/ou(?=s|$)/g, "ov").replace(/w/g, "v").replace(/h/g, "g")
    .replace(/ph/g, "f").replace(/ck/g, "k").replace(/q/g, "k");
  return s.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1").toLowerCase();
}

/** Given names that may be one person's: equal, equivalent (Ihar = Igor), an initial of the other, or missing. */
export function givenNamesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  if (fa.replace(/\.$/, "").length === 1 || fb.replace(/\.$/, "").length === 1) return fa[0] === fb[0];
  const ka = GIVEN_NAME_KEY.get(fa);
  const kb = GIVEN_NAME_KEY.get(fb);
  if (ka && kb) return ka === kb;
  // "Maria" / "Mario", "Daniela" / "Daniel": a final "a" marks a woman's form of the name.
  if (fa.endsWith("a") !== fb.endsWith("a")) return false;
  return (surnameSkeleton(fa) === surnameSkeleton(fb) && surnameSkeleton(fa).length >= 2) || consonantSlip(fa, fb);
}

/**
 * "Gerard" / "Gerald": a long given name mistyped by one consonant for another, not at its end
 * (where endings mark gender: Mario / Maria) and not a vowel (Frances / Francis).
 */
function consonantSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const i = diff[0] ?? -1;
  const consonant = (c: string | undefined): boolean => c !== undefined && /[b-df-hj-np-tv-z]/.test(c);
  return diff.length === 1 && i > 0 && i < a.length - 1 && consonant(a[i]) && consonant(b[i]);
}

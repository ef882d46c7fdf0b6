import { TENS, UNITS } from "../../lexicon/number-words.js";
import { COUNTRIES, COUNTRY_NAMES } from "../../lexicon/demonyms.js";
import type { Lemmatizer } from "../../nlp/compromise.js";
import type { Token } from "../../nlp/tokens.js";
import { CHANGE_NOUNS } from "../../lexicon/event-verbs.js";
import { PART_HEADS } from "../../lexicon/measure-synonyms.js";
import { measureBefore } from "./measure-before.js";
import { nounPhrase } from "./noun-phrase.js";
import { countryMeasure, normalizeMeasure, type MeasureReading } from "../../normalize/measure.js";

/** A period of comparison after a figure: "year-over-year", "year on year", "month-to-date", "quarter over quarter". */
function comparedPeriod(tokens: readonly Token[], i: number): boolean {
  if (!PERIODS.has(tokens[i]?.lower ?? "")) return false;
  const k = tokens[i + 1]?.text === "-" ? i + 2 : i + 1;
  return /^(over|on|to)$/.test(tokens[k]?.lower ?? "");
}

const PERIODS = new Set(["year", "quarter", "month", "week", "day"]);

/** The counted noun after "and" that one figure shares: "passengers and crew", not "passengers and 12 crew". */
function coordinated(tokens: readonly Token[], j: number, lemmas: Lemmatizer, titleCase: boolean): { key: string; text: string; end: number } | null {
  const next = tokens[j + 1];
  if (tokens[j]?.lower !== "and" || next?.type !== "word" || UNITS[next.lower] !== undefined || TENS[next.lower] !== undefined) return null;
  const np = nounPhrase(tokens, j + 1, lemmas, titleCase);
  const last = np.words.at(-1);
  // "destroyed 465 homes and damaged another", "vandalizing trolleybuses and setting fire": a verb starts a clause of its own.
  if (!last || /(ed|ing)$/.test(np.words[0] ?? "") || /^(an)?others?$/.test(np.words[0] ?? "")) return null;
  const reading = phraseMeasure(np.words, lemmas);
  return reading.key ? { key: reading.key, text: np.words.join(" "), end: np.end } : null;
}

/** What a noun phrase counts, its head read as a singular noun: "political prisoners" → prisoner. */
function phraseMeasure(words: readonly string[], lemmas: Lemmatizer): MeasureReading {
  const head = lemmas.noun(words.at(-1) ?? "");
  return normalizeMeasure([...words.slice(0, -1), head], words.join(" "), head, null);
}

export type MeasureSpan = MeasureReading & { end: number };

/** Countries in "from Latvia, Poland and the UK" starting at token i. */
export function readCountries(tokens: readonly Token[], i: number): { codes: string[]; next: number } {
  const codes: string[] = [];
  let j = i;
  while (j < tokens.length) {
    if (tokens[j]?.lower === "the") j++;
    let matched = 0;
    for (let len = 3; len >= 1 && !matched; len--) {
      const words = tokens.slice(j, j + len).map((t) => t.lower);
      const name = words.join(" ").replace(/ \. /g, ".").replace(/ \.$/, ".");
      const code = COUNTRY_NAMES.get(name) ?? COUNTRY_NAMES.get(words.join(""));
      if (code && words.length === len) { codes.push(code); matched = len; }
    }
    if (!matched) break;
    j += matched;
    if (tokens[j]?.text === "." && tokens[j]?.glued) j++;
    if (tokens[j]?.text === ",") j++;
    if (tokens[j]?.lower === "and") j++;
  }
  return { codes, next: j };
}

/**
 * What a number counts, read from the words after it: "52 political prisoners", "six from
 * Lithuania", "14 are foreign nationals", "two each from Latvia, Poland and Germany" (one
 * measure per country: the distributive reading).
 */
export function readMeasures(tokens: readonly Token[], first: number, next: number, lemmas: Lemmatizer, titleCase: boolean, partitive = true): MeasureSpan[] {
  // "67 percent four years ago": another number after this one starts a phrase of its own.
  const numberNext = tokens[next]?.type === "number" || UNITS[tokens[next]?.lower ?? ""] !== undefined || TENS[tokens[next]?.lower ?? ""] !== undefined;
  // "down 8% year-over-year", "up 3% quarter on quarter": the period compared is not what is counted.
  let np = numberNext || comparedPeriod(tokens, next) ? { words: [], end: next } : nounPhrase(tokens, next, lemmas, titleCase);
  let j = np.end;
  // "14 are foreign nationals", "six of its citizens"
  if (np.words.length === 0 && /^(are|were|is|was)$/.test(tokens[next]?.lower ?? "") && tokens[next + 1]?.type === "word") {
    const k = /^(the|a|an)$/.test(tokens[next + 1]?.lower ?? "") ? next + 2 : next + 1;
    np = nounPhrase(tokens, k, lemmas, titleCase);
    j = np.end;
  } else if (partitive && np.words.length === 0 && tokens[next]?.lower === "of" && tokens[next + 1]?.lower === "the" && tokens[next + 2]?.type === "number") {
    // "64 of the 120 seats": the part counts what the whole counts.
    np = nounPhrase(tokens, next + 3, lemmas, titleCase);
    j = np.end;
  } else if (partitive && np.words.length === 0 && tokens[next]?.lower === "out" && tokens[next + 1]?.lower === "of" && tokens[next + 2]?.type === "number") {
    // "240 out of 543 seats": so does a part told against its whole.
    np = nounPhrase(tokens, next + 3, lemmas, titleCase);
    j = np.end;
  } else if (np.words.length === 0 && tokens[next]?.lower === "of" && /^(the|its|their|his|her|our|those|them)$/.test(tokens[next + 1]?.lower ?? "")) {
    np = nounPhrase(tokens, next + 2, lemmas, titleCase);
    j = np.end;
  }
  // "12,000 members of the security forces": a member counts what it is a member of.
  if (np.words.length === 1 && PART_HEADS.has(lemmas.noun(np.words[0] ?? "")) && tokens[j]?.lower === "of") {
    const whole = nounPhrase(tokens, tokens[j + 1]?.lower === "the" ? j + 2 : j + 1, lemmas, titleCase);
    if (whole.words.length) {
      np = whole;
      j = whole.end;
    }
  }
  // "a 24 percent rise in annual net profit": the change names its event, the noun after "in" its measure.
  const change = CHANGE_NOUNS[lemmas.noun(np.words.at(-1) ?? "")];
  if (change && np.words.length === 1 && tokens[j]?.lower === "in") {
    const changed = nounPhrase(tokens, j + 1, lemmas, titleCase);
    if (changed.words.length) return [{ ...phraseMeasure(changed.words, lemmas), event: change, end: changed.end }];
  }
  const head = np.words.length ? lemmas.noun(np.words[np.words.length - 1] ?? "") : null;
  const words = head ? [...np.words.slice(0, -1), head] : [];
  const text = np.words.join(" ") || null;
  let each = false;
  if (tokens[j]?.lower === "each") { each = true; j++; }
  if (tokens[j]?.lower === "from") {
    const { codes, next: after } = readCountries(tokens, j + 1);
    if (codes.length === 1 || (each && codes.length > 1)) {
      return codes.map((code) => ({
        ...(head ? normalizeMeasure(words, text ?? "", head, code) : countryMeasure(code, `from ${COUNTRIES.find((c) => c.code === code)?.names[0] ?? code}`)),
        end: after,
      }));
    }
  }
  // "the death toll rose to 120", "turnout was 64%": the noun stands before the number.
  const before = head ? null : measureBefore(tokens, first, lemmas);
  if (before) {
    const lemma = lemmas.noun(before[before.length - 1] ?? "");
    return [{ ...normalizeMeasure([...before.slice(0, -1), lemma], before.join(" "), lemma, null), end: next }];
  }
  if (!head) return [{ key: null, head: null, text: null, country: null, event: null, end: next }];
  const measure = normalizeMeasure(words, text ?? head, head, null);
  // "242 passengers and crew": one figure counts both, which is neither alone.
  const other = coordinated(tokens, j, lemmas, titleCase);
  // Nationalities stay apart: "six Lithuanians and Latvians" is read per country elsewhere.
  // "killed 200 people and businesses", "people and others" list what was hit, one figure apiece or none.
  if (other && other.key !== measure.key && measure.key !== "person" && !`${measure.key}|${other.key}`.includes("national:")) {
    const key = [measure.key, other.key].sort().join(" and ");
    return [{ ...measure, key, text: `${text ?? head} and ${other.text}`, end: other.end }];
  }
  return [{ ...measure, end: j }];
}

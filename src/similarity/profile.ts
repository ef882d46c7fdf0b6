import { memoize } from "../core/memo.js";
import { atClaim } from "../normalize/at-claim.js";
import { changeRole, type ChangeRole } from "../normalize/change-role.js";
import { isCounterfactual } from "../normalize/counterfactual.js";
import { isThreshold } from "../normalize/threshold.js";
import { scaleOf } from "../normalize/unit-scale.js";
import { MEASURE_KEYS, PEOPLE_CLASSES, PEOPLE_WORDS } from "../lexicon/measure-synonyms.js";
import { nameKey, organizationKey } from "../normalize/name.js";
import { parseTime, type TimePoint } from "../normalize/time.js";
import type { Claim } from "../schema/claim.js";
import { contextWords, stem, type SentenceReader } from "./context.js";

/**
 * What alignment asks of a claim, worked out once: the coarse block it may meet others in, its
 * counted thing, event, holder, times, voice and context words (as ids into the run's
 * vocabulary, with their weights).
 */
export type Profile = {
  claim: Claim;
  block: string;
  /**
   * The claim's kind, unit and written time, copied here: pairs are scored in no order of
   * position, and reading them from each pair's claim object cost a cache miss per read.
   */
  kind: Claim["kind"];
  unit: string | null;
  timeText: string | null;
  measure: string | null;
  /** Words of the counted noun phrase as written, plurals folded ("crew members" → crew, member). */
  measureWords: readonly string[];
  /** The counted noun phrase joins two kinds ("passengers and crew"): a whole of which each kind is a part. */
  coordinated: boolean;
  /**
   * It counts people of a kind (a class of the lexicon, a nationality, or a word such as
   * "passengers"): against people in general, the same people may be counted. Read once here:
   * every pair scored asks.
   */
  peopleOfAKind: boolean;
  /** The counted thing is a class of the lexicon, not a word read from the text that may be wrong. */
  knownMeasure: boolean;
  /** Significant digits of an exact value ("119.59" → 5, "$28 billion" → 2); 0 for a band. */
  digits: number;
  event: string | null;
  /** The part the figure plays in a change its clause states ("from 147,000", "to 14,000", "by 133,000"). */
  role: ChangeRole | null;
  /** What could have been ("would have been sentenced to", "faced a maximum of"), not what is. */
  counterfactual: boolean;
  /** A bar to reach ("the 272 seats needed for a majority"), not a count reached. */
  threshold: boolean;
  about: string;
  /**
   * A time the claim's clause (or the sentence's opening) gives; the article's date is kept
   * apart: a later article may update a figure. A loose time, from another clause, is not read.
   */
  time: TimePoint | null;
  /** A loose time (see Time.loose): only evidence against, when it cannot be the other's. */
  looseTime: TimePoint | null;
  since: boolean;
  /** The year of the article, for a claim that gives no time: "135 aboard" of a 1988 crash is not today's. */
  year: number | null;
  /** The source: one source never gives two disjoint values for one quantity ("1.089 million, the ministry said; 3.5 million, said the union" are two counts). */
  voice: string;
  /** Stems of who asserts it, when someone other than the outlet does. */
  speaker: readonly string[];
  words: number[];
  weights: number[];
  /** A bit per word id modulo 32: two claims whose masks share no bit share no word, and their overlap is not searched. */
  wordMask: number;
  low: number;
  high: number;
  /** What the written value was multiplied by to reach low and high (its unit's size in the base unit; 1 mostly). */
  scale: number;
};

/** "March 14, 2024", "14 March 2024": a year written as part of a date stamps the text or an event's day. */
const DATE_BEFORE_YEAR = /(?:\b\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\b\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?)\s*$/u;
const inFullDate = atClaim((sentence, start) => {
  const before = sentence.slice(Math.max(0, start - 20), start);
  // Both forms hold a day's digits before the year: most years ("in 2024") have none, and skip the longer pattern.
  return /\d/.test(before) && DATE_BEFORE_YEAR.test(before);
});

/** The readings of a figure's clause that alignment weighs, applied to a claim. */
const roleOf = atClaim(changeRole);
const counterfactualOf = atClaim(isCounterfactual);
const thresholdOf = atClaim(isThreshold);

/**
 * The block a claim can be aligned within: its kind and unit. Coarse on purpose, so that one
 * misread slot (a measure read from the wrong word, an event from another clause) cannot keep
 * two claims about the same quantity from meeting; the score decides. The years of
 * full dates never align; a year on its own does ("expected to close in 2024"), and so does an
 * ordinal ("the ninth day of strikes").
 */
export function blockOf(c: Claim): string | null {
  if (c.kind === "year" && inFullDate(c)) return null;
  // "0.5%" and "0.5 percentage points" are often the same change, written loosely.
  if (c.kind === "percent") return c.kind;
  // "two to three weeks" and "15 days" are one span of time told in two units.
  return `${c.kind}|${scaleOf(c)?.base ?? c.unit ?? ""}`;
}

/** Significant digits of an exact value or of both ends of a range: how unlikely a chance match is. */
function significantDigits(c: Claim): number {
  const { low, high } = c.value;
  if (low === null || high === null || (c.qualifier !== "exact" && c.qualifier !== "range")) return 0;
  const digits = (n: number): number => String(Math.abs(n)).replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
  return low === high ? digits(low) : digits(low) + digits(high);
}

/**
 * The words of a counted noun phrase, plurals folded but not stemmed: "villagers" and
 * "villages" are two things, "crew members" and "crew" share one.
 */
const nounsOf = (phrase: string): string[] =>
  (phrase.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== "the").map((w) => w.replace(/(?<=[^s])s$/, ""));

/** Stems of the words of a short phrase (a speaker, a counted noun phrase). */
const wordsOf = (phrase: string): string[] => (phrase.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== "the").map(stem);

/**
 * Readings of the short phrases claims carry, each worked out once per run: a source's claims
 * share speakers, holders, counted things and times, and 150,000 claims read them again and
 * again. Profiles share the lists and times read, and only read them.
 */
export type PhraseReader = {
  nouns(phrase: string): readonly string[];
  stems(phrase: string): readonly string[];
  time(value: string): TimePoint | null;
  about(claim: Claim): string;
};

export function phraseReader(): PhraseReader {
  const organization = memoize(organizationKey);
  const name = memoize(nameKey);
  return {
    nouns: memoize(nounsOf),
    stems: memoize(wordsOf),
    time: memoize(parseTime),
    about: (c) =>
      c.about.length === 0 ? "" : c.about.map((a) => (c.kind === "count" || c.kind === "percent" ? organization(a) : name(a))).sort().join(","),
  };
}

const NONE: readonly string[] = [];

/** A counted thing that is people of a kind, not people in general. */
const isPeopleOfAKind = (key: string | null, words: readonly string[]): boolean =>
  key !== null && key !== "person" && (PEOPLE_CLASSES.has(key) || key.startsWith("national:") || words.some((w) => PEOPLE_WORDS.has(w)));

/** Kinds of figure a change moves: a year or an age is not "revised from" one to another. */
const CHANGING_KINDS = new Set(["count", "percent", "money", "measure"]);

/** Bit (id mod 32) of each word id: a cheap first test of whether two word lists meet. */
export const wordBit = (id: number): number => 1 << (id & 31);
const maskOf = (ids: readonly number[]): number => ids.reduce((mask, id) => mask | wordBit(id), 0);

export function profileOf(claim: Claim, block: string, context: ClaimContext, reference: TimePoint | null, read: PhraseReader = phraseReader()): Profile {
  // Values in a dimension's base unit: "two weeks" and "14 days" are one band.
  const scale = scaleOf(claim);
  const factor = scale?.factor ?? 1;
  const measureWords = claim.measure.text ? read.nouns(claim.measure.text) : NONE;
  const firmTime = claim.time?.loose ? null : claim.time;
  const point = claim.time?.value ? read.time(claim.time.value) : null;
  return {
    claim, block,
    kind: claim.kind, unit: scale?.base ?? claim.unit, timeText: firmTime?.value ?? null,
    measure: claim.measure.key,
    measureWords,
    coordinated: claim.measure.text !== null && /\s(?:and|&)\s/.test(claim.measure.text),
    peopleOfAKind: isPeopleOfAKind(claim.measure.key, measureWords),
    knownMeasure: claim.measure.key !== null && (MEASURE_KEYS.has(claim.measure.key) || claim.measure.key.startsWith("national:")),
    digits: significantDigits(claim),
    event: claim.event,
    role: CHANGING_KINDS.has(claim.kind) ? roleOf(claim) : null,
    counterfactual: counterfactualOf(claim),
    threshold: thresholdOf(claim),
    about: read.about(claim),
    time: firmTime ? point : null,
    looseTime: firmTime ? null : point,
    since: claim.time?.since ?? false,
    year: claim.time ? null : reference?.year ?? null,
    voice: claim.source,
    speaker: claim.attribution.speaker ? read.stems(claim.attribution.speaker) : NONE,
    words: context.words,
    weights: context.weights,
    wordMask: maskOf(context.words),
    low: claim.value.band.low === null ? -Infinity : claim.value.band.low * factor,
    high: claim.value.band.high === null ? Infinity : claim.value.band.high * factor,
    scale: factor,
  };
}

/** A claim's context words as ids into the run's vocabulary, each weighted by its rarity (IDF) × its nearness. */
export type ClaimContext = { words: number[]; weights: number[] };

/**
 * Each claim's context words and their weights. Words become ids as they are read, and the
 * list of a claim is two arrays of numbers: 150,000 claims' lists of word objects, held until
 * every claim was read, were a large share of the collector's work.
 */
export function contextOf(claims: readonly Claim[], reader: SentenceReader): ClaimContext[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const out = claims.map((c): ClaimContext => {
    // Lists of the words' own length (map, not push): they live for the run, and lists grown by
    // push keep room for sixteen.
    const read = contextWords(c, reader);
    const words = read.map(({ stem: w }) => {
      let id = ids.get(w);
      if (id === undefined) { id = df.length; ids.set(w, id); df.push(0); }
      df[id] = (df[id] ?? 0) + 1;
      return id;
    });
    return { words, weights: read.map((w) => w.weight) };
  });
  const n = Math.max(claims.length, 1);
  const rarity = df.map((d) => Math.log(1 + n / d));
  // The nearness read above, times the rarity known only once every claim is read.
  for (const { words, weights } of out) for (let i = 0; i < words.length; i++) weights[i] = (rarity[words[i] as number] ?? 0) * (weights[i] as number);
  return out;
}

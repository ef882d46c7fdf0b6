import { MEASURE_KEYS } from "../lexicon/measure-synonyms.js";
import { nameKey, organizationKey } from "../normalize/name.js";
import { parseTime, type TimePoint } from "../normalize/time.js";
import type { Claim } from "../schema/claim.js";
import { contextWords, stem, type ContextWord, type SentenceReader } from "./context.js";

/**
 * What alignment asks of a claim, worked out once: the coarse block it may meet others in, its
 * counted thing, event, holder, times, voice and context words (as ids into the run's
 * vocabulary, with their weights).
 */
export type Profile = {
  claim: Claim;
  block: string;
  measure: string | null;
  /** Words of the counted noun phrase as written, plurals folded ("crew members" → crew, member). */
  measureWords: string[];
  /** The counted thing is a class of the lexicon, not a word read from the text that may be wrong. */
  knownMeasure: boolean;
  /** Significant digits of an exact value ("119.59" → 5, "$28 billion" → 2); 0 for a band. */
  digits: number;
  event: string | null;
  about: string;
  /** A time the sentence gives; the article's date is kept apart: a later article may update a figure. */
  time: TimePoint | null;
  since: boolean;
  /** The year of the article, for a claim that gives no time: "135 aboard" of a 1988 crash is not today's. */
  year: number | null;
  /** The source: one source never gives two disjoint values for one quantity ("1.089 million, the ministry said; 3.5 million, said the union" are two counts). */
  voice: string;
  /** Stems of who asserts it, when someone other than the outlet does. */
  speaker: string[];
  words: number[];
  weights: number[];
  /** A bit per word id modulo 32: two claims whose masks share no bit share no word, and their overlap is not searched. */
  wordMask: number;
  low: number;
  high: number;
};

/**
 * The block a claim can be aligned within: its kind and unit. Coarse on purpose, so that one
 * misread slot (a measure read from the wrong word, an event from another clause) cannot keep
 * two claims about the same quantity from meeting; the score decides. Ordinals and bare years
 * never align.
 */
export function blockOf(c: Claim): string | null {
  if (c.kind === "ordinal" || (c.kind === "year" && c.about.length === 0)) return null;
  // "0.5%" and "0.5 percentage points" are often the same change, written loosely.
  return c.kind === "percent" ? c.kind : `${c.kind}|${c.unit ?? ""}`;
}

/** Significant digits of an exact value or of both ends of a range: how unlikely a chance match is. */
function significantDigits(c: Claim): number {
  const { low, high } = c.value;
  if (low === null || high === null || (c.qualifier !== "exact" && c.qualifier !== "range")) return 0;
  const digits = (n: number): number => String(Math.abs(n)).replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
  return low === high ? digits(low) : digits(low) + digits(high);
}

const aboutKey = (c: Claim): string =>
  c.about.map((a) => (c.kind === "count" || c.kind === "percent" ? organizationKey(a) : nameKey(a))).sort().join(",");

/**
 * The words of a counted noun phrase, plurals folded but not stemmed: "villagers" and
 * "villages" are two things, "crew members" and "crew" share one.
 */
const nounsOf = (phrase: string): string[] =>
  (phrase.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== "the").map((w) => w.replace(/(?<=[^s])s$/, ""));

/** Stems of the words of a short phrase (a speaker, a counted noun phrase). */
const wordsOf = (phrase: string): string[] => (phrase.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== "the").map(stem);

export type Vocabulary = { id(word: string): number; weight(id: number): number };

/** Bit (id mod 32) of each word id: a cheap first test of whether two word lists meet. */
export const wordBit = (id: number): number => 1 << (id & 31);
const maskOf = (ids: readonly number[]): number => ids.reduce((mask, id) => mask | wordBit(id), 0);

export function profileOf(claim: Claim, block: string, words: readonly ContextWord[], vocab: Vocabulary, reference: TimePoint | null): Profile {
  const ids = words.map((w) => vocab.id(w.stem));
  const weights = ids.map((id, i) => vocab.weight(id) * (words[i]?.weight ?? 1));
  return {
    claim, block,
    measure: claim.measure.key,
    measureWords: claim.measure.text ? nounsOf(claim.measure.text) : [],
    knownMeasure: claim.measure.key !== null && (MEASURE_KEYS.has(claim.measure.key) || claim.measure.key.startsWith("national:")),
    digits: significantDigits(claim),
    event: claim.event,
    about: aboutKey(claim),
    time: parseTime(claim.time?.value ?? null),
    since: claim.time?.since ?? false,
    year: claim.time ? null : reference?.year ?? null,
    voice: claim.source,
    speaker: claim.attribution.speaker ? wordsOf(claim.attribution.speaker) : [],
    words: ids,
    weights,
    wordMask: maskOf(ids),
    low: claim.value.band.low ?? -Infinity,
    high: claim.value.band.high ?? Infinity,
  };
}

/** Each claim's context words, and a vocabulary weighting a word by how rare it is among the claims (IDF). */
export function contextOf(claims: readonly Claim[], reader: SentenceReader): { words: ContextWord[][]; vocab: Vocabulary } {
  const words = claims.map((c) => contextWords(c, reader));
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const list of words) for (const { stem: w } of list) {
    let id = ids.get(w);
    if (id === undefined) { id = df.length; ids.set(w, id); df.push(0); }
    df[id] = (df[id] ?? 0) + 1;
  }
  const n = Math.max(claims.length, 1);
  const weight = df.map((d) => Math.log(1 + n / d));
  return {
    words,
    vocab: {
      id: (w) => ids.get(w) as number,
      weight: (id) => weight[id] ?? 0,
    },
  };
}

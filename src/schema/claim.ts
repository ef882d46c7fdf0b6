import { z } from "zod";
import { Evidence } from "./evidence.js";

export const Qualifier = z.enum([
  "exact", "more_than", "at_least", "less_than", "at_most", "about", "about_below", "range", "vague",
]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Kind = z.enum(["count", "percent", "money", "year", "duration", "age", "ordinal", "measure", "clock"]);
export type Kind = z.infer<typeof Kind>;

/**
 * The number as written: `low`/`high` are the stated bounds (null = unbounded, always open).
 * `band` is the interval the comparison uses once approximation and rounding are allowed for.
 */
export const Value = z.object({
  low: z.number().nullable(),
  high: z.number().nullable(),
  lowOpen: z.boolean(),
  highOpen: z.boolean(),
  band: z.object({ low: z.number().nullable(), high: z.number().nullable() }),
});
export type Value = z.infer<typeof Value>;

/** What is counted: a normalised key for alignment, and the words as written. */
export const Measure = z.object({
  key: z.string().nullable(),
  head: z.string().nullable(),
  text: z.string().nullable(),
  country: z.string().nullable(),
});
export type Measure = z.infer<typeof Measure>;

/** The time a claim is about, at the granularity the text gives. */
export const Time = z.object({
  text: z.string(),
  /** ISO date, YYYY-MM, YYYY, or partial --MM / --MM-DD when the year is unknown. */
  value: z.string().nullable(),
  /** "since July 2023": from value to the reference date. */
  since: z.boolean(),
  /**
   * Said in another clause of the sentence, the nearest date it names ("rose to 4.2%, from 4.1%
   * in June"): perhaps another figure's time, so it never alone keeps two claims apart.
   */
  loose: z.boolean().default(false),
});
export type Time = z.infer<typeof Time>;

export const Mode = z.enum(["stated", "estimate", "demand", "offer", "denial"]);
export type Mode = z.infer<typeof Mode>;

export const Attribution = z.object({
  /** The speaker as written, or null when the outlet states it in its own voice. */
  speaker: z.string().nullable(),
  via: z.enum(["outlet", "quote", "according-to", "reported-speech"]),
});
export type Attribution = z.infer<typeof Attribution>;

export const Claim = z.object({
  id: z.string(),
  ...Evidence.shape,
  extractor: z.string(),
  /** Offset of the sentence in the source text: the claim's place within it is start - sentenceStart. */
  sentenceStart: z.number().int(),
  kind: Kind,
  unit: z.string().nullable(),
  value: Value,
  qualifier: Qualifier,
  measure: Measure,
  event: z.string().nullable(),
  time: Time.nullable(),
  about: z.array(z.string()),
  attribution: Attribution,
  mode: Mode,
  quoted: z.boolean(),
});
export type Claim = z.infer<typeof Claim>;

import type { Kind, Qualifier } from "../schema/claim.js";
import type { Sentence } from "../schema/segment.js";
import type { Token } from "../nlp/tokens.js";

/** One sentence as an extractor sees it: tokens with offsets relative to the sentence text. */
export type SentenceView = {
  sentence: Sentence;
  tokens: Token[];
  /** A headline in title case: capitals say nothing about names there. */
  titleCase: boolean;
};

/** What an extractor reports: a span relative to the sentence and the number as written. */
export type Draft = {
  start: number;
  end: number;
  /** Token range of the phrase: [first, next). The counted noun starts at `next`. */
  first: number;
  next: number;
  kind: Kind;
  unit: string | null;
  low: number | null;
  high: number | null;
  written: number;
  qualifier: Qualifier;
};

export type ExtractorContext = { report(draft: Draft): void };

export type Extractor = {
  meta: { id: string; description: string };
  create(ctx: ExtractorContext): { sentence(view: SentenceView): void };
};

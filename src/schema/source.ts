import { z } from "zod";

/** One article as read from disk or stdin: the unit every claim points back into. */
export const Document = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) or partial (--MM-DD) when only month and day are known. */
  published: z.string().nullable(),
  /** The page's canonical URL, when the input gives one. Optional so that text inputs print as before. */
  url: z.string().optional(),
  text: z.string(),
});
export type Document = z.infer<typeof Document>;

/** What the report says of a source: the document without its text. */
export const Source = Document.omit({ text: true });
export type Source = z.infer<typeof Source>;

/** An input that could not be used, and why, in one line. */
export const Skipped = z.object({ path: z.string(), reason: z.string() });
export type Skipped = z.infer<typeof Skipped>;

/** One article as a JSON / JSONL record (a news-API export, a scraper's output). */
export const InputRecord = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  title: z.string().nullish(),
  outlet: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().nullish(),
  text: z.string(),
});
export type InputRecord = z.infer<typeof InputRecord>;

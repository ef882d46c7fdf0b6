import { z } from "zod";

/**
 * Where a claim stands: its source, the words as written, their UTF-16 span, line and column,
 * and the sentence around them. Every cell of a report points at one of these.
 */
export const Evidence = z.object({
  source: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  line: z.number().int(),
  column: z.number().int(),
  sentence: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

import { z } from "zod";

export const Span = z.object({ start: z.number().int(), end: z.number().int() });
export type Span = z.infer<typeof Span>;

/** A quotation and, where the text says so, who speaks it. */
export const Quotation = Span.extend({ speaker: z.string().nullable() });
export type Quotation = z.infer<typeof Quotation>;

export const Sentence = Span.extend({
  index: z.number().int(),
  paragraph: z.number().int(),
  text: z.string(),
  /** Page furniture (donation appeals, captions, newsletter boxes): never yields claims. */
  furniture: z.boolean(),
  /** A heading or a list item subject ("- Name — …") that later sentences of its paragraph are about. */
  topic: z.string().nullable(),
});
export type Sentence = z.infer<typeof Sentence>;

export const Segmented = z.object({
  sentences: z.array(Sentence),
  quotations: z.array(Quotation),
  /** Reference date for resolving "on Thursday", "in June": ISO date, partial "--MM-DD", or null. */
  reference: z.string().nullable(),
});
export type Segmented = z.infer<typeof Segmented>;

import { z } from "zod";

/** Trouble inside one document that did not stop the others. */
export const Problem = z.object({ source: z.string(), message: z.string() });
export type Problem = z.infer<typeof Problem>;

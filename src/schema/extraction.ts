import { z } from "zod";
import { Claim } from "./claim.js";
import { Mention, StatusClaim } from "./entity.js";
import { Problem } from "./problem.js";
import { Source } from "./source.js";

/**
 * Stages 2–3 for one document: what it says, before anything is compared across sources.
 * Documents are extracted independently (in worker threads, or from a cache) and assembled.
 */
export const DocumentExtraction = z.object({
  source: Source,
  reference: z.string().nullable(),
  claims: z.array(Claim),
  mentions: z.array(Mention),
  statuses: z.array(StatusClaim),
  problems: z.array(Problem),
});
export type DocumentExtraction = z.infer<typeof DocumentExtraction>;

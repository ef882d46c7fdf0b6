import { z } from "zod";
import { Claim } from "./claim.js";
import { Entity, Mention, StatusClaim } from "./entity.js";
import { Problem } from "./problem.js";
import { Skipped, Source } from "./source.js";

export const Verdict = z.enum(["conflict", "compatible", "agree", "single"]);
export type Verdict = z.infer<typeof Verdict>;

export const Group = z.object({
  id: z.string(),
  label: z.string(),
  verdict: Verdict,
  reason: z.string(),
  /** Pairs of claim ids whose intervals are disjoint. */
  conflicts: z.array(z.tuple([z.string(), z.string()])),
  claims: z.array(Claim),
});
export type Group = z.infer<typeof Group>;

export const Check = z.object({
  source: z.string(),
  kind: z.enum(["sum", "remainder", "percentage"]),
  holds: z.boolean(),
  detail: z.string(),
  claims: z.array(z.string()),
});
export type Check = z.infer<typeof Check>;

export { Problem } from "./problem.js";

export const SCHEMA_VERSION = 1;

export const Report = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sources: z.array(Source),
  groups: z.array(Group),
  checks: z.array(Check),
  /** People, organisations and places across spellings, and what each source says of them. */
  entities: z.array(Entity),
  skipped: z.array(Skipped),
  problems: z.array(Problem),
});
export type Report = z.infer<typeof Report>;

/** What `factcheck extract` prints: stage 3 on its own. */
export const Extraction = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sources: z.array(Source),
  /** The quantities: counts, amounts, percentages, years, durations, ages, ordinals. */
  claims: z.array(Claim),
  /**
   * Times of day ("took off at 13:39", "around 1:39 PM IST"), kind `clock`, value in minutes
   * after midnight: compared like the quantities, listed apart because they count nothing.
   */
  times: z.array(Claim),
  mentions: z.array(Mention),
  statuses: z.array(StatusClaim),
  skipped: z.array(Skipped),
  problems: z.array(Problem),
});
export type Extraction = z.infer<typeof Extraction>;

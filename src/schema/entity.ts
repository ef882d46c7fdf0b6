import { z } from "zod";
import { Attribution } from "./claim.js";
import { Evidence } from "./evidence.js";

/** What a name names; a flight by its number ("AI171", "flight 171"), which no person, body or place is. */
export const EntityKind = z.enum(["person", "organization", "place", "flight"]);
export type EntityKind = z.infer<typeof EntityKind>;

/** A name as written in one source, with its UTF-16 span. */
export const Mention = z.object({
  source: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: EntityKind,
  /** The name, as written just before in the same source, that this one was given as another name of ("(FOMC)", "also known as ALV"). */
  aliasOf: z.string().optional(),
});
export type Mention = z.infer<typeof Mention>;

export const Status = z.enum([
  "freed", "not-freed", "unconfirmed", "refused-to-leave",
  "killed", "injured", "missing", "survived", "arrested", "charged", "convicted", "sentenced", "elected", "appointed", "resigned",
]);
export type Status = z.infer<typeof Status>;

/** What one source says of a named person: freed, not freed, …, killed, sentenced, elected, resigned. */
export const StatusClaim = z.object({
  id: z.string(),
  ...Evidence.shape,
  /** The name as written where the claim is made. */
  name: z.string(),
  status: Status,
  attribution: Attribution,
});
export type StatusClaim = z.infer<typeof StatusClaim>;

/** Stage 4's output for names: one real-world person, body, place or flight and its mentions. */
export const ResolvedEntity = z.object({
  id: z.string(),
  name: z.string(),
  kind: EntityKind,
  mentions: z.array(Mention),
});
export type ResolvedEntity = z.infer<typeof ResolvedEntity>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  kind: EntityKind,
  variants: z.array(z.string()),
  mentions: z.array(Mention),
  claims: z.array(StatusClaim),
  verdict: z.enum(["conflict", "compatible", "agree", "single", "none"]),
  reason: z.string(),
});
export type Entity = z.infer<typeof Entity>;

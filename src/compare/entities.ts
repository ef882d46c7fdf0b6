import { groupBy } from "../core/group-by.js";
import type { Entity, ResolvedEntity, Status, StatusClaim } from "../schema/entity.js";

/** Status classes: refusing to leave is a kind of being freed. */
const CLASS: Record<Status, "freed" | "not-freed" | "unconfirmed"> = {
  freed: "freed", "refused-to-leave": "freed", "not-freed": "not-freed", unconfirmed: "unconfirmed",
};

/**
 * The verdict on what sources say of one entity, by the quantity rules: freed vs not freed is
 * a conflict; not freed vs unconfirmed, or freed vs unconfirmed, is compatible.
 */
export function judgeEntity(claims: readonly StatusClaim[]): Pick<Entity, "verdict" | "reason"> {
  if (claims.length === 0) return { verdict: "none", reason: "no status claims" };
  const statusesBySource = groupBy(claims, (c) => c.source);
  const sources = [...statusesBySource.keys()];
  const bySource = sources.map((s) => `${s}: ${[...new Set(statusesBySource.get(s)?.map((c) => c.status))].join(", ")}`);
  const classes = new Set(claims.map((c) => CLASS[c.status]));
  const reason = bySource.join("; ");
  if (classes.has("freed") && classes.has("not-freed")) return { verdict: "conflict", reason };
  if (sources.length === 1) return { verdict: "single", reason };
  if (classes.size === 1) return { verdict: "agree", reason };
  return { verdict: "compatible", reason };
}

/** Entities with their status claims attached (a claim belongs to the entity of the mention it names). */
export function compareEntities(entities: readonly ResolvedEntity[], statuses: readonly StatusClaim[]): Entity[] {
  // Status claims by source, then start: most mentions have none, and a lookup costs no string.
  const bySource = new Map<string, Map<number, StatusClaim[]>>();
  for (const [source, list] of groupBy(statuses, (s) => s.source)) bySource.set(source, groupBy(list, (s) => s.start));
  return entities.map((e) => {
    // A loop, not flatMap: hundreds of thousands of mentions, and most have no status claim.
    const claims: StatusClaim[] = [];
    const spellings = new Set<string>();
    for (const m of e.mentions) {
      spellings.add(m.text);
      const here = bySource.get(m.source)?.get(m.start);
      if (here) for (const s of here) if (s.end === m.end) claims.push(s);
    }
    const variants = [...spellings].sort();
    return { id: e.id, name: e.name, kind: e.kind, variants, mentions: e.mentions, claims, ...judgeEntity(claims) };
  });
}

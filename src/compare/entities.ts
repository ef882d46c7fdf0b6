import { groupBy } from "../core/group-by.js";
import type { Entity, ResolvedEntity, Status, StatusClaim } from "../schema/entity.js";

/** Status classes: refusing to leave is a kind of being freed; every other status is its own class. */
const classOf = (s: Status): Status => (s === "refused-to-leave" ? "freed" : s);

/**
 * Classes that cannot both be true of one person at the report's time: freed and not freed;
 * killed and survived. Other pairs may both hold (arrested, then charged; injured, then
 * killed as a toll rises; missing, then found dead) and are compatible.
 */
const EXCLUSIVE: ReadonlyArray<readonly [Status, Status]> = [["freed", "not-freed"], ["killed", "survived"]];

/**
 * Families of statuses that answer one question: was the person freed; what happened to them
 * in the event; where their case stands; what office they took or left. Sources are compared
 * within a family: "arrested in 2020" does not make "freed" less agreed.
 */
const FAMILY: Record<Status, string> = {
  freed: "release", "not-freed": "release", unconfirmed: "release", "refused-to-leave": "release",
  killed: "fate", injured: "fate", missing: "fate", survived: "fate",
  arrested: "justice", charged: "justice", convicted: "justice", sentenced: "justice",
  elected: "office", appointed: "office", resigned: "office",
};

/**
 * The verdict on what sources say of one entity, by the quantity rules: exclusive classes are a
 * conflict; within a family that several sources speak of, one class is agree, several are
 * compatible; a family only one source speaks of does not count unless nothing else does.
 */
export function judgeEntity(claims: readonly StatusClaim[]): Pick<Entity, "verdict" | "reason"> {
  if (claims.length === 0) return { verdict: "none", reason: "no status claims" };
  const statusesBySource = groupBy(claims, (c) => c.source);
  const sources = [...statusesBySource.keys()];
  const bySource = sources.map((s) => `${s}: ${[...new Set(statusesBySource.get(s)?.map((c) => c.status))].join(", ")}`);
  const classes = new Set(claims.map((c) => classOf(c.status)));
  const reason = bySource.join("; ");
  if (EXCLUSIVE.some(([a, b]) => classes.has(a) && classes.has(b))) return { verdict: "conflict", reason };
  if (sources.length === 1) return { verdict: "single", reason };
  const shared = [...groupBy(claims, (c) => FAMILY[c.status]).values()].filter((list) => new Set(list.map((c) => c.source)).size > 1);
  if (shared.length === 0) return { verdict: "compatible", reason };
  const agreed = shared.every((list) => new Set(list.map((c) => classOf(c.status))).size === 1);
  return { verdict: agreed ? "agree" : "compatible", reason };
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
    // Mentions come by source, then position: a source's statuses are looked up once per run of its mentions.
    let source: string | null = null;
    let starts: Map<number, StatusClaim[]> | undefined;
    let spelling: string | null = null;
    for (const m of e.mentions) {
      // A run of one spelling is added once.
      if (m.text !== spelling) { spelling = m.text; spellings.add(spelling); }
      if (m.source !== source) { source = m.source; starts = bySource.get(source); }
      const here = starts?.get(m.start);
      if (here) for (const s of here) if (s.end === m.end) claims.push(s);
    }
    const variants = [...spellings].sort();
    return { id: e.id, name: e.name, kind: e.kind, variants, mentions: e.mentions, claims, ...judgeEntity(claims) };
  });
}

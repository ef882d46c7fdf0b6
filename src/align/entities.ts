import { stableId } from "../core/ids.js";
import { memoize } from "../core/memo.js";
import { compareStrings } from "../core/sort.js";
import { bodyKey, bodySkeleton } from "../normalize/body-key.js";
import { foldName } from "../normalize/name.js";
import type { EntityKind, Mention, ResolvedEntity } from "../schema/entity.js";
import { resolveBodies } from "./bodies.js";
import { joinAcrossKinds } from "./cross-kind.js";
import { resolvePeople } from "./people.js";

/** A body's kind: what most of its mentions say, organisation on a tie. */
function kindOf(list: readonly Mention[]): EntityKind {
  const places = list.filter((m) => m.kind === "place").length;
  return places * 2 > list.length ? "place" : "organization";
}

/** Mentions by source, then position. Most pairs share a source: equal strings are told at once. */
const bySourceThenStart = (a: Mention, b: Mention): number => (a.source === b.source ? a.start - b.start : compareStrings(a.source, b.source));

function canonical(mentions: readonly Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1 + (m.text.includes(" ") ? 1000 : 0));
  return [...counts].sort(([a, x], [b, y]) => y - x || compareStrings(a, b))[0]?.[0] ?? "";
}

/**
 * Stage 4 for names: people (people.ts), bodies and places (bodies.ts), then the names read as
 * the wrong kind in some source put right (cross-kind.ts).
 */
export function resolveEntities(mentions: readonly Mention[]): ResolvedEntity[] {
  // A name written once as a body ("outlet Nasha Niva"), or spelt like one ("Castile La Mancha"
  // beside "Castilla-La Mancha"), is that body everywhere. Keys are worked out once per spelling.
  const keyOf = memoize(bodyKey);
  const skeletonOf = memoize(bodySkeleton);
  const foldOf = memoize(foldName);
  const keys = new Set<string>();
  const skeletons = new Set<string>();
  const folded = new Set<string>();
  for (const m of mentions) {
    if (m.kind === "person") continue;
    keys.add(keyOf(m.text));
    const skeleton = skeletonOf(m.text);
    if (skeleton.length >= 4) skeletons.add(skeleton);
    if (m.kind === "organization") folded.add(foldOf(m.text));
  }
  const asBody = memoize((text: string): boolean =>
    folded.has(foldOf(text)) || (text.includes(" ") && (keys.has(keyOf(text)) || skeletons.has(skeletonOf(text)))));
  const ordered = [...mentions]
    .map((m) => (m.kind === "person" && asBody(m.text) ? { ...m, kind: "organization" as const } : m))
    .sort((a, b) => bySourceThenStart(a, b));
  const people = resolvePeople(ordered.filter((m) => m.kind === "person"));
  const groups = joinAcrossKinds(people, resolveBodies(ordered.filter((m) => m.kind !== "person"), keyOf));
  const out: ResolvedEntity[] = [
    ...groups.people.map((list) => ({ kind: "person" as const, mentions: list })),
    ...groups.bodies.map((list) => ({ kind: kindOf(list), mentions: list })),
  ].map(({ kind, mentions: ms }) => {
    const name = canonical(ms);
    const sorted = [...ms].sort((a, b) => bySourceThenStart(a, b));
    return { id: stableId("e", kind, name, sorted[0]?.source ?? "", sorted[0]?.start ?? 0), name, kind, mentions: sorted };
  });
  return out.sort((a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
}

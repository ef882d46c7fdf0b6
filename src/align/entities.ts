import { stableId } from "../core/ids.js";
import { memoize } from "../core/memo.js";
import { compareStrings } from "../core/sort.js";
import { bodyKey, bodySkeleton } from "../normalize/body-key.js";
import { foldName } from "../normalize/name.js";
import type { EntityKind, Mention, ResolvedEntity } from "../schema/entity.js";
import { resolveBodies } from "./bodies.js";
import { flightName, resolveFlights } from "./flights.js";
import { joinAcrossKinds } from "./cross-kind.js";
import { resolvePeople } from "./people.js";

/** Mentions by source, then position. Most pairs share a source: equal strings are told at once. */
const bySourceThenStart = (a: Mention, b: Mention): number => (a.source === b.source ? a.start - b.start : compareStrings(a.source, b.source));

/**
 * Each source's rank in string order, from mentions sorted by source: an entity's mentions
 * then sort by two numbers rather than by comparing strings of scattered mentions.
 */
function ranksOf(sorted: readonly Mention[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const m of sorted) if (!ranks.has(m.source)) ranks.set(m.source, ranks.size);
  return ranks;
}

/**
 * What an entity is made of, read in one pass over its mentions: an entity's mentions lie far
 * apart in memory (one in every few of all mentions), and each pass over them costs a cache
 * miss per mention. Its mentions sorted as bySourceThenStart sorts them (a stable sort: by
 * source rank, then start, then place in the list given, comparing numbers), its name and its
 * kind.
 */
function entityOf(mentions: readonly Mention[], what: "person" | "body" | "flight", sourceRank: ReadonlyMap<string, number>): { kind: EntityKind; name: string; sorted: Mention[] } {
  const n = mentions.length;
  const ranks = new Float64Array(n);
  const starts = new Float64Array(n);
  const order: number[] = new Array(n);
  const counts = new Map<string, number>();
  let places = 0;
  // Runs of one spelling are counted, then added: lists hold long runs of one spelling.
  let text: string | null = null;
  let run = 0;
  for (let i = 0; i < n; i++) {
    const m = mentions[i] as Mention;
    ranks[i] = sourceRank.get(m.source) as number;
    starts[i] = m.start;
    order[i] = i;
    if (m.kind === "place") places++;
    if (m.text === text) { run++; continue; }
    if (text !== null) counts.set(text, (counts.get(text) ?? 0) + run);
    text = m.text;
    run = 1;
  }
  if (text !== null) counts.set(text, (counts.get(text) ?? 0) + run);
  order.sort((x, y) => (ranks[x] as number) - (ranks[y] as number) || (starts[x] as number) - (starts[y] as number) || x - y);
  // A body's kind: what most of its mentions say, organisation on a tie.
  const kind: EntityKind = what !== "body" ? what : places * 2 > n ? "place" : "organization";
  return { kind, name: what === "flight" ? flightName(counts) : canonical(counts), sorted: order.map((i) => mentions[i] as Mention) };
}

/** The spelling written most, a name of several words counting 1,001 times per mention; of equal counts, the first in string order. */
function canonical(counts: ReadonlyMap<string, number>): string {
  const weighted = [...counts].map(([spelling, n]): [string, number] => [spelling, spelling.includes(" ") ? n * 1001 : n]);
  return weighted.sort(([a, x], [b, y]) => y - x || compareStrings(a, b))[0]?.[0] ?? "";
}

/**
 * Stage 4 for names: people (people.ts), bodies and places (bodies.ts), then the names read as
 * the wrong kind in some source put right (cross-kind.ts); flights by their number (flights.ts).
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
  // Each spelling adds its keys once: a few hundred spellings make up most mentions.
  const bodyTexts = new Set<string>();
  const organizationTexts = new Set<string>();
  for (const m of mentions) {
    if (m.kind === "person" || m.kind === "flight") continue;
    if (!bodyTexts.has(m.text)) {
      bodyTexts.add(m.text);
      keys.add(keyOf(m.text));
      const skeleton = skeletonOf(m.text);
      if (skeleton.length >= 4) skeletons.add(skeleton);
    }
    if (m.kind === "organization" && !organizationTexts.has(m.text)) {
      organizationTexts.add(m.text);
      folded.add(foldOf(m.text));
    }
  }
  const asBody = memoize((text: string): boolean =>
    folded.has(foldOf(text)) || (text.includes(" ") && (keys.has(keyOf(text)) || skeletons.has(skeletonOf(text)))));
  const ordered = [...mentions]
    .map((m) => (m.kind === "person" && asBody(m.text) ? { ...m, kind: "organization" as const } : m))
    .sort((a, b) => bySourceThenStart(a, b));
  const sourceRank = ranksOf(ordered);
  const people = resolvePeople(ordered.filter((m) => m.kind === "person"));
  const groups = joinAcrossKinds(people, resolveBodies(ordered.filter((m) => m.kind !== "person" && m.kind !== "flight"), keyOf));
  const out: ResolvedEntity[] = [
    ...groups.people.map((list) => entityOf(list, "person", sourceRank)),
    ...groups.bodies.map((list) => entityOf(list, "body", sourceRank)),
    ...resolveFlights(ordered.filter((m) => m.kind === "flight")).map((list) => entityOf(list, "flight", sourceRank)),
  ].map(({ kind, name, sorted }) => (
    { id: stableId("e", kind, name, sorted[0]?.source ?? "", sorted[0]?.start ?? 0), name, kind, mentions: sorted }
  ));
  return out.sort((a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
}

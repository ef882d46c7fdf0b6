import type { Entity } from "../schema/entity.js";
import type { Group, Report } from "../schema/report.js";
import type { Source } from "../schema/source.js";

/**
 * Up to this many sources a report is a matrix with a column per source. Past it a column per
 * source is unreadable (and a thousand columns of empty cells is most of the page), so each row
 * says which values were given and by whom instead.
 */
export const MATRIX_MAX_SOURCES = 12;

export const isWide = (report: Pick<Report, "sources">): boolean => report.sources.length > MATRIX_MAX_SOURCES;

/** A claim's place in its file, by source id, for evidence lines: one lookup, not a scan of the sources. */
export function pathsOf(sources: readonly Source[]): (id: string) => string {
  const paths = new Map(sources.map((s) => [s.id, s.path] as const));
  return (id) => paths.get(id) ?? id;
}

/** Few sources are named; many are counted. */
const whoSaid = (sources: readonly string[]): string =>
  sources.length <= 3 ? sources.join(", ") : `${sources.length} sources`;

/** "52 (031, 044) · about 50 (812 sources)": each value written in a group, and who wrote it, most-cited first. */
export function valuesBySource(group: Group): string {
  return tally(group.claims.map((c) => [c.text, c.source] as const));
}

/** "freed (12 sources) · not freed (003)": what sources say of one entity, most-said first. */
export function statusesBySource(entity: Entity): string {
  return tally(entity.claims.map((c) => [c.status.replace(/-/g, " "), c.source] as const));
}

function tally(pairs: ReadonlyArray<readonly [string, string]>): string {
  const bySaid = new Map<string, Set<string>>();
  for (const [said, source] of pairs) {
    const set = bySaid.get(said) ?? new Set<string>();
    set.add(source);
    bySaid.set(said, set);
  }
  return [...bySaid]
    .sort(([a, x], [b, y]) => y.size - x.size || (a < b ? -1 : a > b ? 1 : 0))
    .map(([said, sources]) => `${said} (${whoSaid([...sources])})`)
    .join(" · ");
}

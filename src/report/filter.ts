import type { Report } from "../schema/report.js";

export const ONLY = ["conflicts", "disagreements", "all"] as const;
export type Only = (typeof ONLY)[number];
export type FilterOptions = { only?: Only; minSources?: number };

const KEEP: Record<Only, ReadonlySet<string>> = {
  conflicts: new Set(["conflict"]),
  disagreements: new Set(["conflict", "compatible"]),
  all: new Set(["conflict", "compatible", "agree", "single", "none"]),
};

const sourceCount = (claims: readonly { source: string }[]): number => new Set(claims.map((c) => c.source)).size;

/**
 * What the reader asked to see, applied to the report before any format prints it, so every
 * format shows the same selection. Groups and entities are filtered by verdict and by how many
 * sources speak of them; with --only conflicts or disagreements, only checks that fail remain.
 * Sources, skipped inputs and problems are always kept: they say what the report was made from.
 */
export function filterReport(report: Report, options: FilterOptions = {}): Report {
  const only = options.only ?? "all";
  const min = options.minSources ?? 0;
  const keep = KEEP[only];
  return {
    ...report,
    groups: report.groups.filter((g) => keep.has(g.verdict) && sourceCount(g.claims) >= min),
    entities: report.entities.filter((e) => keep.has(e.verdict) && (min <= 1 || sourceCount(e.claims) >= min)),
    checks: only === "all" ? report.checks : report.checks.filter((c) => !c.holds),
  };
}

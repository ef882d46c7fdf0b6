import type { Group, Report } from "../schema/report.js";

export const VERDICTS = ["conflict", "compatible", "agree", "single"] as const satisfies readonly Group["verdict"][];

/** "5 sources, 67 groups (3 conflict, 1 compatible, 8 agree, 55 single)": the same words in every format. */
export function summaryLine(report: Report): string {
  const counts = VERDICTS.map((v) => `${report.groups.filter((g) => g.verdict === v).length} ${v}`);
  return `${report.sources.length} sources, ${report.groups.length} groups (${counts.join(", ")})`;
}

/** Each source's claims in a group, as their texts joined, or null when the source says nothing of it. */
export function cellText(group: Group, source: string): string | null {
  const texts = [...new Set(group.claims.filter((c) => c.source === source).map((c) => c.text))];
  return texts.length ? texts.join("; ") : null;
}

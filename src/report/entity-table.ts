import type { Chalk } from "chalk";
import Table from "cli-table3";
import type { Report } from "../schema/report.js";
import { isWide, statusesBySource } from "./layout.js";

/**
 * The named-claims part of the terminal report: an entity × source matrix of what each source
 * says happened to each person (with the verdict), then the names found in several spellings.
 */
export function entityLines(report: Report, chalk: InstanceType<typeof Chalk>, width: number): string[] {
  const lines: string[] = [];
  const claimed = report.entities.filter((e) => e.claims.length > 0);
  const wide = isWide(report);
  const sources = wide ? [] : report.sources.map((s) => s.id);
  if (claimed.length) {
    const paint = { conflict: chalk.red.bold, compatible: chalk.yellow, agree: chalk.green, single: chalk.dim, none: chalk.dim };
    const t = new Table({
      head: ["who", "verdict", ...(wide ? ["what sources say (sources)"] : sources)],
      style: { head: [], border: [] },
      wordWrap: true,
      colWidths: [24, 12, ...(wide ? [Math.max(24, width - 40)] : sources.map(() => Math.max(12, Math.floor((width - 40) / Math.max(sources.length, 1)))))],
    });
    for (const e of claimed) {
      const cells = wide ? [statusesBySource(e)] : sources.map((id) => [...new Set(e.claims.filter((c) => c.source === id).map((c) => c.status.replace(/-/g, " ")))].join(", ") || "·");
      t.push([e.name, paint[e.verdict](e.verdict), ...cells]);
    }
    lines.push("", chalk.bold("What each source says of the people it names"), t.toString());
  }
  // A surname alone next to its full name is no news; other spellings are.
  const spellings = (variants: readonly string[]): string[] => {
    const surnames = new Set(variants.filter((v) => v.includes(" ")).map((v) => v.split(" ").at(-1)));
    return variants.filter((v) => v.includes(" ") || !surnames.has(v));
  };
  const spelled = report.entities.filter((e) => e.kind !== "place" && spellings(e.variants).length > 1);
  if (spelled.length) {
    lines.push("", chalk.bold("Names found in several spellings"));
    for (const e of spelled) lines.push(`  ${e.name}: ${spellings(e.variants).join(" · ")}`);
  }
  return lines;
}

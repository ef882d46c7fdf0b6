import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Group } from "../schema/report.js";
import { entityLines } from "./entity-table.js";
import { evidenceLine } from "./evidence.js";
import { isWide, pathsOf, valuesBySource } from "./layout.js";
import { cellText } from "./summary.js";
import type { Reporter } from "./types.js";

/** Conflicts first, one row per group, one column per source; evidence lines under the table. */
const table: Reporter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Group["verdict"], (s: string) => string> = {
    conflict: chalk.red.bold, compatible: chalk.yellow, agree: chalk.green, single: chalk.dim,
  };
  const multi = report.groups.filter((g) => new Set(g.claims.map((c) => c.source)).size > 1 || g.verdict === "conflict");
  const width = options.width ?? 120;
  const wide = isWide(report);
  const sources = wide ? [] : report.sources.map((s) => s.id);
  const t = new Table({
    head: ["#", "verdict", "what", ...(wide ? ["values (sources)"] : sources)],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [wide ? 7 : 4, 12, 30, ...(wide ? [Math.max(24, width - 56)] : sources.map(() => Math.max(12, Math.floor((width - 50) / Math.max(sources.length, 1)))))],
  });
  multi.forEach((g, i) => {
    const cells = wide ? [valuesBySource(g)] : sources.map((id) => cellText(g, id) ?? "·");
    t.push([String(i + 1), paint[g.verdict](g.verdict), g.label, ...cells]);
  });
  const pathOf = pathsOf(report.sources);
  const lines: string[] = [];
  const counts = (["conflict", "compatible", "agree", "single"] as const).map((v) => `${report.groups.filter((g) => g.verdict === v).length} ${v}`);
  lines.push(chalk.bold(`factcheck: ${report.sources.length} sources, ${report.groups.length} groups (${counts.join(", ")})`));
  if (multi.length) lines.push(t.toString());
  for (const [i, g] of multi.entries()) {
    lines.push("", `${chalk.bold(`#${i + 1}`)} ${paint[g.verdict](g.verdict)} ${g.label}: ${g.reason}`);
    for (const c of g.claims) lines.push(`  ${chalk.cyan(c.text)}  ${chalk.dim(evidenceLine(c, pathOf))}`);
  }
  lines.push(...entityLines(report, chalk, width));
  if (report.checks.length) {
    lines.push("", chalk.bold("Checks inside one source"));
    for (const c of report.checks) lines.push(`  ${c.holds ? chalk.green("holds") : chalk.red("fails")}  ${c.source} ${c.kind}: ${c.detail}`);
  }
  for (const s of report.skipped) lines.push(chalk.yellow(`skipped ${s.path}: ${s.reason}`));
  for (const p of report.problems) lines.push(chalk.yellow(`problem in ${p.source}: ${p.message}`));
  return `${lines.join("\n")}\n`;
};
export default table;

import type { Report } from "../schema/report.js";
import { escapeMarkdown as md } from "./escape.js";
import { isWide, pathsOf, valuesBySource } from "./layout.js";
import { cellText, summaryLine } from "./summary.js";
import type { Reporter } from "./types.js";

const HEADINGS = { conflict: "Conflicts", compatible: "Compatible", agree: "Agreements", single: "Single source" } as const;

/** A page to paste into an issue, a wiki or an e-mail: a matrix per verdict, then the evidence. */
const markdown: Reporter = (report) => {
  const out: string[] = ["# factcheck report", "", summaryLine(report), ""];
  out.push("## Sources", "", "| id | title | outlet | published | path |", "|---|---|---|---|---|");
  for (const s of report.sources) out.push(`| ${[s.id, s.title ?? "", s.outlet ?? "", s.published ?? "", s.path].map(md).join(" | ")} |`);
  for (const verdict of ["conflict", "compatible", "agree", "single"] as const) out.push(...section(report, verdict));
  const people = report.entities.filter((e) => e.claims.length > 0);
  if (people.length) {
    out.push("", "## People, organisations and places", "");
    for (const e of people) {
      out.push(`- **${md(e.name)}** (${e.verdict}): ${md(e.reason)}`);
      for (const c of e.claims) out.push(`  - ${md(c.source)}: ${md(c.status)} — line ${c.line}:${c.column} “${md(c.sentence.trim())}”`);
    }
  }
  if (report.checks.length) {
    out.push("", "## Checks inside one source", "");
    for (const c of report.checks) out.push(`- ${c.holds ? "holds" : "**fails**"} — ${md(c.source)} ${c.kind}: ${md(c.detail)}`);
  }
  if (report.skipped.length) {
    out.push("", "## Skipped inputs", "");
    for (const s of report.skipped) out.push(`- ${md(s.path)}: ${md(s.reason)}`);
  }
  if (report.problems.length) {
    out.push("", "## Problems", "");
    for (const p of report.problems) out.push(`- ${md(p.source)}: ${md(p.message)}`);
  }
  return `${out.join("\n")}\n`;
};
export default markdown;

function section(report: Report, verdict: keyof typeof HEADINGS): string[] {
  const groups = report.groups.filter((g) => g.verdict === verdict);
  if (!groups.length) return [];
  const wide = isWide(report);
  const ids = wide ? [] : report.sources.map((s) => s.id);
  const pathOf = pathsOf(report.sources);
  const out = ["", `## ${HEADINGS[verdict]} (${groups.length})`, ""];
  if (wide) {
    out.push("| # | what | values (sources) |", "|---|---|---|");
    groups.forEach((g, i) => out.push(`| ${i + 1} | ${md(g.label)} | ${md(valuesBySource(g))} |`));
  } else {
    out.push(`| # | what | ${ids.map(md).join(" | ")} |`, `|---|---|${ids.map(() => "---|").join("")}`);
    groups.forEach((g, i) => out.push(`| ${i + 1} | ${md(g.label)} | ${ids.map((id) => md(cellText(g, id) ?? "·")).join(" | ")} |`));
  }
  groups.forEach((g, i) => {
    out.push("", `### ${i + 1}. ${md(g.label)}`, "", md(g.reason), "");
    for (const c of g.claims) {
      const conflicted = g.conflicts.some((pair) => pair.includes(c.id));
      out.push(`- ${conflicted ? "**" : ""}${md(c.text)}${conflicted ? "**" : ""} — ${md(c.source)}, \`${pathOf(c.source).replace(/`/g, "'")}:${c.line}:${c.column}\` “${md(c.sentence.trim())}”`);
    }
  });
  return out;
}

import type { Claim } from "../schema/claim.js";
import type { Entity } from "../schema/entity.js";
import type { Group, Report } from "../schema/report.js";
import { escapeHtml as h } from "./escape.js";
import { isWide, pathsOf } from "./layout.js";

type Cited = Pick<Claim, "id" | "source" | "text" | "line" | "column" | "sentence">;

/** One claim in a cell: its words; the quote and its place on hover (title) and on expand (details). */
function evidence(c: Cited, path: string): string {
  const where = `${path}:${c.line}:${c.column}`;
  const quote = `“${c.sentence.trim()}”`;
  return `<details><summary title="${h(`${quote} — ${where}`)}">${h(c.text)}</summary><p>${h(quote)}</p><p class="loc">${h(where)}</p></details>`;
}

function cell(claims: readonly Cited[], verdict: string, path: string, hits: ReadonlySet<string>): string {
  if (!claims.length) return `<td class="empty">·</td>`;
  const hit = claims.some((c) => hits.has(c.id)) ? " hit" : "";
  return `<td class="cell v-${verdict}${hit}">${claims.map((c) => evidence(c, path)).join("")}</td>`;
}

function head(report: Report, first: string): string {
  const sources = isWide(report)
    ? `<th>what each source says (${report.sources.length} sources)</th>`
    : report.sources.map((s) => `<th class="source" title="${h(s.path)}">${h(s.outlet ?? s.id)}</th>`).join("");
  return `<thead><tr><th>#</th><th>verdict</th><th>${first}</th>${sources}</tr></thead>`;
}

/** Past MATRIX_MAX_SOURCES, one cell per row: each claim with its source, not a column per source. */
function wideCell(claims: readonly Cited[], verdict: string, pathOf: (id: string) => string, hits: ReadonlySet<string>): string {
  if (!claims.length) return `<td class="empty">·</td>`;
  const hit = claims.some((c) => hits.has(c.id)) ? " hit" : "";
  return `<td class="cell v-${verdict}${hit}">${claims.map((c) => `<span class="loc">${h(c.source)}</span> ${evidence(c, pathOf(c.source))}`).join("")}</td>`;
}

/** Claims × sources: a row per group, coloured by verdict; claims in a disjoint pair are outlined. */
export function groupMatrix(report: Report): string {
  if (!report.groups.length) return "<p>No groups to show.</p>";
  const pathOf = pathsOf(report.sources);
  const wide = isWide(report);
  const rows = report.groups.map((g: Group, i) => {
    const hits = new Set(g.conflicts.flat());
    const cells = wide
      ? [wideCell(g.claims, g.verdict, pathOf, hits)]
      : report.sources.map((s) => cell(g.claims.filter((c) => c.source === s.id), g.verdict, pathOf(s.id), hits));
    return `<tr id="${h(g.id)}"><td>${i + 1}</td><td class="v-${g.verdict}">${g.verdict}</td><td class="what">${h(g.label)}<div class="reason">${h(g.reason)}</div></td>${cells.join("")}</tr>`;
  });
  return `<table class="matrix">${head(report, "what")}<tbody>${rows.join("")}</tbody></table>`;
}

/** Named people and bodies × sources: what each source says of them (freed, not freed, …). */
export function entityMatrix(report: Report): string {
  const entities = report.entities.filter((e: Entity) => e.claims.length > 0);
  if (!entities.length) return "";
  const pathOf = pathsOf(report.sources);
  const wide = isWide(report);
  const rows = entities.map((e, i) => {
    const said = (claims: typeof e.claims): Cited[] => claims.map((c) => ({ ...c, text: `${c.status}: ${c.text}` }));
    const cells = wide
      ? [wideCell(said(e.claims), e.verdict, pathOf, new Set())]
      : report.sources.map((s) => cell(said(e.claims.filter((c) => c.source === s.id)), e.verdict, pathOf(s.id), new Set()));
    return `<tr><td>${i + 1}</td><td class="v-${e.verdict}">${e.verdict}</td><td class="what">${h(e.name)}<div class="reason">${h(e.reason)}</div></td>${cells.join("")}</tr>`;
  });
  return `<table class="entities">${head(report, "who")}<tbody>${rows.join("")}</tbody></table>`;
}

import { escapeHtml as h } from "./escape.js";
import { entityMatrix, groupMatrix } from "./html-matrix.js";
import { STYLE } from "./html-style.js";
import { summaryLine, VERDICTS } from "./summary.js";
import type { Reporter } from "./types.js";

/**
 * One self-contained page: inline style, no script, and a Content-Security-Policy that forbids
 * every request, so even a text that slipped its escaping could neither run nor fetch anything.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

const list = (items: string[]): string => (items.length ? `<ul class="plain">${items.map((i) => `<li>${i}</li>`).join("")}</ul>` : "");

const html: Reporter = (report) => {
  const sources = report.sources.map((s) =>
    `<b>${h(s.id)}</b> — ${h(s.title ?? "(no title)")}${s.outlet ? `, ${h(s.outlet)}` : ""}${s.published ? `, ${h(s.published)}` : ""} <span class="loc">${h(s.path)}</span>`);
  const legend = VERDICTS.map((v) => `<span class="v-${v}">${v}</span>`).join("");
  const people = entityMatrix(report);
  const parts = [
    `<h1>factcheck report</h1><p>${h(summaryLine(report))}</p>`,
    `<h2>Claims × sources</h2><p class="legend">${legend} Hover a cell for its quote and place; click to expand.</p>${groupMatrix(report)}`,
    `<h2>Sources</h2>${list(sources)}`,
    people && `<h2>People, organisations and places</h2>${people}`,
    report.checks.length ? `<h2>Checks inside one source</h2>${list(report.checks.map((c) => `<span class="badge ${c.holds ? "v-agree" : "v-conflict"}">${c.holds ? "holds" : "fails"}</span> ${h(c.source)} ${h(c.kind)}: ${h(c.detail)}`))}` : "",
    report.skipped.length ? `<h2>Skipped inputs</h2>${list(report.skipped.map((s) => `${h(s.path)}: ${h(s.reason)}`))}` : "",
    report.problems.length ? `<h2>Problems</h2>${list(report.problems.map((p) => `${h(p.source)}: ${h(p.message)}`))}` : "",
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factcheck report</title>
<style>${STYLE}</style></head>
<body>
${parts.filter(Boolean).join("\n")}
</body></html>
`;
};
export default html;

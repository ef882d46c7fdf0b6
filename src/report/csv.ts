import { csvField } from "./escape.js";
import type { Reporter } from "./types.js";

const HEADER = ["group", "verdict", "label", "source", "path", "text", "kind", "low", "high", "line", "column", "sentence"];

/** One row per claim, in report order, for spreadsheets: RFC 4180, CRLF line ends, a header row. */
const csv: Reporter = (report) => {
  const pathOf = new Map(report.sources.map((s) => [s.id, s.path] as const));
  const rows = report.groups.flatMap((g) => g.claims.map((c) => [
    g.id, g.verdict, g.label, c.source, pathOf.get(c.source) ?? null, c.text, c.kind,
    c.value.low, c.value.high, c.line, c.column, c.sentence.trim(),
  ]));
  return [HEADER, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
};
export default csv;

import { csvField } from "./escape.js";
import type { Reporter } from "./types.js";

const HEADER = ["group", "verdict", "label", "source", "path", "text", "kind", "low", "high", "line", "column", "sentence"];

/** One row per claim, in report order, for spreadsheets: RFC 4180, CRLF line ends, a header row. */
const csv: Reporter = function* (report) {
  const pathOf = new Map(report.sources.map((s) => [s.id, s.path] as const));
  const row = (fields: ReadonlyArray<string | number | null>): string => `${fields.map(csvField).join(",")}\r\n`;
  yield row(HEADER);
  for (const g of report.groups) {
    for (const c of g.claims) {
      yield row([
        g.id, g.verdict, g.label, c.source, pathOf.get(c.source) ?? null, c.text, c.kind,
        c.value.low, c.value.high, c.line, c.column, c.sentence.trim(),
      ]);
    }
  }
};
export default csv;

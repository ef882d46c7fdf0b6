import type { Reporter } from "./types.js";

/** One group a line, for pipes (`jq -c`, `grep conflict`); keys in schema order (see streamJson). */
const jsonl: Reporter = function* (report) {
  for (const g of report.groups) yield `${JSON.stringify(g)}\n`;
};
export default jsonl;

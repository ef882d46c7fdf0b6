import { Group } from "../schema/report.js";
import type { Reporter } from "./types.js";

/** One group a line, for pipes (`jq -c`, `grep conflict`); parsed first for stable key order. */
const jsonl: Reporter = function* (report) {
  for (const g of report.groups) yield `${JSON.stringify(Group.parse(g))}\n`;
};
export default jsonl;

import { Group } from "../schema/report.js";
import type { Reporter } from "./types.js";

/** One group a line, for pipes (`jq -c`, `grep conflict`); parsed first for stable key order. */
const jsonl: Reporter = (report) => report.groups.map((g) => `${JSON.stringify(Group.parse(g))}\n`).join("");
export default jsonl;

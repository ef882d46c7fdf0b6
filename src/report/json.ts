import { Report } from "../schema/report.js";
import type { Reporter } from "./types.js";

/** Parsing right before printing puts keys in schema order and drops strays: byte-stable output. */
const json: Reporter = (report) => `${JSON.stringify(Report.parse(report), null, 2)}\n`;
export default json;

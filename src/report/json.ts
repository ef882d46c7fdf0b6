import { Report } from "../schema/report.js";
import { streamJson } from "./stream-json.js";
import type { Reporter } from "./types.js";

/** Parsing right before printing puts keys in schema order and drops strays: byte-stable output. */
const json: Reporter = (report) => streamJson(Report, report);
export default json;

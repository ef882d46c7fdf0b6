import { Report } from "../schema/report.js";
import { streamJson } from "./stream-json.js";
import type { Reporter } from "./types.js";

/** The whole report, printed as it is made: keys in schema order (see streamJson). */
const json: Reporter = (report) => streamJson(Report, report);
export default json;

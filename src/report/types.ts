import type { Report } from "../schema/report.js";

export type ReportOptions = { color: boolean; width?: number };
export type Reporter = (report: Report, options: ReportOptions) => string;

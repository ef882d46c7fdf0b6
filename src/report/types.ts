import type { Report } from "../schema/report.js";

export type ReportOptions = { color: boolean; width?: number };

/** A report's text whole, or in pieces to be written in order (for reports too big to hold twice). */
export type Rendered = string | Iterable<string>;

export type Reporter = (report: Report, options: ReportOptions) => Rendered;

/** The whole text of a rendered report. */
export const textOf = (rendered: Rendered): string => (typeof rendered === "string" ? rendered : [...rendered].join(""));

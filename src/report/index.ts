import csv from "./csv.js";
import html from "./html.js";
import json from "./json.js";
import jsonl from "./jsonl.js";
import markdown from "./markdown.js";
import table from "./table.js";
import type { Reporter } from "./types.js";

export const reporters = { table, json, markdown, html, csv, jsonl } as const satisfies Record<string, Reporter>;
export type Format = keyof typeof reporters;
export { filterReport, ONLY, type FilterOptions, type Only } from "./filter.js";
export { textOf, type Rendered, type Reporter, type ReportOptions } from "./types.js";

import json from "./json.js";
import table from "./table.js";
import type { Reporter } from "./types.js";

export const reporters = { table, json } as const satisfies Record<string, Reporter>;
export type Format = keyof typeof reporters;
export type { Reporter, ReportOptions } from "./types.js";

import { loadInputs } from "./ingest/load.js";
import { buildReport, extract } from "./pipeline.js";
import type { Report } from "./schema/report.js";

export * from "./schema/index.js";
export { buildReport, extract } from "./pipeline.js";
export { reporters, textOf } from "./report/index.js";

/** The public API: paths (files, folders) → the report. */
export async function compare(paths: readonly string[]): Promise<Report> {
  const { documents, skipped } = await loadInputs(paths, async () => new Uint8Array());
  return buildReport(documents, skipped);
}

export async function extractPaths(paths: readonly string[]) {
  const { documents, skipped } = await loadInputs(paths, async () => new Uint8Array());
  return extract(documents, skipped);
}

import { FactcheckError } from "../../core/errors.js";
import { loadInputs } from "../../ingest/load.js";
import { assemble } from "../../pipeline.js";
import type { Report } from "../../schema/report.js";
import type { Document, Skipped } from "../../schema/source.js";
import { extractMany } from "../../workers/index.js";
import { filterReport, reporters, type Format } from "../../report/index.js";
import { wantsColor, type Io } from "../io.js";
import { minSourcesOf, onlyOf, stdinFormatOf, workersOf } from "../options.js";
import { emit } from "../output.js";
import { progress, type Progress } from "../progress.js";
import { noteSkipped } from "../report-skipped.js";

export type CompareOptions = {
  format?: string; output?: string; failOn?: string; color?: boolean; quiet?: boolean;
  only?: string; minSources?: string; stdinFormat?: string; workers?: string; cache?: string;
};

export function formatOf(format: string | undefined): Format {
  const chosen = format ?? "table";
  if (!(chosen in reporters)) throw new FactcheckError("bad-format", { format: chosen, allowed: Object.keys(reporters) });
  return chosen as Format;
}

/** The pipeline's buildReport, on worker threads and through the cache, showing how far it is. */
async function buildWithProgress(
  documents: readonly Document[], skipped: readonly Skipped[], shown: Progress, options: { workers?: number; cacheDir?: string },
): Promise<Report> {
  const parts = await extractMany(documents, { ...options, onProgress: (done, total) => shown.step(`extracting ${done}/${total}`) });
  shown.step(`comparing ${parts.reduce((n, p) => n + p.claims.length, 0)} claims`);
  return assemble(parts, skipped);
}

/** `factcheck compare PATH…`: wiring only. Returns the exit code. */
export async function runCompare(paths: string[], options: CompareOptions, io: Io): Promise<number> {
  // Every option is checked before any input is read: a typo costs nothing.
  const format = formatOf(options.format);
  if (options.failOn !== undefined && options.failOn !== "conflict") {
    throw new FactcheckError("bad-option", { option: "--fail-on", value: options.failOn, expected: "conflict" });
  }
  const filter = { only: onlyOf(options.only), minSources: minSourcesOf(options.minSources) };
  const workers = workersOf(options.workers);
  const shown = progress(io, options.quiet);
  const { documents, skipped } = await loadInputs(paths, io.stdin, {
    stdinFormat: stdinFormatOf(options.stdinFormat),
    onFile: (path) => shown.step(`loading ${path}`),
    ...(io.files ? { files: io.files } : {}),
  });
  noteSkipped(io, skipped, options.quiet);
  if (documents.length === 0) throw new FactcheckError("no-input", { paths });
  let report: Report;
  try {
    report = await buildWithProgress(documents, skipped, shown, {
      ...(workers !== undefined ? { workers } : {}),
      ...(options.cache !== undefined ? { cacheDir: options.cache } : {}),
    });
  } finally {
    shown.done();
  }
  const text = reporters[format](filterReport(report, filter), { color: wantsColor(io, options.color) && !options.output, width: io.columns });
  await emit(io, text, options.output);
  // --fail-on looks at the whole report: a filter changes what is shown, not what was found.
  return options.failOn === "conflict" && report.groups.some((g) => g.verdict === "conflict") ? 1 : 0;
}

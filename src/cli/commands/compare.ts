import { FactcheckError } from "../../core/errors.js";
import { assemble } from "../../pipeline.js";
import type { Report } from "../../schema/report.js";
import { filterReport, reporters, type Format } from "../../report/index.js";
import { wantsColor, type Io } from "../io.js";
import { minSourcesOf, onlyOf, stdinFormatOf, workersOf } from "../options.js";
import { emit } from "../output.js";
import { progress } from "../progress.js";
import { extractInputs } from "../extract-inputs.js";

export type CompareOptions = {
  format?: string; output?: string; failOn?: string; color?: boolean; quiet?: boolean;
  only?: string; minSources?: string; stdinFormat?: string; workers?: string; cache?: string;
};

export function formatOf(format: string | undefined): Format {
  const chosen = format ?? "table";
  if (!(chosen in reporters)) throw new FactcheckError("bad-format", { format: chosen, allowed: Object.keys(reporters) });
  return chosen as Format;
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
  let report: Report;
  try {
    const { parts, skipped } = await extractInputs(paths, io, {
      stdinFormat: stdinFormatOf(options.stdinFormat), quiet: options.quiet, workers, cacheDir: options.cache, progress: shown,
    });
    shown.step(`comparing ${parts.reduce((n, p) => n + p.claims.length, 0)} claims`);
    report = assemble(parts, skipped);
  } finally {
    shown.done();
  }
  const text = reporters[format](filterReport(report, filter), { color: wantsColor(io, options.color) && !options.output, width: io.columns });
  await emit(io, text, options.output);
  // --fail-on looks at the whole report: a filter changes what is shown, not what was found.
  return options.failOn === "conflict" && report.groups.some((g) => g.verdict === "conflict") ? 1 : 0;
}

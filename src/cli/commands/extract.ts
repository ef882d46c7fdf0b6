import { FactcheckError } from "../../core/errors.js";
import { toExtraction } from "../../pipeline.js";
import { evidenceLine, formatClaim } from "../../report/evidence.js";
import { pathsOf } from "../../report/layout.js";
import { Extraction } from "../../schema/report.js";
import { streamJson } from "../../report/stream-json.js";
import type { Io } from "../io.js";
import { stdinFormatOf, workersOf } from "../options.js";
import { emit } from "../output.js";
import { extractInputs } from "../extract-inputs.js";

export type ExtractOptions = { format?: string; output?: string; quiet?: boolean; stdinFormat?: string; workers?: string; cache?: string };

/** `factcheck extract PATH…`: stage 3's claims, as JSON or one line per claim. */
export async function runExtract(paths: string[], options: ExtractOptions, io: Io): Promise<number> {
  const format = options.format ?? "json";
  if (format !== "json" && format !== "text") throw new FactcheckError("bad-format", { format, allowed: ["json", "text"] });
  const workers = workersOf(options.workers);
  const { parts, skipped } = await extractInputs(paths, io, {
    stdinFormat: stdinFormatOf(options.stdinFormat), quiet: options.quiet, workers, cacheDir: options.cache,
  });
  const result = toExtraction(parts, skipped);
  const pathOf = pathsOf(result.sources);
  const text = format === "json"
    ? streamJson(Extraction, result)
    : [...result.claims, ...result.times].map((c) => `${c.source} ${formatClaim(c)}  ${evidenceLine(c, pathOf)}\n`);
  await emit(io, text, options.output);
  return 0;
}

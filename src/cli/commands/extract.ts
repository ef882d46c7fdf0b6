import { FactcheckError } from "../../core/errors.js";
import { loadInputs } from "../../ingest/load.js";
import { toExtraction } from "../../pipeline.js";
import { evidenceLine, formatClaim } from "../../report/evidence.js";
import { pathsOf } from "../../report/layout.js";
import { Extraction } from "../../schema/report.js";
import { streamJson } from "../../report/stream-json.js";
import type { Io } from "../io.js";
import { stdinFormatOf, workersOf } from "../options.js";
import { emit } from "../output.js";
import { noteSkipped } from "../report-skipped.js";
import { extractMany } from "../../workers/index.js";

export type ExtractOptions = { format?: string; output?: string; quiet?: boolean; stdinFormat?: string; workers?: string; cache?: string };

/** `factcheck extract PATH…`: stage 3's claims, as JSON or one line per claim. */
export async function runExtract(paths: string[], options: ExtractOptions, io: Io): Promise<number> {
  const format = options.format ?? "json";
  if (format !== "json" && format !== "text") throw new FactcheckError("bad-format", { format, allowed: ["json", "text"] });
  const workers = workersOf(options.workers);
  const { documents, skipped } = await loadInputs(paths, io.stdin, { stdinFormat: stdinFormatOf(options.stdinFormat), ...(io.files ? { files: io.files } : {}) });
  noteSkipped(io, skipped, options.quiet);
  if (documents.length === 0) throw new FactcheckError("no-input", { paths });
  const extraction = toExtraction(await extractMany(documents, {
    ...(workers !== undefined ? { workers } : {}),
    ...(options.cache !== undefined ? { cacheDir: options.cache } : {}),
  }), skipped);
  const pathOf = pathsOf(extraction.sources);
  const text = format === "json"
    ? streamJson(Extraction, extraction)
    : extraction.claims.map((c) => `${c.source} ${formatClaim(c)}  ${evidenceLine(c, pathOf)}\n`);
  await emit(io, text, options.output);
  return 0;
}

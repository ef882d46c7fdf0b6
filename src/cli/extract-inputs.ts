import { FactcheckError } from "../core/errors.js";
import { streamInputs } from "../ingest/load.js";
import type { InputKind } from "../ingest/kinds.js";
import type { DocumentExtraction } from "../schema/extraction.js";
import type { Skipped } from "../schema/source.js";
import { openExtraction } from "../workers/index.js";
import type { Io } from "./io.js";
import type { Progress } from "./progress.js";
import { noteSkipped } from "./report-skipped.js";

export type ExtractInputsOptions = {
  stdinFormat: InputKind; quiet?: boolean | undefined; workers?: number | undefined; cacheDir?: string | undefined; progress?: Progress;
};

/**
 * Reads the inputs and extracts them, both at once: threads start while files are still being
 * read, and each document goes to them as soon as it is loaded. Skipped inputs are listed on
 * stderr; no usable document at all is the `no-input` error.
 */
export async function extractInputs(
  paths: string[], io: Io, options: ExtractInputsOptions,
): Promise<{ parts: DocumentExtraction[]; skipped: Skipped[] }> {
  const shown = options.progress;
  const extraction = await openExtraction({
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
    ...(shown ? { onProgress: (done: number, total: number) => shown.step(`extracting ${done}/${total}`) } : {}),
  });
  try {
    const { count, skipped } = await streamInputs(paths, io.stdin, (doc) => extraction.add(doc), {
      stdinFormat: options.stdinFormat,
      ...(shown ? { onFile: (path: string) => shown.step(`reading ${path}`) } : {}),
      ...(io.files ? { files: io.files } : {}),
    });
    noteSkipped(io, skipped, options.quiet);
    if (count === 0) throw new FactcheckError("no-input", { paths });
    return { parts: await extraction.finish(), skipped };
  } finally {
    await extraction.close();
  }
}

import { FactcheckError } from "../../core/errors.js";
import { loadInputs } from "../../ingest/load.js";
import { buildReport } from "../../pipeline.js";
import { reporters, type Format } from "../../report/index.js";
import { wantsColor, type Io } from "../io.js";
import { emit } from "../output.js";

export type CompareOptions = { format?: string; output?: string; failOn?: string; color?: boolean; quiet?: boolean };

export function formatOf(io: Io, format: string | undefined): Format {
  const chosen = format ?? (io.isTTY ? "table" : "table");
  if (!(chosen in reporters)) throw new FactcheckError("bad-format", { format: chosen, allowed: Object.keys(reporters) });
  return chosen as Format;
}

/** `factcheck compare PATH…`: wiring only. Returns the exit code. */
export async function runCompare(paths: string[], options: CompareOptions, io: Io): Promise<number> {
  const format = formatOf(io, options.format);
  if (options.failOn !== undefined && options.failOn !== "conflict") {
    throw new FactcheckError("bad-option", { option: "--fail-on", value: options.failOn, expected: "conflict" });
  }
  const { documents, skipped } = await loadInputs(paths, io.stdin);
  if (!options.quiet) for (const s of skipped) io.stderr(`factcheck: skipped ${s.path}: ${s.reason}\n`);
  if (documents.length === 0) throw new FactcheckError("no-input", { paths });
  const report = buildReport(documents, skipped);
  await emit(io, reporters[format](report, { color: wantsColor(io, options.color) && !options.output, width: io.columns }), options.output);
  return options.failOn === "conflict" && report.groups.some((g) => g.verdict === "conflict") ? 1 : 0;
}

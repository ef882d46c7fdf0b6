import type { Skipped } from "../schema/source.js";
import type { Io } from "./io.js";

/** One line on stderr per input that could not be used, unless --quiet. */
export function noteSkipped(io: Io, skipped: readonly Skipped[], quiet: boolean | undefined): void {
  if (!quiet) for (const s of skipped) io.stderr(`factcheck: skipped ${s.path}: ${s.reason}\n`);
}

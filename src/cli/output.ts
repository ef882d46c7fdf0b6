import { rename, rm, writeFile } from "node:fs/promises";
import { FactcheckError } from "../core/errors.js";
import type { Io } from "./io.js";

/** Writes to stdout, or to a file atomically (temp file renamed into place). */
export async function emit(io: Io, text: string, output: string | undefined): Promise<void> {
  if (!output || output === "-") {
    io.stdout(text);
    return;
  }
  const temp = `${output}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text);
    await rename(temp, output);
  } catch (error) {
    // Never leave a half-written temp file behind next to the reader's output.
    await rm(temp, { force: true }).catch(() => {});
    throw new FactcheckError("write-failed", { path: output, reason: (error as Error).message });
  }
}

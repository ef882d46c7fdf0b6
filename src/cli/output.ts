import { open, rename, rm } from "node:fs/promises";
import { FactcheckError } from "../core/errors.js";
import type { Rendered } from "../report/types.js";
import type { Io } from "./io.js";

/** Pieces of about this size go out in one write: few system calls, no report-sized string. */
const WRITE_SIZE = 1 << 16;

function* batched(rendered: Rendered): Generator<string> {
  if (typeof rendered === "string") {
    yield rendered;
    return;
  }
  let pending: string[] = [];
  let size = 0;
  for (const piece of rendered) {
    // A piece that is a write on its own goes out as it is: joining would only copy it.
    if (size === 0 && piece.length >= WRITE_SIZE) {
      yield piece;
      continue;
    }
    pending.push(piece);
    size += piece.length;
    if (size >= WRITE_SIZE) {
      yield pending.join("");
      pending = [];
      size = 0;
    }
  }
  if (pending.length) yield pending.join("");
}

/** Writes to stdout, or to a file atomically (temp file renamed into place), as the report is made. */
export async function emit(io: Io, rendered: Rendered, output: string | undefined): Promise<void> {
  if (!output || output === "-") {
    for (const text of batched(rendered)) io.stdout(text);
    return;
  }
  const temp = `${output}.${process.pid}.tmp`;
  try {
    const file = await open(temp, "w");
    try {
      for (const text of batched(rendered)) await file.write(text);
    } finally {
      await file.close();
    }
    await rename(temp, output);
  } catch (error) {
    // Never leave a half-written temp file behind next to the reader's output.
    await rm(temp, { force: true }).catch(() => {});
    if (error instanceof FactcheckError) throw error;
    throw new FactcheckError("write-failed", { path: output, reason: (error as Error).message });
  }
}

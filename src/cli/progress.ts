import type { Io } from "./io.js";

export type Progress = { step: (text: string) => void; done: () => void };

const SILENT: Progress = { step: () => {}, done: () => {} };

/** Shown only after this long: a quick run prints nothing but its report. */
const DELAY_MS = 1000;

/**
 * One self-overwriting status line on stderr, only when stderr is a terminal and the run has
 * taken over a second; stdout holds only the report, so pipes and files never see it.
 */
export function progress(io: Io, quiet: boolean | undefined): Progress {
  if (quiet || !io.stderrIsTTY || !io.now) return SILENT;
  const now = io.now;
  const start = now();
  let shown = false;
  return {
    step: (text) => {
      if (now() - start < DELAY_MS) return;
      shown = true;
      io.stderr(`\r\u001b[2Kfactcheck: ${text.slice(0, Math.max(20, io.columns - 12))}`);
    },
    done: () => {
      if (shown) io.stderr("\r\u001b[2K");
    },
  };
}

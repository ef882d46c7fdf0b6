/**
 * Offsets → 1-based line and column. Extractors report offsets only; lines are computed here once
 * per document, so no rule ever counts newlines itself.
 */
export type Locator = (offset: number) => { line: number; column: number };

export function locator(text: string): Locator {
  // Read on the first offset asked: a document with no claim or status never needs its lines.
  // indexOf finds line breaks far faster than a loop over every character.
  let lineStarts: number[] | null = null;
  return (offset) => {
    const starts = (lineStarts ??= lineStartsOf(text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** Where each line of a text starts. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Offsets → 1-based line and column. Extractors report offsets only; lines are computed here once
 * per document, so no rule ever counts newlines itself.
 */
export type Locator = (offset: number) => { line: number; column: number };

export function locator(text: string): Locator {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
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

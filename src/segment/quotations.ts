import type { Span } from "../schema/segment.js";

const PAIRS: ReadonlyArray<[string, string]> = [["“", "”"], ['"', '"'], ["«", "»"]];

/** Quotation spans (marks included) in one paragraph; an unclosed quote runs to the paragraph end. */
export function findQuotations(text: string): Span[] {
  const out: Span[] = [];
  for (const [open, close] of PAIRS) {
    let i = text.indexOf(open);
    while (i >= 0) {
      const j = text.indexOf(close, i + 1);
      const end = j < 0 ? text.length : j + 1;
      // A lone closing mark at the paragraph start (a quote carried over) is handled by the caller.
      if (end - i > 2) out.push({ start: i, end });
      if (j < 0) break;
      i = text.indexOf(open, end);
    }
  }
  // A paragraph that opens with no mark but has a lone closing one continues a quotation.
  const firstClose = text.indexOf("”");
  const firstOpen = text.indexOf("“");
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) out.push({ start: 0, end: firstClose + 1 });
  return out.sort((a, b) => a.start - b.start);
}

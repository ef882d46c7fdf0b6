import type { Span } from "../schema/segment.js";

export type Paragraph = Span & { text: string };

/** Every non-blank line is a paragraph: news text puts one paragraph a line. Offsets are trimmed. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let s = lineStart;
      let e = i;
      while (s < e && /\s/.test(text[s] ?? "")) s++;
      while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
      if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
      lineStart = i + 1;
    }
  }
  return out;
}

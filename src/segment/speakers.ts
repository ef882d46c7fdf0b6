import { nameAfter, speakerIn } from "../nlp/speaker.js";
import type { Span } from "../schema/segment.js";

const PRONOUN = /^(he|she|they|we|i)$/i;

/** The paragraph's grammatical subject, for "he said" after a quote: its first capitalised run. */
function paragraphSubject(paragraph: string): string | null {
  const m = /^(?:(?:The|A|An|In|On|But|And|Yet|Then)\s+)?((?:\p{Lu}[\p{L}\p{M}'’-]+\s*){1,4})/u.exec(paragraph);
  return m?.[1]?.trim().replace(/’s$|'s$/, "") ?? null;
}

/**
 * Who speaks a quotation: words after it (",” X said"), before it ("X said: “…"), or the
 * previous paragraph when it ends with a colon. "he" resolves to the paragraph's subject or
 * the last speaker.
 */
export function quotationSpeaker(paragraph: string, quote: Span, previousParagraph: string | null, lastSpeaker: string | null): string | null {
  const after = paragraph.slice(quote.end, quote.end + 160).split(/[“"]|[.!?](?:\s|$)/)[0] ?? "";
  let found = /\p{L}/u.test(after) ? speakerIn(after)?.speaker ?? null : null;
  if (!found) {
    const before = paragraph.slice(0, quote.start);
    const clause = before.split(/[.!?]\s+/).pop() ?? "";
    if (clause.trim()) found = speakerIn(clause)?.speaker ?? null;
    else if (previousParagraph && /:\s*$/.test(previousParagraph)) {
      const last = previousParagraph.split(/[.!?]\s+/).pop() ?? "";
      found = speakerIn(last)?.speaker ?? nameAfter(last.replace(/^.*\b(from|by|cited)\s+/, "")) ?? null;
    }
  }
  if (found && PRONOUN.test(found)) found = paragraphSubject(paragraph) ?? lastSpeaker;
  return found;
}

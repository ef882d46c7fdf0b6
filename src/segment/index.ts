import { findReferenceDate } from "../normalize/time.js";
import type { Document } from "../schema/source.js";
import type { Quotation, Segmented, Sentence } from "../schema/segment.js";
import { isFurniture, startsFurnitureTail } from "./furniture.js";
import { splitParagraphs } from "./paragraphs.js";
import { findQuotations } from "./quotations.js";
import { splitSentences } from "./sentences.js";
import { quotationSpeaker } from "./speakers.js";
import { listItemTopic } from "./topic.js";

/** Document → paragraphs, sentences and quotations with absolute UTF-16 offsets. */
export function segment(doc: Document): Segmented {
  const sentences: Sentence[] = [];
  const quotations: Quotation[] = [];
  const paragraphs = splitParagraphs(doc.text);
  let inTail = false;
  let lastSpeaker: string | null = null;
  paragraphs.forEach((p, pi) => {
    inTail ||= startsFurnitureTail(p.text);
    const furniture = inTail || isFurniture(p.text);
    const topic = listItemTopic(p.text);
    const previous = pi > 0 ? paragraphs[pi - 1]?.text ?? null : null;
    for (const q of findQuotations(p.text)) {
      const speaker = furniture ? null : quotationSpeaker(p.text, q, previous, lastSpeaker);
      if (speaker) lastSpeaker = speaker;
      quotations.push({ start: p.start + q.start, end: p.start + q.end, speaker });
    }
    for (const s of splitSentences(p.text)) {
      sentences.push({
        index: sentences.length,
        paragraph: pi,
        start: p.start + s.start,
        end: p.start + s.end,
        text: p.text.slice(s.start, s.end),
        furniture,
        topic,
      });
    }
  });
  return { sentences, quotations, reference: doc.published ?? findReferenceDate(doc.text) };
}

import { stableId } from "../../core/ids.js";
import { locator } from "../../core/location.js";
import type { Mention, StatusClaim } from "../../schema/entity.js";
import type { Segmented } from "../../schema/segment.js";
import type { Document } from "../../schema/source.js";
import { readAttribution } from "../frame/attribution.js";
import type { SentenceNames } from "./sentence-names.js";
import { findFlights } from "./find-flights.js";
import { findStatuses } from "./find-statuses.js";
import { markAliases } from "./find-aliases.js";
import { isBackground } from "./background.js";
import type { NameMention } from "./find-names.js";
import { singleNames, singleWords, type SingleWord } from "./find-single-names.js";
import { headingStatus } from "./status-triggers.js";
import type { Status } from "../../schema/entity.js";
import { isTitleCase } from "../../nlp/title-case.js";

const RELEASE: ReadonlySet<Status> = new Set(["freed", "not-freed", "unconfirmed", "refused-to-leave"]);

/** The latest year a text mentions ("2024"), or null. */
const latestYear = (text: string): string | null => [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => m[0]).sort().at(-1) ?? null;

/**
 * Named mentions and status claims of one document. A heading such as "Who was freed" gives
 * its status to the list items under it ("- Imre Varga — …").
 */
export function extractEntities(doc: Document, seg: Segmented, sentenceNames: SentenceNames): { mentions: Mention[]; statuses: StatusClaim[] } {
  const locate = locator(doc.text);
  const mentions: Mention[] = [];
  const statuses: StatusClaim[] = [];
  const words: SingleWord[] = [];
  const longer: NameMention[] = [];
  // Undated articles: the latest year they mention stands for their own.
  const reference = seg.reference ?? latestYear(doc.text);
  let heading: Status | null = null;
  let lastParagraph = -1;
  const add = (start: number, end: number, status: Status, sentence: { text: string; start: number }) => {
    const { line, column } = locate(start);
    const { attribution } = readAttribution(seg.quotations, sentence, start, end);
    statuses.push({
      id: stableId("s", doc.id, start, status), source: doc.id,
      text: doc.text.slice(start, end), start, end, line, column, sentence: sentence.text,
      name: doc.text.slice(start, end), status, attribution,
    });
  };
  for (const s of seg.sentences) {
    const newParagraph = s.paragraph !== lastParagraph;
    lastParagraph = s.paragraph;
    if (newParagraph) {
      const h = headingStatus(s.text);
      if (h) { heading = h; continue; }
      if (!s.topic) heading = null;
    }
    // Furniture and title-case headlines ("Rare Act of Personal Friendship") name no one reliably.
    if (s.furniture || isTitleCase(s.text)) continue;
    const names = sentenceNames.of(s);
    for (const n of names) mentions.push({ source: doc.id, text: n.name, start: s.start + n.start, end: s.start + n.end, kind: n.kind });
    for (const w of singleWords(s.text, names, s.start)) words.push(w);
    for (const n of names) longer.push(n);
    // The release statuses are read as always; the event classes only from news, not background
    // (asked only of a sentence with a status to keep or drop).
    let found = findStatuses(s.text, names);
    if (found.length > 0 && isBackground(s.text, reference)) found = found.filter((f) => RELEASE.has(f.status));
    for (const f of found) add(s.start + f.person.start, s.start + f.person.end, f.status, s);
    if (heading && s.topic && newParagraph && !found.length) {
      const at = s.text.indexOf(s.topic);
      if (at >= 0) add(s.start + at, s.start + at + s.topic.length, heading, s);
    }
  }
  // Single words are judged on the whole document: "Acme" opening a sentence is a name if
  // the document also writes it alone mid-sentence, or as the start of "Acme Systems".
  for (const n of singleNames(words, longer)) mentions.push({ source: doc.id, text: n.name, start: n.start, end: n.end, kind: n.kind });
  // A flight's designator is no body's name: "AI" of "AI-171" is not an organisation.
  const flights = findFlights(doc.text);
  const named = flights.length === 0 ? mentions : mentions.filter((m) => !flights.some((f) => f.start < m.end && m.start < f.end));
  for (const f of flights) named.push({ source: doc.id, text: f.name, start: f.start, end: f.end, kind: "flight" });
  named.sort((a, b) => a.start - b.start);
  return { mentions: markAliases(doc.text, named), statuses };
}

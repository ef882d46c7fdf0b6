import { DESIGNATOR } from "../../normalize/flight.js";
import type { Span } from "../../schema/segment.js";

/** A flight named in a text, by its designator as written ("AI171", "AI-171") or, with no airline code, as "flight 171". */
export type FlightMention = Span & { name: string };

/** Units and words that make "flight 3 hours" a length of time, not a flight's number. */
const NOT_A_NUMBER_AFTER = String.raw`(?!\s*(?:hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|times|percent|per\b|%|km|kilomet|miles?|feet|ft\b|metres?|meters?|passengers?|people))`;

/**
 * "flight AI171", "Flight AI-171", "flight No. 171", "flight 171": the word "flight" and a
 * designator (an airline's two-character code, then one to four digits and maybe a letter), or
 * a bare number of two to four digits. Group 1: the designator or number.
 */
const AFTER_FLIGHT = new RegExp(
  String.raw`\b[Ff]light\s+(?:(?:[Nn]o\.?|[Nn]umber)\s*)?((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[-\s]?\d{1,4}[A-Z]?|\d{2,4}[A-Z]?)\b` + NOT_A_NUMBER_AFTER,
  "g",
);

/**
 * Flights a document names. A designator is a flight's name only after the word "flight"
 * somewhere in the document ("flight AI171"); then the same designator alone elsewhere ("after
 * AI171 took off") is one too, in any of its spellings (AI171, AI-171, AI 171). A code and
 * digits alone with no "flight" anywhere ("A320", "G7", "F1") are models, groups or races.
 * Offsets are the text's.
 */
export function findFlights(text: string): FlightMention[] {
  const out: FlightMention[] = [];
  const designators = new Map<string, string>();
  for (const m of text.matchAll(AFTER_FLIGHT)) {
    const written = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].length - written.length;
    const parts = DESIGNATOR.exec(written);
    if (parts) {
      // A designator's parts are letters and digits only: they go into the pattern as they are.
      designators.set(`${parts[1]}${parts[2]}`, String.raw`\b${parts[1]}[-\s]?${parts[2]}\b`);
      out.push({ start, end: start + written.length, name: written });
    } else {
      // A bare number is named with the word before it: "171" alone names nothing.
      const at = m.index ?? 0;
      out.push({ start: at, end: start + written.length, name: text.slice(at, start + written.length) });
    }
  }
  if (designators.size > 0) {
    const taken = new Set(out.map((f) => f.start));
    const alone = new RegExp([...designators.values()].join("|"), "g");
    for (const m of text.matchAll(alone)) {
      const start = m.index ?? 0;
      if (taken.has(start)) continue;
      out.push({ start, end: start + m[0].length, name: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

import { MONTHS, WEEKDAYS } from "../lexicon/months.js";
import { CAPITAL, NOT_PLACES, WHOLE_COUNTRY } from "../lexicon/places.js";

/** The claim's clause: between the nearest clause breaks around it. */
const BREAK = /[;,—()]|\b(?:while|whereas|but|compared)\b/g;

/** "in Paris", "across France", "in the hardest-hit eastern Valencia region", "in La Torre". */
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|de|la|del))*";
/** A list of places is one scope: "in Valencia, Castile-La Mancha and Andalusia" is not "in Valencia". */
const PLACE = new RegExp(`\\b(?:in|across|throughout)\\s+(?:the\\s+)?(?:(?!(?:a|an|with|by|for|to|on|and|of|from)\\b)[a-z][a-z-]*\\s+){0,3}?(${NAME}(?:(?:,\\s*|\\s+and\\s+)${NAME})*)`, "gu");

/** An opening adverbial that sets the place of the whole sentence: "In Paris, where …". */
const OPENING = /^\s*(?:In|Across|Throughout)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s*,/u;

type Place = { name: string; at: number };

/**
 * Phrases that name a place without naming it, and the name they get. The lexicon's patterns
 * are not global, so exec reads from the start and keeps no state.
 */
const WHOLE_PLACES: ReadonlyArray<readonly [RegExp, string]> = [
  [WHOLE_COUNTRY, "(the whole country)"],
  [CAPITAL, "(the capital)"],
];

/** Every place the clause names, with where it starts. */
function placesIn(clause: string): Place[] {
  const out: Place[] = [];
  for (const m of clause.matchAll(PLACE)) {
    const name = m[1] as string;
    // "in Tuesday's earthquake": a day, possessive or not, is no place.
    const first = (name.split(/\s+/)[0] as string).toLowerCase().replace(/['’]s$/, "");
    if (MONTHS[first] !== undefined || WEEKDAYS[first] !== undefined || NOT_PLACES.has(first)) continue;
    out.push({ name: name.toLowerCase(), at: m.index as number });
  }
  for (const [pattern, name] of WHOLE_PLACES) {
    const m = pattern.exec(clause);
    if (m) out.push({ name, at: m.index });
  }
  return out;
}

/**
 * Where a figure was counted, as its clause says: the place named nearest after it ("80 people
 * were arrested across the country", "one in Andalusia"), else nearest before it ("officials in
 * Castilla-La Mancha announced three deaths"), else the place the sentence opens with ("In
 * Paris, where the union announced 800,000"). Null when none is said.
 */
export function placeOf(sentence: string, start: number, end: number): string | null {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(BREAK)) {
    const at = m.index as number;
    if (at < start) from = at + m[0].length;
    else if (at >= end) { to = at; break; }
  }
  // A place starts inside the clause but its list may run past a comma ("in Valencia, Castile-La
  // Mancha and Andalusia"), up to the next stronger break.
  const strong = /[;—()]|\b(?:while|whereas|but)\b/.exec(sentence.slice(to));
  const reach = strong ? to + strong.index : sentence.length;
  const places = placesIn(sentence.slice(from, reach)).map((p) => ({ ...p, at: p.at + from })).filter((p) => p.at < to);
  const after = places.filter((p) => p.at >= end).sort((x, y) => x.at - y.at)[0];
  const before = places.filter((p) => p.at < start).sort((x, y) => y.at - x.at)[0];
  if (after ?? before) return (after ?? before)?.name ?? null;
  const opening = OPENING.exec(sentence)?.[1]?.toLowerCase();
  return opening && !NOT_PLACES.has(opening) && MONTHS[opening] === undefined ? opening : null;
}

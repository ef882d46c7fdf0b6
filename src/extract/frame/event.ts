import { EVENT_BY_LEMMA } from "../../lexicon/event-verbs.js";
import type { Lemmatizer } from "../../nlp/compromise.js";
import { lemmaCandidates } from "../../nlp/lemma.js";
import type { Token } from "../../nlp/tokens.js";

const CLAUSE_END = new Set([",", ";", ":", "—", "–", "(", ")", ".", "!", "?"]);
const WINDOW = 7;
/** Words that join two clauses: an event word before one belongs to the clause it ends. */
const COORDINATORS = new Set(["and", "but", "while", "whereas"]);
/** "sentenced to 15 years in a penal colony in 2021": a year is an adverbial of the clause's verb, further off. */
const YEAR_WINDOW = 12;

/** Words that look like events but qualify the count: "the remaining 38", "the freed 52". */
const NOT_EVENT = new Set(["remaining", "still"]);

/** "inflation levelled off at 3%": with its particle, a verb means something else. */
const PHRASAL = /^levell?(?:ed|ing)$/;
const PARTICLE = new Set(["off", "out"]);

/** "89 people remain missing", "52 are still held": the state after the copula says what happened. */
const COPULA = /^remain(?:s|ed|ing)?$/;

function eventOf(t: Token, lemmas: Lemmatizer, next?: Token): string | null {
  if (t.type !== "word" || NOT_EVENT.has(t.lower)) return null;
  if (COPULA.test(t.lower) && next && next.type === "word" && eventOf(next, lemmas) !== null) return null;
  // "a production level of 459,445", "record levels": the noun; the quake "levelled" homes.
  if (t.lower === "level" || t.lower === "levels") return null;
  if (PHRASAL.test(t.lower) && PARTICLE.has(next?.lower ?? "")) return null;
  for (const lemma of lemmaCandidates(t.lower)) {
    const event = EVENT_BY_LEMMA.get(lemma);
    if (event) return event;
  }
  return EVENT_BY_LEMMA.get(lemmas.verb(t.lower)) ?? null;
}

/**
 * The event a number belongs to: the nearest event word in its clause, before the number
 * ("released 52 prisoners", "the release of 16") or after its noun ("14 … were freed").
 */
export const reachOf = (kind: string): number => (kind === "year" ? YEAR_WINDOW : WINDOW);

export function readEvent(tokens: readonly Token[], first: number, measureEnd: number, lemmas: Lemmatizer, reach = WINDOW): string | null {
  // "7% larger than last year's", "3% lower": a comparison after the number is a change.
  const after = tokens[measureEnd]?.lower ?? "";
  if (/^(larger|higher|more|bigger|greater|up)$/.test(after)) return "increase";
  if (/^(smaller|lower|less|fewer|down)$/.test(after)) return "decrease";
  let left: { event: string; distance: number; coordinated: boolean } | null = null;
  let coordinated = false;
  for (let k = first - 1, d = 1; k >= 0 && d <= reach; k--, d++) {
    const t = tokens[k] as Token;
    if (CLAUSE_END.has(t.text)) break;
    const e = eventOf(t, lemmas, tokens[k + 1]);
    if (e) { left = { event: e, distance: d, coordinated }; break; }
    if (COORDINATORS.has(t.lower)) coordinated = true;
  }
  let right: { event: string; distance: number } | null = null;
  for (let k = measureEnd, d = 1; k < tokens.length && d <= reach; k++, d++) {
    const t = tokens[k] as Token;
    if (CLAUSE_END.has(t.text)) break;
    if (t.type === "number") break;
    const e = eventOf(t, lemmas, tokens[k + 1]);
    if (e) { right = { event: e, distance: d }; break; }
  }
  // "… and more than 2,000 were evacuated": a number that is the subject takes the verb after it.
  const subject = /^(were|was|are|is|have|has|had|will|would|remain|remained)$/.test(tokens[measureEnd]?.lower ?? "");
  // "… killed 92 and 89 were missing": past a conjunction, the left verb is another clause's.
  if (left && right) return subject || left.coordinated || right.distance < left.distance ? right.event : left.event;
  return left?.event ?? right?.event ?? null;
}

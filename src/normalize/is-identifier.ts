import { MONTHS, WEEKDAYS } from "../lexicon/months.js";
import { QUALIFIERS } from "../lexicon/qualifiers.js";
import { CURRENCY_WORDS, DOLLAR_PREFIXES } from "../lexicon/units.js";
import { isCapitalized, type Token } from "../nlp/tokens.js";

/** Letters glued after digits that still leave a quantity: "71st", "1990s", "$3bn", "5k", "10km". */
const QUANTITY_SUFFIX = /^(st|nd|rd|th|s|k|m|pc|bn|mn|mln|b|tn|trn|km|kg|mph|cm|mm|ft|lb|lbs|g|t|mw|gw|kw|ha)$/i;

/**
 * Nouns that name a thing by the number written right after them, whether capitalised or not
 * ("flight 171", "chapter 11", "Route 66"), in headlines too.
 */
const NAMED_IN_ANY_CASE = /^(route|flight|boeing|airbus|gate|terminal|platform|highway|chapter|section|article|amendment|resolution|apollo)$/i;

/**
 * Nouns that name a thing by its number only when capitalised ("Page 5", "Phase 2"): in lower
 * case they also stand before counts ("level", "phase", "number").
 */
const NAMED_WHEN_CAPITALISED = /^(room|building|road|level|phase|stage|zone|lot|unit|model|version|season|episode|volume|issue|no|page|war|fortune|windows|iphone|galaxy|paragraph|clause|part|act|line|bus|track|item|box|pier|block|ward|district|precinct|channel|number)$/i;

/** Words that open a sentence and may stand before a count: "Only 5 came", "Another 12 died". */
const OPENERS = new Set(["only", "just", "all", "another", "those", "these", "the", "of", "in", "by", "at", "on", "for", "with", "after", "within", "since", "perhaps", "maybe", "still", "and", "but", "so", "then", "now", "today", "yesterday", "police", "officials", "authorities", "reports"]);

const HEDGE_WORDS = new Set(QUALIFIERS.flatMap(([p]) => p.split(" ")));

const hasCapital = (t: Token | undefined): boolean => t !== undefined && t.type === "word" && /\p{Lu}/u.test(t.text);

/** A word that is spelt in capitals but says how much, not which: "USD 5", "US$5", "Over 50". */
function isQuantityWord(t: Token | undefined): boolean {
  if (!t) return false;
  const lower = t.lower;
  return HEDGE_WORDS.has(lower) || OPENERS.has(lower) || MONTHS[lower] !== undefined || WEEKDAYS[lower] !== undefined ||
    (CURRENCY_WORDS[lower] !== undefined && lower.length === 3) || DOLLAR_PREFIXES[lower] !== undefined;
}

/** "3 a.m.", "5 pm", "14:00 GMT": the hour of a clock, not an amount. */
function isClockTime(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k];
  if (!w || w.type !== "word") return false;
  if (/^(am|pm|gmt|utc|bst|cet|cest|est|edt|pst|pdt|hrs)$/.test(w.lower)) return !(w.lower === "am" && w.text === "am" && tokens[k + 1]?.type === "word");
  return /^[ap]$/.test(w.lower) && tokens[k + 1]?.text === "." && tokens[k + 2]?.lower === "m";
}

/**
 * Is the number at token `i` part of a name or code rather than an amount? "Zapad-2025",
 * "COVID-19", "G7", "MH17", "10:30", "9/11", "Route 66", "Air Force One", "No. 2", "4x4".
 * In a title-case headline capitals say nothing, so only the glued shapes count there.
 */
export function isIdentifier(tokens: readonly Token[], i: number, titleCase: boolean): boolean {
  const t = tokens[i];
  if (!t) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.type === "number") {
    if (prev?.text === "-" && prev.glued && t.glued && tokens[i - 2]?.type === "word") return true;
    if (t.glued && prev?.type === "word") return true;
    // "5G", "4G": a capital G names a network generation; "5g" would be grams.
    if (next?.glued && next.type === "word" && (!QUANTITY_SUFFIX.test(next.lower) || next.text === "G")) return true;
    if (next?.glued && /^[:/]$/.test(next.text) && tokens[i + 2]?.type === "number") return true;
    if (t.glued && /^[:/#]$/.test(prev?.text ?? "")) return true;
    if (isClockTime(tokens, i + 1)) return true;
    // "No. 2", "Art. 5": an abbreviated noun with its point.
    if (prev?.text === "." && prev.glued && /^(no|nos|art|sec|ch|vol|p|pp|para)$/.test(tokens[i - 2]?.lower ?? "")) return true;
    if (prev?.type === "word" && NAMED_IN_ANY_CASE.test(prev.lower)) return true;
  }
  if (titleCase) return false;
  if (t.type === "word" && isCapitalized(t) && i > 0 && prev?.type === "word" && !isQuantityWord(prev) && !isQuantityWord(t)) return true;
  if (t.type !== "number" || !hasCapital(prev) || isQuantityWord(prev)) return false;
  if (NAMED_WHEN_CAPITALISED.test(prev?.lower ?? "")) return true;
  // Mid-sentence, a capitalised word right before a number names it unless a count follows:
  // "Resolution 2231 after", "World War 2 across", but "Kenya 52 prisoners".
  const counted = next?.type === "word" && /^(people|children|men|women|police|staff|crew|\p{L}+s)$/u.test(next.lower);
  return i > 1 && !counted;
}

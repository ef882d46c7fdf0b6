import { MONTHS } from "../lexicon/months.js";
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, MEASURE_UNITS, TIME_UNITS } from "../lexicon/units.js";
import type { Kind, Qualifier } from "../schema/claim.js";
import type { Token } from "../nlp/tokens.js";
import { readNumber } from "./read-number.js";
import { qualifierAfter, qualifierBefore } from "./read-qualifier.js";

/** A number phrase as written: hedge, number or range, and unit, with token and text bounds. */
export type QuantityReading = {
  first: number;
  /** One past the last token of the phrase; where the counted noun starts. */
  next: number;
  low: number | null;
  high: number | null;
  /** The number the writer wrote (a range's upper end), for rounding bands. */
  written: number;
  qualifier: Qualifier;
  kind: Kind;
  unit: string | null;
  words: boolean;
};

const RANGE_JOINERS = new Set(["-", "–", "—", "to", "or"]);

function currencyAt(tokens: readonly Token[], i: number): { unit: string; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const symbol = CURRENCY_SYMBOLS[t.text];
  if (symbol) return { unit: symbol, next: i + 1 };
  const prefix = DOLLAR_PREFIXES[t.lower];
  if (prefix && tokens[i + 1]?.text === "$" && tokens[i + 1]?.glued) return { unit: prefix, next: i + 2 };
  if (t.type === "word" && t.text === t.text.toUpperCase() && CURRENCY_WORDS[t.lower] && t.lower.length === 3 && tokens[i + 1]?.type === "number") {
    return { unit: CURRENCY_WORDS[t.lower] ?? t.text, next: i + 1 };
  }
  return null;
}

/** Reads the quantity phrase whose number (or currency sign) starts at token `i`. */
export function readQuantity(tokens: readonly Token[], i: number): QuantityReading | null {
  const currency = currencyAt(tokens, i);
  const numberAt = currency ? currency.next : i;
  const first = readNumber(tokens, numberAt, currency !== null);
  if (!first) return null;
  let next = first.next;
  let low: number | null = first.value;
  let high: number | null = first.value;
  let written = first.written;
  let qualifier: Qualifier = "exact";
  let start = i;

  const before = qualifierBefore(tokens, i);
  const between = tokens[i - 1]?.lower === "between" || tokens[i - 1]?.lower === "from";
  // Ranges: "1,300 or 1,400", "10-20", "between 10 and 20", "$5-10 million".
  const joiner = tokens[next];
  if (joiner && (RANGE_JOINERS.has(joiner.lower) || (between && joiner.lower === "and"))) {
    const secondCurrency = currencyAt(tokens, next + 1);
    const secondAt = secondCurrency ? secondCurrency.next : next + 1;
    const second = tokens[secondAt] && (joiner.type === "punct" ? tokens[secondAt]?.type === "number" || !joiner.glued : true)
      ? readNumber(tokens, secondAt, currency !== null)
      : null;
    if (second && second.words === first.words) {
      let lowValue = first.value;
      if (second.scaled && !first.scaled && first.value < second.written) lowValue = first.value * (second.value / second.written);
      if (lowValue < second.value && (joiner.lower !== "or" || lowValue * 3 > second.value)) {
        low = lowValue;
        high = second.value;
        written = second.written;
        next = second.next;
        qualifier = "range";
        if (between) start = i - 1;
      }
    }
  }
  if (qualifier !== "range" && before) {
    qualifier = before.qualifier;
    start = before.first;
  }
  if (qualifier !== "range") {
    const after = qualifierAfter(tokens, next);
    if (after) {
      qualifier = after.qualifier;
      next = after.next;
    }
  }

  let kind: Kind = "count";
  let unit: string | null = currency?.unit ?? null;
  if (currency) kind = "money";
  // "69-year-old", "a 16-year sentence": the unit hangs on a hyphen.
  if (tokens[next]?.text === "-" && tokens[next]?.glued && tokens[next + 1]?.glued && TIME_UNITS[tokens[next + 1]?.lower ?? ""]) next++;
  const u = tokens[next];
  const u2 = tokens[next + 1];
  if (!currency && u) {
    if (u.text === "%" || u.lower === "percent" || u.lower === "pct") {
      kind = "percent"; unit = "percent"; next++;
    } else if (u.lower === "per" && u2?.lower === "cent") {
      kind = "percent"; unit = "percent"; next += 2;
    } else if (u.lower === "percentage" && (u2?.lower === "points" || u2?.lower === "point")) {
      kind = "percent"; unit = "percentage point"; next += 2;
    } else if (CURRENCY_WORDS[u.lower] && u.lower !== "won" && u.lower !== "real") {
      kind = "money"; unit = CURRENCY_WORDS[u.lower] ?? null; next++;
    } else if (TIME_UNITS[u.lower]) {
      kind = "duration"; unit = TIME_UNITS[u.lower] ?? null; next++;
    } else if (MEASURE_UNITS[u.lower] && (u.lower.length > 1 || u.glued)) {
      kind = "measure"; unit = MEASURE_UNITS[u.lower] ?? null; next++;
    }
  }
  // "69-year-old", "36 year old", "five years old": an age, not a duration.
  if (kind === "duration" && unit === "year") {
    let k = next;
    if (tokens[k]?.text === "-" && tokens[k]?.glued) k++;
    if (tokens[k]?.lower === "old") {
      kind = "age";
      next = k + 1;
    }
  }
  return { first: start, next, low, high, written, qualifier, kind, unit, words: first.words };
}

/** Is token `i` the day of a date ("September 11", "11 September", "Sept. 11")? */
export function isDayOfMonth(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.type !== "number" || !/^\d{1,2}$/.test(t.text)) return false;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const afterMonth = (prev?.type === "word" && MONTHS[prev.lower] !== undefined && /^\p{Lu}/u.test(prev.text)) ||
    (prev?.text === "." && prev.glued && prev2 !== undefined && MONTHS[prev2.lower] !== undefined && /^\p{Lu}/u.test(prev2.text));
  const next = tokens[i + 1];
  const beforeMonth = next?.type === "word" && MONTHS[next.lower] !== undefined && /^\p{Lu}/u.test(next.text) && next.lower !== "may";
  const ordinalSuffix = next?.glued && /^(st|nd|rd|th)$/.test(next.lower) && (tokens[i + 2]?.lower === "of" || afterMonth);
  return afterMonth || beforeMonth || Boolean(ordinalSuffix) || (next?.lower === "may" && /^\p{Lu}/u.test(next.text));
}

import { COMPOUND_TIME, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES } from "../lexicon/units.js";
import type { Kind, Qualifier } from "../schema/claim.js";
import type { Token } from "../nlp/tokens.js";
import { readNumber } from "./read-number.js";
import { qualifierAfter, qualifierBefore } from "./read-qualifier.js";
import { percentAt, readUnit } from "./read-unit.js";

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

const CHANGE_VERB = /^(rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|increased|decreased|climbed|jumped|dropped|grew|grown|went|gone|up|down|cut|cuts|cutting|raise|raises|raising|raised|lift|lifts|lifting|lifted|lower|lowers|lowering|lowered|reduce|reduces|reducing|reduced|push|pushes|pushing|pushed|extend|extends|extending|extended|hike|hikes|hiked|boost|boosts|boosted|soared|plunged|slipped|surged|dipped|changed|revised|increase|increases|increasing|decrease|jump|drop|climb)$/;

/** "raise the retirement age from 65 to 67": a change verb a few words before "from". */
function changeBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 6; k--) {
    const t = tokens[k] as Token;
    if (t.type === "punct" || t.type === "number") return false;
    if (CHANGE_VERB.test(t.lower)) return true;
  }
  return false;
}

/** Words after which "over N years" is "more than N years": "for over a decade". */
const OVER_HEDGES = /^(for|of|in|after|within|served|spent|lasted|took|taken|than|to|jailed|sentenced)$/;

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

/** A minus sign written against the number and apart from what precedes it ("-5 degrees"), or the word ("minus 5 degrees"). */
const isMinus = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.type === "number" &&
  ((/^[-−]$/.test(tokens[i - 1]?.text ?? "") && tokens[i]?.glued === true && tokens[i - 1]?.glued !== true) || tokens[i - 1]?.lower === "minus");

/** Where "and a half" after a number ends ("and half", hyphened or not), or -1. */
function halfAfter(tokens: readonly Token[], at: number): number {
  let k = at;
  const word = (w: RegExp): boolean => {
    if (tokens[k]?.text === "-" && tokens[k]?.glued && tokens[k + 1]?.glued) k++;
    if (!w.test(tokens[k]?.lower ?? "")) return false;
    k++;
    return true;
  };
  if (!word(/^and$/)) return -1;
  word(/^a$/);
  // "five and half a dozen", "and half of them": the half starts a number of its own.
  return word(/^half$/) && !/^(a|an|of)$/.test(tokens[k]?.lower ?? "") ? k : -1;
}

/** The smaller part of a span told in two units ("and six months" after "22 years"), in the larger unit. */
function compoundRest(tokens: readonly Token[], at: number, unit: string | null): { value: number; next: number } | null {
  const parts = COMPOUND_TIME[unit ?? ""];
  if (!parts || tokens[at]?.lower !== "and") return null;
  const number = readNumber(tokens, at + 1);
  if (!number || number.value <= 0) return null;
  const small = readUnit(tokens, number.next, null);
  const per = small.kind === "duration" ? parts[small.unit ?? ""] : undefined;
  return per && number.value < per ? { value: number.value / per, next: small.next } : null;
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
  // "rose from 100 to 120" is a change between two numbers, not a range.
  const change = tokens[i - 1]?.lower === "from" && changeBefore(tokens, i - 1);
  const between = tokens[i - 1]?.lower === "between" || (tokens[i - 1]?.lower === "from" && !change);
  // "between 10% and 20%": the unit may be written on both ends of a range.
  const firstPercent = currency ? null : percentAt(tokens, next);
  const joinerAt = firstPercent ? next + firstPercent.length : next;
  // Ranges: "1,300 or 1,400", "10-20", "between 10 and 20", "$5-10 million".
  const joiner = tokens[joinerAt];
  if (joiner && !change && (RANGE_JOINERS.has(joiner.lower) || (between && joiner.lower === "and"))) {
    const secondCurrency = currencyAt(tokens, joinerAt + 1);
    const secondAt = secondCurrency ? secondCurrency.next : joinerAt + 1;
    const second = tokens[secondAt] && (joiner.type === "punct" ? tokens[secondAt]?.type === "number" || !joiner.glued : true)
      ? readNumber(tokens, secondAt, currency !== null)
      : null;
    const sameUnit = !firstPercent || (second !== null && percentAt(tokens, second.next)?.unit === firstPercent.unit);
    // Words and digits may meet in a range ("five to 10", house style below ten), but not across "-".
    const sameWriting = second !== null && (second.words === first.words || joiner.type !== "punct");
    if (second && sameWriting && sameUnit) {
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
  // "about 2,000 to 3,000": the hedge stays in the span, the range says the values.
  if (before && !between) {
    if (qualifier !== "range") qualifier = before.qualifier;
    start = before.first;
  }
  // "six and a half years", "22-and-a-half years", "22 and half years": the half belongs to the number.
  const half = qualifier !== "range" && !first.scaled ? halfAfter(tokens, next) : -1;
  if (half > 0) {
    low = (low ?? 0) + 0.5;
    high = low;
    next = half;
  }
  if (qualifier !== "range") {
    const after = qualifierAfter(tokens, next);
    if (after) {
      qualifier = after.qualifier;
      next = after.next;
    }
  }
  if (qualifier === "exact" && !currency && isMinus(tokens, i)) {
    start = i - 1;
    low = -first.value;
    high = low;
    written = -first.written;
  }
  let unit = readUnit(tokens, next, currency?.unit ?? null);
  // "magnitude 6.3", "a magnitude-6.3 quake": the unit written before the number.
  const prefix = tokens[start - 1]?.text === "-" && tokens[start - 1]?.glued && tokens[start]?.glued ? start - 2 : start - 1;
  if (unit.kind === "count" && !currency && tokens[prefix]?.lower === "magnitude") unit = { kind: "measure", unit: "magnitude", next: unit.next };
  // "worth $1bn over ten years": "over" before a span of time says when, not how much.
  if (unit.kind === "duration" && before && start === before.first && tokens[start]?.lower === "over" && !OVER_HEDGES.test(tokens[start - 1]?.lower ?? "")) {
    start = i;
    qualifier = "exact";
  }
  // "22 years and six months": one span in two units, read in the larger.
  const rest = unit.kind === "duration" && qualifier !== "range" && low !== null && low === high ? compoundRest(tokens, unit.next, unit.unit) : null;
  if (rest) {
    low = Math.round(((low ?? 0) + rest.value) * 1e6) / 1e6;
    high = low;
    unit = { ...unit, next: rest.next };
  }
  if (unit.factor !== undefined) {
    const f = unit.factor;
    const scale = (v: number | null): number | null => (v === null ? null : Math.round(v * f * 1e6) / 1e6);
    [low, high, written] = [scale(low), scale(high), scale(written) ?? written];
  }
  return { first: start, next: unit.next, low, high, written, qualifier, kind: unit.kind, unit: unit.unit, words: first.words };
}

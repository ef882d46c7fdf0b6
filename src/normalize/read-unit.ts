import { CURRENCY_WORDS, SUBUNITS, MEASURE_UNITS, TIME_UNITS } from "../lexicon/units.js";
import type { Kind } from "../schema/claim.js";
import type { Token } from "../nlp/tokens.js";

/** `factor` scales the number into the unit: "25 basis points" is 0.25 percentage point. */
export type UnitReading = { kind: Kind; unit: string | null; next: number; factor?: number };

/** A percent sign or word at token `k`: how many tokens it takes, 0 when there is none. */
export function percentAt(tokens: readonly Token[], k: number): { unit: string; length: number } | null {
  const u = tokens[k];
  const u2 = tokens[k + 1];
  if (!u) return null;
  if (u.text === "%" || u.lower === "percent" || u.lower === "pct") return { unit: "percent", length: 1 };
  // "5pc", British copy's percent, only against the number (a lone "pc" is a computer or a constable).
  if (u.lower === "pc" && u.glued) return { unit: "percent", length: 1 };
  if (u.lower === "per" && u2?.lower === "cent") return { unit: "percent", length: 2 };
  if (u.lower === "percentage" && (u2?.lower === "points" || u2?.lower === "point")) return { unit: "percentage point", length: 2 };
  return null;
}

/** "25 basis points", "25bp", "25 bps", "a 25-basis-point cut": hundredths of a percentage point. */
function basisPointsAt(tokens: readonly Token[], k: number): number {
  const hyphen = (j: number): number => (tokens[j]?.text === "-" && tokens[j]?.glued ? j + 1 : j);
  const a = hyphen(k);
  if (tokens[a]?.lower === "basis") {
    const b = hyphen(a + 1);
    return /^points?$/.test(tokens[b]?.lower ?? "") ? b + 1 - k : 0;
  }
  return /^(bps?|bp)$/.test(tokens[a]?.lower ?? "") && (tokens[a]?.glued || a === k) ? a + 1 - k : 0;
}

/**
 * The unit written after a number phrase that ends before token `next`: "%", "per cent",
 * "euros", "years", "km". A currency sign before the number already made it money.
 */
export function readUnit(tokens: readonly Token[], next: number, currency: string | null): UnitReading {
  if (currency) return { kind: "money", unit: currency, next };
  let k = next;
  // "69-year-old", "a 16-year sentence": the unit hangs on a hyphen.
  if (tokens[k]?.text === "-" && tokens[k]?.glued && tokens[k + 1]?.glued && TIME_UNITS[tokens[k + 1]?.lower ?? ""]) k++;
  const u = tokens[k];
  if (!u) return { kind: "count", unit: null, next };
  const percent = percentAt(tokens, k);
  if (percent) return { kind: "percent", unit: percent.unit, next: k + percent.length };
  const basis = basisPointsAt(tokens, k);
  if (basis) return { kind: "percent", unit: "percentage point", next: k + basis, factor: 0.01 };
  // "73 cents", "73c", "45 pence", "45p": hundredths of the currency they belong to.
  const sub = SUBUNITS[u.lower];
  if (sub && (u.lower.length > 1 || u.glued)) return { kind: "money", unit: sub, next: k + 1, factor: 0.01 };
  // "won" and "real" are verbs and adjectives far more often than currencies.
  if (CURRENCY_WORDS[u.lower] && u.lower !== "won" && u.lower !== "real") return { kind: "money", unit: CURRENCY_WORDS[u.lower] ?? null, next: k + 1 };
  const time = TIME_UNITS[u.lower];
  if (time) {
    // "69-year-old", "36 year old", "a 6-month-old baby": an age, not a duration.
    let o = k + 1;
    if (tokens[o]?.text === "-" && tokens[o]?.glued) o++;
    if (tokens[o]?.lower === "old") return { kind: "age", unit: time, next: o + 1 };
    return { kind: "duration", unit: time, next: k + 1 };
  }
  // "a 6.3-magnitude quake", "6.3 magnitude": an earthquake's size.
  const m = tokens[k]?.text === "-" && tokens[k]?.glued && tokens[k + 1]?.glued ? k + 1 : k;
  if (tokens[m]?.lower === "magnitude") return { kind: "measure", unit: "magnitude", next: m + 1 };
  // "200 km/h": a speed written with a slash.
  if (u.lower === "km" && tokens[k + 1]?.text === "/" && tokens[k + 1]?.glued && tokens[k + 2]?.lower === "h" && tokens[k + 2]?.glued) {
    return { kind: "measure", unit: "km/h", next: k + 3 };
  }
  if (MEASURE_UNITS[u.lower] && (u.lower.length > 1 || u.glued)) return { kind: "measure", unit: MEASURE_UNITS[u.lower] ?? null, next: k + 1 };
  return { kind: "count", unit: null, next };
}

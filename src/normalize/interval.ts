import type { Kind, Qualifier, Value } from "../schema/claim.js";
import { CLOCK_TOLERANCE } from "../lexicon/clock.js";
import { roundingUnit } from "./parse-digits.js";

/** How far a hedged number may stray: half its rounding step, at least 5% and at most 10% of it. */
function tolerance(written: number, value: number): number {
  const unit = roundingUnit(written) * (value / (written || 1));
  return Math.min(Math.max(unit / 2, Math.abs(value) * 0.05), Math.abs(value) * 0.1);
}

/**
 * The number as written, and the band it is compared with. A round number in a quotation is
 * read as rounded ("the release of 50 people" for 52); years and ordinals are exact labels.
 */
export function toValue(low: number | null, high: number | null, qualifier: Qualifier, written: number, kind: Kind, quoted: boolean): Value {
  const exactKind = kind === "year" || kind === "ordinal" || kind === "clock";
  const v = { low, high, lowOpen: false, highOpen: false };
  let band = { low, high };
  switch (qualifier) {
    case "more_than": v.high = null; v.lowOpen = true; band = { low, high: null }; break;
    case "at_least": v.high = null; band = { low, high: null }; break;
    case "less_than": v.low = null; v.highOpen = true; band = { low: null, high }; break;
    case "at_most": v.low = null; band = { low: null, high }; break;
    case "about_below": {
      v.low = null;
      const h = high ?? 0;
      band = { low: h - tolerance(written, h), high: h };
      break;
    }
    case "about": {
      const c = low ?? 0;
      // A time of day is approximate by minutes, not by a share of the minutes since midnight.
      const t = kind === "clock" ? CLOCK_TOLERANCE : tolerance(written, c);
      band = { low: c - t, high: c + t };
      break;
    }
    case "exact": {
      if (quoted && !exactKind && low !== null && low >= 10 && roundingUnit(written) >= 10) {
        const t = tolerance(written, low);
        band = { low: low - t, high: low + t };
      }
      break;
    }
    case "vague":
      // Writers stretch "dozens" and "thousands" upwards (134 detained is "dozens" in a headline):
      // compared, a vague amount reaches twice its conventional top.
      band = { low, high: high === null ? null : high * 2 };
      break;
    default: break;
  }
  return { ...v, band: { low: round(band.low), high: round(band.high) } };
}

const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 1000) / 1000);

/** Do two bands share a point? Open ends (null) reach to infinity. */
export function bandsOverlap(a: Value["band"], b: Value["band"]): boolean {
  const aLow = a.low ?? -Infinity;
  const aHigh = a.high ?? Infinity;
  const bLow = b.low ?? -Infinity;
  const bHigh = b.high ?? Infinity;
  return aLow <= bHigh && bLow <= aHigh;
}

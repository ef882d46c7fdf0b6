import { UNIT_SCALES } from "../lexicon/units.js";
import type { Claim, Value } from "../schema/claim.js";

/** Kinds whose unit may be converted: a span of time, a physical measure (an age stays in its own years). */
const CONVERTIBLE = new Set(["duration", "measure"]);

/** The base unit a claim's value converts to, and by what factor; null when it does not convert. */
export function scaleOf(c: Pick<Claim, "kind" | "unit">): { base: string; factor: number } | null {
  if (!CONVERTIBLE.has(c.kind) || !c.unit) return null;
  return UNIT_SCALES[c.unit] ?? null;
}

const times = (n: number | null, f: number): number | null => (n === null ? null : Math.round(n * f * 1e6) / 1e6);

/** A value in another unit, `factor` times its own. */
export function scaled(v: Value, factor: number): Value {
  return { ...v, low: times(v.low, factor), high: times(v.high, factor), band: { low: times(v.band.low, factor), high: times(v.band.high, factor) } };
}

/** A base unit as a reason names it: "days", "metres", "km/h". */
export const unitName = (base: string): string => ({ m: "metres", kg: "kilograms", "km/h": "km/h" })[base] ?? `${base}s`;

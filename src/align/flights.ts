import { groupBy } from "../core/group-by.js";
import { compareStrings } from "../core/sort.js";
import { DESIGNATOR, flightNumber } from "../normalize/flight.js";
import type { Mention } from "../schema/entity.js";

/**
 * Flights by their number, in the order first met: one story's coverage names one flight by
 * its airline's code and number ("AI171", "AI-171") or by the number alone ("Air India flight
 * 171"). Two airlines' flights of one number in one story are rare enough to be left joined.
 */
export function resolveFlights(mentions: readonly Mention[]): Mention[][] {
  return [...groupBy(mentions, (m) => flightNumber(m.text)).values()];
}

/** The name a flight is reported under: its designator as most written, without dash or space ("AI171"); else "flight 171". */
export function flightName(counts: ReadonlyMap<string, number>): string {
  const folded = new Map<string, number>();
  for (const [text, n] of counts) {
    if (!DESIGNATOR.test(text)) continue;
    const name = text.replace(/[-\s]/g, "");
    folded.set(name, (folded.get(name) ?? 0) + n);
  }
  const best = [...folded].sort(([a, x], [b, y]) => y - x || compareStrings(a, b))[0]?.[0];
  return best ?? [...counts.keys()].sort(compareStrings)[0] ?? "";
}

import { compareStrings } from "../core/sort.js";
import type { Mention } from "../schema/entity.js";

/** A flight's number: "AI171", "AI-171" and "flight 171" are all flight 171. */
const numberOf = (text: string): string => /(\d{1,4}[A-Z]?)$/.exec(text)?.[1] ?? text;

/**
 * Flights by their number, in the order first met: one story's coverage names one flight by
 * its airline's code and number ("AI171", "AI-171") or by the number alone ("Air India flight
 * 171"). Two airlines' flights of one number in one story are rare enough to be left joined.
 */
export function resolveFlights(mentions: readonly Mention[]): Mention[][] {
  const byNumber = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = numberOf(m.text);
    const list = byNumber.get(key);
    if (list) list.push(m);
    else byNumber.set(key, [m]);
  }
  return [...byNumber.values()];
}

/** A designator as written: an airline's code, then the number ("AI171", "AI-171", "9W 2"). */
const DESIGNATOR = /^(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[-\s]?\d/;

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

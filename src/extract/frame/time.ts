import type { TimeMention } from "../../normalize/time.js";
import type { Time } from "../../schema/claim.js";

/** The time expression of the sentence nearest to the claim (offsets relative to the sentence). */
export function nearestTime(times: readonly TimeMention[], start: number, end: number): Time | null {
  let best: TimeMention | null = null;
  let bestDistance = Infinity;
  for (const t of times) {
    if (t.start < end && start < t.end) continue;
    const distance = t.start >= end ? t.start - end : start - t.end;
    if (distance < bestDistance) { best = t; bestDistance = distance; }
  }
  return best ? { text: best.text, value: best.value, since: best.since } : null;
}

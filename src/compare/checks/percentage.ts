import { EVENT_BY_LEMMA } from "../../lexicon/event-verbs.js";
import { lemmaCandidates } from "../../nlp/lemma.js";
import { bandsOverlap } from "../../normalize/interval.js";
import type { Claim } from "../../schema/claim.js";
import { isExactCount } from "./enumeration.js";
import type { CheckRule } from "./types.js";

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

/** The event named nearest before the share ("Thursday's release accounted for 4%"): the part it means. */
function eventNamed(before: string): string | null {
  for (const w of (before.toLowerCase().match(/\p{L}+/gu) ?? []).reverse()) {
    const e = lemmaCandidates(w).map((l) => EVENT_BY_LEMMA.get(l)).find(Boolean);
    if (e) return e;
  }
  return null;
}

export default {
  meta: { id: "percentage", description: "A share of a total agrees with the total stated: 52 is 4% of about 1,300." },
  run(claims) {
    const out = [];
    for (const pct of claims) {
      if (pct.kind !== "percent" || pct.value.low === null || pct.value.low !== pct.value.high || pct.value.low <= 0 || !pct.measure.key) continue;
      const inSentence = claims.filter((c) => c.sentenceStart === pct.sentenceStart && c.end <= pct.start && isExactCount(c));
      const event = eventNamed(pct.sentence.slice(0, pct.start - pct.sentenceStart));
      const part = inSentence.at(-1) ?? claims.find((c) => isExactCount(c) && event !== null && c.event === event);
      if (!part) continue;
      const totals = claims.filter((c: Claim) => c !== part && c.kind === "count" && c.measure.key === pct.measure.key && c.event !== part.event);
      const total = totals[0];
      if (!total) continue;
      const p = pct.value.low;
      const low = (part.value.low ?? 0) / ((p + 0.5) / 100);
      const high = (part.value.low ?? 0) / (Math.max(p - 0.5, 0.01) / 100);
      const holds = bandsOverlap({ low, high }, total.value.band);
      out.push({
        source: pct.source,
        kind: "percentage" as const,
        holds,
        detail: `${part.text} is ${pct.text} of ${pct.measure.text ?? pct.measure.key}: implies about ${fmt((part.value.low ?? 0) / (p / 100))} (${fmt(low)}–${fmt(high)}), ${holds ? "within" : "outside"} ${total.text} stated`,
        claims: [part.id, pct.id, total.id],
      });
    }
    return out;
  },
} satisfies CheckRule;

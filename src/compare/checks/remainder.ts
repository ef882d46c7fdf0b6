import type { Claim } from "../../schema/claim.js";
import { findEnumerations, isExactCount, type Enumeration } from "./enumeration.js";
import type { CheckRule } from "./types.js";

const REMAINDER = /\b(remaining|other|rest of the|rest,)\s*$/i;

export default {
  meta: { id: "remainder", description: "A listed part plus 'the remaining N' makes the whole the source states: 14 + 38 = 52." },
  run(claims) {
    // Lists are read only for a source that says "the remaining N", which few do.
    let enumerations: Enumeration[] | undefined;
    const out = [];
    for (const c of claims) {
      if (!isExactCount(c) || !REMAINDER.test(c.sentence.slice(0, c.start - c.sentenceStart))) continue;
      const listed = (enumerations ??= findEnumerations(claims)).filter((e) => e.at < c.start).at(-1);
      if (!listed) continue;
      const part = listed.whole?.value.low ?? listed.sum;
      const wholeKey = listed.subject;
      const used = new Set([c.id, ...listed.parts.map((p) => p.id), listed.whole?.id]);
      const whole = claims.find((w: Claim) => !used.has(w.id) && isExactCount(w) && wholeKey !== null && w.measure.key === wholeKey);
      if (!whole) continue;
      const total = part + (c.value.low ?? 0);
      const holds = total === whole.value.low;
      out.push({
        source: c.source,
        kind: "remainder" as const,
        holds,
        detail: `${listed.whole ? "" : `${listed.parts.map((p) => p.value.low).join(" + ")} = `}${part} listed + ${c.text} remaining = ${total} ${holds ? "=" : "≠"} ${whole.text} ${whole.measure.text ?? ""}`.trim(),
        claims: [whole.id, c.id, ...listed.parts.map((p) => p.id)],
      });
    }
    return out;
  },
} satisfies CheckRule;

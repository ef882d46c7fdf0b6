import type { CheckRule } from "./types.js";
import { findEnumerations } from "./enumeration.js";

export default {
  meta: { id: "sum", description: "Parts listed after a whole add up to it: '14 foreign nationals: six Lithuanians, two Germans, …'." },
  run(claims) {
    return findEnumerations(claims).filter((e) => e.whole).map((e) => {
      const whole = e.whole!;
      const holds = e.sum === whole.value.low;
      const terms = e.parts.map((p) => `${p.value.low} ${p.measure.country ?? p.measure.text ?? ""}`.trim()).join(" + ");
      return {
        source: whole.source,
        kind: "sum" as const,
        holds,
        detail: `${terms} = ${e.sum} ${holds ? "=" : "≠"} ${whole.text} ${whole.measure.text ?? ""}`.trim(),
        claims: [whole.id, ...e.parts.map((p) => p.id)],
      };
    });
  },
} satisfies CheckRule;

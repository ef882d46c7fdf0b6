import { isYear } from "../../normalize/is-year.js";
import type { Extractor } from "../types.js";

export default {
  meta: { id: "year", description: "A calendar year: 'Sentenced in 2020', 'the 2022 Nobel Peace Prize'." },
  create(ctx) {
    return {
      sentence({ tokens }) {
        tokens.forEach((t, i) => {
          if (!isYear(tokens, i)) return;
          const prev = tokens[i - 1];
          const next = tokens[i + 1];
          if (next?.glued && next.lower === "s") return; // decades are spans, not claims
          if (prev?.text === "-" && prev.glued && tokens[i - 2]?.type === "word") return; // "Zapad-2025"
          const value = Number(t.text);
          ctx.report({ start: t.start, end: t.end, first: i, next: i + 1, kind: "year", unit: "year", low: value, high: value, written: value, qualifier: "exact" });
        });
      },
    };
  },
} satisfies Extractor;

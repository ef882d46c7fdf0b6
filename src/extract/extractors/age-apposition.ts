import { isCapitalized } from "../../nlp/tokens.js";
import type { Extractor } from "../types.js";

export default {
  meta: { id: "age-apposition", description: "An age set off after a name: 'Ihar Losik, 33, a journalist'; 'aged 33'." },
  create(ctx) {
    return {
      sentence({ tokens }) {
        tokens.forEach((t, i) => {
          if (t.type !== "number" || !/^\d{1,3}$/.test(t.text)) return;
          const value = Number(t.text);
          if (value < 1 || value > 120) return;
          const prev = tokens[i - 1];
          const apposition = prev?.text === "," && isCapitalized(tokens[i - 2]) && tokens[i + 1]?.text === "," && tokens[i + 2]?.type === "word";
          const aged = prev?.lower === "aged" || (prev?.lower === "age" && tokens[i - 2]?.lower !== "the");
          if (!apposition && !aged) return;
          ctx.report({ start: t.start, end: t.end, first: i, next: i + 1, kind: "age", unit: "year", low: value, high: value, written: value, qualifier: "exact" });
        });
      },
    };
  },
} satisfies Extractor;

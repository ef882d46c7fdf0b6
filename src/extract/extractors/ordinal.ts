import { FRACTIONS, ORDINAL_WORDS } from "../../lexicon/number-words.js";
import type { Extractor } from "../types.js";

/** The ordinal words as a Map: this runs on every token, and a word read from the text is a costly key for an object. */
const ORDINAL_OF: ReadonlyMap<string, number> = new Map(Object.entries(ORDINAL_WORDS));

/** "first" and "second" are too often not counts ("the first group", "a second"). */
const TOO_COMMON = new Set(["first", "second"]);

/** Words after "a third" that show it counts nothing: a preposition or conjunction follows a fraction. */
const NOT_COUNTED = new Set(["of", "to", "in", "from", "since", "over", "on", "at", "by", "and", "or", "but", "than", "for", "with", "after", "before", "last", "this", "compared", "year", "percent"]);

export default {
  meta: { id: "ordinal", description: "A rank that counts: 'the ninth political prisoner', 'his 71st birthday'." },
  create(ctx) {
    return {
      sentence({ tokens }) {
        tokens.forEach((t, i) => {
          const next = tokens[i + 1];
          if (t.type === "number" && next?.glued && /^(st|nd|rd|th)$/.test(next.lower) && /^\d+$/.test(t.text)) {
            const value = Number(t.text);
            ctx.report({ start: t.start, end: next.end, first: i, next: i + 2, kind: "ordinal", unit: null, low: value, high: value, written: value, qualifier: "exact" });
            return;
          }
          const value = ORDINAL_OF.get(t.lower);
          if (value === undefined || TOO_COMMON.has(t.lower) || t.type !== "word") return;
          if (!/^(the|a|its|his|her|their)$/.test(tokens[i - 1]?.lower ?? "")) return;
          // "a third of the people", "fell by a third to …": a fraction, not a rank ("a third term" is one).
          if (FRACTIONS[t.lower] !== undefined && (tokens[i + 1]?.type !== "word" || NOT_COUNTED.has(tokens[i + 1]?.lower ?? ""))) return;
          ctx.report({ start: t.start, end: t.end, first: i, next: i + 1, kind: "ordinal", unit: null, low: value, high: value, written: value, qualifier: "exact" });
        });
      },
    };
  },
} satisfies Extractor;

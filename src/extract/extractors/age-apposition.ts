import { isCapitalized, type Token } from "../../nlp/tokens.js";
import { readQuantity } from "../../normalize/read-quantity.js";
import type { Extractor } from "../types.js";

/** Nouns for a person that an age may follow in commas: "the boy, 12, was …". */
const PERSON_NOUN = /^(man|woman|boy|girl|child|baby|teenager|teen|son|daughter|mother|father|wife|husband|brother|sister|victim|driver|suspect|student|pensioner|soldier|officer|journalist|activist|worker|resident|farmer|mayor|grandmother|grandfather)$/;

const isAge = (value: number): boolean => value >= 1 && value <= 120;

export default {
  meta: { id: "age-apposition", description: "An age set off after a name: 'Imre Varga, 33, a journalist'; 'aged 33'; 'aged 18 to 25'." },
  create(ctx) {
    return {
      sentence({ tokens }) {
        tokens.forEach((t, i) => {
          if (t.type !== "number" || !/^\d{1,3}$/.test(t.text)) return;
          const value = Number(t.text);
          if (!isAge(value)) return;
          const prev = tokens[i - 1];
          const before = tokens[i - 2];
          const named = isCapitalized(before) || PERSON_NOUN.test(before?.lower ?? "");
          const apposition = prev?.text === "," && named && tokens[i + 1]?.text === "," && tokens[i + 2]?.type === "word";
          const aged = prev?.lower === "aged" || (prev?.lower === "age" && before?.lower !== "the");
          if (!apposition && !aged) return;
          // "aged 18 to 25": a range of ages, read as any range is.
          const q = aged ? readQuantity(tokens, i) : null;
          if (q && q.qualifier === "range" && q.kind === "count" && q.high !== null && isAge(q.high)) {
            const last = tokens[q.next - 1] as Token;
            ctx.report({ start: t.start, end: last.end, first: i, next: q.next, kind: "age", unit: "year", low: q.low, high: q.high, written: q.written, qualifier: "range" });
            return;
          }
          ctx.report({ start: t.start, end: t.end, first: i, next: i + 1, kind: "age", unit: "year", low: value, high: value, written: value, qualifier: "exact" });
        });
      },
    };
  },
} satisfies Extractor;

import { isCapitalized, type Token } from "../../nlp/tokens.js";
import { CURRENCY_SYMBOLS } from "../../lexicon/units.js";
import { UNITS, TENS } from "../../lexicon/number-words.js";
import { isDayOfMonth, readQuantity } from "../../normalize/read-quantity.js";
import { isYear } from "../../normalize/is-year.js";
import type { Extractor, SentenceView } from "../types.js";

const NOT_A_COUNT_AFTER_ONE = new Set(["of", "another", "who", "that", "which", "day", "time", "way", "thing", "side", "hand"]);

/** A number glued to a name ("Zapad-2025", "COVID-19") or naming a thing ("Route 66", "Air Force One"). */
function isIdentifier(view: SentenceView, i: number): boolean {
  const t = view.tokens[i] as Token;
  const prev = view.tokens[i - 1];
  const next = view.tokens[i + 1];
  if (prev?.text === "-" && prev.glued && t.glued && view.tokens[i - 2]?.type === "word") return true;
  if (next?.glued && next.type === "word" && t.type === "number" && !/^(st|nd|rd|th|s|k|m|bn|mn|b|tn|km|kg|mph)$/i.test(next.lower)) return true;
  if (next?.glued && (next.text === ":" || next.text === "/") && view.tokens[i + 2]?.type === "number") return true;
  if (t.glued && (prev?.text === ":" || prev?.text === "/" || prev?.text === "#")) return true;
  if (view.titleCase) return false;
  if (t.type === "word" && isCapitalized(t) && i > 0 && prev?.type === "word") return true;
  if (t.type === "number" && isCapitalized(prev) && i > 1 && !/^(no|about|some|nearly|around|over|under|almost|only|just)$/i.test(prev?.lower ?? "")) {
    return /^(route|article|section|chapter|flight|boeing|airbus|room|building|gate|terminal|platform|highway|road|level|phase|stage|zone|lot|unit|model|version|season|episode|volume|issue|no)$/i.test(prev?.lower ?? "");
  }
  return false;
}

const startsNumber = (t: Token): boolean =>
  t.type === "number" || UNITS[t.lower] !== undefined || TENS[t.lower] !== undefined ||
  CURRENCY_SYMBOLS[t.text] !== undefined || ((t.lower === "a" || t.lower === "an")) ||
  /^(usd|eur|gbp|us)$/i.test(t.text);

export default {
  meta: {
    id: "number",
    description: "Cardinal numbers in digits or words with their hedge, range and unit: 'more than 1,000', '1,300 or 1,400', '$2.5bn', '4%', '15 years'.",
  },
  create(ctx) {
    return {
      sentence(view) {
        const { tokens } = view;
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i] as Token;
          if (!startsNumber(t)) continue;
          if (t.type === "number" && (isYear(tokens, i) || isDayOfMonth(tokens, i))) continue;
          if (isIdentifier(view, i)) continue;
          const q = readQuantity(tokens, i);
          if (!q) continue;
          if (t.lower === "one" && q.low === 1 && q.qualifier === "exact" && NOT_A_COUNT_AFTER_ONE.has(tokens[q.next]?.lower ?? "")) continue;
          if (/^(no|any|some|every|someone|anyone)$/i.test(tokens[i - 1]?.lower ?? "") && t.lower === "one") continue;
          const firstToken = tokens[q.first] as Token;
          const lastToken = tokens[q.next - 1] as Token;
          ctx.report({
            start: firstToken.start, end: lastToken.end, first: q.first, next: q.next,
            kind: q.kind, unit: q.unit, low: q.low, high: q.high, written: q.written, qualifier: q.qualifier,
          });
          i = q.next - 1;
        }
      },
    };
  },
} satisfies Extractor;

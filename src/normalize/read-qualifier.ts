import { MOVEMENT_VERBS, QUALIFIERS, TRAILING_QUALIFIERS } from "../lexicon/qualifiers.js";
import type { Qualifier } from "../schema/claim.js";
import type { Token } from "../nlp/tokens.js";

/** The words of tokens [from, to) as a phrase: glued punctuation stays glued ("approx."). */
function phrase(tokens: readonly Token[], from: number, to: number): string {
  let out = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) return "";
    out += (k > from && !(t.type === "punct" && t.glued) ? " " : "") + t.lower;
  }
  return out;
}

/**
 * "ticked up to", "rose sharply up to": a verb of movement (past an adverb) just before `k`; or a
 * headline's figure noun with its verb left out ("Unemployment rate up to 4.2% in July", "Death
 * toll up to 120"), where "up to" is where the figure went, not a bound.
 */
function movedBefore(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (/ly$/.test(tokens[j]?.lower ?? "")) j--;
  return MOVEMENT_VERBS.has(tokens[j]?.lower ?? "") || FIGURE_NOUNS.has(tokens[j]?.lower ?? "");
}

/** Nouns that name a figure, which a headline moves "up to" a value with no verb. */
const FIGURE_NOUNS = new Set(["rate", "toll", "tally", "count", "price", "prices", "inflation", "unemployment", "figure", "total", "index", "yield", "yields"]);

/** A hedge that ends just before token `i` ("more than", "nearly"): its first token and reading. */
export function qualifierBefore(tokens: readonly Token[], i: number): { first: number; qualifier: Qualifier } | null {
  for (let len = 4; len >= 1; len--) {
    const from = i - len;
    if (from < 0) continue;
    const words = phrase(tokens, from, i);
    const hit = QUALIFIERS.find(([p]) => p === words);
    if (!hit) continue;
    // "some of the 52" is a part of a known set, not a hedge; neither is "all over".
    if (hit[0] === "some" && tokens[i]?.lower === "of") continue;
    if (hit[0] === "up to" && movedBefore(tokens, from)) return null;
    return { first: from, qualifier: hit[1] };
  }
  return null;
}

/** A hedge written after the number ("or more", "or so"): the token after it and its reading. */
export function qualifierAfter(tokens: readonly Token[], i: number): { next: number; qualifier: Qualifier } | null {
  // "50,000-plus": the hedge hyphened to the number.
  if (tokens[i]?.text === "-" && tokens[i]?.glued && tokens[i + 1]?.glued && tokens[i + 1]?.lower === "plus") return { next: i + 2, qualifier: "at_least" };
  // "100+ attendees": a plus sign against the number, with no number after it.
  if (tokens[i]?.text === "+" && tokens[i]?.glued && !(tokens[i + 1]?.glued && tokens[i + 1]?.type === "number")) return { next: i + 1, qualifier: "at_least" };
  for (const [p, qualifier] of TRAILING_QUALIFIERS) {
    const parts = p.split(" ");
    if (parts.every((w, k) => tokens[i + k]?.lower === w)) {
      // "1,000 plus 200" is arithmetic; "plus" only hedges when nothing numeric follows.
      if (p === "plus" && tokens[i + 1]?.type === "number") continue;
      return { next: i + parts.length, qualifier };
    }
  }
  return null;
}

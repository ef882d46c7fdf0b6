import { VAGUE_AMOUNTS } from "../../lexicon/vague-amounts.js";
import type { Extractor } from "../types.js";

type Phrase = { words: string[]; range: readonly [number | null, number | null] };

/** The phrases by their first word, longest first, so that each token costs one lookup. */
const PHRASES_BY_FIRST = new Map<string, Phrase[]>();
for (const [phrase, range] of Object.entries(VAGUE_AMOUNTS)) {
  const words = phrase.split(" ");
  const list = PHRASES_BY_FIRST.get(words[0] as string) ?? [];
  list.push({ words, range });
  list.sort((a, b) => b.words.length - a.words.length);
  PHRASES_BY_FIRST.set(words[0] as string, list);
}

export default {
  meta: { id: "vague-amount", description: "A conventional vague amount: 'dozens of detainees', 'hundreds', 'several'." },
  create(ctx) {
    return {
      sentence({ tokens }) {
        for (let i = 0; i < tokens.length; i++) {
          const hit = PHRASES_BY_FIRST.get(tokens[i]!.lower)?.find((p) => p.words.every((w, k) => tokens[i + k]?.lower === w));
          if (!hit) continue;
          const n = hit.words.length;
          const last = tokens[i + n - 1];
          const after = tokens[i + n];
          // "several" must count something; "hundreds" alone may stand as the object ("jailing hundreds").
          if (!last || (hit.words.length === 1 && hit.words[0] === "several" && after?.type !== "word")) continue;
          // The span is the amount without its "of": "dozens", "a handful".
          const spanEnd = last.lower === "of" ? tokens[i + n - 2] ?? last : last;
          const [low, high] = hit.range;
          ctx.report({ start: tokens[i]!.start, end: spanEnd.end, first: i, next: i + n, kind: "count", unit: null, low, high, written: low ?? high ?? 0, qualifier: "vague" });
          i += n - 1;
        }
      },
    };
  },
} satisfies Extractor;

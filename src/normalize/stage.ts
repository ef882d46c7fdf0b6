import { FORECAST_WORDS, PARTIAL_WORDS } from "../lexicon/stages.js";

export type Stage = "forecast" | "partial" | "result";

/** Words read before a number and after it, in its clause. */
const BEFORE = 60;
const AFTER = 40;

/**
 * Whether a figure is a forecast, a partial count or a result, from the words of its clause:
 * "analysts had expected 100,000", "leading in 240 seats so far", "added 73,000 jobs".
 */
export function stageOf(sentence: string, start: number, end: number): Stage {
  const head = sentence.slice(Math.max(0, start - BEFORE), start).split(/[;:—()]/).pop() ?? "";
  const tail = sentence.slice(end, end + AFTER).split(/[;:—(),]/)[0] ?? "";
  const words = `${head} ${tail}`.toLowerCase().match(/(?:would|could|might)\s+have|by\s+(?:the\s+end|year)\b|[a-z]+(?:\s+far)?/g) ?? [];
  if (words.some((w) => FORECAST_WORDS.has(w))) return "forecast";
  if (words.some((w) => PARTIAL_WORDS.has(w))) return "partial";
  return "result";
}

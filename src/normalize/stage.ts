import { FORECAST_WORDS, FORECASTER_WORDS, MODALS, PARTIAL_WORDS } from "../lexicon/stages.js";

export type Stage = "forecast" | "partial" | "result";

/** Words read before a number and after it, in its clause. */
const BEFORE = 60;
const AFTER = 40;

/**
 * A count as it stood at an hour of the day: "as of Thursday evening", "by the evening", "just
 * before 17:00", "by 6 p.m.". The day's final count comes later. Not "at 3:30 a.m.": that is
 * more often when the event happened than when the count was taken.
 */
const RUNNING_COUNT = /\bas of\b|\bby (?:[a-z]+ )?(?:morning|afternoon|evening|night|noon|midday|midnight)\b|\b(?:by|before|until) \d{1,2}(?:[:h]\d{2}\s*(?:[ap]\.?m\b)?|\s*[ap]\.?m\b)/i;

/** The words of a figure's clause around it, with the few phrases the stage lists read as one. */
function clauseWords(sentence: string, start: number, end: number): string[] {
  const head = sentence.slice(Math.max(0, start - BEFORE), start).split(/[;:—()]/).pop() ?? "";
  const tail = sentence.slice(end, end + AFTER).split(/[;:—(),]/)[0] ?? "";
  return `${head} ${tail}`.toLowerCase().match(/(?:would|could|might)\s+have|by\s+(?:the\s+end|year)\b|estimates?\s+for\b|early\s+(?:results|returns|counts?|counting|trends|figures|tallies)\b|[a-z]+(?:\s+far)?/g) ?? [];
}

/**
 * Whether a forecast is a forecaster's (an analyst's, a poll's, a consensus): two of those differ
 * by design. A maximum faced or a demand made is no such forecast.
 */
export function isForecasters(sentence: string, start: number, end: number): boolean {
  return clauseWords(sentence, start, end).some((w) => FORECASTER_WORDS.has(w));
}

/**
 * Whether a figure is a forecast, a partial count or a result, from the words of its clause:
 * "analysts had expected 100,000", "leading in 240 seats so far", "added 73,000 jobs".
 */
export function stageOf(sentence: string, start: number, end: number): Stage {
  const words = clauseWords(sentence, start, end);
  if (words.some((w) => FORECAST_WORDS.has(w)) || modalBefore(sentence, start)) return "forecast";
  if (words.some((w) => PARTIAL_WORDS.has(w)) || RUNNING_COUNT.test(sentence.slice(Math.max(0, start - BEFORE), end + AFTER))) return "partial";
  // "As of Thursday evening, 80 people were detained …, and some 120 officers were injured": a
  // sentence's opening adverbial dates every figure in it, however far on.
  return RUNNING_COUNT.test(OPENING.exec(sentence)?.[0] ?? "") ? "partial" : "result";
}

/** A modal up to three words before the figure, in its clause ("could surpass", "may well exceed"). */
function modalBefore(sentence: string, start: number): boolean {
  const words = sentence.slice(Math.max(0, start - 40), start).split(/[;:—(),]/).pop()?.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.slice(-4).some((w) => MODALS.has(w));
}

/** A sentence's opening adverbial: a few words before its first comma. */
const OPENING = /^[^,]{0,40},/;

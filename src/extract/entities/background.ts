import { matchesOf } from "../../core/matches.js";

/**
 * Whether a sentence tells background rather than the news: the past perfect ("had been
 * arrested in April 2024") or a year before the article's own ("was detained in May 2020").
 * What happened to someone then is their history, not what this event did to them, so the
 * event classes (arrested, sentenced, killed, …) are not read from it. `reference`: the
 * article's date (ISO), or null.
 */
export function isBackground(sentence: string, reference: string | null): boolean {
  if (PAST_PERFECT.test(sentence)) return true;
  const year = reference ? Number(reference.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return false;
  // exec, not matchAll: this runs on every sentence, and matchAll copies the regex each time.
  for (const m of matchesOf(YEAR, sentence)) if (Number(m[1]) < year) return true;
  return false;
}

const PAST_PERFECT = /\bhad\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en)\b/u;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

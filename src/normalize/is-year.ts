import { MONTHS } from "../lexicon/months.js";
import type { Token } from "../nlp/tokens.js";

const YEAR_BEFORE = /^(in|since|by|until|till|from|of|before|after|early|late|mid|during|the|year|'s|’s|and|or|to|between|spring|summer|autumn|fall|winter|election|elections)$/;

/**
 * A four-digit number that names a year: "in 2020", "the 2022 Nobel Peace Prize",
 * "May 2020". "2000 people" is a count: a plural noun after it wins.
 */
export function isYear(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.type !== "number" || !/^\d{4}$/.test(t.text)) return false;
  const n = Number(t.text);
  if (n < 1800 || n > 2100) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.glued && next.lower === "s") return true; // "the 1990s": a decade, still not a count
  if (prev && (MONTHS[prev.lower] !== undefined || YEAR_BEFORE.test(prev.lower) || prev.text === ",")) return true;
  if (next && next.type === "word" && /s$/.test(next.lower) && !/ss$/.test(next.lower) && !/^[A-Z]/.test(next.text)) return false;
  return true;
}

import { wordTable } from "./word-table.js";
// English number words. Source: standard English cardinal and ordinal forms.
export const UNITS: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});

export const TENS: Record<string, number> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Multipliers that scale what precedes them: "1.5 million", "two hundred", "a dozen". */
export const SCALES: Record<string, number> = wordTable({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  dozen: 12, score: 20,
});

/** Abbreviated scales after digits: "$2.5bn", "10m", "5k". */
export const SCALE_ABBREVIATIONS: Record<string, number> = wordTable({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
});

/** The abbreviations wire copy also writes apart from the digits: "$28 bln", "15 mln shares". */
export const SPACED_SCALE_ABBREVIATIONS: ReadonlySet<string> = new Set(["mn", "mln", "bn", "bln", "tn", "trn"]);

export const ORDINAL_WORDS: Record<string, number> = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, hundredth: 100, thousandth: 1000,
});

/** Fractions that read as numbers: "half a million", "a quarter of". */
export const FRACTIONS: Record<string, number> = wordTable({ half: 0.5, quarter: 0.25, third: 1 / 3 });

// Words that end with a period without ending a sentence. Source: common English news style.
export const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "capt", "sgt", "rep",
  "sen", "gov", "pres", "rev", "hon", "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "approx", "ca", "est", "fig", "lit", "al", "dept", "univ", "ave", "mt", "ft", "e.g", "i.e",
  "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m",
]);

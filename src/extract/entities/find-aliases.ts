import type { Mention } from "../../schema/entity.js";

/**
 * What may stand between a name and another name for it: "Federal Open Market Committee
 * (FOMC)", "Acme Systems (NASDAQ: ACME)", "Ana Lopez-Vidal, also known as ALV,", "… – better
 * known as SBF –", "X, or Y,". The opening bracket needs its closing one right after the alias.
 */
const OPEN = /^\s*[(\[]\s*(?:\p{Lu}+\s*:\s*)?(?:or\s+|aka\s+|a\.k\.a\.?\s+)?$/u;
const CLOSE = /^\s*[)\]]/u;
const KNOWN_AS = /^\s*[,(–—-]?\s*(?:(?:also|better|commonly|widely|popularly|simply|often)\s+)?(?:known|referred to|called|dubbed|nicknamed)\s+as\s+["“‘']?$|^\s*[,(–—-]?\s*(?:aka|a\.k\.a\.?)\s+["“‘']?$|^\s*,\s+or\s+(?:the\s+)?["“‘']?$/u;

/**
 * Mentions introduced as another name of the mention before them get `aliasOf`: that name as
 * written. Resolution then holds them as one entity in that source and wherever the alias recurs.
 */
export function markAliases(text: string, mentions: readonly Mention[]): Mention[] {
  const out = [...mentions];
  for (let i = 1; i < out.length; i++) {
    const b = out[i];
    // The name just before, or the one before that when an exchange's name stands between ("(NASDAQ: CSCO)").
    for (const a of [out[i - 1], out[i - 2]]) {
      // The gap's length is read before the gap is cut out: most mentions stand far apart.
      if (!a || !b || a.end > b.start || b.start - a.end > 40 || a.text === b.text) continue;
      const gap = text.slice(a.end, b.start);
      const bracketed = OPEN.test(gap) && CLOSE.test(text.slice(b.end, b.end + 3));
      if (bracketed || KNOWN_AS.test(gap)) { out[i] = { ...b, aliasOf: a.text }; break; }
    }
  }
  return out;
}

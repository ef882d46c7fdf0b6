/**
 * Base forms a word may have, by English suffix rules: "released" → release, "freed" → free,
 * "holding" → hold, "jailed" → jail, "dies" → die. Callers look each candidate up in a lexicon.
 */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  const push = (s: string): void => { if (s.length > 1 && !out.includes(s)) out.push(s); };
  if (w.endsWith("ied")) push(`${w.slice(0, -3)}y`);
  if (w.endsWith("ies")) push(`${w.slice(0, -3)}y`);
  if (w.endsWith("ed")) { push(w.slice(0, -1)); push(w.slice(0, -2)); if (/(.)\1ed$/.test(w)) push(w.slice(0, -3)); }
  if (w.endsWith("ing")) { push(w.slice(0, -3)); push(`${w.slice(0, -3)}e`); if (/(.)\1ing$/.test(w)) push(w.slice(0, -4)); }
  if (w.endsWith("es")) push(w.slice(0, -2));
  if (w.endsWith("s")) push(w.slice(0, -1));
  return out;
}

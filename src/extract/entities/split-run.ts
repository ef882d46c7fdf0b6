import { TITLES } from "../../lexicon/name-stopwords.js";

/** A piece of a capitalised run: its text and where it starts in the sentence. */
export type RunPiece = { 0: string; index: number; bodyOnly?: boolean };

/** A word that only modifies what follows: "Labour-led", "state-backed", "Paris-based". */
const MODIFIER = /-(?:led|backed|based|owned|run|linked|allied|aligned|controlled|affiliated|funded|style|era)$/iu;

/** "Ilse Dragomar's National Renewal Party" is two names: the possessor and what she has. */
function splitAtPossessive(p: RunPiece): RunPiece[] {
  // Most runs hold no possessive before a space: no split to make.
  if (!/[’']s\s/u.test(p[0])) return [p];
  const out: RunPiece[] = [];
  let at = p.index;
  for (const piece of p[0].split(/(?<=[’']s)\s+/u)) {
    out.push({ 0: piece, index: at, bodyOnly: p.bodyOnly });
    at += piece.length + 1;
  }
  return out;
}

/**
 * "Labour-led Progressive Alliance": the modifier's own name ("Labour") and the name it
 * modifies are two names; the "-led" belongs to neither.
 */
function splitAtModifier(p: RunPiece): RunPiece[] {
  if (!p[0].includes("-")) return [p];
  const words = p[0].split(" ");
  const k = words.findIndex((w) => MODIFIER.test(w));
  if (k < 0) return [p];
  const head = words.slice(0, k + 1).join(" ");
  const stem = head.replace(MODIFIER, "");
  const rest = words.slice(k + 1).join(" ");
  const out: RunPiece[] = stem ? [{ 0: stem, index: p.index, bodyOnly: true }] : [];
  if (rest) out.push(...splitAtModifier({ 0: rest, index: p.index + head.length + 1, bodyOnly: p.bodyOnly }));
  return out;
}

/** A title word, with or without its full stop written ("Capt", "Chair", "Judge"). */
const isTitle = (w: string): boolean => TITLES.has(w.toLowerCase().replace(/\.$/, ""));
const nameLike = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w) && !isTitle(w);

/**
 * "US District Court Judge Ann Carver", "Central Bank Chair Tom Okafor", "Interior
 * Minister Ana Vel": a person's name after a title is a name of its own, and what comes
 * before the title may only be the body the title belongs to (so it is kept only as a body).
 * The split is made at the last title followed by two name-like words up to the run's end.
 */
function splitAtTitle(p: RunPiece): RunPiece[] {
  const words = p[0].split(" ");
  let k = -1;
  for (let i = words.length - 3; i >= 0; i--) {
    if (isTitle(words[i] ?? "") && words.slice(i + 1).every(nameLike)) { k = i; break; }
  }
  if (k < 0) return [p];
  const out: RunPiece[] = [];
  const before = words.slice(0, k).filter((w) => !isTitle(w));
  if (before.length === k && k > 0) out.push({ 0: before.join(" "), index: p.index, bodyOnly: true });
  const lead = words.slice(0, k + 1).join(" ").length + 1;
  out.push({ 0: words.slice(k + 1).join(" "), index: p.index + lead, bodyOnly: p.bodyOnly });
  return out;
}

/** A capitalised run cut into the names it holds. */
export function splitRun(m: RegExpMatchArray): RunPiece[] {
  const whole: RunPiece = { 0: m[0], index: m.index ?? 0 };
  return splitAtPossessive(whole).flatMap(splitAtModifier).flatMap(splitAtTitle);
}

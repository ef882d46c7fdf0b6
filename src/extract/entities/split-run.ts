import { TITLES } from "../../lexicon/name-stopwords.js";

/** A piece of a capitalised run: its text and where it starts in the sentence. */
export type RunPiece = { 0: string; index: number; bodyOnly?: boolean };

/** A word that only modifies what follows: "Labour-led", "state-backed", "Paris-based". */
const MODIFIER = /-(?:led|backed|based|owned|run|linked|allied|aligned|controlled|affiliated|funded|style|era)$/iu;

/** A possessive before a space: "Dragomar's National". */
const POSSESSIVE_SPACE = /[’']s\s/u;

/** "Ilse Dragomar's National Renewal Party" is two names: the possessor and what she has. */
function splitAtPossessive(p: RunPiece): RunPiece[] {
  // Most runs hold no possessive before a space: no split to make.
  if (!POSSESSIVE_SPACE.test(p[0])) return [p];
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
const isTitle = (w: string): boolean => {
  const lower = w.toLowerCase();
  return TITLES.has(lower.endsWith(".") ? lower.slice(0, -1) : lower);
};
const nameLike = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w) && !isTitle(w);

/**
 * "US District Court Judge Ann Carver", "Central Bank Chair Tom Okafor", "Interior
 * Minister Ana Vel": a person's name after a title is a name of its own, and what comes
 * before the title may only be the body the title belongs to (so it is kept only as a body).
 * The split is made at the last title followed by two name-like words up to the run's end.
 */
function splitAtTitle(p: RunPiece): RunPiece[] {
  if (!hasThreeWords(p[0])) return [p];
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

/** A title followed by two words needs three words (split at spaces, as splitAtTitle does). */
function hasThreeWords(run: string): boolean {
  const space = run.indexOf(" ");
  return space >= 0 && run.indexOf(" ", space + 1) >= 0;
}

/** The names a capitalised run holds, pushed onto `out`. */
export function splitRun(m: RunPiece, out: RunPiece[]): void {
  // Most runs hold no hyphen (no modifier), no possessive before a space and fewer than three
  // words (no title before a name): nothing to cut, and no piece to allocate.
  if (!m[0].includes("-") && !POSSESSIVE_SPACE.test(m[0]) && !hasThreeWords(m[0])) { out.push(m); return; }
  const whole: RunPiece = { 0: m[0], index: m.index };
  for (const a of splitAtPossessive(whole)) for (const b of splitAtModifier(a)) for (const c of splitAtTitle(b)) out.push(c);
}

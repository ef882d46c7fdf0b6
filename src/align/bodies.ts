import { bodyBag, bodyInitials, bodyKey, bodySkeleton } from "../normalize/body-key.js";
import { COUNTRY_NAMES } from "../lexicon/demonyms.js";
import type { Mention } from "../schema/entity.js";
import { UnionFind } from "./union-find.js";

/** One spelling of a body or place (its folded key) and every mention written so. */
type Spelling = { key: string; text: string; mentions: Mention[] };

const LINKING = new Set(["of", "the", "and", "for", "on", "in", "&"]);

/** Whether `a`'s words appear in `b` in the same order. */
function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
  let k = 0;
  for (const w of b) if (w === a[k]) k++;
  return k === a.length && a.length < b.length;
}

const isAcronym = (text: string): boolean => /^(?:\p{Lu}\.?){2,6}$/u.test(text);
const wordsOf = (key: string): string[] => key.split(" ");

/** Indexes of `list` by a key; a key that is "" is left out. */
function indexBy<T>(list: readonly T[], keyOf: (t: T, i: number) => string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  list.forEach((t, i) => {
    const k = keyOf(t, i);
    if (!k) return;
    const l = out.get(k);
    if (l) l.push(i);
    else out.set(k, [i]);
  });
  return out;
}

/**
 * Bodies and places across spellings. Spellings with one key (folded words, legal forms and
 * party words dropped, known aliases) are one; then an acronym joins the name whose initials it
 * spells, in full or in part ("BLS", "BJ Medical College"); a name given as another's alias in
 * a source joins it; the same words in another order ("Ministry of the Interior" / "Interior
 * Ministry"), without a clashing country; the same consonants ("Andalucía" / "Andalusia"); and
 * one word joins the one longer name it opens ("Acme" / "Acme Systems").
 */
export function resolveBodies(mentions: readonly Mention[], keyOf: (text: string) => string = bodyKey): Mention[][] {
  const byKey = new Map<string, Spelling>();
  for (const m of mentions) {
    const key = keyOf(m.text);
    const s = byKey.get(key);
    if (s) s.mentions.push(m);
    else byKey.set(key, { key, text: m.text, mentions: [m] });
  }
  const spellings = [...byKey.values()];
  // What each rule reads of a spelling, worked out once per spelling.
  const initials = spellings.map((s) => (isAcronym(s.text) ? "" : bodyInitials(s.text)));
  const bags = spellings.map((s) => bodyBag(s.text));
  const keyWords = spellings.map((s) => wordsOf(s.key));
  const uf = new UnionFind(spellings.length);
  const joinAll = (ids: readonly number[]) => ids.forEach((i) => uf.union(ids[0] ?? i, i));
  const multi = spellings.map((s, i) => [s, i] as const).filter(([s]) => s.key.includes(" "));
  // An acronym joins the first name (in mention order) whose initials it spells.
  const byInitials = indexBy(spellings, (_, i) => initials[i] ?? "");
  spellings.forEach((s, i) => {
    if (!isAcronym(s.text)) return;
    const full = byInitials.get(s.text.replace(/\./g, ""))?.[0];
    if (full !== undefined) uf.union(i, full);
  });
  // "BJ Medical College" (or "B J Medical College") = "Byramjee Jeejeebhoy Medical College": equal
  // initials, the same last word, one written in initials.
  for (const ids of indexBy(multi, ([s, i]) => `${bodyInitials(s.text)}|${keyWords[i]?.at(-1)}`).values()) {
    const members = ids.map((k) => multi[k]?.[1] ?? 0);
    if (members.some((i) => /\b\p{Lu}{2,}\b|\b\p{Lu}\.?\s/u.test(spellings[i]?.text ?? ""))) joinAll(members);
  }
  // Aliases given in a source: "Federal Open Market Committee (FOMC)". Spellings by source, then
  // text, of the sources that give an alias only; then the few mentions that give one.
  const aliasing = new Set<string>();
  for (const m of mentions) if (m.aliasOf !== undefined) aliasing.add(m.source);
  if (aliasing.size > 0) {
    const bySourceText = new Map<string, Map<string, number>>();
    const aliased: Array<[number, Mention]> = [];
    spellings.forEach((s, i) => s.mentions.forEach((m) => {
      if (!aliasing.has(m.source)) return;
      let texts = bySourceText.get(m.source);
      if (!texts) bySourceText.set(m.source, (texts = new Map()));
      texts.set(m.text, i);
      if (m.aliasOf !== undefined) aliased.push([i, m]);
    }));
    for (const [i, m] of aliased) {
      const other = bySourceText.get(m.source)?.get(m.aliasOf ?? "");
      if (other !== undefined) uf.union(i, other);
    }
  }
  // The same words in another order; a name without a country meets the one with a country.
  for (const ids of indexBy(spellings, (_, i) => bags[i]?.bag ?? "").values()) {
    const withCountry = new Set(ids.map((i) => bags[i]?.countries ?? "").filter(Boolean));
    if (withCountry.size <= 1) joinAll(ids);
  }
  // The same consonants, when there are enough of them to tell names apart.
  for (const ids of indexBy(spellings, (s) => { const k = bodySkeleton(s.text); return k.length >= 4 && !isAcronym(s.text) ? `${s.key[0]}${k}` : ""; }).values()) joinAll(ids);
  // "Sardar Vallabhbhai International Airport" within "Sardar Vallabhbhai Patel International
  // Airport": three words or more, the same first and last, in the same order. Only names that
  // open with the same word are compared.
  const byFirstWord = indexBy(multi, ([, i]) => keyWords[i]?.[0] ?? "");
  for (const [, i] of multi) {
    const aw = (keyWords[i] ?? []).filter((w) => !LINKING.has(w));
    if (aw.length < 3) continue;
    for (const k of byFirstWord.get(aw[0] ?? "") ?? []) {
      const j = multi[k]?.[1] ?? 0;
      const bw = keyWords[j] ?? [];
      if (i !== j && isSubsequence(aw, bw) && aw.at(-1) === bw.at(-1)) uf.union(i, j);
    }
  }
  // One word opening exactly one longer name (of one entity by now): "Acme" / "Acme Systems".
  // A country never does ("India" / "India News"), nor a word that already has its longer name.
  const opening = indexBy(multi, ([, i]) => keyWords[i]?.[0] ?? "");
  spellings.forEach((s, i) => {
    const opened = opening.get(s.key);
    if (!opened || s.key.includes(" ") || isAcronym(s.text) || COUNTRY_NAMES.has(s.key)) return;
    if (s.mentions.some((m) => m.text.includes(" ")) || s.mentions.some((m) => m.kind === "place")) return;
    const longer = new Set(opened.map((k) => uf.find(multi[k]?.[1] ?? 0)));
    const only = [...longer][0];
    if (longer.size === 1 && only !== undefined) uf.union(i, only);
  });
  return uf.groups().map((ids) => {
    // A loop, not flatMap: a few spellings hold most mentions, and flatMap copies them slowly.
    const out: Mention[] = [];
    for (const i of ids) for (const m of spellings[i]?.mentions ?? []) out.push(m);
    return out;
  });
}

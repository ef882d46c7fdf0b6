import { memoize } from "../core/memo.js";
import { surnameGender, surnameSkeleton } from "../normalize/name.js";
import type { Mention } from "../schema/entity.js";
import { UnionFind } from "./union-find.js";

/** A skeleton where "sh" and "s" meet (Prakash / Prakas), as romanisations of South Asian names let them. */
const loose = (word: string): string => surnameSkeleton(word).replace(/S/g, "s").replace(/Z/g, "z");

/**
 * Two-word names written in either order ("Anil Rameshkumar" / "Rameshkumar Anil"), or
 * with "sh" for "s", are one person when both words meet and no gender ending clashes. Words of
 * fewer than three consonants say too little to join on.
 */
export function joinSwappedNames(people: readonly Mention[][]): Mention[][] {
  const uf = new UnionFind(people.length);
  const byKey = new Map<string, number>();
  // Mentions repeat a few spellings: each spelling's keys are worked out once.
  const keysOf = memoize(swapKeys);
  people.forEach((list, i) => {
    const keys = new Set<string>();
    for (const m of list) for (const k of keysOf(m.text)) keys.add(k);
    for (const k of keys) {
      const other = byKey.get(k);
      if (other === undefined) byKey.set(k, i);
      else uf.union(other, i);
    }
  });
  return uf.groups().map((ids) => ids.flatMap((i) => people[i] ?? []));
}

/** The keys a two-word name is joined on, in its order and swapped; none for other names. */
function swapKeys(text: string): readonly string[] {
  const words = text.split(" ");
  if (words.length !== 2) return [];
  const [a, b] = words.map(loose) as [string, string];
  if (a.length < 3 || b.length < 3) return [];
  const gender = surnameGender(words[1] ?? "") ?? surnameGender(words[0] ?? "") ?? "";
  return [`${a}|${b}|${gender}`, `${b}|${a}|${gender}`];
}

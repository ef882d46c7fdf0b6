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
    // A spelling repeated adds no key: only the first of a run of one spelling is read.
    let last: string | null = null;
    for (const m of list) {
      if (m.text === last) continue;
      last = m.text;
      for (const k of keysOf(m.text)) keys.add(k);
    }
    for (const k of keys) {
      const other = byKey.get(k);
      if (other === undefined) byKey.set(k, i);
      else uf.union(other, i);
    }
  });
  return uf.groups().map((ids) => {
    // A loop, not flatMap: a few people hold most mentions, and flatMap copies them slowly.
    const out: Mention[] = [];
    for (const i of ids) for (const m of people[i] ?? []) out.push(m);
    return out;
  });
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

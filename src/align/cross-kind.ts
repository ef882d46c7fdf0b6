import { memoize } from "../core/memo.js";
import { foldName } from "../normalize/name.js";
import type { Mention } from "../schema/entity.js";

/** The letters of a person's initials, hyphenated parts each: "Ana Lopez-Vidal" → "ALV". */
const initialsOf = (name: string): string => name.split(/[\s-]+/).map((w) => w[0] ?? "").join("").toUpperCase();

/** Index of the one list whose key set holds `key`, or -1 when none or several do. */
function onlyOwner(owners: ReadonlyMap<string, Set<number>>, key: string): number {
  const set = owners.get(key);
  return set && set.size === 1 ? [...set][0] ?? -1 : -1;
}

/**
 * A body of single-word mentions that is really a person named by surname alone ("Trump" where
 * a source names no one else, read as a body there), or by initials ("ALV" for Ana
 * Lopez-Vidal), joins the one person it can be. Several people of that surname or those
 * initials: it stays apart.
 */
export function joinAcrossKinds(people: readonly Mention[][], bodies: readonly Mention[][]): { people: Mention[][]; bodies: Mention[][] } {
  const surnames = new Map<string, Set<number>>();
  const initials = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, key: string, i: number) => {
    const set = map.get(key) ?? new Set<number>();
    set.add(i);
    map.set(key, set);
  };
  // Each spelling's surname and initials are read once: mentions repeat a few spellings.
  const surnameOf = memoize((text: string): string => foldName(text.split(" ").at(-1) ?? ""));
  const lettersOf = memoize(initialsOf);
  people.forEach((list, i) => {
    // A spelling repeated adds nothing: only the first of a run of one spelling is read.
    let last: string | null = null;
    for (const m of list) {
      if (m.text === last) continue;
      last = m.text;
      if (!m.text.includes(" ")) continue;
      add(surnames, surnameOf(m.text), i);
      const letters = lettersOf(m.text);
      if (letters.length >= 2 && letters.length <= 4) add(initials, letters, i);
    }
  });
  const outPeople = people.map((list) => [...list]);
  const outBodies: Mention[][] = [];
  for (const list of bodies) {
    const texts = new Set(list.map((m) => m.text));
    let owner = -1;
    // A place is never a person's surname here ("Jordan"); only bodies read from one word are.
    if (list.every((m) => m.kind !== "place") && [...texts].every((t) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(t))) {
      // By surname only: a given name alone read as a body may be anything ("the Dow" is not "Dow Jones").
      const owners = new Set([...texts].map((t) => onlyOwner(surnames, foldName(t))));
      if (owners.size === 1) owner = [...owners][0] ?? -1;
    } else if ([...texts].every((t) => /^\p{Lu}{2,4}$/u.test(t))) {
      const owners = new Set([...texts].map((t) => onlyOwner(initials, t)));
      if (owners.size === 1) owner = [...owners][0] ?? -1;
    }
    if (owner >= 0) outPeople[owner]?.push(...list);
    else outBodies.push(list);
  }
  return { people: outPeople, bodies: outBodies };
}

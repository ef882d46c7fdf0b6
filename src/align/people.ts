import { GIVEN_NAME_KEY } from "../lexicon/given-names.js";
import { foldName, givenNamesCompatible, surnameGender, surnameSkeleton } from "../normalize/name.js";
import type { Mention } from "../schema/entity.js";
import { joinSwappedNames } from "./swapped-names.js";

/**
 * `member`: what a cluster keeps one of (folded given name and gender); `same`: that and the
 * skeleton, all that samePerson reads, so two spellings with one `same` match the same people.
 */
type Person = { given: string | null; surname: string; skeleton: string; gender: "f" | "m" | null; member: string; same: string };

function personOf(text: string): Person {
  const words = text.split(/\s+/);
  const surname = words[words.length - 1] ?? text;
  const raw = surnameSkeleton(surname);
  const given = words.length > 1 ? words[0] ?? null : null;
  // Short skeletons collide ("Cole", "Kyle"): below three consonants, spelling must match.
  const skeleton = raw.length >= 3 ? raw : `=${foldName(surname)}`;
  const gender = surnameGender(surname);
  const member = `${given === null ? "" : foldName(given)}|${gender}`;
  return { given, surname, skeleton, gender, member, same: `${skeleton}\u0000${member}` };
}

const samePerson = (a: Person, b: Person): boolean =>
  a.skeleton === b.skeleton && (a.gender === null || b.gender === null || a.gender === b.gender) && givenNamesCompatible(a.given, b.given);

/**
 * People across transliterations (same surname skeleton, no gender clash, equivalent given
 * names), and a surname or a given name alone joining the full name it abbreviates. `ordered`:
 * person mentions by source, then position.
 */
export function resolvePeople(ordered: readonly Mention[]): Mention[][] {
  // Most mentions repeat a spelling already seen: read each spelling once.
  const spellings = new Map<string, Person>();
  const personOfText = (text: string): Person => {
    let p = spellings.get(text);
    if (!p) spellings.set(text, (p = personOf(text)));
    return p;
  };
  // Members are kept once per distinct spelling and gender, and mention starts per source, so a
  // new mention is checked against a few spellings, not against every earlier mention.
  type PersonCluster = { members: Map<string, Person>; mentions: Mention[]; starts: Map<string, number[]> };
  const newCluster = (p: Person, m: Mention): PersonCluster => ({ members: new Map([[p.member, p]]), mentions: [m], starts: new Map([[m.source, [m.start]]]) });
  const join = (c: PersonCluster, p: Person | null, m: Mention): void => {
    if (p) c.members.set(p.member, p);
    c.mentions.push(m);
    const list = c.starts.get(m.source);
    if (list) list.push(m.start);
    else c.starts.set(m.source, [m.start]);
  };
  const people: PersonCluster[] = [];
  // Clusters by surname skeleton: a mention is only compared with people who could be it.
  const bySkeleton = new Map<string, PersonCluster[]>();
  const index = (c: PersonCluster, p: Person): void => {
    const list = bySkeleton.get(p.skeleton) ?? [];
    if (!list.includes(c)) list.push(c);
    bySkeleton.set(p.skeleton, list);
  };
  const singles: Mention[] = [];
  // A full name goes where the first spelling with its `same` went: that cluster holds a member
  // every later member was checked against, and the clusters before it stay incompatible (members
  // are only added), so the search below would find it again.
  const placed = new Map<string, PersonCluster>();
  for (const m of ordered) {
    const p = personOfText(m.text);
    if (!p.given) { singles.push(m); continue; }
    const known = placed.get(p.same);
    let cluster = known ?? (bySkeleton.get(p.skeleton) ?? []).find((c) => [...c.members.values()].every((q) => samePerson(p, q)));
    if (cluster) join(cluster, p, m);
    else { cluster = newCluster(p, m); people.push(cluster); }
    // A cluster found by `same` was placed, and indexed by this skeleton, when that spelling first came.
    if (known) continue;
    placed.set(p.same, cluster);
    index(cluster, p);
  }
  // Full names by given name (Siarhei = Sergei = Sergey), for a given name written alone ("wife of Siarhei").
  const givenKey = (given: string): string => GIVEN_NAME_KEY.get(foldName(given)) ?? foldName(given);
  const byGiven = new Map<string, PersonCluster[]>();
  for (const c of people) {
    for (const q of c.members.values()) {
      if (!q.given) continue;
      const list = byGiven.get(givenKey(q.given)) ?? [];
      if (!list.includes(c)) list.push(c);
      byGiven.set(givenKey(q.given), list);
    }
  }
  // A surname or a given name alone: the full name in the same source first, else the only match anywhere.
  for (const m of singles) {
    const p = personOfText(m.text);
    const bySurname = (bySkeleton.get(p.skeleton) ?? []).filter((c) => [...c.members.values()].some((q) => q.gender === null || p.gender === null || q.gender === p.gender));
    // No one of that surname: a given name alone ("Dame Ann", "wife of Siarhei").
    const matches = bySurname.length === 0 ? byGiven.get(givenKey(m.text)) ?? [] : bySurname;
    const local = matches.filter((c) => c.starts.has(m.source));
    // A surname alone means the person of that name mentioned last before it ("Hrytsenko's wife").
    const lastBefore = (c: PersonCluster): number => (c.starts.get(m.source) ?? []).reduce((best, x) => (x < m.start && x > best ? x : best), -1);
    const recent = [...local].sort((a, b) => lastBefore(b) - lastBefore(a))[0];
    const pick = local.length === 1 ? local[0] : local.length > 1 && recent && lastBefore(recent) >= 0 ? recent : local.length === 0 && matches.length === 1 ? matches[0] : undefined;
    if (pick) join(pick, null, m);
    else {
      const cluster = newCluster(p, m);
      people.push(cluster);
      index(cluster, p);
    }
  }
  return joinSwappedNames(people.map((c) => c.mentions));
}

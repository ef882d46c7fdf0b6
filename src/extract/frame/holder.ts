import type { NameMention } from "../entities/find-names.js";


const FOR_HOLDER = /^\s*(?:seats?|votes?)?\s*(?:went\s+)?(?:for|to)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}\p{M}'’-]*)*|(?:\p{Ll}+\s+){0,2}(?:others?|independents?|parties|candidates))/u;

/** "others", "smaller parties", "independents": the rest of the field, one holder. */
const asHolder = (phrase: string): string => (/^\p{Ll}/u.test(phrase) ? "others" : phrase);

/**
 * Whose seats or votes a number counts: the phrase after "for"/"to" ("40 for the Alliance",
 * "16 went to smaller parties"), else the nearest name before it in its clause ("the Alliance
 * won 40 seats"), else the subject a participle clause continues ("X won a majority, taking 64
 * seats"). The whole in "64 of the 120 seats" belongs to no one.
 */
export function readHolder(names: readonly NameMention[], sentence: string, start: number, measureEnd: number): string[] {
  if (/\bof\s+the\s*$/i.test(sentence.slice(0, start))) return [];
  const following = FOR_HOLDER.exec(sentence.slice(measureEnd));
  if (following?.[1]) return [asHolder(following[1])];
  const candidates = names.filter((n) => n.kind !== "place" && !n.possessive && n.end <= start);
  const inClause = candidates.filter((n) => !/[,;:]/.test(sentence.slice(n.end, start)));
  let before = inClause.at(-1);
  // "the Civic Union of Prime Minister Ana Vel won 68 seats": the body holds them, not its leader.
  const body = inClause.at(-2);
  if (before?.kind === "person" && body?.kind === "organization" && /^\s+of\s+(?:[\p{L}.]+\s+)*$/u.test(sentence.slice(body.end, before.start))) before = body;
  if (before) return [before.name];
  // A name the finder does not know ("National Renewal won 48.1%"): the capitalised run before the verb.
  const run = /([\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*)+)\s+\p{Ll}+\s+(?:\p{Ll}+\s+){0,3}$/u.exec(sentence.slice(0, start).split(/[,;:]/).pop() ?? "");
  if (run?.[1]) return [run[1]];
  const participle = /,\s*\p{Ll}+ing\b[^,;:]*$/u.test(sentence.slice(0, start));
  return participle && candidates[0] ? [candidates[0].name] : [];
}

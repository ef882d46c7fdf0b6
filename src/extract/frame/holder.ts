import type { NameMention } from "../entities/find-names.js";


const FOR_HOLDER = /^\s*(?:seats?|votes?)?\s*(?:\([^()]{0,12}\)\s*)?(?:went\s+)?(?:for|to)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}\p{M}'’-]*)*|(?:\p{Ll}+\s+){0,2}(?:others?|independents?|parties|candidates))/u;

/** "the BJP-led alliance", "a US-backed coalition": the name qualifies the body, it holds nothing. */
const QUALIFYING = /^\s?[-‑–]\s?(?:led|backed|allied|dominated|controlled|run|based)\b/u;
/** "The alliance, headed up by the Civic Union, won 274 seats": the body named after this leads the holder. */
const LED_BY = /\b(?:led|headed(?:\s+up)?|chaired|run|founded|backed)\s+by\b/gu;

/** "the opposition UNITY bloc", "the alliance ‘Unity’": a place's name used as a body's, which the words around it call one. */
const BODY_AFTER = /^['’”"]?\s*(?:bloc|alliance|coalition|party|front|union|movement)\b/iu;
const BODY_BEFORE = /\b(?:bloc|alliance|coalition|party|front)\s*['‘“"]?\s*$/iu;
const namesABody = (n: NameMention, sentence: string): boolean =>
  BODY_AFTER.test(sentence.slice(n.end, n.end + 14)) || BODY_BEFORE.test(sentence.slice(Math.max(0, n.start - 14), n.start));

/** A clause that starts on its verb, with no subject of its own. */
const VERB_FIRST = /^\s*(?:has|have|had|is|are|was|were|will|would|won|took|secured|got|gained|lost|holds|held|took)\b/u;

/** "the Opposition's UNITY bloc": the body owned, not its owner, is the holder. */
const ownedName = (name: string): string => name.replace(/^[\p{L}\p{M}.-]+['’]s\s+/u, "");

const RELATIVE_CLAUSE = /,\s*(?:whose|which|who)\b[^,;:]*,/gu;
const SUBJECT_RUN = /((?:The\s+)?[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*)*)\s+\p{Ll}+\s+(?:\p{Ll}+\s+){0,4}$/u;

/** "others", "smaller parties", "independents": the rest of the field, one holder. */
const asHolder = (phrase: string): string => (/^\p{Ll}/u.test(phrase) ? "others" : phrase);

/**
 * Whose seats or votes a number counts: the phrase after "for"/"to" ("40 for the Alliance",
 * "16 went to smaller parties"), else the nearest name before it in its clause ("the Alliance
 * won 40 seats"), else the subject a participle clause continues ("X won a majority, taking 64
 * seats": the subject of the clause just before it). The whole in "64 of the 120 seats" belongs
 * to no one.
 */
export function readHolder(names: readonly NameMention[], sentence: string, start: number, measureEnd: number): string[] {
  if (/\bof\s+the\s*$/i.test(sentence.slice(0, start))) return [];
  const following = FOR_HOLDER.exec(sentence.slice(measureEnd));
  if (following?.[1]) return [asHolder(following[1])];
  const candidates = names.filter((n) => (n.kind !== "place" || namesABody(n, sentence)) && !n.possessive && n.end <= start && !QUALIFYING.test(sentence.slice(n.end, n.end + 12)));
  // "The Alliance, whose candidates ran in its name, won 240 seats": the relative clause is inside the subject's clause.
  const clause = sentence.slice(0, start).replace(RELATIVE_CLAUSE, (m) => " ".repeat(m.length));
  // A name inside the relative clause ("whose candidates ran in the name of Ann Vel") holds nothing.
  const inClause = candidates.filter((n) => !/[,;:]/.test(clause.slice(n.end, start)) && clause.slice(n.start, n.end).trim() !== "");
  let before = inClause.at(-1);
  const ledBy = [...clause.slice(0, start).matchAll(LED_BY)].at(-1);
  const leader = ledBy?.index === undefined ? undefined : inClause.filter((n) => n.end <= (ledBy.index as number)).at(-1);
  if (leader) before = leader;
  // "the Civic Union of Prime Minister Ana Vel won 68 seats": the body holds them, not its leader.
  const body = inClause.at(-2);
  if (before?.kind === "person" && body?.kind === "organization" && /^\s+of\s+(?:[\p{L}.]+\s+)*$/u.test(sentence.slice(body.end, before.start))) before = body;
  if (before) return [ownedName(before.name)];
  // A name the finder does not know ("National Renewal won 48.1%"): the capitalised run before the verb.
  // Or one capitalised word after "the" or in capitals ("the Alliance is set to win 99 seats", "UNITY won 226 seats").
  const tail = clause.split(/[,;:]/).pop() ?? "";
  const run = SUBJECT_RUN.exec(tail);
  if (run?.[1]) {
    const words = run[1].split(/\s+/);
    const afterThe = words[0] === "The" || /\bthe\s*$/i.test(tail.slice(0, run.index));
    const name = words[0] === "The" ? words.slice(1) : words;
    // A sentence's first word alone is capitalised for its place, not as a name.
    if (name.length > 1 || (name.length === 1 && (afterThe || /^\p{Lu}{2,}$/u.test(name[0] ?? "")))) return [ownedName(name.join(" "))];
  }
  const participle = /,\s*\p{Ll}+ing\b[^,;:]*$/u.exec(sentence.slice(0, start));
  if (participle) {
    // "…, while the Democrats lost two seats, ending with 11": the clause the participle follows has the subject.
    const from = Math.max(...[",", ";", ":"].map((mark) => sentence.lastIndexOf(mark, participle.index - 1))) + 1;
    const subject = candidates.find((n) => n.start >= from && n.end <= participle.index) ?? candidates[0];
    if (subject) return [ownedName(subject.name)];
  }
  // "The opposition bloc UNITY, courtesy of strong showings in the south, has secured 232 seats":
  // a clause that opens on its verb continues the sentence's subject, named before the first comma.
  if (VERB_FIRST.test(tail)) {
    const firstComma = sentence.search(/[,;:]/);
    const subject = candidates.filter((n) => n.end <= firstComma).at(-1);
    if (subject && firstComma < start) return [ownedName(subject.name)];
  }
  return [];
}

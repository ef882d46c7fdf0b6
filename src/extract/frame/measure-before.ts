import { MEASURE_CLASSES } from "../../lexicon/measure-synonyms.js";
import { EVENT_BY_LEMMA } from "../../lexicon/event-verbs.js";
import type { Lemmatizer } from "../../nlp/compromise.js";
import { lemmaCandidates } from "../../nlp/lemma.js";
import type { Token } from "../../nlp/tokens.js";

/** Words that link a noun to the number after it: "the death toll rose to 120", "a budget of $2bn". */
const LINK = new Set([
  "of", "at", "to", "was", "is", "were", "are", "stood", "stands", "reached", "hit", "totalled",
  "totaled", "topped", "rose", "climbed", "jumped", "increased", "fell", "dropped", "declined",
  "surpassed", "exceeded", "passed", "now", "had", "has", "have", "risen", "grown", "fallen",
  "be", "been", "put", "estimated", "around", "about", "nearly", "almost", "over", "some",
  "rise", "rises", "grow", "grows", "fall", "falls", "increase", "increases", "decrease", "decreases",
  "jump", "jumps", "drop", "drops", "climb", "climbs", "will", "would", "could", "may", "by", "up", "down",
  "reaches", "reach", "hits", "tops", "stand", "stood", "totals", "nears", "neared", "approached", "surpasses",
  // "the unemployment rate ticked slightly higher to 4.2%", "held steady at 4.2%".
  "ticked", "inched", "edged", "crept", "moved", "higher", "lower", "slightly", "sharply", "held", "steady",
  "unchanged", "remained", "downward", "downwards", "upward", "upwards",
]);
/** Adverbs that end a counted noun phrase read leftwards: "payrolls were also adjusted lower by". */
const ADVERBS = new Set(["also", "already", "still", "now", "just", "even", "yet", "again", "too"]);
const CLAUSE_WORDS = new Set(["on", "as", "in", "for", "with", "from", "after", "before", "while", "and", "or", "but", "than", "when", "since", "versus", "vs", "off", "if"]);
const DETERMINER = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "whose"]);
const PRONOUN = new Set(["them", "they", "it", "those", "these", "who", "which", "we", "he", "she", "us", "there", "here", "what"]);

/** Nouns that give a figure its form, not its subject: "a range of", "a new level of". */
const CONTAINER = new Set(["range", "level", "band", "tally", "total"]);
const CONTAINER_ADJECTIVE = new Set(["new", "record", "prior", "previous", "target", "combined", "overall"]);

/**
 * Where the clause goes on before "a range of", when a link word stands before it ("to a range
 * of"); null when the container is itself the noun phrase ("the tally of 80").
 */
function pastContainer(tokens: readonly Token[], k: number): number | null {
  if (!CONTAINER.has(tokens[k]?.lower ?? "")) return null;
  let j = k - 1;
  while (j >= 0 && CONTAINER_ADJECTIVE.has(tokens[j]?.lower ?? "")) j--;
  if (!/^(a|an|the)$/.test(tokens[j]?.lower ?? "")) return null;
  j--;
  return LINK.has(tokens[j]?.lower ?? "") ? j : null;
}

/**
 * The noun a number measures when it stands before it: "the death toll rose to 120" → death
 * toll; "turnout was 64%" → turnout. Only a plain noun phrase (no names, no numbers) counts.
 */
export function measureBefore(tokens: readonly Token[], first: number, lemmas: Lemmatizer): string[] | null {
  let k = first - 1;
  let links = 0;
  // "net profit rose 24% to €3.2bn": the change between the verb and "to" is stepped over too.
  // "net income climbed 25% last year to €3.2bn": and so is when it happened.
  const change = (t: Token | undefined): boolean =>
    t?.type === "number" || /^(%|percent|pct|percentage|points?|basis|bps|last|this|next|year|quarter|month|week)$/.test(t?.lower ?? "");
  while (k >= 0 && links < 6 && (LINK.has(tokens[k]?.lower ?? "") || (links > 0 && change(tokens[k])))) { k--; links++; }
  if (links === 0) return null;
  // "Port Alder, home to some 27,000": the town's residents, not its houses.
  if (tokens[k]?.lower === "home" && tokens[k + 1]?.lower === "to") return ["residents"];
  // "earnings per share (EPS) of $0.73": the bracketed short form repeats the noun before it.
  if (tokens[k]?.text === ")" && tokens[k - 2]?.text === "(") k -= 3;
  // "cut the rate to a range of 4% to 4.25%", "lifted output to a record level of": the range or
  // level is the form the figure takes; what it measures is the noun before the link.
  const past = pastContainer(tokens, k);
  if (past !== null) {
    k = past;
    while (k >= 0 && links < 10 && (LINK.has(tokens[k]?.lower ?? "") || change(tokens[k]))) { k--; links++; }
  }
  // "the death toll from Tuesday's quake rose to 120": a counted noun earlier in the clause wins.
  for (let j = k; j >= Math.max(0, k - 8); j--) {
    const t = tokens[j] as Token;
    if (t.type === "punct" && /[,;:]/.test(t.text)) break;
    const cls = MEASURE_CLASSES.get(t.lower) ?? MEASURE_CLASSES.get(`${tokens[j - 1]?.lower ?? ""} ${t.lower}`);
    if (cls?.event) return [t.lower];
  }
  const words: string[] = [];
  while (k >= 0 && words.length < 3) {
    const t = tokens[k] as Token;
    // "Transit spending in Port Alder will rise 4.5%": step over a place named after the noun.
    if (words.length === 0 && /^\p{Lu}/u.test(t.text) && k > 0) {
      let j = k;
      while (j > 0 && /^\p{Lu}/u.test(tokens[j]?.text ?? "")) j--;
      if (/^(in|of|at|for|from|across)$/.test(tokens[j]?.lower ?? "")) { k = j - 1; continue; }
    }
    // "Adjusted EPS was $0.73", "GDP grew 2%": a short form the lexicon counts is a noun, not a name.
    const acronym = /^\p{Lu}{2,5}$/u.test(t.text) && MEASURE_CLASSES.has(t.lower);
    if (t.type !== "word" || DETERMINER.has(t.lower) || PRONOUN.has(t.lower) || LINK.has(t.lower) || (/^\p{Lu}/u.test(t.text) && k > 0 && !acronym)) break;
    // "on sales of …", "as revenue climbed …": a preposition or conjunction ends the noun phrase.
    if (CLAUSE_WORDS.has(t.lower)) break;
    // "Freed were two …": a verb is not what is counted.
    // "Freed were two …" is a verb; "transit spending" is a noun, so gerunds stay.
    const inflected = /ed$/.test(t.lower) || (!/ing$/.test(t.lower) && lemmas.verb(t.lower) !== t.lower);
    // "payrolls for June revised down by 133,000": a past participle is the verb, whatever it is.
    if (/ed$/.test(t.lower) && lemmas.verb(t.lower) !== t.lower) break;
    if (inflected && (lemmaCandidates(t.lower).some((l) => EVENT_BY_LEMMA.has(l)) || EVENT_BY_LEMMA.has(lemmas.verb(t.lower)))) break;
    if (/ly$/.test(t.lower) || ADVERBS.has(t.lower)) break;
    // "the rate falling to 3.6%", "shares trading up 21%": the verb next to the figure is stepped over.
    if (words.length === 0 && /ing$/.test(t.lower) && !MEASURE_CLASSES.has(t.lower)) { k--; continue; }
    words.unshift(t.lower);
    k--;
  }
  return words.length ? words : null;
}

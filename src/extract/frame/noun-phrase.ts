import { COUNTRY_BY_ADJECTIVE, COUNTRY_BY_PERSON_NOUN } from "../../lexicon/demonyms.js";
import { EVENT_BY_LEMMA } from "../../lexicon/event-verbs.js";
import { MEASURE_CLASSES } from "../../lexicon/measure-synonyms.js";
import type { Lemmatizer } from "../../nlp/compromise.js";
import { lemmaCandidates } from "../../nlp/lemma.js";
import type { Token } from "../../nlp/tokens.js";

/** Words that end a counted noun phrase. */
const STOP = new Set([
  "the", "a", "an", "of", "in", "on", "at", "to", "from", "for", "with", "by", "and", "or", "but",
  "who", "whom", "whose", "which", "that", "were", "was", "are", "is", "be", "been", "being", "have",
  "has", "had", "will", "would", "could", "should", "may", "might", "can", "each", "still", "also",
  "this", "these", "those", "their", "his", "her", "its", "our", "my", "your", "as", "than", "into",
  "after", "before", "since", "during", "while", "when", "where", "including", "among", "about",
  "over", "under", "across", "through", "per", "not", "no", "all", "more", "less", "then", "there",
  "they", "he", "she", "it", "we", "i", "you", "remain", "remained", "remains", "later", "ago", "earlier",
  "following", "according", "like", "such", "so", "too", "very", "just", "only", "even",
  "next", "last", "up", "down", "out", "off", "here", "each", "every", "apiece", "respectively",
  "larger", "smaller", "higher", "lower", "bigger", "greater", "fewer", "cheaper", "dearer", "above", "below",
  "against", "toward", "towards", "near", "beside", "between", "without", "within", "despite", "amid",
  "behind", "beyond", "upon", "via", "outside", "inside", "along", "alongside", "until", "unless",
  "if", "whether", "because", "though", "although", "versus", "vs",
  // Adverbs after a number say where or when, not what: "the 1,200 already on site".
  "already", "now", "yet", "again", "currently", "together", "altogether", "instead", "ever", "never", "alone",
]);

/** Words a copula may point at that say how much, not what: "52 is a lot". */
const NOT_COUNTED = new Set(["lot", "lots", "many", "few", "number", "majority", "minority", "fraction", "half", "total", "record", "fact", "result", "reason"]);

const QUOTE_MARK = /^["“”‘’'«»]$/;
const PLURAL = /[^su]s$|[^s]ss?es$/;

function isInflectedVerb(lower: string, lemmas: Lemmatizer): boolean {
  if (/(s|ed|ing)$/.test(lower) || MEASURE_CLASSES.has(lower)) return false;
  const lemma = lemmas.verb(lower);
  return lemma !== "" && lemma !== lower;
}

function isEventWord(lower: string, lemmas: Lemmatizer): boolean {
  return lemmaCandidates(lower).some((l) => EVENT_BY_LEMMA.has(l)) || EVENT_BY_LEMMA.has(lemmas.verb(lower));
}

/**
 * The noun phrase right after a number, as [words, end]: modifiers then head. It ends after a
 * plural or a known counted noun ("political prisoners described …" stops at "prisoners"), and
 * a participle only counts as a modifier ("displaced people"), never as the head.
 */
export function nounPhrase(tokens: readonly Token[], i: number, lemmas: Lemmatizer, titleCase: boolean): { words: string[]; end: number } {
  const words: string[] = [];
  let j = i;
  while (j < tokens.length && words.length < 4) {
    const t = tokens[j] as Token;
    if (QUOTE_MARK.test(t.text) || (t.text === "-" && t.glued)) { j++; continue; }
    if (t.type !== "word") break;
    if (STOP.has(t.lower) || /ly$/.test(t.lower)) break;
    // "16 went to smaller parties": an inflected verb is never the counted noun.
    if (isInflectedVerb(t.lower, lemmas)) break;
    if (words.length === 0 && NOT_COUNTED.has(t.lower)) break;
    const capital = /^\p{Lu}/u.test(t.text);
    if (capital && !titleCase && !COUNTRY_BY_ADJECTIVE.has(t.lower) && !COUNTRY_BY_PERSON_NOUN.has(t.lower)) break;
    if (/(ed|ing)$/.test(t.lower) && !MEASURE_CLASSES.has(t.lower)) {
      const following = tokens[j + 1];
      const modifier = following?.type === "word" && !STOP.has(following.lower) && !/(ed|ly)$/.test(following.lower);
      if (!modifier || (words.length > 0 && isEventWord(t.lower, lemmas))) break;
    }
    words.push(t.lower);
    j++;
    if (PLURAL.test(t.lower) || MEASURE_CLASSES.has(t.lower) || MEASURE_CLASSES.has(lemmas.noun(t.lower))) break;
  }
  return { words, end: j };
}

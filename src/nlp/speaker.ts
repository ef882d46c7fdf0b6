import { matchesOf } from "../core/matches.js";
import { MONTHS, WEEKDAYS } from "../lexicon/months.js";
import { TITLES } from "../lexicon/name-stopwords.js";

/**
 * Who says something, read from the words around a reporting verb: "X said", "said X",
 * "according to X", "X told Reuters". Pure string work on one sentence.
 */
export const REPORTING_VERBS = [
  "said", "says", "say", "wrote", "writes", "added", "adds", "told", "tells", "stated", "states",
  "claimed", "claims", "announced", "announces", "noted", "notes", "argued", "argues", "warned",
  "warns", "remarked", "insisted", "confirmed", "confirms", "explained", "estimated", "estimate",
  "estimates", "reported", "reports", "tweeted", "posted", "declared", "asserted", "replied",
  "responded", "commented", "cited", "quoted", "urged", "believes", "believe", "thinks", "maintains",
] as const;

const VERB = new RegExp(`\\b(${REPORTING_VERBS.join("|")})\\b`, "u");
const PRONOUN = /^(he|she|they|it|we|i)$/i;
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const CONNECTOR = /^(of|the|for|de|von|van|al|bin|and)$/;
const ADVERB = /^(also|later|then|has|had|have|previously|earlier|recently|once|further|repeatedly|reportedly|publicly|separately|again|in|his|her|their|turn,?|,)$/i;
const DETERMINER = /^(the|a|an|this|that|its|his|her|their|rights|human|local|state|many|some|several)$/i;

/** The noun phrase a sentence opens with, up to its first verb: "The interior ministry". */
function sentenceSubject(text: string): string | null {
  const words = text.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    if (out.length >= 5 || /[,;:]$/.test(out.at(-1) ?? "") || /(ed|s)$/.test(w) && out.length > 0 && /^\p{Ll}/u.test(w) && !/(ss|us)$/.test(w) && out.length >= 2) break;
    if (/^\d/.test(w)) return null;
    out.push(w);
  }
  const subject = out.join(" ").replace(/[,;:]$/, "");
  return subject.length > 1 ? withoutTitle(subject) : null;
}

/** "President Jane Roe" → "Jane Roe": the person, not the office, names the speaker. */
function withoutTitle(name: string): string {
  const words = name.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && TITLES.has((words[k] ?? "").toLowerCase().replace(/\.$/, ""))) k++;
  return /^\p{Lu}/u.test(words[k] ?? "") ? words.slice(k).join(" ") : name;
}

/** The noun phrase that ends at the end of `left`: a run of capitalised words, or a short common phrase. */
export function phraseBefore(left: string): string | null {
  const words = left.trim().split(/\s+/).filter(Boolean);
  // "The Labor Department on Friday reported": the day is when, not who.
  while (words.length > 1 && isDay(words[words.length - 1] ?? "")) {
    // "X, who was freed in June, stated": the comma that closes an inserted clause stays.
    const comma = /,$/.test(words.pop() ?? "");
    if (/^(on|in|at|last|this|late|early|by)$/i.test(words[words.length - 1] ?? "")) words.pop();
    if (comma && words.length) words[words.length - 1] = `${(words[words.length - 1] ?? "").replace(/,$/, "")},`;
  }
  // "the General Labor Confederation (CGT) announced": the short form in brackets names the same speaker.
  while (words.length && (ADVERB.test(words[words.length - 1] ?? "") || /^\([^()]*\)$/.test(words[words.length - 1] ?? ""))) words.pop();
  const last = words[words.length - 1]?.replace(/[,;:]$/, "") ?? "";
  if (!last) return null;
  // "X, who was released in June, stated …": the subject stands before the inserted clause.
  if (/,$/.test(words[words.length - 1] ?? "")) {
    const subject = /^\s*([^,]{2,60}?)\s*,/u.exec(left)?.[1]?.trim();
    return subject && subject.split(/\s+/).length <= 6 ? withoutTitle(subject) : null;
  }
  if (PRONOUN.test(last)) return last;
  const run: string[] = [];
  for (let k = words.length - 1; k >= 0 && run.length < 6; k--) {
    const w = (words[k] ?? "").replace(/[,;:]$/, "");
    if (k < words.length - 1 && /[,;:]$/.test(words[k] ?? "")) break;
    if (NAME_WORD.test(w) || (run.length > 0 && CONNECTOR.test(w) && NAME_WORD.test(words[k - 1] ?? ""))) run.unshift(w);
    else if (run.length === 0 && /^(and|or|but|then)$/.test(w)) {
      // "The ministry put the toll at 87 and said …": the verb shares the sentence's subject.
      return sentenceSubject(words.join(" "));
    } else if (run.length === 0 && /^[\p{Ll}]+$/u.test(w)) {
      // "rights groups", "the American president": up to a determiner.
      const common: string[] = [w];
      for (let j = k - 1; j >= 0 && common.length < 4; j--) {
        const c = (words[j] ?? "").replace(/[,;:]$/, "");
        if (/[,;:.]$/.test(words[j] ?? "")) break;
        common.unshift(c);
        if (DETERMINER.test(c) && j < k - 1) break;
        if (/^(the|a|an)$/i.test(c)) break;
      }
      return common.join(" ");
    } else break;
  }
  return run.length ? withoutTitle(run.join(" ").replace(/’s$|'s$/, "")) : null;
}

/** "Friday", "Friday's", "June", "today": a word that names a day or a month. */
function isDay(word: string): boolean {
  const w = word.toLowerCase().replace(/[,;:]$/, "").replace(/['’]s$/, "");
  return WEEKDAYS[w] !== undefined || MONTHS[w] !== undefined || /^(today|yesterday|tonight|morning|evening|afternoon)$/.test(w);
}

/** The capitalised run that starts `right`: "said Jane Doe, a spokeswoman" → "Jane Doe". */
export function nameAfter(right: string): string | null {
  const m = /^\s*((?:the |a )?[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:of |de |the )?[\p{Lu}][\p{L}\p{M}'’.-]*){0,5})/u.exec(right);
  const name = m?.[1]?.replace(/[.,]$/, "");
  return name ? withoutTitle(name) : null;
}

/** "Health care added 55,000 jobs", "the economy adds 73,000": "add" with a figure after it adds, it does not speak. */
const ADDS_FIGURE = /^(?:added|adds)\s+(?:\$|€|£|about\s+|some\s+|nearly\s+|more\s+than\s+|just\s+|only\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|another)\b)/i;

/** VERB at every place, for the rare sentence whose first reporting verb adds a figure. */
const EVERY_VERB = new RegExp(VERB.source, "gu");

/** "the previously stated 147,000", "an estimated 1,200": the verb describes a figure, nobody speaks ("said 1,200" still speaks). */
const DESCRIBES_FIGURE = /\b(?:the|a|an|its|their)\s+(?:(?:previously|initially|originally|first|officially)\s+)?$/i;

/** Whether the reporting verb at `m` reports speech, rather than adding or describing a figure. */
const speaks = (sentence: string, m: RegExpExecArray): boolean =>
  !ADDS_FIGURE.test(sentence.slice(m.index)) && !DESCRIBES_FIGURE.test(sentence.slice(Math.max(0, m.index - 20), m.index));

/** The first reporting verb of a sentence that reports. */
function reportingVerb(sentence: string): RegExpExecArray | null {
  const first = VERB.exec(sentence);
  // Most sentences hold no reporting verb, or a first one that speaks: nothing more to read.
  if (!first || speaks(sentence, first)) return first;
  return matchesOf(EVERY_VERB, sentence).find((m) => speaks(sentence, m)) ?? null;
}

/** The speaker a sentence names for what it reports, and where the reporting words are. */
export function speakerIn(sentence: string): { speaker: string; at: number; via: "according-to" | "reported-speech" } | null {
  // The plain test first: case-insensitive Unicode matching is slow, and few sentences say it.
  const according = /according to/i.test(sentence) ? /\baccording to (?:an? [\p{Ll}]+ (?:from|by) )?/iu.exec(sentence) : null;
  if (according) {
    // The source runs to the clause end: "according to the U.S. embassy in Vilnius."
    const rest = sentence.slice(according.index + according[0].length).split(/[,;:]|[”"]/)[0] ?? "";
    const name = rest.trim().split(/\s+/).slice(0, 8).join(" ").replace(/[.]$/, "");
    if (name) return { speaker: withoutTitle(name), at: according.index, via: "according-to" };
  }
  // "organisers put the crowd at 20,000": an estimate and who makes it.
  const put = /\b(?:put|puts|putting|placed|places)\s+(?:the|its|their)\s+(?:\p{Ll}+\s+){1,4}at\b/u.exec(sentence);
  if (put) {
    const who = phraseBefore(sentence.slice(0, put.index));
    if (who) return { speaker: who, at: put.index, via: "reported-speech" };
  }
  const verb = reportingVerb(sentence);
  if (!verb) return null;
  const before = phraseBefore(sentence.slice(0, verb.index));
  if (before) return { speaker: before, at: verb.index, via: "reported-speech" };
  const after = nameAfter(sentence.slice(verb.index + verb[0].length));
  if (after) return { speaker: after, at: verb.index, via: "reported-speech" };
  return null;
}

import { matchesOf } from "../../core/matches.js";
import { isPlain, twoForms } from "../../nlp/plain-text.js";
import { withoutPossessive } from "../../nlp/possessive.js";
import { NOT_NAME, ORGANIZATION_WORDS, TITLES } from "../../lexicon/name-stopwords.js";

const INSTITUTION = twoForms(/(?=[A-Z\u00C0-\u{10FFFF}])\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|for|and|on)(?:\s+the)?\s+)?\p{Lu}[\p{L}\p{M}'’-]*){1,7}/gu);
/** A linking word before a capital: a sentence without one holds no institution's name. */
const LINKED = twoForms(/\s(?:of|for|and|on)\s+(?:the\s+)?\p{Lu}/u);
const LINK = /\s(?:of|for|and|on)\s/;

/** A word lower-cased, without a possessive "'s". */
const bare = (w: string): string => withoutPossessive(w.toLowerCase());
const hasBodyWord = (run: string): boolean => run.split(/\s+/).some((w) => ORGANIZATION_WORDS.has(bare(w)));

export type Institution = { start: number; end: number; name: string };

/** "Civic Union of Prime Minister Ana Vel": a body's name stops where a person's title follows "of". */
function beforeTitle(run: string): string {
  for (const c of run.matchAll(/\s(?:of|for|and|on)\s+(?:the\s+)?(\p{L}+)/gu)) {
    if (TITLES.has((c[1] ?? "").toLowerCase())) return run.slice(0, c.index);
  }
  return run;
}

/** "Cisco Systems on Thursday", "the Fund for March": a day or a month is not part of the name. */
const afterName = (run: string): string => run.replace(/\s+(?:on|of|for|and)\s+(?:the\s+)?(\p{L}+)$/u, (all, w: string) => (NOT_NAME.has(w.toLowerCase()) ? "" : all));

/**
 * Bodies whose names link capitalised words with "of", "for", "and" or "on" ("the
 * International Committee of the Red Cross"), offsets relative to the sentence. "Uttar Pradesh
 * and the Trinamool Congress" is a place and a body: a part before "and" without a body word is
 * left to the other rules, and so is "Shares" in "Shares of Cisco Systems Inc" at a sentence's start.
 */
export function findInstitutions(text: string, plain = isPlain(text)): Institution[] {
  // A sentence where no linking word comes before a capital has none, and the regex is not run.
  if (!(plain ? LINKED.plain : LINKED.unicode).test(text)) return [];
  const out: Institution[] = [];
  for (const m of matchesOf(plain ? INSTITUTION.plain : INSTITUTION.unicode, text)) {
    // Cutting at a title only shortens the run: without a linking word it holds none.
    if (!LINK.test(m[0])) continue;
    let at = m.index;
    let run = afterName(beforeTitle(m[0]));
    // A sentence's first word before "of" that is no body word is a common word: "Shares of …".
    const first = /^(\p{L}+)\s+of\s+(?:the\s+)?/u.exec(run);
    if (first && at === 0 && !ORGANIZATION_WORDS.has(bare(first[1] ?? ""))) { at += first[0].length; run = run.slice(first[0].length); }
    const parts: Array<[number, string]> = [];
    const and = /\s+and\s+(?:the\s+)?/u.exec(run);
    const left = and ? run.slice(0, and.index) : run;
    const right = and ? run.slice(and.index + and[0].length) : "";
    if (and && !hasBodyWord(left)) parts.push([at + and.index + and[0].length, right]);
    // "Byramjee Jeejeebhoy Medical College and Civil Hospital": two bodies of two words or more each.
    else if (and && hasBodyWord(right) && right.includes(" ") && hasBodyWord(left) && left.includes(" ")) {
      parts.push([at, left], [at + and.index + and[0].length, right]);
    } else parts.push([at, run]);
    for (const [start, part] of parts) {
      if (!hasBodyWord(part) || part.split(/\s+/).length < 2) continue;
      const lead = /^(?:The|A|An)\s+/.exec(part)?.[0].length ?? 0;
      out.push({ start: start + lead, end: start + part.length, name: part.slice(lead) });
    }
  }
  return out;
}

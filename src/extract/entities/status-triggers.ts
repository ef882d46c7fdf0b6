import { STATUS_VERBS } from "../../lexicon/status-verbs.js";
import type { Status } from "../../schema/entity.js";

/**
 * Phrases that say what happened to the people a sentence names. Order matters: the first
 * trigger found wins, so "no confirmation of the release of X" is unconfirmed, not freed.
 * `targets`: "all" = every person in the sentence, "after" = the list right after the phrase,
 * "before" = the nearest person before it (the subject), "all-before" = every person before it
 * ("A, B and C were all named among the released").
 */
export type Trigger = {
  status: Status; pattern: RegExp; targets: "all" | "after" | "before" | "all-before" | "object";
  /**
   * Words the pattern cannot match without: a sentence this finds none of is not run through
   * the pattern (most sentences name no event verb).
   */
  cue?: RegExp;
};

export const TRIGGERS: readonly Trigger[] = [
  { status: "unconfirmed", targets: "all", pattern: /\b(could not (?:immediately )?confirm|couldn['’]t confirm|unable to confirm|did not confirm|no confirmation|not (?:yet )?(?:been )?confirmed|unconfirmed|unverified)\b/i },
  { status: "not-freed", targets: "all", pattern: /\b(absent from the list|missing from the list|not (?:on|among|included in) the list|(?:was|were|has not been|have not been) not (?:freed|released|among)|remains? (?:in (?:jail|prison|custody)|behind bars|imprisoned|jailed)|still (?:in (?:jail|prison|custody)|behind bars|imprisoned|jailed))\b/i },
  { status: "refused-to-leave", targets: "before", pattern: /\b(refus\w* to (?:leave|cross|go)|chose to (?:return|stay|remain)|declined to leave|decided to (?:return|stay))\b/i },
  { status: "freed", targets: "after", pattern: /\b(among (?:those|the) (?:freed|released|pardoned)|among the freed|(?:freed|released|pardoned) (?:prisoners )?included|the freeing(?: of)?)\b/i },
  { status: "freed", targets: "after", pattern: /\b(?:freed|released|pardoned)\b[^.]*?\bincluding\b/i },
  { status: "freed", targets: "after", pattern: /\b(?:freed|released|pardoned) (?:along|together) with\b/i },
  { status: "freed", targets: "all-before", pattern: /\bwere (?:all (?:named )?(?:among the (?:released|freed|pardoned)|freed|released|pardoned)|named among the (?:released|freed|pardoned))\b/i },
  { status: "freed", targets: "before", pattern: /\b((?:was|were|been|being) (?:also |later |finally )?(?:freed|released|pardoned|set free)|(?:named )?among the (?:released|freed|pardoned))\b/i },
];

/** Any release trigger: their patterns in one, which holds exactly where one of them does. */
export const RELEASE_CUE = new RegExp(TRIGGERS.map((t) => `(?:${t.pattern.source})`).join("|"), "i");

const alternation = (forms: readonly string[]): string => forms.map((f) => f.replace(/ /g, "\\s+")).join("|");

/** One word of each form, the longest (the rarest, as a rule): "found" of "was found dead". */
const cueWords = (forms: readonly string[]): string[] =>
  forms.map((f) => f.split(" ").reduce((a, b) => (b.length > a.length ? b : a)));
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * Any of the words at a word's start, in any case. Plain /i, the fastest test: it finds a word
 * wherever the patterns (/iu, /u) do, unless the text holds "ſ" or "K" (Kelvin sign), which /iu
 * reads as "s" and "k" and /i does not. findStatuses tests no cue in such a text.
 */
const anyOf = (words: readonly string[]): RegExp => new RegExp(`\\b(?:${[...new Set(words)].map(escape).join("|")})`, "i");

/**
 * The event classes of status-verbs.ts as triggers: "X was sentenced" and "X resigned" say it of
 * the subject before; "sentenced X" of the person right after the verb. They come after the
 * release triggers, so a release story's statuses read as before.
 */
export const EVENT_TRIGGERS: readonly Trigger[] = STATUS_VERBS.flatMap(({ status, passive, intransitive }) => {
  const out: Trigger[] = [];
  const s = status as Status;
  if (passive.length) {
    const cue = anyOf(cueWords(passive));
    out.push({ status: s, targets: "before", cue, pattern: new RegExp(`\\b(?:was|were|is|are|has been|have been|had been|being|been)\\s+(?:\\p{Ll}+ly\\s+|also\\s+|later\\s+|then\\s+)?(?:${alternation(passive)})\\b`, "iu") });
    out.push({ status: s, targets: "object", cue, pattern: new RegExp(`(?<!\\b(?:was|were|is|are|been|being)\\s+)\\b(?:${alternation(passive)})\\s+(?=\\p{Lu})`, "u") });
  }
  if (intransitive.length) out.push({ status: s, targets: "before", cue: anyOf(cueWords(intransitive)), pattern: new RegExp(`\\b(?:${alternation(intransitive)})\\b`, "iu") });
  return out;
});

export const ALL_TRIGGERS: readonly Trigger[] = [...TRIGGERS, ...EVENT_TRIGGERS];

/** Any event class's cue word: one test that clears most sentences of every event trigger. */
export const EVENT_CUE = anyOf(STATUS_VERBS.flatMap(({ passive, intransitive }) => [...cueWords(passive), ...cueWords(intransitive)]));

/** Headings over a list of people ("Who was freed", "Those released"). */
export function headingStatus(text: string): Status | null {
  if (text.length > 60 || /[.!?]$/.test(text.trim())) return null;
  if (/\b(not (freed|released)|still (held|jailed|in prison)|remain(ing)? (in prison|behind bars|jailed))\b/i.test(text)) return "not-freed";
  if (/\b(freed|released|pardoned)\b/i.test(text)) return "freed";
  return null;
}

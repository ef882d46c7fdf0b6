import { STATUS_VERBS } from "../../lexicon/status-verbs.js";
import { CueWords, cueWords } from "./event-cues.js";
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
   * Words the pattern cannot match without (lower case, see event-cues.ts): a sentence that
   * holds none of them is not run through the pattern (most sentences name no event verb).
   */
  cues?: readonly string[];
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

/**
 * The event classes of status-verbs.ts as triggers: "X was sentenced" and "X resigned" say it of
 * the subject before; "sentenced X" of the person right after the verb. They come after the
 * release triggers, so a release story's statuses read as before.
 */
export const EVENT_TRIGGERS: readonly Trigger[] = STATUS_VERBS.flatMap(({ status, passive, intransitive }) => {
  const out: Trigger[] = [];
  const s = status as Status;
  if (passive.length) {
    const cues = cueWords(passive);
    out.push({ status: s, targets: "before", cues, pattern: new RegExp(`\\b(?:was|were|is|are|has been|have been|had been|being|been)\\s+(?:\\p{Ll}+ly\\s+|also\\s+|later\\s+|then\\s+)?(?:${alternation(passive)})\\b`, "iu") });
    out.push({ status: s, targets: "object", cues, pattern: new RegExp(`(?<!\\b(?:was|were|is|are|been|being)\\s+)\\b(?:${alternation(passive)})\\s+(?=\\p{Lu})`, "u") });
  }
  if (intransitive.length) out.push({ status: s, targets: "before", cues: cueWords(intransitive), pattern: new RegExp(`\\b(?:${alternation(intransitive)})\\b`, "iu") });
  return out;
});

export const ALL_TRIGGERS: readonly Trigger[] = [...TRIGGERS, ...EVENT_TRIGGERS];

/** The event triggers' cue words, all read in one pass. */
export const EVENT_CUES = new CueWords(EVENT_TRIGGERS.flatMap((t) => t.cues ?? []));

/** Headings over a list of people ("Who was freed", "Those released"). */
export function headingStatus(text: string): Status | null {
  if (text.length > 60 || /[.!?]$/.test(text.trim())) return null;
  if (/\b(not (freed|released)|still (held|jailed|in prison)|remain(ing)? (in prison|behind bars|jailed))\b/i.test(text)) return "not-freed";
  if (/\b(freed|released|pardoned)\b/i.test(text)) return "freed";
  return null;
}

import type { Status } from "../../schema/entity.js";

/**
 * Phrases that say what happened to the people a sentence names. Order matters: the first
 * trigger found wins, so "no confirmation of the release of X" is unconfirmed, not freed.
 * `targets`: "all" = every person in the sentence, "after" = the list right after the phrase,
 * "before" = the nearest person before it (the subject), "all-before" = every person before it
 * ("A, B and C were all named among the released").
 */
export type Trigger = { status: Status; pattern: RegExp; targets: "all" | "after" | "before" | "all-before" };

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

/** Headings over a list of people ("Who was freed", "Those released"). */
export function headingStatus(text: string): Status | null {
  if (text.length > 60 || /[.!?]$/.test(text.trim())) return null;
  if (/\b(not (freed|released)|still (held|jailed|in prison)|remain(ing)? (in prison|behind bars|jailed))\b/i.test(text)) return "not-freed";
  if (/\b(freed|released|pardoned)\b/i.test(text)) return "freed";
  return null;
}

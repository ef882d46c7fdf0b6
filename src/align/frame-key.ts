import { nameKey, organizationKey } from "../normalize/name.js";
import { HELD_MEASURES } from "../lexicon/measure-synonyms.js";
import type { Claim } from "../schema/claim.js";

/**
 * The block a claim is aligned within, or null when it cannot line up with others (no counted
 * noun, an ordinal, a per-person number with no person). Blocking by measure keeps alignment
 * near-linear: claims are only compared inside their block.
 */
export function blockKey(c: Claim): string | null {
  switch (c.kind) {
    case "count":
    case "percent":
      // A party's seats or a candidate's share: one block per holder; a share whose holder is not
      // known is not compared at all (40 seats of someone is not 120 seats of the assembly).
      if (!c.measure.key || (HELD_MEASURES.has(c.measure.key) && c.about.length === 0)) return null;
      return `${c.kind}|${c.measure.key}|${c.about.map(organizationKey).join(",")}`;
    case "money": {
      const what = c.measure.key ?? c.event;
      return what ? `${c.kind}|${c.unit}|${what}|${c.about.map(nameKey).join(",")}` : null;
    }
    case "measure":
      // "about 6,500 hectares" and "more than 6,000 hectares": the unit says what is measured.
      return `${c.kind}|${c.unit}|${c.measure.key ?? ""}|${c.about.map(nameKey).join(",")}`;
    case "year":
    case "duration":
    case "age":
      return c.about.length ? `${c.kind}|${c.unit}|${nameKey(c.about[0] ?? "")}` : null;
    default:
      return null;
  }
}

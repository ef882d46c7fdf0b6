import { nameKey } from "../normalize/name.js";
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
      return c.measure.key ? `${c.kind}|${c.measure.key}` : null;
    case "money":
    case "measure": {
      const what = c.measure.key ?? c.event;
      return what ? `${c.kind}|${c.unit}|${what}|${c.about.map(nameKey).join(",")}` : null;
    }
    case "year":
    case "duration":
    case "age":
      return c.about.length ? `${c.kind}|${c.unit}|${nameKey(c.about[0] ?? "")}` : null;
    default:
      return null;
  }
}

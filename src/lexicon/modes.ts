import type { Mode } from "../schema/claim.js";

/** Words that turn a number into something other than a plain statement. First match wins. */
export const MODE_PATTERNS: ReadonlyArray<readonly [Mode, RegExp]> = [
  ["denial", /\b(den(y|ies|ied|ying)|rejected (the )?(claim|figure|report)s?|dismissed (the )?(claim|figure|report)s?)\b/i],
  ["demand", /\b(call(ed|s|ing)? for|urg(e|ed|es|ing)|demand(ed|s|ing)?|press(ed|es|ing)? for|ask(ed|s|ing)? for|appeal(ed|s|ing)? for)\b/i],
  ["offer", /\b(offer(ed|s|ing)?|propos(e|ed|es|ing)|promis(e|ed|es|ing)|pledg(e|ed|es|ing))\b/i],
  ["estimate", /\b(estimat(e|es|ed|ing)|an estimated|projected|forecast|put(s|ting)? (the|its|their) \w+( \w+)? at)\b/i],
];

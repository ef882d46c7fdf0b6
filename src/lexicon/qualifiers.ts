import type { Qualifier } from "../schema/claim.js";

/**
 * Hedges written before a number, longest first so "more than" wins over "more".
 * Source: common English comparative and approximative phrases in news copy.
 */
export const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["no fewer than", "at_least"], ["no less than", "at_least"], ["not less than", "at_least"],
  ["no more than", "at_most"], ["not more than", "at_most"],
  ["a little more than", "more_than"], ["slightly more than", "more_than"],
  ["a little over", "more_than"], ["slightly over", "more_than"], ["just over", "more_than"],
  ["well over", "more_than"], ["more than", "more_than"], ["greater than", "more_than"],
  ["upwards of", "more_than"], ["in excess of", "more_than"], ["over", "more_than"],
  ["above", "more_than"], ["exceeding", "more_than"],
  ["at least", "at_least"], ["a minimum of", "at_least"], ["as many as", "at_most"],
  ["as much as", "at_most"], ["up to", "at_most"], ["at most", "at_most"], ["a maximum of", "at_most"],
  ["fewer than", "less_than"], ["less than", "less_than"], ["under", "less_than"],
  ["below", "less_than"], ["just under", "less_than"], ["just below", "less_than"],
  ["nearly", "about_below"], ["almost", "about_below"], ["close to", "about_below"],
  ["approaching", "about_below"], ["just shy of", "about_below"], ["not quite", "about_below"],
  ["approximately", "about"], ["approx.", "about"], ["around", "about"], ["about", "about"],
  ["roughly", "about"], ["some", "about"], ["an estimated", "about"], ["estimated", "about"],
  ["circa", "about"], ["ca.", "about"], ["or so", "about"], ["an approximate", "about"],
];

/** Hedges written after a number: "1,000 or more", "50 or so". */
export const TRAILING_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["or more", "at_least"], ["or so", "about"], ["or fewer", "at_most"], ["or less", "at_most"],
  ["and more", "at_least"], ["plus", "at_least"],
];

/**
 * Verbs of movement after which "up to" is a direction and a destination, not a bound: "the rate
 * ticked up to 4.2%" is 4.2%, where "up to 400 homes" is at most 400. Inflected forms, as written.
 */
export const MOVEMENT_VERBS: ReadonlySet<string> = new Set([
  "ticked", "ticks", "ticking", "inched", "inches", "inching", "edged", "edges", "edging", "crept", "creeps",
  "creeping", "moved", "moves", "moving", "went", "goes", "gone", "shot", "bumped", "pushed", "revised",
  "climbed", "climbs", "climbing", "rose", "rises", "rising", "risen", "jumped", "jumps", "nudged", "trended",
  "soared", "surged", "grew", "increased", "raised", "lifted", "marked", "notched", "picked", "came", "comes",
]);

/**
 * Whether a figure is a bar to reach rather than a count reached: "the 272 seats needed to form
 * a majority", "the 272 majority mark", "the halfway mark of 272 seats", "a quorum of 50",
 * "the 60 votes required". Several outlets name the same bar, and it is no party's tally. An
 * expectation ("short of the 110,000 expected") is a forecast, not a bar: the stage reads it.
 */
const AFTER = /^(?:[\s-]*(?:\p{L}+\s+)?)(?:needed|required|necessary|majority\s+mark|mark|threshold|target|goal|limit|ceiling)\b/iu;
const BEFORE = /\b(?:mark|threshold|quorum)\s+of\s*$/i;

export function isThreshold(sentence: string, start: number, end: number): boolean {
  return AFTER.test(sentence.slice(end, end + 40)) || BEFORE.test(sentence.slice(Math.max(0, start - 40), start));
}

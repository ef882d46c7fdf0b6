import type { Claim } from "../schema/claim.js";

/**
 * A reading of a figure's sentence around it (the sentence, and the figure's offsets within it),
 * applied to a claim: claims keep absolute offsets and the sentence's own start.
 */
export const atClaim = <T>(read: (sentence: string, start: number, end: number) => T) => (c: Claim): T =>
  read(c.sentence, c.start - c.sentenceStart, c.end - c.sentenceStart);

import type { Extractor } from "../types.js";
import ageApposition from "./age-apposition.js";
import clock from "./clock.js";
import fractionPoint from "./fraction-point.js";
import number from "./number.js";
import ordinal from "./ordinal.js";
import vagueAmount from "./vague-amount.js";
import year from "./year.js";

/**
 * Every extractor, in priority order: where two report overlapping spans, the earlier one wins
 * ("Varga, 33," is an age before it is a count).
 */
export const extractors = [ageApposition, clock, year, ordinal, fractionPoint, number, vagueAmount] as const satisfies readonly Extractor[];

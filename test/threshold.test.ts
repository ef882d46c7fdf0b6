import { describe, expect, it } from "vitest";
import { isThreshold } from "../src/normalize/threshold.js";
import { atBracketed } from "./helpers/bracketed.js";

/** Whether the figure in brackets is a bar to reach rather than a count reached. */
const threshold = atBracketed(isThreshold);

describe("a figure that is a bar to reach", () => {
  it.each([
    ["This would be more than the [272] seats needed to form a majority.", true],
    ["The party fell short of the [272] majority mark.", true],
    ["Its tally slumped to 240, falling below the halfway mark of [272] seats.", true],
    ["Inflation stayed well above the central bank's [2%] annual target.", true],
    ["The Senate needs a quorum of [51] members to vote.", true],
    ["The party won [240] seats, short of a majority.", false],
    // A majority won is a count, and so is its size.
    ["The Renewal Party won a majority of [64] seats in the parliament.", false],
    ["The Renewal Party won a [12]-seat majority in the parliament.", false],
    ["Getting [30] seats below majority is defeat, he said.", false],
    // An expectation is a forecast, which the stage reads, not a bar.
    ["Payrolls grew by 73,000, falling short of the [110,000] jobs expected.", false],
  ])("%s → %s", (sentence, expected) => {
    expect(threshold(sentence)).toBe(expected);
  });
});

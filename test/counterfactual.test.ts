import { describe, expect, it } from "vitest";
import { isCounterfactual } from "../src/normalize/counterfactual.js";
import { atBracketed } from "./helpers/bracketed.js";

/** Whether the figure in brackets is what could have been rather than what is. */
const counterfactual = atBracketed(isCounterfactual);

describe("a figure of what could have been", () => {
  it.each([
    ["Had the judge followed the guidelines, she would have been sentenced to [more than 100 years].", true],
    ["She initially faced [100 years] in prison.", true],
    ["The fraud carries a maximum sentence of [about 110 years].", true],
    ["Ann Carver was sentenced to [25 years] in prison.", false],
    ["The party got the maximum number of [240] seats.", false],
    // A counterfactual in another clause does not reach past "but".
    ["She could have faced life, but was sentenced to [25 years].", false],
  ])("%s → %s", (sentence, expected) => {
    expect(counterfactual(sentence)).toBe(expected);
  });
});

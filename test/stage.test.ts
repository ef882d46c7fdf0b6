import { describe, expect, it } from "vitest";
import { stageOf } from "../src/normalize/stage.js";

/** The stage of the first figure written in brackets: "[4.5%]". */
const stage = (sentence: string): string => {
  const start = sentence.indexOf("[");
  const end = sentence.indexOf("]") - 1;
  return stageOf(sentence.replace("[", "").replace("]", ""), start, end);
};

describe("the stage of a figure", () => {
  it.each([
    ["The unemployment rate rose to [4.3%] in August.", "result"],
    ["Analysts had expected [100,000] new jobs.", "forecast"],
    ["The unemployment rate is seen ticking up to [4.5%].", "forecast"],
    ["That path would bring the rate down to [3.6%] by year-end.", "forecast"],
    ["The rate would fall to [3.6%] by the end of 2025.", "forecast"],
    ["Had the judge followed the guidelines, she would have been sentenced to [more than 100 years].", "forecast"],
    ["The buyer said it would pay a [32%] premium.", "result"],
    ["The party was leading in [240] seats so far.", "partial"],
  ])("%s → %s", (sentence, expected) => {
    expect(stage(sentence)).toBe(expected);
  });
});

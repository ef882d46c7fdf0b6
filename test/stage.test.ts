import { describe, expect, it } from "vitest";
import { isForecasters, stageOf } from "../src/normalize/stage.js";
import { atBracketed } from "./helpers/bracketed.js";

/** The stage of the figure written in brackets: "[4.5%]". */
const stage = atBracketed(stageOf);

describe("the stage of a figure", () => {
  it.each([
    ["The unemployment rate rose to [4.3%] in August.", "result"],
    ["Analysts had expected [100,000] new jobs.", "forecast"],
    ["The unemployment rate is seen ticking up to [4.5%].", "forecast"],
    ["That path would bring the rate down to [3.6%] by year-end.", "forecast"],
    ["The rate would fall to [3.6%] by the end of 2025.", "forecast"],
    ["Had the judge followed the guidelines, she would have been sentenced to [more than 100 years].", "forecast"],
    ["The buyer said it would pay a [32%] premium.", "result"],
    ["The death toll has risen to 2,900 and could surpass [3,000].", "forecast"],
    ["The death toll has risen to [2,900] and could surpass 3,000.", "result"],
    ["The party was leading in [240] seats so far.", "partial"],
    // A count as it stood at an hour of the day; not the hour an event happened.
    ["As of Thursday evening, [80] people were detained.", "partial"],
    // The opening adverbial dates every figure of its sentence, however far on.
    ["As of Thursday evening, 80 people were detained across the country, and some [120] police officers were injured.", "partial"],
    ["On Thursday evening, 80 people were detained across the country, and some [120] police officers were injured.", "result"],
    ["Police announced the arrest of [14] people just before 17:00 (1600 GMT).", "partial"],
    ["By 6 p.m., [52] people had been rescued.", "partial"],
    ["The quake struck at 3:30 a.m., killing [120] people.", "result"],
    ["Sales rose by 10 percent to [$4 billion].", "result"],
    ["Job growth was below the Dow Jones estimate for a gain of [100,000].", "forecast"],
    ["An estimated [1,200] people remain in custody.", "result"],
  ])("%s → %s", (sentence, expected) => {
    expect(stage(sentence)).toBe(expected);
  });
});

describe("a forecaster's forecast", () => {
  const polled = atBracketed(isForecasters);
  it.each([
    ["Economists polled by the newswire had expected [100,000] new jobs.", true],
    ["Job growth was below the Dow Jones estimate for a gain of [100,000].", true],
    // Not the outcome either, but no forecaster's: two of these may well be in conflict.
    ["He faced a maximum sentence of about [110 years].", false],
    ["Prosecutors sought [50 years] in prison.", false],
  ])("%s → %s", (sentence, expected) => {
    expect(polled(sentence)).toBe(expected);
  });
});

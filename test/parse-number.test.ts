import { describe, expect, it } from "vitest";
import { parseDigits, roundingUnit } from "../src/normalize/parse-digits.js";
import { parseNumberWords } from "../src/normalize/parse-words.js";

describe("parseDigits", () => {
  const cases: Array<[string, number | null]> = [
    ["52", 52], ["1,300", 1300], ["1,000,000", 1e6], ["1,234.5", 1234.5], ["0.5", 0.5], ["2.5", 2.5],
    ["007", 7], ["1300", 1300],
    // Shapes that are not one number in English copy.
    ["1,30", null], ["1.2.3", null], ["12,34,567", null], ["1,300.", null], ["", null], ["1,2", null], ["9".repeat(400), null],
  ];
  it.each(cases)("%s → %s", (text, expected) => expect(parseDigits(text)).toBe(expected));
});

describe("parseNumberWords", () => {
  const cases: Array<[string, number | null, number?]> = [
    ["six", 6], ["twenty-one", 21], ["twenty one", 21], ["one hundred and five", 105], ["a dozen", 12],
    ["two million", 2e6], ["a hundred", 100], ["two thousand and twelve", 2012], ["three hundred thousand", 3e5],
    ["one hundred twenty", 120], ["zero", 0], ["nineteen", 19], ["ninety nine", 99], ["a million", 1e6],
    ["two dozen", 24],
    // A second unit starts a second number: only the first is read.
    ["one two", 1, 1], ["five six", 5, 1], ["twenty thirty", 20, 1], ["six and", 6, 1],
    // No number at all.
    ["a", null], ["and five", null], ["people", null], ["", null],
  ];
  it.each(cases)("%s → %s", (text, value, used) => {
    const words = text.split(/[\s-]+/).filter(Boolean);
    const got = parseNumberWords(words);
    if (value === null) return expect(got).toBeNull();
    expect(got?.value).toBe(value);
    expect(got?.used).toBe(used ?? words.length);
  });
});

describe("roundingUnit", () => {
  const cases: Array<[number, number]> = [
    [1400, 100], [1300, 100], [50, 10], [52, 1], [1000, 1000], [2.5, 0.1], [1.25, 0.01], [0, 1],
    [7, 1], [120, 10], [1_500_000, 100_000], [Number.NaN, 1], [Number.POSITIVE_INFINITY, 1], [-300, 100],
  ];
  it.each(cases)("%s → %s", (value, expected) => expect(roundingUnit(value)).toBeCloseTo(expected, 10));
});

import { describe, expect, it } from "vitest";
import { placeOf } from "../src/normalize/place.js";
import { atBracketed } from "./helpers/bracketed.js";

/** The place of the figure written in brackets: "[80]". */
const place = atBracketed(placeOf);

describe("where a figure was counted", () => {
  it.each([
    ["Police fired tear gas at protesters in the capital and [80] people were arrested across the country.", "(the whole country)"],
    ["Two deaths were recorded in the province of Northmark and [one] in Eastvale.", "eastvale"],
    ["Officials in neighbouring Northmark had already announced a combined [three] deaths in their regions.", "northmark"],
    ["In Port Alder, where the union announced the participation of [800,000] people, the police counted fewer.", "port alder"],
    ["At least [217] people died in Southvale, Northmark and Eastvale, but only 133 have been identified.", "southvale, northmark and eastvale"],
    ["More than a million people marched across the country, with [119,000] in Port Alder.", "port alder"],
    ["The unemployment rate rose to [4.2%] in July.", null],
    ["The directorate said [98] people died in Tuesday's earthquake.", null],
    ["It falls short of the [1,300] prisoners whose release he had called for in a conversation with Ann Carver.", null],
    ["In total, [457] people were arrested.", null],
    ["Officials said [52] people were released on Thursday.", null],
  ])("%s → %s", (sentence, expected) => {
    expect(place(sentence)).toBe(expected);
  });
});

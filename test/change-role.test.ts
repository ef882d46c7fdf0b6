import { describe, expect, it } from "vitest";
import { changeRole } from "../src/normalize/change-role.js";
import { atBracketed } from "./helpers/bracketed.js";

/** The part the figure in brackets plays in a change its clause states. */
const role = atBracketed((sentence, start) => changeRole(sentence, start));

describe("the role of a figure in a change", () => {
  it.each([
    ["June's gain was revised down to 14,000 from [147,000].", "before"],
    ["June's gain was revised down to [14,000] from 147,000.", "after"],
    ["June's gain was revised down by [133,000] to 14,000.", "change"],
    ["May was revised downward by 125,000 from a gain of [144,000] to 19,000.", "before"],
    ["The June total came down from the previously stated [147,000].", "before"],
    ["The party's seat count fell by 63 from 303 to [240].", "after"],
    ["Unemployment stood at 4.2%, compared with [4.1%] a month earlier.", "before"],
    ["Prices rose by [3%] over the year.", "change"],
    // No change word leads into the "to" or the "by": a sentence, an agent.
    ["She was sentenced to [25 years] in prison.", null],
    ["The village was attacked by [30] gunmen on Monday.", null],
    ["Officials said [52] people were released.", null],
    // A change word in another clause does not reach past the comma.
    ["Prices rose, and the ministry handed the contract to [three] firms.", null],
  ])("%s → %s", (sentence, expected) => {
    expect(role(sentence)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { eventsDiffer } from "../src/similarity/affinity.js";

describe("two claims' events", () => {
  it.each([
    ["die", "injure", true],
    ["increase", "decrease", true],
    ["vote", "vote", false],
    // "240 seats, down from 303" and "won 240 seats": a direction of change says nothing of what happened.
    ["vote", "decrease", false],
    ["increase", "release", false],
  ])("%s against %s: differ %s", (a, b, differ) => {
    expect(eventsDiffer(a, b)).toBe(differ);
  });
});

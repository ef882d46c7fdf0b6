import { wordTable } from "./word-table.js";
/**
 * Conventional readings of vague amounts, as [low, high] (null = open). "dozens" is two dozen
 * or more but fewer than a hundred; "several" is more than two but not many.
 */
export const VAGUE_AMOUNTS: Record<string, readonly [number | null, number | null]> = wordTable({
  "a couple of": [2, 3],
  "a few": [2, 5],
  "a handful of": [2, 6],
  "several": [3, 9],
  "dozens of": [24, 99],
  "scores of": [40, 199],
  "hundreds of": [200, 999],
  "several hundred": [300, 999],
  "a few dozen": [24, 72],
  "several dozen": [36, 108],
  "a few hundred": [200, 599],
  "a few thousand": [2000, 5999],
  "several million": [3e6, 9.99e6],
  "thousands of": [2000, 9999],
  "several thousand": [3000, 9999],
  "tens of thousands of": [20000, 99999],
  "hundreds of thousands of": [200000, 999999],
  "millions of": [2e6, 9.99e8],
  "hundreds of millions of": [2e8, 9.99e8],
  "billions of": [2e9, 9.99e11],
  "tens of thousands": [20000, 99999],
  "millions": [2e6, 9.99e8],
  "billions": [2e9, 9.99e11],
  "dozens": [24, 99],
  "hundreds": [200, 999],
  "thousands": [2000, 9999],
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { streamJson } from "../src/report/stream-json.js";

/**
 * streamJson prints in pieces (runs of items, large elements item by item) what
 * JSON.stringify(value, null, 2) prints at once: byte for byte, whatever the sizes.
 */
const Leaf = z.object({ id: z.string(), n: z.number(), tags: z.array(z.string()) });
const Node = z.object({ name: z.string(), leaves: z.array(Leaf), notes: z.array(z.string()), pairs: z.array(z.tuple([z.string(), z.string()])) });
const Root = z.object({ version: z.literal(1), nodes: z.array(Node), leaves: z.array(Leaf), empty: z.array(z.string()) });

const text = fc.string({ maxLength: 6 });
const leaf = fc.record({ id: text, n: fc.integer(), tags: fc.array(text, { maxLength: 3 }) });
// Lengths around the run size (32) and well past it, so both printing paths and their seams are met.
const count = fc.oneof(fc.nat({ max: 3 }), fc.integer({ min: 28, max: 300 }));
const many = <T>(arb: fc.Arbitrary<T>) => count.chain((n) => fc.array(arb, { minLength: n, maxLength: n }));
const node = fc.record({ name: text, leaves: many(leaf), notes: fc.array(text, { maxLength: 4 }), pairs: fc.array(fc.tuple(text, text), { maxLength: 2 }) });
const root = fc.record({ version: fc.constant(1 as const), nodes: fc.array(node, { maxLength: 6 }), leaves: many(leaf), empty: fc.constant([] as string[]) });

describe("streamJson", () => {
  it("prints exactly what JSON.stringify(value, null, 2) prints, and a newline", () => {
    fc.assert(
      fc.property(root, (value) => {
        expect([...streamJson(Root, value)].join("")).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps every piece small when one element is large", () => {
    const big = { version: 1 as const, nodes: [{ name: "n", leaves: Array.from({ length: 5000 }, (_, i) => ({ id: `l${i}`, n: i, tags: [] })), notes: [], pairs: [] }], leaves: [], empty: [] };
    const pieces = [...streamJson(Root, big)];
    expect(pieces.join("")).toBe(`${JSON.stringify(big, null, 2)}\n`);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(big, null, 2).length / 10);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlain, twoForms } from "../src/nlp/plain-text.js";

/** Shapes of the name and word patterns the extractors use: classes, lookarounds, sticky, ranges to the top of Unicode. */
const PATTERNS = [
  /(?=[A-Z\u00C0-\u{10FFFF}])\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:of|for|and)\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}/gu,
  /\b(?=[A-Z\u00C0-\u{10FFFF}])\p{Lu}{2,6}\b/gu,
  /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,3}(?!\p{L})/gu,
  /(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}[\p{Ll}\p{M}]+(?:[’']s)?(?![\p{L}\p{M}\p{N}])/gu,
  /\p{L}[^\s]*\p{L}|\p{L}/gu,
  /(?=[A-Z\u00C0-\u{10FFFF}])(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}\p{N}])/gu,
  /(?=[A-Z\u00C0-\u{10FFFF}])\p{L}+/gu,
];

/** Plain text: ASCII letters, digits and punctuation, with the typographic marks news copy uses. */
const plainText = fc
  .array(fc.constantFrom(..."AaBbZz019 .,'-’‘“”–—…\u00a0\n()Mr.U.S.of and for IMF"), { maxLength: 60 })
  .map((cs) => cs.join(""));

const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe("a Unicode pattern's plain form", () => {
  it("finds exactly what the Unicode pattern finds in any plain text", () => {
    fc.assert(
      fc.property(plainText, fc.constantFrom(...PATTERNS), (text, re) => {
        expect(isPlain(text)).toBe(true);
        const forms = twoForms(re);
        expect(all(forms.plain, text)).toEqual(all(forms.unicode, text));
      }),
      { numRuns: 500 },
    );
  });

  it("drops the capital look-ahead only where a capital follows it", () => {
    expect(twoForms(/\b(?=[A-Z\u00C0-\u{10FFFF}])\p{Lu}{2,6}\b/gu).plain.source).toBe("\\b[A-Z]{2,6}\\b");
    expect(twoForms(/(?=[A-Z\u00C0-\u{10FFFF}])(?<![\p{L}.])\p{Lu}/gu).plain.source).toBe("(?<![A-Za-z.])[A-Z]");
    expect(twoForms(/(?=[A-Z\u00C0-\u{10FFFF}])\p{L}/gu).plain.source).toBe("(?=[A-Z\\u00C0-\\uFFFF])[A-Za-z]");
  });

  it("calls text with letters beyond ASCII not plain", () => {
    expect(isPlain("Łukasz said")).toBe(false);
    expect(isPlain("São Paulo")).toBe(false);
    expect(isPlain("“Ann Carver” – 3…")).toBe(true);
  });

  it("refuses a pattern whose plain form it cannot make, and a case-blind one", () => {
    expect(() => twoForms(/\p{Script=Latin}/u)).toThrow();
    expect(() => twoForms(/\p{L}/giu)).toThrow();
  });
});

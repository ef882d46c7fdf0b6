import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayHoldClaim } from "../src/extract/candidates.js";
import { extractors } from "../src/extract/extractors/index.js";
import type { Draft } from "../src/extract/types.js";
import { FRACTIONS, ORDINAL_WORDS, SCALES, SCALE_ABBREVIATIONS, TENS, UNITS } from "../src/lexicon/number-words.js";
import { CURRENCY_SYMBOLS } from "../src/lexicon/units.js";
import { VAGUE_AMOUNTS } from "../src/lexicon/vague-amounts.js";
import { tokenize } from "../src/nlp/tokens.js";
import { buildReport, extract } from "../src/pipeline.js";
import type { Document } from "../src/schema/source.js";

const doc = (text: string, id = "p"): Document => ({ id, path: `${id}.txt`, title: null, outlet: null, published: null, text });

/** Pieces news copy is made of, numbers in all their written shapes among them. */
const word = fc.constantFrom(
  "people", "were", "freed", "the", "of", "in", "June", "more", "than", "at", "least", "nearly", "around", "between", "and",
  "or", "to", "up", "a", "dozen", "dozens", "hundreds", "half", "million", "bn", "m", "k", "percent", "per", "cent", "years",
  "year-old", "aged", "said", "Losik", "Route", "COVID", "Air", "Force", "One", "twenty", "one", "hundred", "thousand",
  "ninth", "first", "third", "some", "no", "Belarus", "prisoners", "US", "USD", "September", "old", "€", "£", "$", "%",
  "-", "–", "—", ",", ".", ":", "/", "\"", "“", "”", "'", "(", ")", "\n", "\n\n", "é", "Łukasz", "😀", "\u00a0", "−",
);
const digits = fc.oneof(
  fc.nat({ max: 3000 }).map(String),
  fc.nat({ max: 9_999_999 }).map((n) => n.toLocaleString("en-US")),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}-${b}`),
  fc.constantFrom("1,30", "1.2.3", "10:30", "9/11", "2020s", "71st", "$2.5bn", "4%", "69-year-old", "1e5", "0.0", "9".repeat(400)),
);
const piece = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: digits });
const separator = fc.constantFrom(" ", " ", " ", "", "\n", ". ");
const article = fc.array(fc.tuple(piece, separator).map(([p, s]) => p + s), { maxLength: 40 }).map((parts) => parts.join(""));
const text = fc.oneof(article, fc.string({ maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 40 }));

const params = { numRuns: 200 };

describe("extract on any text", () => {
  it("never throws, and every claim points at its own text with a sound interval", () => {
    fc.assert(
      fc.property(text, (t) => {
        const out = extract([doc(t)]);
        expect(out.problems).toEqual([]);
        for (const c of [...out.claims, ...out.times]) {
          expect(c.start).toBeLessThan(c.end);
          expect(c.text).toBe(t.slice(c.start, c.end));
          if (c.value.low !== null && c.value.high !== null) expect(c.value.low).toBeLessThanOrEqual(c.value.high);
          if (c.value.band.low !== null && c.value.band.high !== null) expect(c.value.band.low).toBeLessThanOrEqual(c.value.band.high);
        }
      }),
      params,
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(JSON.stringify(extract([doc(t)]))).toBe(JSON.stringify(extract([doc(t)])));
      }),
      params,
    );
  });
});

describe("times of day", () => {
  const two = (n: number): string => String(n).padStart(2, "0");
  /** One time of day written the ways news prints it, each with the minutes after midnight it means. */
  const written = fc.tuple(fc.nat({ max: 23 }), fc.nat({ max: 59 }), fc.nat({ max: 4 })).map(([h, m, style]) => {
    const h12 = h % 12 === 0 ? 12 : h % 12;
    const meridiem = h < 12 ? "a.m." : "pm";
    const text = [`${two(h)}:${two(m)}`, `${h12}:${two(m)} ${meridiem}`, `${h12}.${two(m)}${h < 12 ? "am" : "PM"}`, `${two(h)}${two(m)} GMT`, `${h}:${two(m)} hrs`][style] as string;
    return { text, minutes: h * 60 + m };
  });

  it("reads any time of day however it is written", () => {
    fc.assert(
      fc.property(written, ({ text, minutes }) => {
        const { times, claims } = extract([doc(`The ferry left the harbour at ${text} on Monday, the port said.`)]);
        expect(times.map((c) => c.value.low)).toEqual([minutes]);
        expect(claims).toEqual([]);
      }),
      params,
    );
  });
});

describe("buildReport on any articles", () => {
  it("never throws and gives the same report twice", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const docs = texts.map((t, k) => doc(t, `d${k}`));
        const first = JSON.stringify(buildReport(docs));
        expect(JSON.stringify(buildReport(docs))).toBe(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe("tokenize", () => {
  // The tokenizer is a hand-written scanner for speed; its specification is this regular expression.
  const SPEC = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;
  const bySpec = (text: string): Array<[string, number, string]> =>
    [...text.matchAll(SPEC)].map((m) => [m[0], m.index ?? 0, m[1] !== undefined ? "number" : m[2] !== undefined ? "word" : "punct"]);
  const unit = fc.constantFrom("a", "Z", "É", "ß", "İ", "1", "5", ".", ",", "'", "’", " ", "\u00a0", "\u3000", "\u0301", "😀", "𝐀", "\ud800", "-", "\n", "\t");

  it("cuts text exactly as its specification does, surrogates and combining marks included", () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit, maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 })), (text) => {
      const tokens = tokenize(text);
      expect(tokens.map((t) => [t.text, t.start, t.type])).toEqual(bySpec(text));
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }), { numRuns: 3000 });
  });
});

describe("candidate detection", () => {
  /** Every extractor on one sentence, with no candidate check in front: what they would find. */
  const drafts = (text: string): Draft[] => {
    const found: Draft[] = [];
    const view = {
      sentence: { index: 0, paragraph: 0, start: 0, end: text.length, text, furniture: false, topic: null },
      tokens: tokenize(text),
      titleCase: false,
    };
    for (const extractor of extractors) extractor.create({ report: (d) => found.push(d) }).sentence(view);
    return found;
  };
  // The words extractors care about, as sentences hold them: many are triggers, the rest sit
  // next to them (openers, currency, units, qualifiers), in any case and glued to anything.
  const lexicon = [
    ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(SCALE_ABBREVIATIONS),
    ...Object.keys(ORDINAL_WORDS), ...Object.keys(FRACTIONS), ...Object.keys(VAGUE_AMOUNTS).flatMap((p) => p.split(" ")),
    ...Object.keys(CURRENCY_SYMBOLS), "a", "an", "the", "his", "its", "aged", "age", "more", "than", "about", "percent", "per",
    "cent", "years", "old", "of", "and", "to", "were", "freed", "US", "usd", "eur", "minus", "Half", "A", "Dozens", "_", "é",
  ];
  const piece = fc.oneof(fc.constantFrom(...lexicon), fc.constantFrom(...lexicon).map((w) => w.toUpperCase()), fc.string({ maxLength: 3 }));
  const sentence = fc.array(fc.tuple(piece, fc.constantFrom(" ", "", "-", ", ", "'s ", "\u00a0")), { maxLength: 12 })
    .map((parts) => parts.map(([p, s]) => p + s).join(""));

  it("lets through every sentence in which some extractor finds something", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        if (!mayHoldClaim(text)) expect(drafts(text)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("skips sentences without a digit or a number word, and keeps the shapes news copy uses", () => {
    expect(mayHoldClaim("The talks ended without an agreement on Friday.")).toBe(false);
    expect(mayHoldClaim("Prisoners were freed after a long campaign.")).toBe(false);
    for (const kept of ["52 were freed", "six Lithuanians", "dozens of detainees", "a handful of them", "Half a million", "the ninth prisoner", "TWENTY", "one_two"]) {
      expect(mayHoldClaim(kept), kept).toBe(true);
    }
  });
});


import { describe, expect, it } from "vitest";
import { bodyKey, bodySkeleton } from "../src/normalize/body-key.js";
import { givenNamesCompatible } from "../src/normalize/name.js";
import { buildReport } from "../src/pipeline.js";
import { doc } from "./helpers/docs.js";

describe("body keys", () => {
  it.each([
    ["Acme Holdings Inc.", "Acme"],
    ["Social Democratic Party", "Social Democrats"],
    ["Republican Party", "Republicans"],
    ["GOP", "Republicans"],
    ["U.S.", "United States"],
    ["B J Medical College", "BJ Medical College"],
    ["AI-171", "AI171"],
    ["Le Monde", "Monde"],
    ["Tesla Inc TSLA", "Tesla"],
  ])("%s = %s", (a, b) => expect(bodyKey(a)).toBe(bodyKey(b)));

  it.each([["Series X", "Series 5"], ["Bank of England", "Bank of France"], ["Roboclean", "Robotruck"]])("%s ≠ %s", (a, b) => {
    expect(bodyKey(a)).not.toBe(bodyKey(b));
  });

  it.each([["Castilla-La Mancha", "Castile La Mancha"], ["Andalucía", "Andalusia"], ["Rani Nagar", "Raninager"]])("%s ~ %s", (a, b) => {
    expect(bodySkeleton(a)).toBe(bodySkeleton(b));
  });
});

describe("given names", () => {
  // Known miss: "Frances" / "Francis" share every consonant, and vowels are not compared.
  it.todo("Frances ≁ Francis");
  it.each([["Gerard", "Gerald", true], ["Mario", "Maria", false], ["Daniel", "Daniela", false]] as const)("%s ~ %s: %s", (a, b, same) => {
    expect(givenNamesCompatible(a, b)).toBe(same);
  });
});

const variantsOf = (texts: string[], name: string): string[] | undefined =>
  buildReport(texts.map((t, i) => doc(`s${i}`, t))).entities.find((e) => e.variants.includes(name))?.variants;

describe("bodies across sources", () => {
  it("links a name to the alias given in brackets, and the alias alone elsewhere", () => {
    expect(variantsOf([
      "Shares of Halvard Systems (NASDAQ: HLVD) rose on Monday after the deal.",
      "Analysts said HLVD could gain more.",
    ], "HLVD")).toEqual(["HLVD", "Halvard Systems"]);
  });

  it("links legal forms, one word opening the longer name, and word order", () => {
    expect(variantsOf([
      "Corvane Holdings Inc. agreed to buy the firm, the Ministry of the Interior said.",
      "Corvane will pay $2 billion, the French Interior Ministry said. Shareholders of Corvane cheered.",
    ], "Corvane")).toEqual(["Corvane", "Corvane Holdings Inc"]);
    expect(variantsOf([
      "The Ministry of the Interior said 20 were hurt.",
      "The French Interior Ministry said 22 were hurt.",
    ], "French Interior Ministry")).toEqual(["French Interior Ministry", "Ministry of the Interior"]);
    expect(variantsOf([
      "The Ministry of Internal Affairs said 20 were hurt.",
      "The Interior Ministry said 22 were hurt.",
    ], "Interior Ministry")).toEqual(["Interior Ministry", "Ministry of Internal Affairs"]);
  });

  it("links a name written in initials, spaced or not, to the name they spell", () => {
    expect(variantsOf([
      "Students of the B J Medical College were among the dead.",
      "The hostel of Halvern Jessup Medical College was hit.",
      "The BJ Medical College said classes would stop.",
      "The H J Medical College was not hit.",
    ], "Halvern Jessup Medical College")).toEqual(["H J Medical College", "Halvern Jessup Medical College"]);
  });

  it("links a legislature named by its one word to the longer name, and keeps other body words alone out", () => {
    expect(variantsOf([
      "The Civic Union Party won 41 seats, its best result since 1998.",
      "The Civic Union won 41 seats. In Parliament, the Civic Union will sit with the Greens.",
    ], "Civic Union")).toEqual(["Civic Union", "Civic Union Party"]);
    expect(variantsOf([
      "The Congress Party won 99 seats, up from 52.",
      "The Congress won 99 seats. Congress leaders celebrated in Delhi.",
    ], "Congress")).toEqual(["Congress", "Congress Party"]);
    const names = buildReport([doc("a", "The Ministry said 20 were hurt. Police said the Parliament building was shut, and the Ministry agreed.")]).entities.map((e) => e.name);
    expect(names).not.toContain("Ministry");
    expect(names).not.toContain("Police");
  });

  it("reads a name after a sentence's opening article as it reads it mid-sentence", () => {
    expect(variantsOf([
      "The Halvex fell 1.2% on Friday, its worst day since March.",
      "Stocks slid and the Halvex closed down 1.2%.",
    ], "Halvex")).toEqual(["Halvex"]);
    expect(buildReport([doc("a", "The Halvex fell 1.2% on Friday.")]).entities.map((e) => e.name)).toEqual(["Halvex"]);
    expect(buildReport([doc("a", "The Ministry said 20 were hurt. A Spokesman said more.")]).entities.map((e) => e.name)).toEqual([]);
  });

  it("drops layout words, bare titles and plural common nouns", () => {
    const names = buildReport([doc("a", "LIVE UPDATE: At 10:30 ET the Prime Minister told MPs that Ilse Dragomar had won.")]).entities.map((e) => e.name);
    expect(names).toEqual(["Ilse Dragomar"]);
  });
});

describe("people across titles and short forms", () => {
  it("links a judge's title, middle initial, honorific and possessive", () => {
    expect(variantsOf([
      "US District Court Judge Ann Carver imposed the term.",
      "Ann B. Carver spoke for an hour. Ms. Carver's ruling was brief.",
    ], "Ann Carver")).toEqual(["Ann B. Carver", "Ann Carver", "Carver"]);
  });

  it("links a given name after a title, names in either order, and initials", () => {
    expect(variantsOf(["Ann Carver opened the hall.", "Dame Ann thanked the staff."], "Dame Ann")).toBeUndefined();
    expect(variantsOf(["Ann Carver opened the hall.", "Dame Ann thanked the staff."], "Ann")).toEqual(["Ann", "Ann Carver"]);
    expect(variantsOf(["Ramesh Vishwaskumar survived.", "Vishwashkumar Ramesh walked away."], "Ramesh Vishwaskumar")).toEqual(["Ramesh Vishwaskumar", "Vishwashkumar Ramesh"]);
    expect(variantsOf(["Tomas Varek-Lund was jailed.", "TVL appealed on Friday, his lawyers said."], "TVL")).toEqual(["TVL", "Tomas Varek-Lund"]);
  });

  it("keeps apart two people who share a given name", () => {
    expect(variantsOf(["Anna Berg and Anna Lind spoke.", "The talks went well, Anna said."], "Anna")).toEqual(["Anna"]);
  });
});

describe("what happened to whom", () => {
  const statusOf = (texts: string[], name: string) => {
    const e = buildReport(texts.map((t, i) => doc(`s${i}`, t))).entities.find((x) => x.variants.includes(name));
    return `${e?.verdict}: ${e?.claims.map((c) => `${c.source} ${c.status}`).join(", ")}`;
  };
  it.each([
    [["Judge Ann Carver sentenced Tomas Varek to 25 years."], "Tomas Varek", "single: s0 sentenced"],
    [["Judge Ann Carver sentenced Tomas Varek to 25 years."], "Ann Carver", "none: "],
    [["Ilse Dragomar resigned on Monday."], "Ilse Dragomar", "single: s0 resigned"],
    [["Pilot Piet Brandt was killed in the crash.", "Piet Brandt survived the crash."], "Piet Brandt", "conflict: s0 killed, s1 survived"],
    [["Mara Holt was arrested on Friday.", "Mara Holt was charged with fraud."], "Mara Holt", "compatible: s0 arrested, s1 charged"],
  ])("%s → %s", (texts, name, expected) => expect(statusOf(texts, name)).toBe(expected));
});

describe("flights", () => {
  const flights = (texts: string[]) =>
    buildReport(texts.map((t, i) => doc(`s${i}`, t))).entities.filter((e) => e.kind === "flight").map((e) => [e.name, e.variants]);

  it("links a flight's designator, spelt with or without a dash, and its number after \"flight\"", () => {
    expect(flights([
      "Halvard Air flight HV-204 crashed on Tuesday with 96 people on board.",
      "Flight HV204 came down near Port Alder. Witnesses said HV204 was on fire.",
      "The crash of Halvard Air flight 204 killed 41 people.",
    ])).toEqual([["HV204", ["HV-204", "HV204", "flight 204"]]]);
  });

  it("reads a flight's number after \"No.\"", () => {
    expect(flights(["Halvard Air Flight No. 5735 of Port Alder came down on Monday."])).toEqual([["Flight No. 5735", ["Flight No. 5735"]]]);
  });

  it("reads no flight in models, groups or a flight's length", () => {
    expect(flights([
      "The A320 was two hours late after a flight 12 hours long, and the G7 leaders met in Port Alder.",
      "HV204 is a model number here, as no flight is named.",
    ])).toEqual([]);
  });
});

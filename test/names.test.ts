import { describe, expect, it } from "vitest";
import { givenNamesCompatible, surnameGender, surnameSkeleton } from "../src/normalize/name.js";
import { buildReport } from "../src/pipeline.js";
import { doc } from "./helpers/docs.js";

describe("surname skeletons and gender", () => {
  it.each([
    ["Tsikhanouskaya", "Tikhanovskaya"],
    ["Kalesnikava", "Kolesnikova"],
    ["Zelensky", "Zelenskyy"],
    ["Nausėda", "Nauseda"],
    ["Hryhoriy", "Grigoriy"],
    ["Karpenkou", "Karpenkov"],
    ["Bourne", "Borne"],
  ])("%s ~ %s", (a, b) => expect(surnameSkeleton(a)).toBe(surnameSkeleton(b)));

  it.each([["Tsikhanouskaya", "f"], ["Tsikhanouski", "m"], ["Kolesnikova", "f"], ["Smith", null]])("%s is %s", (name, g) => {
    expect(surnameGender(name)).toBe(g);
  });

  it.each([
    ["Ihar", "Igor", true], ["Mikalai", "Mikola", true], ["Uladzimir", "Vladimir", true], ["Siarhei", "Sergey", true],
    ["Mikalai", "Ihar", false], ["Maria", "Olga", false], ["J.", "John", true], [null, "John", true],
  ] as const)("%s ~ %s: %s", (a, b, same) => expect(givenNamesCompatible(a, b)).toBe(same));
});

describe("entities across sources", () => {
  const report = buildReport([
    doc("a", "Opposition leader Volha Pavlovskaya met reporters. Her husband Andrei Pavlovsky was freed on Monday. Pavlovsky thanked the Red Cross."),
    doc("b", "Olga Pavlovskaya spoke in Vilnius. Andrey Pavlovskiy was released, the International Committee of the Red Cross said. The ICRC confirmed it."),
    doc("c", "Andrei Novak was freed. Petr Novak, his cousin, was not freed and remains in prison."),
  ]);
  const people = report.entities.filter((e) => e.kind === "person");
  const variantsOf = (name: string) => people.find((e) => e.variants.includes(name))?.variants;

  it("links transliterations of one person", () => {
    expect(variantsOf("Volha Pavlovskaya")).toEqual(["Olga Pavlovskaya", "Volha Pavlovskaya"]);
    expect(variantsOf("Andrei Pavlovsky")).toEqual(["Andrei Pavlovsky", "Andrey Pavlovskiy", "Pavlovsky"]);
  });

  it("keeps apart a wife and her husband, and two men who share a surname", () => {
    expect(variantsOf("Volha Pavlovskaya")).not.toContain("Andrei Pavlovsky");
    expect(variantsOf("Andrei Novak")).toEqual(["Andrei Novak"]);
    expect(variantsOf("Petr Novak")).toEqual(["Petr Novak"]);
  });

  it("links an acronym to the organisation it abbreviates", () => {
    const org = report.entities.find((e) => e.variants.includes("ICRC"));
    expect(org?.variants).toContain("International Committee of the Red Cross");
  });

  it("gives each person the status each source states, with a verdict", () => {
    const status = (name: string) => {
      const e = people.find((x) => x.variants.includes(name));
      return `${e?.verdict}: ${e?.claims.map((c) => `${c.source} ${c.status}`).join(", ")}`;
    };
    expect(status("Andrei Pavlovsky")).toBe("agree: a freed, b freed");
    expect(status("Petr Novak")).toBe("single: c not-freed");
  });
});

describe("a given name written alone", () => {
  const peopleOf = (...texts: string[]) =>
    buildReport(texts.map((t, i) => doc(`s${i}`, t))).entities.filter((e) => e.kind === "person").map((e) => e.variants);

  it("joins the one person of an equivalent given name (Siarhei = Sergei)", () => {
    expect(peopleOf(
      "Sergei Varenko was freed on Monday, his lawyer said.",
      "Alena Varenka, the wife of Siarhei, said he had been freed on Monday.",
    )).toContainEqual(["Sergei Varenko", "Siarhei"]);
  });

  it("stays alone when two people have that given name", () => {
    const people = peopleOf(
      "Sergei Varenko and Sergey Dolin were freed on Monday, their lawyers said.",
      "Alena Varenka, the wife of Siarhei, said he had been freed on Monday.",
    );
    expect(people).toContainEqual(["Siarhei"]);
  });
});

describe("headings", () => {
  it("a short title-case heading names nobody", () => {
    const report = buildReport([doc("h", "Officials met on Monday.\n\n‘Quiet Deal of Old Neighbours’\n\nAnna Berg said the talks went well.\n")]);
    expect(report.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual(["Anna Berg"]);
  });
});

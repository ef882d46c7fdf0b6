import { describe, expect, it } from "vitest";
import { buildReport } from "../src/pipeline.js";
import type { Claim } from "../src/schema/claim.js";
import type { Report } from "../src/schema/report.js";
import { doc } from "./helpers/docs.js";

/** Each group as "source:text" of its claims, of the groups holding a claim of `kind` when given. */
function groupLines(report: Report, kind?: Claim["kind"]): string[] {
  return report.groups.filter((g) => !kind || g.claims.some((c) => c.kind === kind)).map((g) => g.claims.map((c) => `${c.source}:${c.text}`).join(" "));
}

/** The verdict of the group holding the first claim of source a. */
function verdictOf(a: string, b: string): string {
  const report = buildReport([doc("a", a), doc("b", b)]);
  const group = report.groups.find((g) => g.claims.some((c) => c.source === "a") && g.claims.some((c) => c.source === "b"));
  return group ? `${group.verdict}: ${group.reason}` : "apart";
}

describe("verdicts", () => {
  it.each([
    ["agree on the same exact value", "52 prisoners were released.", "Officials released 52 prisoners.", /^agree: 2 sources: 52$/],
    ["compatible when hedged bands overlap", "More than 1,000 prisoners remain in jail.", "Nearly 1,200 prisoners remain in jail.", /^compatible/],
    ["compatible for dozens and 52", "Dozens of prisoners were released.", "Officials released 52 prisoners.", /^compatible/],
    ["conflict when bands are disjoint, naming both", "At least 120 people were killed.", "The flood killed 98 people.", /^conflict: 2 sources: At least 120 \(a\) vs 98 \(b\)$/],
    ["conflict between nearly 1,200 and around 1,400", "Nearly 1,200 prisoners remain in jail.", "Around 1,400 prisoners remain in jail.", /^conflict/],
    ["compatible for what would have been against what was", "Had the judge followed the guidelines, Ann Carver would have been sentenced to more than 100 years in prison for the fraud.", "Ann Carver was sentenced to 25 years in prison for the fraud.", /^compatible.*forecast against a result/],
    ["conflict for two sentences handed down", "Ann Carver was sentenced to 100 years in prison for the fraud.", "Ann Carver was sentenced to 25 years in prison for the fraud.", /^conflict/],
    ["compatible for a crowd counted by a union and one counted by the ministry", "The CGT union counted 800,000 people in the streets of the city on Thursday.", "The interior ministry said more than 1 million people marched in the streets of the city on Thursday.", /^compatible.*counters count by different methods/],
    ["compatible for two years of an election", "The Northern Alliance won the seats in the 2019 election, the commission said.", "The Northern Alliance won the seats in the 2024 election, the commission said.", /^(compatible|apart)/],
    ["compatible for two forecasters' forecasts", "Economists polled by one newswire had expected payrolls to grow by 106,000 in July.", "Economists polled by another newswire had expected payrolls to grow by 100,000 in July.", /^compatible.*two forecasts/],
    ["compatible for two bare dollar figures with no noun and no event", "Adjusted earnings per share (EPS) stood at $0.73 for the quarter.", "Diluted earnings per share (EPS) stood at $0.66 for the quarter.", /^(compatible|apart)/],
    ["compatible for counts of two places", "Police said 33 people were arrested in Port Alder during the march against the reform.", "Police said 80 people were arrested across the country during the marches against the reform.", /^(compatible.*different places|apart)/],
    ["compatible for a span of time told in two units", "The rail link will be out of use for two to three weeks, the government said.", "The rail link is suspended for at least 15 days, the government said.", /^compatible.*\(compared in days\)$/],
    ["agree on one length told in two units", "The storm surge flooded 3 km of the coast road, the council said.", "The storm surge flooded 3,000 metres of the coast road, the council said.", /^agree: 2 sources: 3 km = 3,000 metres$/],
    ["agree on people counted as people and as passengers and crew", "The jet went down with 242 people on board.", "All 242 passengers and crew were aboard the jet.", /^agree: 2 sources: 242$/],
    ["agree on people counted as people and as soldiers", "The blast at the base killed 12 people, officials said.", "Officials said the blast killed 12 soldiers.", /^agree: 2 sources: 12$/],
    ["compatible when a quoted round number rounds the other", "“It was the release of 50 people,” she said.", "The release of 52 people was confirmed.", /rounding/],
  ])("%s", (_name, a, b, expected) => {
    expect(verdictOf(a, b)).toMatch(expected);
  });

  it.each([
    ["different events", "52 prisoners were released.", "52 prisoners remain in jail."],
    ["different measures", "Rescuers saved 12 villagers.", "Floods cut off 12 villages."],
    ["different times", "In June, 14 prisoners were released.", "On September 11, 2025, 52 prisoners were released."],
    ["a whole and one of its parts", "The jet carried 242 passengers and crew when it crashed.", "The jet carried 230 passengers when it crashed, officials said."],
  ])("keeps apart %s", (_name, a, b) => {
    expect(verdictOf(a, b)).toBe("apart");
  });

  it("groups a source's figure and its update with another source's, and calls them compatible", () => {
    const report = buildReport([
      doc("a", "Floods killed 205 people in the region, officials said. Later the floods had killed 217 people in the region, officials said."),
      doc("b", "Floods killed 217 people in the region, officials said."),
    ]);
    const group = report.groups.find((g) => g.claims.length === 3);
    expect(group?.claims.map((c) => `${c.source}:${c.text}`)).toEqual(["a:205", "a:217", "b:217"]);
    expect(group?.verdict).toBe("compatible");
    expect(group?.reason).toContain("one source gives both");
  });

  it("calls a figure whose sentence names its time compatible with one from an undated article", () => {
    const report = buildReport([
      doc("a", "In March, the factory produced 40,000 cars, the company said."),
      doc("b", "The factory produced 52,000 cars, the company said."),
    ]);
    const group = report.groups.find((g) => g.claims.length === 2);
    expect(group?.verdict).toBe("compatible");
    expect(group?.reason).toContain("only one sentence says its time");
  });

  it("groups the values before a revision together, apart from the values after it, however differently worded", () => {
    const report = buildReport([
      doc("a", "June's payroll gain was revised down to 14,000 from 147,000, the agency said on Friday."),
      doc("b", "The agency cut its estimate of June hiring from 147,000 to just 14,000."),
      doc("c", "Employers added 73,000 jobs in July. The June total came down from the previously stated 147,000."),
    ]);
    const groups = groupLines(report);
    expect(groups).toEqual(expect.arrayContaining(["a:147,000 b:147,000 c:147,000", "a:14,000 b:14,000"]));
  });

  it("groups a figure with one of another month when that month is said in another clause, of another figure", () => {
    const report = buildReport([
      doc("a", "The jobless rate rose to 4.6% in March, the statistics office said.", "2025-04-04"),
      doc("b", "The jobless rate stood at 4.6%, against 4.4% in February, the statistics office said.", "2025-04-04"),
    ]);
    expect(groupLines(report)).toContain("a:4.6% b:4.6%");
  });

  it("never groups figures ten times apart, though a bound's band reaches them ('at least 20' and 'nearly 20 million')", () => {
    const report = buildReport([
      doc("a", "The earthquake has claimed at least 2,719 lives, the junta chief said. Nearly 20 million people require assistance."),
      doc("b", "The quake claimed over 2,800 lives, the junta said. Nearly 20 million people require assistance, the UN said."),
      doc("c", "In the neighbouring country, at least 20 fatalities have been reported after the quake."),
    ]);
    expect(groupLines(report)).toEqual(["a:at least 2,719 b:over 2,800", "a:Nearly 20 million b:Nearly 20 million", "c:at least 20"]);
  });

  it("explains a rounded figure by its rounding first, even beside the exact one from the same source", () => {
    const report = buildReport([
      doc("a", "Acme has completed its purchase of Halvard for $68.7 billion, the largest in its history."),
      doc("b", "Acme completes its $69 billion purchase of Halvard.\n\nAcme has completed its purchase of Halvard for $68.7 billion."),
      doc("c", "Regulators approved Acme's $69 billion purchase of Halvard this morning."),
    ]);
    const group = report.groups.find((g) => g.claims.some((c) => c.text === "$69 billion"));
    expect(group?.verdict).toBe("compatible");
    expect(group?.reason).toMatch(/\$68\.7 billion and \$69 billion: one rounds the other$/);
  });

  it("claims no conflict between two percent changes that do not name what changed", () => {
    const report = buildReport([
      "Acme posted record sales of $30 billion in the quarter, a 15% increase from the previous quarter and a 122% jump from a year earlier.\n\nIts cloud unit brought in $26.3 billion, which represents a 16% increase from the prior quarter and a 154% rise from a year earlier.",
      "Acme (NASDAQ: ACME) posted record quarterly sales of $30.0 billion. This marks a 15% increase from the previous quarter and a 122% increase from a year earlier, the company said.\n\n- Cloud: the cloud unit alone brought in $26.3 billion, up 16% from the prior quarter and 154% from a year earlier.",
      "Acme today posted sales for the quarter of $30.0 billion, up 15% from the previous quarter and up 122% from a year earlier.\n\nEarnings per share were $0.67, up 12% from the previous quarter and up 168% from a year earlier.",
      "Acme posted record quarterly sales of $30.0 billion, a 15% increase from the previous quarter and a 122% surge from a year earlier.\n\nAcme posted earnings per share of $0.67, a 12% increase from the previous quarter and a 168% jump from a year earlier.",
    ].map((text, i) => doc(`s${i}`, text)));
    expect(report.groups.filter((g) => g.verdict === "conflict").map((g) => g.reason)).toEqual([]);
  });

  it("keeps the missing apart from the dead, however alike their sentences", () => {
    const report = buildReport([
      doc("a", "The floods in the valley killed 95 people, officials in the valley said on Wednesday."),
      doc("b", "Officials in the valley said 95 people died in the floods in the valley."),
      doc("c", "Officials in the valley said 92 people are missing after the floods in the valley."),
      doc("d", "Some 92 people are still missing after the floods in the valley, officials in the valley said."),
    ]);
    const groups = groupLines(report);
    expect(groups).toEqual(expect.arrayContaining(["a:95 b:95", "c:92 d:Some 92"]));
  });

  it("calls the outcome agreed when the sources that report it agree, a forecast of it aside", () => {
    const report = buildReport([
      doc("a", "Had the judge followed the guidelines, Ann Carver would have been sentenced to more than 100 years in prison for the fraud."),
      doc("b", "Ann Carver was sentenced to 25 years in prison for the fraud."),
      doc("c", "A judge sentenced Ann Carver to 25 years in prison for the fraud."),
    ]);
    const group = report.groups.find((g) => g.claims.length === 3);
    expect(group?.verdict).toBe("agree");
    expect(group?.reason).toMatch(/25.*more than 100 years \(forecast\), not the outcome/);
  });

  it("reads a repeated figure as partial when one source says it was the count as it stood", () => {
    const report = buildReport([
      doc("a", "As of Thursday evening, 80 people had been arrested during the protests across the country, the interior ministry said."),
      doc("b", "Police said 80 people were arrested during the protests across the country on Thursday."),
      doc("c", "The interior ministry said 95 people were arrested during the protests across the country on Thursday."),
    ]);
    const group = report.groups.find((g) => g.claims.some((c) => c.text === "95") && g.claims.some((c) => c.source === "b"));
    expect(group?.verdict).toBe("compatible");
    expect(group?.reason).toContain("partial");
  });

  it("groups a year told alike by two sources, but not the year of a dateline or two different years", () => {
    const report = buildReport([
      doc("a", "PORT ALDER, March 14, 2024 – The deal is expected to close in 2025, the company said. The plant was built in 1998."),
      doc("b", "PORT ALDER, March 14, 2024 – The acquisition is expected to close in 2025, the company said. The plant opened in 2001."),
    ]);
    const years = groupLines(report, "year");
    expect(years).toContain("a:2025 b:2025");
    expect(years).not.toContain("a:2024 b:2024");
    expect(years.filter((g) => g.includes("1998") && g.includes("2001"))).toEqual([]);
  });

  it("groups an ordinal told alike by two sources, and never two different ordinals", () => {
    const report = buildReport([
      doc("a", "Thursday was the ninth day of nationwide strikes against the reform, the unions said."),
      doc("b", "The unions called the ninth day of nationwide strikes against the reform for Thursday."),
      doc("c", "The unions said a tenth day of nationwide strikes against the reform would follow."),
    ]);
    const ordinals = groupLines(report, "ordinal");
    expect(ordinals).toContain("a:ninth b:ninth");
    expect(ordinals.filter((g) => g.includes("tenth") && g.includes("ninth"))).toEqual([]);
  });

  it("never groups one voice's two disjoint values", () => {
    const report = buildReport([doc("a", "In June, 14 prisoners were released. Later, 52 prisoners were released.")]);
    expect(report.groups.filter((g) => g.claims.length > 1)).toEqual([]);
  });
});

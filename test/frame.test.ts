import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";
import { doc } from "./helpers/docs.js";

/** One line per claim: text, measure key, event, time, about, speaker, mode. */
function frames(text: string, published: string | null = null): string[] {
  return extract([doc("a", text, published)]).claims.map((c) =>
    [c.text, c.measure.key ?? "-", c.event ?? "-", c.time?.value ?? "-", c.about.join("+") || "-", c.attribution.speaker ?? "-", c.mode].join(" | "));
}

describe("measure: what a number counts", () => {
  it.each([
    ["52 political prisoners have been released.", "52 | prisoner | release"],
    ["Police detained 40 protesters on Monday.", "40 | person | arrest"],
    ["Of the 52, 14 are foreign nationals.", "14 | national:foreign | -"],
    ["The group included six Lithuanians.", "six | national:LT | -"],
    ["Among them were six from Lithuania.", "six | national:LT | -"],
    ["Six Lithuanian nationals were among those released.", "Six | national:LT | release"],
    ["It held 14 foreign nationals from Lithuania, Latvia and Poland.", "14 | national:foreign | hold"],
    ["The death toll rose to 120.", "120 | person | die"],
    // One force, however named; a member counts what it is a member of.
    ["At least 123 policemen and gendarmes were injured.", "At least 123 | police | injure"],
    ["The ministry said 12,000 members of the security forces were on duty.", "12,000 | police | -"],
    ["The vote was held in seven stages.", "seven | phase | hold"],
    ["More than 300 rescue workers searched the rubble.", "More than 300 | rescuer | -"],
    ["Labour won 412 constituencies.", "412 | seat | vote"],
    ["Some 40 lawmakers walked out of the chamber.", "Some 40 | legislator | -"],
    // A plural the lemmatizer leaves as written still finds its class; "home to" counts residents.
    ["Some 1,000 Spanish troops were deployed to the area on Thursday.", "Some 1,000 | soldier | -"],
    ["Port Alder, home to some 27,000, has been among the hardest hit.", "some 27,000 | person | -"],
    // An adverb after the number says where or when, not what.
    ["The army sent 500 troops to bolster the 1,200 already on site.", "1,200 | - | -"],
    ["The quake killed 120.", "120 | person | die"],
    ["Belarus was holding around 1,400 “hostages,” he said.", "around 1,400 | prisoner | hold"],
    ["Turnout was 64%.", "64% | turnout | vote"],
    // Plurals compromise reads as verbs fall back to a suffix rule: "houses" is "house", not "hous".
    ["The quake destroyed 1,320 houses in the area.", "1,320 | home | destroy"],
    ["Some 1,320 homes were destroyed in the area.", "Some 1,320 | home | destroy"],
    ["It said 465 houses were destroyed and 135 damaged.", "135 | home | damage"],
    // Company results: the level after a change ("rose 24% to €3.2bn"), past a time phrase too.
    ["Its net profit rose 24% to 3.2 billion euros in 2024.", "3.2 billion euros | profit | -"],
    ["Net income climbed 25% last year to €3.2 billion.", "€3.2 billion | profit | increase"],
    ["It reported sales of 41.5 billion euros for the year.", "41.5 billion euros | revenue | -"],
    ["The group sold 1.1m cars in Europe.", "1.1m | vehicle | deliver"],
    ["About 12,000 demonstrators took to the streets of the capital.", "About 12,000 | person | protest"],
    ["Police said 134 protesters were detained overnight.", "134 | person | arrest"],
    ["Organisers put the turnout at 40,000, far above the police count.", "40,000 | person | protest"],
    ["Turnout in the election was 64%.", "64% | turnout | vote"],
    ["It reported a 24 percent rise in annual net profit.", "24 percent | profit | increase"],
    ["Officials announced a 10% cut in police funding.", "10% | budget | decrease"],
    // One figure for two coordinated nouns counts both; a member counts what its modifiers name.
    ["The plane was carrying 242 passengers and crew when it crashed.", "242 | crew and passenger | aboard"],
    ["The plane carried 230 passengers and 12 crew members.", "230 | passenger | aboard"],
    ["The plane carried 230 passengers and 12 crew members.", "12 | crew member | aboard"],
    ["The flood killed more than 200 people and businesses lost everything.", "more than 200 | person | die"],
    // A verb beside the figure, a conjunction after it, and a phrasal verb are not what is counted or what happened.
    ["Officials see the policy rate falling to 3.6% this year.", "3.6% | rate | decrease"],
    ["The buyer is still on the hook for $1.48 billion if the deal is not completed.", "$1.48 billion | - | -"],
    ["Inflation is forecast to level off at 3% this year.", "3% | - | -"],
    ["The crash claimed 274 lives.", "274 | person | die"],
    ["Deliveries beat a production level of 459,445 vehicles.", "459,445 | vehicle | produce"],
    // Per-share earnings, however written: the bracketed short form and the acronym are the noun.
    ["The company reported earnings per share (EPS) of $0.73, missing expectations.", "$0.73 | earnings per share | -"],
    ["Adjusted EPS was $0.73 in the quarter.", "$0.73 | earnings per share | -"],
    // A part told against its whole counts what the whole counts.
    ["The party is projected to end the election with 240 out of 543 seats.", "240 | seat | -"],
    // Payrolls and job growth count jobs, as "added 73,000 jobs" does.
    ["July nonfarm payrolls increased by 73,000.", "73,000 | worker | increase"],
    ["Job growth totaled 73,000 for the month.", "73,000 | worker | -"],
    // After a verb of movement "up to" is where the figure went, not a bound.
    ["The unemployment rate ticked up to 4.2% in July.", "4.2% | rate | -"],
    ["The unemployment rate ticked slightly higher to 4.2%.", "4.2% | rate | -"],
    // "a range of", "a new level of" give the figure its form; the rate is what it measures.
    ["The central bank lowered its benchmark rate by 25 basis points to a range of 4% to 4.25%.", "4% to 4.25% | rate | -"],
    ["The company produced 459,445 vehicles and delivered 495,570 vehicles.", "495,570 | vehicle | deliver"],
    ["The quake levelled 300 homes.", "300 | home | destroy"],
    // The period compared and a past participle are not what is counted.
    ["Automotive revenue totaled $19.8 billion, down 8% year-over-year.", "8% | - | -"],
    ["Operating income declined 23% year over year to $1.6 billion.", "23% | operating profit | decrease"],
    ["Its operating profit fell to $1.6 billion while net income rose.", "$1.6 billion | operating profit | decrease"],
    // The missing are not the dead; after "remain" the state is the event.
    ["At least 89 people remain missing after the floods.", "At least 89 | person | missing"],
    ["Four workers suffered burns in the blast.", "Four | worker | injure"],
    ["Non-farm payrolls for June were revised down by 133,000 to 14,000.", "133,000 | - | -"],
  ])("%s", (text, expected) => {
    expect(frames(text).map((f) => f.split(" | ").slice(0, 3).join(" | "))).toContain(expected);
  });

  it("expands a distributive phrase into one claim a country", () => {
    const found = frames("Freed were two each from Latvia, Poland and Germany.").map((f) => f.split(" | ").slice(0, 2).join(" | "));
    expect(found).toEqual(["two | national:LV", "two | national:PL", "two | national:DE"]);
  });

  it("keeps 'one citizen each from France and Britain' as two claims", () => {
    const found = frames("There was one citizen each from France and Britain.").map((f) => f.split(" | ").slice(0, 2).join(" | "));
    expect(found).toEqual(["one | national:FR", "one | national:GB"]);
  });
});

describe("attribution: who says a figure", () => {
  const speakerOf = (text: string, figure: string): string | null =>
    extract([doc("a", text)]).claims.find((c) => c.text === figure)?.attribution.speaker ?? null;

  it.each([
    // The day a body reported on is when, not who.
    ["The Labor Department on Friday reported that employers added 73,000 jobs in July.", "73,000", "The Labor Department"],
    // "said" with the figure after it still speaks.
    ["The interior ministry said 1.089 million demonstrators took to the streets on Thursday.", "1.089 million", "The interior ministry"],
    ["The two firms held talks last year on a deal worth $5 billion, Reuters has previously reported.", "$5 billion", "Reuters"],
    // The comma that closes an inserted clause ending on a month still marks the subject before it.
    ["Ann Carver, who was released from prison in June, stated that the release freed only 4% of them.", "4%", "Ann Carver"],
  ])("%s", (text, figure, speaker) => {
    expect(speakerOf(text, figure)).toBe(speaker);
  });

  it("finds no speaker where a reporting verb only describes a figure ('the previously stated 147,000')", () => {
    expect(speakerOf("The June total came down from the previously stated 147,000 jobs.", "147,000")).toBeNull();
  });
});

describe("event, time, about, attribution and mode", () => {
  it("resolves 'In June' against the article date, past-biased, and keeps it a month", () => {
    const [frame] = frames("In June, 14 political prisoners were freed.", "2025-09-11");
    expect(frame).toBe("14 | prisoner | release | 2025-06 | - | - | stated");
  });

  it("dates a figure by the year of the occasion its sentence opens with ('In the 2019 election, …')", () => {
    const [, frame] = frames("In the 2019 election, the party won 303 seats.");
    expect(frame).toBe("303 | seat | vote | 2019 | - | - | stated");
  });

  it("takes a date said in another clause only loosely: it may be another figure's", () => {
    const { claims } = extract([doc("a", "The jobless rate stood at 4.6%, against 4.4% in February.", "2025-04-04")]);
    expect(claims.map((c) => [c.text, c.time?.value, c.time?.loose])).toEqual([["4.6%", "2025-02", true], ["4.4%", "2025-02", false]]);
  });

  it("reads 'on Thursday' as the Thursday on or before the article date", () => {
    const [frame] = frames("Belarus released 52 prisoners on Thursday.", "2025-09-13");
    expect(frame).toBe("52 | prisoner | release | 2025-09-11 | - | - | stated");
  });

  it("takes the article date from the text when no date is given", () => {
    const found = frames("Officials met on September 11, 2025.\nIn June, 14 prisoners were freed.");
    expect(found.at(-1)).toContain("| 2025-06 |");
  });

  it("gives each side of 'compared with' its own speaker, past a short form in brackets", () => {
    const found = frames("In the capital, the Workers' Union (WU) announced 800,000 marchers, compared with 119,000 according to the interior ministry.");
    expect(found.map((f) => f.split(" | ")[5])).toEqual(["Workers' Union", "the interior ministry"]);
  });

  it("takes no speaker from 'added' with a figure after it, and keeps 'he added'", () => {
    expect(frames("Health care added 55,000 jobs in July.")[0]?.split(" | ")[5]).toBe("-");
    expect(frames("Health care added 55,000 jobs in July, the agency said.")[0]?.split(" | ")[5]).toBe("the agency");
    expect(frames("The toll will pass 300, he added.")[0]?.split(" | ")[5]).toBe("he");
  });

  it("does not date the article by a date far down its text, which the story tells of", () => {
    const story = [
      "Officials met in the capital to count the damage on Thursday.",
      "x".repeat(600),
      "The governor, in office from August 7, 2016 to September 11, 2021, said 14 homes were destroyed in June.",
    ].join("\n");
    expect(frames(story).at(-1)).toMatch(/^14 \| home \| destroy \| --06 \|/);
  });

  it("dates the article by a date on an 'Updated' line, wherever the line is", () => {
    const story = ["x".repeat(600), "Last updated on March 5, 2024", "In June, 14 homes were destroyed."].join("\n");
    expect(frames(story).at(-1)).toContain("| 2023-06 |");
  });

  it("gives a term and a year to the person of the list item", () => {
    const found = frames("- Jan Kowalski — a journalist. Sentenced in 2020 to 15 years in prison.");
    expect(found).toEqual([
      "2020 | - | sentence | - | Jan Kowalski | - | stated",
      "15 years | - | sentence | 2020 | Jan Kowalski | - | stated",
    ]);
  });

  it("attributes a number in a quotation to its speaker", () => {
    const [frame] = frames("“More than 1,000 prisoners remain,” Jane Roe wrote.");
    expect(frame).toBe("More than 1,000 | prisoner | hold | - | - | Jane Roe | stated");
  });

  it("attributes reported speech and reads an estimate", () => {
    const [frame] = frames("Rights groups estimate that nearly 1,200 political prisoners remain behind bars.");
    expect(frame).toBe("nearly 1,200 | prisoner | hold | - | - | Rights groups | estimate");
  });

  it("reads a call for release as a demand about those still held", () => {
    const [frame] = frames("It falls short of the 1,300 prisoners whose release Trump had called for last month.");
    expect(frame).toBe("1,300 | prisoner | hold | - | - | - | demand");
  });

  it("reads 'according to X'", () => {
    const [frame] = frames("The release included 14 foreign nationals, according to the state news agency.");
    expect(frame?.split(" | ")[5]).toBe("the state news agency");
  });
});

describe("page furniture", () => {
  it("yields no claims from a donation appeal, a newsletter box or a caption", () => {
    const text = [
      "Officials said 40 people were hurt.",
      "Photo: 12 firefighters at the scene",
      "Sign up for our free weekly newsletter",
      "A Message from The Daily Planet:",
      "Please support us monthly starting from just $2.",
    ].join("\n");
    expect(frames(text).map((f) => f.split(" | ")[0])).toEqual(["40"]);
  });
});

describe("about: whom a term is about", () => {
  it.each([
    ["US District Judge Ann Vel sentenced Tom Reyes to 25 years in prison.", "Tom Reyes"],
    ["Judge Ann Vel's remarks explained how she calculated the 25-year sentence of Tom Reyes.", "Tom Reyes"],
  ])("a judge hands a term down and serves none: %s", (text, person) => {
    const claim = extract([doc("a", text)]).claims.find((c) => c.kind === "duration");
    expect(claim?.about).toEqual([person]);
  });

  it("a judge's own age is still the judge's", () => {
    const claim = extract([doc("a", "Judge Ann Vel, 79, read the verdict to a packed court.")]).claims.find((c) => c.kind === "age");
    expect(claim?.about).toEqual(["Ann Vel"]);
  });
});

describe("holder: whose seats a number counts", () => {
  it("takes no sentence's first word for a holder", () => {
    expect(extract([doc("a", "Officials said 240 seats were contested.")]).claims[0]?.about).toEqual([]);
  });


  it.each([
    ["The Civic Union of Prime Minister Elena Vasquez won 68 seats in parliament.", "68", "Civic Union"],
    ["The Green Alliance took 31 seats in the new parliament.", "31", "Green Alliance"],
    // A relative clause inside the subject's clause; one capitalised word after "the"; a name in capitals.
    ["The Alliance, whose candidates ran under its banner, won 240 seats.", "240", "Alliance"],
    // A person named inside the relative clause is not the holder either.
    ["The Civic Union, whose candidates contested in the name of Ann Carver, won in 240 seats.", "240", "Civic Union"],
    ["As per latest trends, the Union is set to win 99 seats.", "99", "Union"],
    ["UNITY was shown as leading in 226 seats shortly after 11am.", "226", "UNITY"],
    // The body a leader heads holds the seats, not the leader named after "headed up by".
    ["The Northern Alliance headed up by Ann Carver's Civic Union (CU) has won the election with at least 274 seats.", "at least 274", "Northern Alliance"],
    // A clause that opens on its verb continues the subject before the first comma.
    ["The opposition bloc UNITY, courtesy of strong showings in the south and the east, has secured 232 seats.", "232", "UNITY"],
    // A place's name that the words around it call a bloc names the bloc.
    ["The opposition Jordan bloc, courtesy of strong showings in the south, has secured 232 seats.", "232", "Jordan"],
    // The body owned, not its owner.
    ["Notably, the Alliance won 240 seats, and the Opposition's UNITY bloc members collectively won 234 seats.", "234", "UNITY"],
    // A participle continues the clause just before it, and that clause's subject holds the seats.
    ["The Civic Union gained 13 seats, increasing its presence to 48, while the Green Alliance lost two seats, ending with 11 seats.", "11", "Green Alliance"],
    ["Civic Surge: The Green Alliance made large gains, securing 71 seats.", "71", "Green Alliance"],
    // A change in brackets between the seats and whom they went to.
    ["Thirty-six seats (+15) went to other parties.", "Thirty-six", "others"],
  ])("%s", (text, number, holder) => {
    const claim = extract([doc("a", text)]).claims.find((c) => c.text === number);
    expect(claim?.measure.key).toBe("seat");
    expect(claim?.about).toEqual([holder]);
  });

  it("does not take the name of an '-led' or '-backed' body as the holder", () => {
    const claim = extract([doc("a", "The Civic Union-led alliance won 293 seats in parliament.")]).claims.find((c) => c.text === "293");
    expect(claim?.about).not.toContain("Civic Union");
  });

  it("does not take a body's name across 'of' and a person's title", () => {
    const names = extract([doc("a", "The Civic Union of Prime Minister Elena Vasquez won 68 seats in parliament.")]).mentions.map((m) => [m.text, m.kind]);
    expect(names).toEqual([["Civic Union", "organization"], ["Elena Vasquez", "person"]]);
  });
});

describe("measure: a number right after a number", () => {
  it("'67 percent four years ago' does not count years", () => {
    const claim = extract([doc("a", "Turnout was about 61 percent, down from 67 percent four years ago.")]).claims.find((c) => c.text === "67 percent");
    expect(claim?.measure.key).not.toBe("year");
    expect(claim?.measure.text).toBeNull();
  });
});

describe("about: a speaker is not what a claim is about", () => {
  const aboutOf = (text: string, number: string) => extract([doc("a", text)]).claims.find((c) => c.text === number)?.about;

  it("when named after it, as the one who says it", () => {
    expect(aboutOf("The carmaker will cut 2,000 jobs by 2026, chief executive Marta Keller said.", "2026")).toEqual([]);
  });

  it("but a speaker named before it may be its subject", () => {
    expect(aboutOf("Ana Vel, who was sentenced in 2021, said she would appeal.", "2021")).toEqual(["Ana Vel"]);
  });
});

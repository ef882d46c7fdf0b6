import { wordTable } from "./word-table.js";
/**
 * Counted nouns (singular) → the class they count, so that "detainees", "hostages" and
 * "political prisoners" line up. An entry may imply the event: "deaths" counts people who died.
 * Source: news usage for tolls, detentions, elections, budgets and disasters.
 */
export type MeasureClass = { key: string; event?: string };

const CLASSES: Record<string, string[]> = wordTable({
  prisoner: ["prisoner", "detainee", "hostage", "inmate", "captive", "convict", "prisoner of conscience"],
  // Protesters are counted as people: "87 people detained" and "134 protesters detained" disagree.
  person: ["people", "person", "individual", "civilian", "resident", "man", "woman", "inhabitant", "human", "protester", "protestor", "demonstrator", "marcher", "participant", "victim"],
  child: ["child", "children", "kid", "minor", "boy", "girl", "infant", "baby", "student", "pupil"],
  // "217 adults and 11 children" split people by age: adults are a part, like the children.
  adult: ["adult"],
  national: ["national", "citizen", "passport holder", "expatriate", "expat"],
  soldier: ["soldier", "troop", "serviceman", "servicemember", "service member", "fighter", "militant", "combatant"],
  // "nonfarm payrolls increased by 73,000", "job growth totaled 73,000": counts of jobs.
  worker: ["worker", "employee", "staff", "staffer", "job", "labourer", "laborer", "payroll", "job growth", "jobs growth", "employment growth", "payroll growth", "hiring"],
  activist: ["activist", "campaigner", "dissident"],
  // "12,000 policemen and gendarmes", "12,000 members of the security forces": one force. Not
  // "police" itself, which also modifies ("police funding") and is its own key all the same.
  police: ["policeman", "policemen", "policewoman", "police officer", "gendarme", "riot police", "security force", "law enforcement officer"],
  firefighter: ["firefighter", "fireman", "firemen", "fire fighter"],
  rescuer: ["rescuer", "rescue worker", "emergency worker", "first responder", "responder"],
  // "held in seven phases", "in seven stages": the parts of a vote or a plan.
  phase: ["phase", "stage"],
  journalist: ["journalist", "reporter", "correspondent", "media worker"],
  refugee: ["refugee", "migrant", "asylum seeker", "displaced person", "evacuee"],
  vote: ["vote", "ballot"],
  voter: ["voter", "elector"],
  // A seat is a constituency's member: "won 240 constituencies" counts seats.
  seat: ["seat", "mandate", "constituency", "riding"],
  legislator: ["lawmaker", "legislator", "mp", "parliamentarian", "congressman", "congresswoman"],
  home: ["home", "house", "building", "dwelling", "residence", "household"],
  case: ["case", "infection"],
  budget: ["budget", "spending", "expenditure", "outlay", "funding", "allocation"],
  profit: ["profit", "net profit", "earnings", "net income", "income"],
  // A company reports its operating and gross profit beside its net profit: three figures.
  "operating profit": ["operating profit", "operating income", "operating earnings"],
  "gross profit": ["gross profit"],
  "earnings per share": ["earnings per share", "per share", "eps"],
  revenue: ["revenue", "sales", "sale", "turnover"],
  vehicle: ["vehicle", "car", "automobile"],
});

/** Nouns that count people and say what happened to them. */
const IMPLIED: Record<string, MeasureClass> = wordTable({
  death: { key: "person", event: "die" }, dead: { key: "person", event: "die" },
  fatality: { key: "person", event: "die" }, body: { key: "person", event: "die" },
  injury: { key: "person", event: "injure" }, injured: { key: "person", event: "injure" },
  wounded: { key: "person", event: "injure" }, casualty: { key: "person", event: "casualty" },
  missing: { key: "person", event: "missing" }, arrest: { key: "person", event: "arrest" },
  foreigner: { key: "national:foreign" },
  toll: { key: "person", event: "die" }, crowd: { key: "person", event: "protest" },
  survivor: { key: "person", event: "survive" },
  // "claimed 274 lives": the lemmatizer gives "live" for "lives".
  life: { key: "person", event: "die" }, live: { key: "person", event: "die" },
  detention: { key: "person", event: "arrest" }, detainee: { key: "prisoner" },
  turnout: { key: "turnout", event: "vote" }, "death toll": { key: "person", event: "die" },
});

export const MEASURE_CLASSES: ReadonlyMap<string, MeasureClass> = new Map([
  ...Object.entries(CLASSES).flatMap(([key, words]) => words.map((w) => [w, { key }] as const)),
  ...Object.entries(IMPLIED),
]);

/** The classes themselves: two claims naming different ones count different things. */
export const MEASURE_KEYS: ReadonlySet<string> = new Set([...MEASURE_CLASSES.values()].map((c) => c.key));

/**
 * Heads that name a member of something, not a class of their own: "staff members", "family
 * members", "members of the security forces" count what they are members of.
 */
export const PART_HEADS: ReadonlySet<string> = new Set(["member"]);

/** Heads that name people by nationality and take a country: "Lithuanian nationals", "citizens of France". */
export const NATIONALITY_HEADS = new Set(["national", "citizen", "passport holder", "person", "people", "resident"]);

/**
 * Counted nouns that say what their people did when no verb does: "12,000 demonstrators took to
 * the streets" is a protest count. A verb wins: "134 protesters were detained" is an arrest.
 */
export const DEFAULT_EVENTS: ReadonlyMap<string, string> = new Map([
  ["protester", "protest"], ["protestor", "protest"], ["demonstrator", "protest"], ["marcher", "protest"],
]);

/** Word stems that make a sentence's turnout an election's share of voters, not a crowd. */
export const ELECTION_WORDS = /\b(vot|elect|ballot|poll)/i;

/** Counted nouns that belong to someone: a party's seats, a candidate's votes. */
export const HELD_MEASURES = new Set(["seat", "vote", "voter", "ballot", "delegate", "mandate"]);

/**
 * Counted nouns that name people of some kind: "242 passengers and crew" and "242 people on
 * board" may count the same people, where "people" against "homes" may not. Classes of the
 * lexicon and words of counted phrases outside it.
 */
export const PEOPLE_CLASSES: ReadonlySet<string> = new Set(["person", "child", "adult", "prisoner", "soldier", "worker", "activist", "journalist", "refugee", "voter"]);
export const PEOPLE_WORDS: ReadonlySet<string> = new Set([
  "passenger", "crew", "occupant", "victim", "member", "doctor", "nurse", "patient", "pilot", "officer", "policeman",
  "police", "firefighter", "rescuer", "volunteer", "tourist", "visitor", "pilgrim", "fan", "spectator", "guest", "local",
]);

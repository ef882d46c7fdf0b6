import { wordTable } from "./word-table.js";
/**
 * Words (lemmas) that say what happened to what is counted → the event class.
 * Source: news usage; nouns and verbs alike ("release", "freed", "pardon").
 */
const CLASSES: Record<string, string[]> = wordTable({
  release: ["release", "free", "pardon", "liberate", "freed", "discharge", "let go", "amnesty"],
  hold: ["hold", "remain", "keep", "languish"],
  arrest: ["arrest", "detain", "apprehend", "seize", "capture", "abduct", "kidnap", "round"],
  sentence: ["sentence", "convict", "jail", "imprison"],
  die: ["die", "kill", "perish", "murder", "execute", "dead", "succumb", "drown"],
  // "suffered burns", "treated for burns": the plural noun is an injury; homes and fields burn.
  injure: ["injure", "wound", "hurt", "burns"],
  // The missing are counted apart from the dead: "89 missing" is not a toll of deaths.
  missing: ["missing", "unaccounted", "disappear", "vanish"],
  evacuate: ["evacuate", "displace", "flee", "relocate"],
  rescue: ["rescue", "save"],
  vote: ["vote", "elect", "win", "poll", "cast", "receive"],
  cost: ["cost", "spend", "allocate", "budget", "fund", "pay", "invest", "earmark", "raise", "approve"],
  increase: ["rise", "increase", "grow", "climb", "jump", "surge", "soar", "gain"],
  decrease: ["drop", "decline", "decrease", "plunge", "shrink", "slash", "fall"],
  deport: ["deport", "expel", "exile", "extradite"],
  charge: ["charge", "accuse", "indict", "prosecute"],
  protest: ["protest", "rally", "march", "gather", "demonstrate", "participate", "attend", "part"],
  adopt: ["adopt", "enact", "ratify", "pass", "sign", "introduce", "launch"],
  burn: ["burn", "scorch", "char", "consume"],
  // Homes and buildings: "465 houses were destroyed and 135 damaged" are two quantities.
  destroy: ["destroy", "flatten", "raze", "demolish", "collapse", "level"],
  damage: ["damage"],
  return: ["return", "repatriate", "resettle"],
  survive: ["survive", "survivor"],
  birth: ["born", "birth"],
  aboard: ["aboard", "board", "onboard", "carry"],
  // Output and sales are counted apart: "produced 459,445 and delivered 495,570" are two figures.
  produce: ["produce", "production", "manufacture", "build"],
  deliver: ["deliver", "delivery", "ship", "shipment", "sell"],
});

/** Nouns of change, to the event class they name: "a 9% rise in revenue" is an increase of revenue. */
export const CHANGE_NOUNS: Readonly<Record<string, string>> = wordTable({
  rise: "increase", increase: "increase", jump: "increase", gain: "increase", growth: "increase", surge: "increase",
  fall: "decrease", drop: "decrease", decline: "decrease", decrease: "decrease", cut: "decrease", reduction: "decrease",
});

export const EVENT_BY_LEMMA: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASSES).flatMap(([event, words]) => words.map((w) => [w, event] as const)),
);

/** A request or an offer to release people counts those still held. */
export const EVENT_UNDER_MODE: Readonly<Record<string, Record<string, string>>> = wordTable({
  demand: { release: "hold" },
  offer: { release: "hold" },
});

/**
 * Events that say which way a figure moved, not what happened: "240 seats, down from 303" and
 * "won 240 seats" may be one count. Against any other event they neither join nor part two claims.
 */
export const CHANGE_EVENTS: ReadonlySet<string> = new Set(["increase", "decrease"]);

/** Events that happen to people: a bare count of them ("the quake killed 120") counts people. */
export const PEOPLE_EVENTS: ReadonlySet<string> = new Set(["die", "injure", "arrest", "evacuate", "rescue", "release", "deport", "sentence"]);

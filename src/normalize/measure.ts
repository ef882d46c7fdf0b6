import { COUNTRY_BY_ADJECTIVE, COUNTRY_BY_PERSON_NOUN } from "../lexicon/demonyms.js";
import { MEASURE_CLASSES, NATIONALITY_HEADS, PART_HEADS } from "../lexicon/measure-synonyms.js";
import type { Measure } from "../schema/claim.js";

export type MeasureReading = Measure & { event: string | null };

const FOREIGN = new Set(["foreign", "foreigner"]);

/**
 * Words of a counted noun phrase (modifiers then head, head already singular) → what is counted.
 * Nationalities become `national:CC` whichever way they are written; `country` from "from X" wins.
 */
export function normalizeMeasure(words: readonly string[], text: string, head: string, country: string | null): MeasureReading {
  const lower = head.toLowerCase();
  const modifiers = words.slice(0, -1).map((w) => w.toLowerCase());
  const personCountry = COUNTRY_BY_PERSON_NOUN.get(lower) ?? COUNTRY_BY_PERSON_NOUN.get(`${lower}s`);
  const adjectiveCountry = modifiers.map((m) => COUNTRY_BY_ADJECTIVE.get(m)).find(Boolean) ?? null;
  // The two-word name first: "operating income" is not the "income" of the bottom line.
  // A plural the lemmatizer left as it was ("Spanish troops", read as a name's noun) still finds its class.
  const cls = MEASURE_CLASSES.get(`${modifiers.at(-1) ?? ""} ${lower}`) ?? MEASURE_CLASSES.get(lower) ?? (lower.endsWith("s") ? MEASURE_CLASSES.get(lower.slice(0, -1)) : undefined);
  const nationality = NATIONALITY_HEADS.has(lower) || cls?.key === "national";
  // "crew members", "cabin crew members": a head that says only "part of" counts what its modifiers name.
  let key = cls?.key ?? (PART_HEADS.has(lower) && modifiers.length ? [...modifiers, lower].join(" ") : lower);
  let found = country;
  if (personCountry && !cls) {
    key = `national:${personCountry}`;
    found = personCountry;
  } else if (nationality && (country ?? adjectiveCountry)) {
    found = country ?? adjectiveCountry;
    key = `national:${found}`;
  } else if (nationality && modifiers.some((m) => FOREIGN.has(m))) {
    key = "national:foreign";
  }
  return { key, head: lower, text, country: found, event: cls?.event ?? null };
}

/** A measure read from "from Lithuania" alone: people of that country. */
export function countryMeasure(code: string, text: string): MeasureReading {
  return { key: `national:${code}`, head: null, text, country: code, event: null };
}

/**
 * Legal-form words that end a firm's name and are dropped when names are matched: "Acme
 * Holdings Inc." = "Acme". Source: the common legal-form abbreviations of English-language
 * business news (US, UK, and the European forms wire services keep: AG, SA, NV, GmbH).
 */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "lp",
  "llp", "sa", "ag", "nv", "bv", "gmbh", "spa", "se", "oyj", "holdings", "holding", "group", "cos",
]);

/** Words that end a political body's name and may be left out: "the Labour Party" = "Labour". */
export const PARTY_WORDS: ReadonlySet<string> = new Set([
  "party", "alliance", "coalition", "bloc", "movement", "front", "union", "league", "list",
]);

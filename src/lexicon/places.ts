/**
 * Words that say a figure covers a whole country or its capital, where no place is named:
 * "arrested across the country", "457 nationwide", "33 in the capital". Source: news usage.
 */
export const WHOLE_COUNTRY = /\b(?:nationwide|nationally|country-?wide|across the (?:country|nation)|throughout the (?:country|nation)|in the whole country)\b/i;
export const CAPITAL = /\b(?:in|across) the capital\b/i;

/** Capitalised words after "in" that name no place: "In total", "in June", "in Congress". */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  "total", "all", "addition", "contrast", "fact", "general", "particular", "response", "recent", "short",
  "congress", "parliament", "senate", "court", "office", "power", "charge", "line", "order", "part", "time",
]);

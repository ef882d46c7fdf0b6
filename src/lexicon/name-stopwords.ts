// Capitalised words that are not parts of a person's name: titles, organisation words, calendar.
export const TITLES = new Set([
  "president", "prime", "minister", "foreign", "envoy", "special", "deputy", "assistant", "secretary",
  "general", "chancellor", "king", "queen", "prince", "pope", "senator", "governor", "mayor",
  "chief", "director", "spokesperson", "spokesman", "spokeswoman", "journalist", "activist",
  "leader", "former", "opposition", "mr", "mrs", "ms", "dr", "lawyer", "judge", "colonel",
  "captain", "sergeant", "commander", "ambassador", "adviser", "advisor", "candidate", "lord", "sir",
]);

export const NOT_NAME = new Set([
  "the", "a", "an", "in", "on", "at", "of", "and", "but", "yet", "for", "with", "from", "to", "by",
  "after", "before", "during", "since", "as", "if", "when", "while", "this", "that", "these", "those",
  "he", "she", "they", "we", "it", "his", "her", "their", "our", "its", "i", "who", "what", "among",
  "ministry", "office", "service", "times", "prize", "centre", "center", "union", "house", "force",
  "embassy", "agency", "council", "court", "party", "army", "group", "committee", "parliament",
  "government", "republic", "nations", "bank", "fund", "watch", "news", "press", "department",
  "university", "school", "hospital", "airline", "airlines", "channel", "telegram", "twitter",
  "facebook", "reuters", "state", "states", "united", "european", "international", "national",
  "federal", "foundation", "institute", "organization", "organisation", "association", "commission",
  "peace", "nobel", "human", "rights", "guard", "border", "criminal", "code", "white", "one", "two",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "sept", "jan", "feb", "aug", "oct", "nov", "dec",
]);

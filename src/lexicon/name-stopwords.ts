// Capitalised words that are not parts of a person's name: titles, organisation words, calendar.
export const TITLES = new Set([
  "president", "prime", "minister", "foreign", "envoy", "special", "deputy", "assistant", "secretary",
  "general", "chancellor", "king", "queen", "prince", "pope", "senator", "governor", "mayor",
  "chief", "director", "spokesperson", "spokesman", "spokeswoman", "journalist", "activist",
  "leader", "former", "opposition", "mr", "mrs", "ms", "dr", "lawyer", "judge", "colonel",
  "captain", "sergeant", "commander", "ambassador", "adviser", "advisor", "candidate", "lord", "sir",
  "negotiator", "mediator", "reporter", "official", "officer", "analyst", "professor", "doctor",
  "nurse", "teacher", "soldier", "engineer", "farmer", "student", "researcher", "economist",
  "editor", "photographer", "writer", "author", "poet", "singer", "actor", "coach", "player",
  "witness", "survivor", "suspect", "defendant", "prosecutor", "attorney", "philosopher",
  "businessman", "businesswoman", "blogger", "pastor", "priest", "rabbi", "imam", "sheikh",
  // Heads of bodies and honorifics of news style (AP and Reuters style guides' title lists).
  "chair", "chairman", "chairwoman", "chairperson", "ceo", "cfo", "coo", "executive", "founder",
  "co-founder", "cofounder", "capt", "gen", "lt", "col", "sgt", "rep", "sen", "gov", "prof", "pm",
  "mp", "mla", "congressman", "congresswoman", "councillor", "councilman", "councilwoman", "speaker",
  "premier", "treasurer", "commissioner", "inspector", "superintendent", "sheriff", "marshal",
  "admiral", "lieutenant", "major", "cardinal", "bishop", "archbishop", "emir", "sultan", "dame",
  "lady", "baroness", "baron", "duke", "duchess", "princess", "vice", "president-elect", "justice",
  "pilot", "co-pilot", "copilot", "driver", "passenger", "resident", "victim", "constable",
]);

/** Words that make a capitalised run an organisation or a work, not a person. */
export const ORGANIZATION_WORDS = new Set([
  "ministry", "office", "service", "times", "post", "journal", "news", "press", "agency", "council",
  "court", "party", "army", "group", "committee", "parliament", "government", "nations", "bank",
  "fund", "watch", "department", "university", "school", "hospital", "airline", "airlines",
  "channel", "foundation", "institute", "organization", "organisation", "association",
  "commission", "union", "house", "force", "forces", "embassy", "centre", "center", "cross",
  "crescent", "society", "company", "corporation", "inc", "ltd", "network", "radio", "television",
  "tv", "club", "league", "federation", "alliance", "movement", "front", "guard", "police",
  "prize", "code", "policy", "club", "church", "mission", "parliament", "assembly", "senate",
  // Bodies of state and firms' legal forms (the usual English names of public bodies; company
  // suffixes as in the corporate-suffixes lexicon), and facilities named like bodies.
  "bureau", "confederation", "directorate", "authority", "administration", "reserve", "exchange",
  "board", "congress", "coalition", "bloc", "corp", "llc", "plc", "holdings", "limited", "systems",
  "technologies", "industries", "motors", "airways", "partners", "capital", "labs", "ventures",
  "enterprises", "securities", "investments", "insurance", "communications", "airport", "college",
  "stadium", "station", "tribunal", "cabinet", "regulator", "secretariat", "inc.",
]);

/**
 * Body words that, capitalised and standing alone, name one body: a country's legislature
 * ("Congress passed", "the Congress won 99 seats", "in Parliament"). Other body words alone
 * ("the Ministry", "Police said") may be any of several, or a common noun opening a sentence.
 */
export const LEGISLATURE_WORDS = new Set(["congress", "parliament", "senate"]);

/** Common nouns that, just before a capitalised run, say it names an outlet or a body. */
export const ORGANIZATION_CUES = new Set([
  "outlet", "publication", "channel", "agency", "newspaper", "daily", "website", "station", "magazine",
  "broadcaster", "network", "group", "company", "party", "organisation", "organization", "ngo",
  "firm", "movement", "site", "portal", "tabloid", "weekly", "service", "blog",
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
  "peace", "nobel", "europe", "eastern", "western", "northern", "southern", "central", "asia", "africa",
  "america", "middle", "east", "west", "north", "south", "global", "world", "human", "rights", "guard", "border", "criminal", "code", "white", "one", "two",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "sept", "jan", "feb", "aug", "oct", "nov", "dec",
]);

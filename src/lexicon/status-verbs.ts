/**
 * What may happen to a person in the news, by event class, with the verbs that say it.
 * `passive`: participles after "was/were/has been" ("was sentenced") and, being transitive, also
 * before their object ("sentenced Bankman-Fried" reads the person after the verb);
 * `intransitive`: forms said of the subject ("resigned", "died"). Source: the event classes of
 * news-event schemas (ACE 2005 event types: Life.Die/Injure, Justice.Arrest/Charge/Sentence/
 * Convict, Personnel.Elect/Start-Position/End-Position) with their common English verbs.
 */
const ROWS = `
killed|killed,shot dead,stabbed to death,beaten to death|died,was found dead,were found dead,lost his life,lost her life
injured|injured,wounded,hurt,hospitalised,hospitalized|
missing|reported missing,listed as missing|went missing,remains missing,remain missing,is missing,are missing,is still missing
survived||survived,escaped,is the sole survivor,was the sole survivor,was the only survivor
arrested|arrested,detained,taken into custody,apprehended|
charged|charged,indicted|
convicted|convicted,found guilty|pleaded guilty
sentenced|sentenced,jailed|
elected|elected,re-elected,sworn in|
appointed|appointed,named,nominated|
resigned||resigned,stepped down,quit
`;

export type StatusVerbs = { status: string; passive: string[]; intransitive: string[] };

export const STATUS_VERBS: readonly StatusVerbs[] = ROWS.trim().split("\n").map((row) => {
  const [status = "", passive = "", intransitive = ""] = row.split("|");
  const list = (s: string) => s.split(",").map((w) => w.trim()).filter(Boolean);
  return { status, passive: list(passive), intransitive: list(intransitive) };
});

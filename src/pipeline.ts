import { alignClaims } from "./align/index.js";
import { checkSources, compareGroups } from "./compare/index.js";
import { resolveEntities } from "./align/entities.js";
import { compareEntities } from "./compare/entities.js";
import { extractEntities } from "./extract/entities/run.js";
import { extractClaims, surnamesOf } from "./extract/run.js";
import { createLemmatizer } from "./nlp/compromise.js";
import { SCHEMA_VERSION, type Extraction, type Report } from "./schema/report.js";
import type { Document, Skipped, Source } from "./schema/source.js";
import { segment } from "./segment/index.js";

/** load → segment → extract: stage 3's output on its own. */
export function extract(documents: readonly Document[], skipped: readonly Skipped[] = []): Extraction & { references: Map<string, string | null> } {
  const lemmas = createLemmatizer();
  const sources: Source[] = [];
  const references = new Map<string, string | null>();
  const claims: Extraction["claims"] = [];
  const problems: Extraction["problems"] = [];
  const mentions: Extraction["mentions"] = [];
  const statuses: Extraction["statuses"] = [];
  for (const doc of documents) {
    const segmented = segment(doc);
    references.set(doc.id, segmented.reference);
    const { text: _text, ...source } = doc;
    sources.push({ ...source, published: doc.published ?? segmented.reference });
    const surnames = surnamesOf(segmented.sentences);
    const found = extractClaims(doc, segmented, lemmas, surnames);
    const named = extractEntities(doc, segmented, surnames);
    mentions.push(...named.mentions);
    statuses.push(...named.statuses);
    claims.push(...found.claims);
    problems.push(...found.problems);
  }
  return { schemaVersion: SCHEMA_VERSION, sources, claims, mentions, statuses, skipped: [...skipped], problems, references };
}

/** The whole pipeline: extract → align → compare. Pure: same documents, same report. */
export function buildReport(documents: readonly Document[], skipped: readonly Skipped[] = []): Report {
  const { sources, claims, mentions, statuses, problems, references } = extract(documents, skipped);
  const resolved = resolveEntities(mentions);
  const aboutResolved = claims.map((c) => ({ ...c, about: c.about.map((name) => canonicalName(resolved, c.source, name)) }));
  const groups = compareGroups(alignClaims(aboutResolved, references));
  const entities = compareEntities(resolved, statuses);
  return { schemaVersion: SCHEMA_VERSION, sources, groups, checks: checkSources(aboutResolved), entities, skipped: [...skipped], problems };
}

/** The entity's canonical name for a name as written in one source, so "Igor Losik" and "Ihar Losik" align. */
function canonicalName(entities: ReturnType<typeof resolveEntities>, source: string, name: string): string {
  return entities.find((e) => e.kind === "person" && e.mentions.some((m) => m.source === source && m.text === name))?.name ?? name;
}

import { alignClaims } from "./align/index.js";
import { checkSources, compareGroups } from "./compare/index.js";
import { extractClaims } from "./extract/run.js";
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
  for (const doc of documents) {
    const segmented = segment(doc);
    references.set(doc.id, segmented.reference);
    const { text: _text, ...source } = doc;
    sources.push({ ...source, published: doc.published ?? segmented.reference });
    const found = extractClaims(doc, segmented, lemmas);
    claims.push(...found.claims);
    problems.push(...found.problems);
  }
  return { schemaVersion: SCHEMA_VERSION, sources, claims, skipped: [...skipped], problems, references };
}

/** The whole pipeline: extract → align → compare. Pure: same documents, same report. */
export function buildReport(documents: readonly Document[], skipped: readonly Skipped[] = []): Report {
  const { sources, claims, problems, references } = extract(documents, skipped);
  const groups = compareGroups(alignClaims(claims, references));
  return { schemaVersion: SCHEMA_VERSION, sources, groups, checks: checkSources(claims), skipped: [...skipped], problems };
}

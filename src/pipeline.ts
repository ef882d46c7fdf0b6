import { resolveEntities } from "./align/entities.js";
import { alignClaims } from "./align/index.js";
import { compareEntities } from "./compare/entities.js";
import { checkSources, compareGroups } from "./compare/index.js";
import { extractEntities } from "./extract/entities/run.js";
import { extractClaims } from "./extract/run.js";
import { sentenceNames } from "./extract/entities/sentence-names.js";
import { createLemmatizer, type Lemmatizer } from "./nlp/compromise.js";
import type { DocumentExtraction } from "./schema/extraction.js";
import type { ResolvedEntity } from "./schema/entity.js";
import { SCHEMA_VERSION, type Extraction, type Report } from "./schema/report.js";
import type { Document, Skipped } from "./schema/source.js";
import { segment } from "./segment/index.js";
import { frameModel } from "./similarity/model.js";

/** segment → extract for one document. Pure: the same document gives the same extraction. */
export function extractDocument(doc: Document, lemmas: Lemmatizer = createLemmatizer()): DocumentExtraction {
  const segmented = segment(doc);
  const { text: _text, ...source } = doc;
  const names = sentenceNames(segmented.sentences);
  const { claims, problems } = extractClaims(doc, segmented, lemmas, names);
  const { mentions, statuses } = extractEntities(doc, segmented, names);
  return { source: { ...source, published: doc.published ?? segmented.reference }, reference: segmented.reference, claims, mentions, statuses, problems };
}

/** Stage 3's output for several documents, as `factcheck extract` prints it. */
export function toExtraction(parts: readonly DocumentExtraction[], skipped: readonly Skipped[] = []): Extraction {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: parts.map((p) => p.source),
    claims: parts.flatMap((p) => p.claims.filter((c) => c.kind !== "clock")),
    times: parts.flatMap((p) => p.claims.filter((c) => c.kind === "clock")),
    mentions: parts.flatMap((p) => p.mentions),
    statuses: parts.flatMap((p) => p.statuses),
    skipped: [...skipped],
    problems: parts.flatMap((p) => p.problems),
  };
}

/** align → compare over extracted documents, in the order given. */
export function assemble(parts: readonly DocumentExtraction[], skipped: readonly Skipped[] = []): Report {
  const references = new Map(parts.map((p) => [p.source.id, p.reference] as const));
  // Not through toExtraction: it splits the times of day from the quantities for `extract`, and
  // here both are aligned and compared together, each document's in its order.
  const sources = parts.map((p) => p.source);
  const claims = parts.flatMap((p) => p.claims);
  const mentions = parts.flatMap((p) => p.mentions);
  const statuses = parts.flatMap((p) => p.statuses);
  const problems = parts.flatMap((p) => p.problems);
  const entities = resolveEntities(mentions);
  const canonical = canonicalNames(entities);
  const aboutResolved = claims.map((c) => {
    if (c.about.length === 0) return c;
    const names = canonical.get(c.source);
    return { ...c, about: c.about.map((name) => names?.get(name) ?? name) };
  });
  const model = frameModel(aboutResolved, references);
  const groups = compareGroups(alignClaims(aboutResolved, model), references, model);
  return {
    schemaVersion: SCHEMA_VERSION, sources, groups, checks: checkSources(aboutResolved),
    entities: compareEntities(entities, statuses), skipped: [...skipped], problems,
  };
}

/** load → segment → extract, for documents already read. */
export function extract(documents: readonly Document[], skipped: readonly Skipped[] = []): Extraction {
  const lemmas = createLemmatizer();
  return toExtraction(documents.map((d) => extractDocument(d, lemmas)), skipped);
}

/** The whole pipeline: extract → align → compare. Pure: same documents, same report. */
export function buildReport(documents: readonly Document[], skipped: readonly Skipped[] = []): Report {
  const lemmas = createLemmatizer();
  return assemble(documents.map((d) => extractDocument(d, lemmas)), skipped);
}

/**
 * Each person's or body's name as written in a source → its canonical name, so "Yuri
 * Kovalenko" and "Iurii Kovalenko", "BJP" and "Bharatiya Janata Party" align: source → spelling
 * → name, with no key string built per mention. Places and flights hold nothing and are left out.
 */
function canonicalNames(entities: readonly ResolvedEntity[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const e of entities) {
    if (e.kind === "place" || e.kind === "flight") continue;
    // Mentions come by source: a source's map is looked up once per run of its mentions.
    let source: string | null = null;
    let names: Map<string, string> | undefined;
    for (const m of e.mentions) {
      if (m.source !== source || !names) {
        source = m.source;
        names = out.get(source);
        if (!names) out.set(source, (names = new Map()));
      }
      names.set(m.text, e.name);
    }
  }
  return out;
}

import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DocumentExtraction } from "../schema/extraction.js";
import { SCHEMA_VERSION } from "../schema/report.js";
import type { Document } from "../schema/source.js";

/**
 * A content-hash cache of extractions (`--cache DIR`): re-running over a growing folder only
 * parses new or changed articles. The key covers the document (text and metadata) and the
 * tool's version, so an upgrade never reuses stale results. A bad cache file is ignored.
 */
export type Cache = { get(doc: Document): Promise<DocumentExtraction | null>; set(doc: Document, value: DocumentExtraction): Promise<void> };

export function openCache(dir: string, toolVersion: string): Cache {
  const keyOf = (doc: Document): string =>
    createHash("sha256").update(JSON.stringify([toolVersion, SCHEMA_VERSION, doc.id, doc.path, doc.title, doc.outlet, doc.published, doc.text])).digest("hex");
  return {
    async get(doc) {
      try {
        return DocumentExtraction.parse(JSON.parse(await readFile(join(dir, `${keyOf(doc)}.json`), "utf8")));
      } catch {
        return null;
      }
    },
    async set(doc, value) {
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${keyOf(doc)}.json`);
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(value));
      await rename(temp, path);
    },
  };
}

/** Extractions for every document: cached ones read back, the rest made by `make` and stored. */
export async function withCache(
  documents: readonly Document[],
  cache: Cache | null,
  make: (missing: readonly Document[]) => Promise<DocumentExtraction[]>,
): Promise<DocumentExtraction[]> {
  if (!cache) return make(documents);
  const found = await Promise.all(documents.map((d) => cache.get(d)));
  const missing = documents.filter((_, i) => found[i] === null);
  const made = await make(missing);
  await Promise.all(missing.map((d, i) => cache.set(d, made[i] as DocumentExtraction)));
  let k = 0;
  return found.map((f) => f ?? (made[k++] as DocumentExtraction));
}

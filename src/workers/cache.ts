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
export type Cache = {
  keyOf(doc: Document): string;
  get(key: string): Promise<DocumentExtraction | null>;
  set(key: string, value: DocumentExtraction): Promise<void>;
};

export function openCache(dir: string, toolVersion: string): Cache {
  return {
    keyOf: (doc) =>
      createHash("sha256").update(JSON.stringify([toolVersion, SCHEMA_VERSION, doc.id, doc.path, doc.title, doc.outlet, doc.published, doc.text])).digest("hex"),
    async get(key) {
      try {
        return DocumentExtraction.parse(JSON.parse(await readFile(join(dir, `${key}.json`), "utf8")));
      } catch {
        return null;
      }
    },
    async set(key, value) {
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${key}.json`);
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(value));
      await rename(temp, path);
    },
  };
}

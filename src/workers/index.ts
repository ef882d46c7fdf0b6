import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocumentExtraction } from "../schema/extraction.js";
import type { Document } from "../schema/source.js";
import { openCache, type Cache } from "./cache.js";
import { openPool, type Pool } from "./pool.js";
import { shareStrings, type StringPool } from "./shared-strings.js";

export type ExtractManyOptions = {
  /** Threads to extract on; default: the machine's cores. Small runs stay on one thread. */
  workers?: number;
  /** Folder of the content-hash cache; no cache when absent. */
  cacheDir?: string;
  onProgress?: (done: number, total: number) => void;
};

/** Stage 3 while the inputs are read: `add` each document as it is loaded, then `finish`. */
export type ExtractionRun = Pool;

/**
 * Stage 3 for many documents: cached extractions read back, the rest made on worker threads.
 * The result is in the order the documents were added and does not depend on the number of
 * threads or on the cache.
 */
export async function openExtraction(options: ExtractManyOptions = {}): Promise<ExtractionRun> {
  const pool = openPool({
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return options.cacheDir === undefined ? pool : cached(pool, openCache(options.cacheDir, await codeFingerprint()));
}

/** Every document at once. */
export async function extractMany(documents: readonly Document[], options: ExtractManyOptions = {}): Promise<DocumentExtraction[]> {
  const extraction = await openExtraction(options);
  try {
    for (const doc of documents) extraction.add(doc);
    return await extraction.finish();
  } finally {
    await extraction.close();
  }
}

/**
 * The pool behind a cache: a document whose key is in the cache is read back, the others go to
 * the pool and are stored once made. Slots keep the order the documents were added in.
 */
function cached(pool: Pool, cache: Cache): ExtractionRun {
  type Slot = { key: string; found: DocumentExtraction | null; made: number };
  const slots: Slot[] = [];
  const lookups: Promise<void>[] = [];
  let misses = 0;
  const strings: StringPool = new Map();
  return {
    add(doc) {
      const slot: Slot = { key: cache.keyOf(doc), found: null, made: -1 };
      slots.push(slot);
      lookups.push(cache.get(slot.key).then((found) => {
        slot.found = found && shareStrings(found, strings);
        if (found === null) {
          slot.made = misses++;
          pool.add(doc);
        }
      }));
    },
    async finish() {
      await Promise.all(lookups);
      const made = await pool.finish();
      await Promise.all(slots.filter((s) => s.found === null).map((s) => cache.set(s.key, made[s.made] as DocumentExtraction)));
      return slots.map((s) => s.found ?? (made[s.made] as DocumentExtraction));
    },
    close: () => pool.close(),
  };
}

/**
 * A hash of the running code (the compiled modules next to this one), so that a cache made by
 * another build of factcheck is never read back: a version number alone would miss local changes.
 */
async function codeFingerprint(): Promise<string> {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const hash = createHash("sha256");
  const files = (await readdir(root, { recursive: true })).filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith(".d.ts")).sort();
  for (const file of files) hash.update(file).update("\u0000").update(await readFile(join(root, file))).update("\u0000");
  return hash.digest("hex").slice(0, 16);
}

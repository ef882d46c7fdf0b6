import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocumentExtraction } from "../schema/extraction.js";
import type { Document } from "../schema/source.js";
import { openCache, withCache } from "./cache.js";
import { extractAll } from "./pool.js";

export type ExtractManyOptions = {
  /** Threads to extract on; default: the machine's cores. Small runs stay on one thread. */
  workers?: number;
  /** Folder of the content-hash cache; no cache when absent. */
  cacheDir?: string;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Stage 3 for many documents: cached extractions read back, the rest made on worker threads.
 * The result is in input order and does not depend on the number of threads or the cache.
 */
export async function extractMany(documents: readonly Document[], options: ExtractManyOptions = {}): Promise<DocumentExtraction[]> {
  const cache = options.cacheDir === undefined ? null : openCache(options.cacheDir, await codeFingerprint());
  return withCache(documents, cache, (missing) =>
    extractAll(missing, {
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    }));
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

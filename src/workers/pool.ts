import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createLemmatizer } from "../nlp/compromise.js";
import { extractDocument } from "../pipeline.js";
import type { DocumentExtraction } from "../schema/extraction.js";
import type { Document } from "../schema/source.js";

export type PoolOptions = { workers?: number; onProgress?: (done: number, total: number) => void };

/** Below this many documents a thread costs more to start than it saves. */
const MIN_DOCUMENTS_FOR_THREADS = 40;
const BATCH = 25;

/** Compiled code runs the compiled worker; tests that import the TypeScript sources use dist/ too. */
function workerUrl(): URL {
  const here = new URL("./extract-worker.js", import.meta.url);
  return import.meta.url.endsWith(".ts") ? new URL("../../dist/workers/extract-worker.js", import.meta.url) : here;
}

/**
 * Extracts every document, on `workers` threads (default: the machine's cores). Batches go to
 * whichever thread is free, and results are put back in input order, so the output is the same
 * whatever the scheduling.
 */
export async function extractAll(documents: readonly Document[], options: PoolOptions = {}): Promise<DocumentExtraction[]> {
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(documents.length / BATCH)));
  if (count === 1 || documents.length < MIN_DOCUMENTS_FOR_THREADS) {
    const lemmas = createLemmatizer();
    return documents.map((d, i) => {
      options.onProgress?.(i + 1, documents.length);
      return extractDocument(d, lemmas);
    });
  }
  const batches: Document[][] = [];
  for (let i = 0; i < documents.length; i += BATCH) batches.push(documents.slice(i, i + BATCH));
  const results: DocumentExtraction[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: count }, () => new Worker(workerUrl()));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const send = (): void => {
        if (next >= batches.length) { resolve(); return; }
        const index = next++;
        worker.postMessage({ index, documents: batches[index] });
      };
      worker.on("message", (m: { index: number; extractions: DocumentExtraction[] }) => {
        results[m.index] = m.extractions;
        done += m.extractions.length;
        options.onProgress?.(done, documents.length);
        send();
      });
      worker.on("error", reject);
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}

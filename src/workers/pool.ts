import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createLemmatizer } from "../nlp/compromise.js";
import { extractDocument } from "../pipeline.js";
import type { DocumentExtraction } from "../schema/extraction.js";
import type { Document } from "../schema/source.js";
import type { StringPool } from "./shared-strings.js";
import { unpack, type PackedExtraction } from "./transport.js";

/**
 * `workers`: threads to extract on. Given, threads start as soon as MIN_DOCUMENTS_FOR_THREADS
 * documents are in; absent, there are as many as cores, and only for inputs of
 * AUTO_THREADS_FROM_CHARS or more.
 */
export type PoolOptions = { workers?: number; onProgress?: (done: number, total: number) => void };

/**
 * Documents go in one at a time, while the inputs are still being read; `finish` gives every
 * extraction back in the order the documents went in, whatever thread made it. `close` stops
 * the threads of a run that will not be finished (an error while loading).
 */
export type Pool = {
  add(doc: Document): void;
  finish(): Promise<DocumentExtraction[]>;
  close(): Promise<void>;
};

/** Below this many documents a thread costs more to start than it saves. */
const MIN_DOCUMENTS_FOR_THREADS = 40;
/**
 * Left to choose, threads are used from this much text on (about 2,300 five-KB articles). A
 * thread takes half a second to load, and on a two-core machine two threads extract only about
 * 1.3 times as fast as one, so one thread finished first below this: on the bench corpus,
 * 2,000 articles took 4.9 s on one thread and 5.2 s on two, 3,000 took 6.8 s and 6.5 s.
 */
const AUTO_THREADS_FROM_CHARS = 12_000_000;
const BATCH = 25;
/**
 * Extraction makes much short-lived garbage per document. A young generation larger than V8's
 * default collects it less often: about 3-4% less extraction time at 10,000 articles (three runs
 * each), for some 60 MB more memory per thread.
 */
const YOUNG_GENERATION_MB = 96;

/** Compiled code runs the compiled worker; tests that import the TypeScript sources use dist/ too. */
function workerUrl(): URL {
  const here = new URL("./extract-worker.js", import.meta.url);
  return import.meta.url.endsWith(".ts") ? new URL("../../dist/workers/extract-worker.js", import.meta.url) : here;
}

type Batch = { index: number; documents: Document[] };

/**
 * Extraction on up to `workers` threads (see PoolOptions). The first threads start as soon as
 * enough is waiting, so they load their code while the rest of the inputs are read; another
 * starts whenever a batch waits and every thread is busy. A smaller run, or one worker,
 * extracts on this thread when it is finished.
 * Batches are numbered as they are made, so the output never depends on the scheduling.
 */
export function openPool(options: PoolOptions = {}): Pool {
  const limit = Math.max(1, options.workers ?? availableParallelism());
  const minText = options.workers === undefined ? AUTO_THREADS_FROM_CHARS : 0;
  let text = 0;
  const results: DocumentExtraction[][] = [];
  const waiting: Batch[] = [];
  const idle: Worker[] = [];
  const threads: Worker[] = [];
  let filling: Document[] = [];
  let batches = 0;
  let added = 0;
  let done = 0;
  let outstanding = 0;
  let failure: Error | null = null;
  let settle: { resolve: () => void; reject: (error: Error) => void } | null = null;
  let threaded = false;
  let closing = false;
  const strings: StringPool = new Map();

  const progress = (n: number): void => {
    done += n;
    options.onProgress?.(done, added);
  };
  const check = (): void => {
    if (!settle) return;
    if (failure) settle.reject(failure);
    else if (outstanding === 0 && waiting.length === 0) settle.resolve();
  };
  const dispatch = (): void => {
    while (waiting.length > 0) {
      let worker = idle.pop();
      if (!worker && threads.length < limit) worker = spawn();
      if (!worker) return;
      const batch = waiting.shift() as Batch;
      outstanding++;
      worker.postMessage(batch);
    }
  };
  const spawn = (): Worker => {
    const worker = new Worker(workerUrl(), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    threads.push(worker);
    worker.on("message", (m: { index: number; extractions: PackedExtraction[] }) => {
      results[m.index] = m.extractions.map((e) => unpack(e, strings));
      outstanding--;
      progress(m.extractions.length);
      idle.push(worker);
      dispatch();
      check();
    });
    worker.on("error", (error) => {
      failure ??= error;
      check();
    });
    worker.on("exit", (code) => {
      if (!closing) failure ??= new Error(`an extraction thread stopped (exit code ${code})`);
      check();
    });
    return worker;
  };
  const seal = (): void => {
    if (filling.length === 0) return;
    waiting.push({ index: batches++, documents: filling });
    filling = [];
  };
  const closeThreads = async (): Promise<void> => {
    closing = true;
    await Promise.all(threads.splice(0).map((w) => w.terminate()));
  };

  return {
    add(doc) {
      added++;
      text += doc.text.length;
      filling.push(doc);
      if (filling.length >= BATCH) seal();
      if (!threaded && limit > 1 && added >= MIN_DOCUMENTS_FOR_THREADS && text >= minText) threaded = true;
      if (threaded) dispatch();
    },
    async finish() {
      seal();
      if (!threaded) {
        // Few documents, or one worker: no thread is worth its start-up.
        const lemmas = createLemmatizer();
        for (const batch of waiting.splice(0)) {
          results[batch.index] = batch.documents.map((d) => extractDocument(d, lemmas));
          progress(batch.documents.length);
        }
        return results.flat();
      }
      try {
        dispatch();
        await new Promise<void>((resolve, reject) => {
          settle = { resolve, reject };
          check();
        });
      } finally {
        await closeThreads();
      }
      return results.flat();
    },
    close: closeThreads,
  };
}

/** Every document at once: `openPool`, each added, finished. */
export async function extractAll(documents: readonly Document[], options: PoolOptions = {}): Promise<DocumentExtraction[]> {
  const pool = openPool(options);
  try {
    for (const doc of documents) pool.add(doc);
    return await pool.finish();
  } finally {
    await pool.close();
  }
}

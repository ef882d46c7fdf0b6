import { parentPort } from "node:worker_threads";
import { createLemmatizer } from "../nlp/compromise.js";
import { extractDocument } from "../pipeline.js";
import type { Document } from "../schema/source.js";
import { pack } from "./transport.js";

/** A worker thread: documents in, their extractions out, in the order received. */
const lemmas = createLemmatizer();
parentPort?.on("message", (batch: { index: number; documents: Document[] }) => {
  parentPort?.postMessage({ index: batch.index, extractions: batch.documents.map((d) => pack(extractDocument(d, lemmas))) });
});

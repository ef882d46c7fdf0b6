import type { DocumentExtraction } from "../schema/extraction.js";

/**
 * Points every claim, mention, status claim and problem of an extraction that has just been
 * copied from a worker thread or read from the cache at one string for its source id. A copy
 * gives each object a string of its own, and assembling hashes and compares source ids
 * millions of times: one shared string is hashed once, and compares equal by identity. The
 * objects are fresh copies owned by the caller, so they are changed in place.
 */
export function shareSourceIds(extraction: DocumentExtraction): DocumentExtraction {
  const id = extraction.source.id;
  for (const c of extraction.claims) c.source = id;
  for (const m of extraction.mentions) m.source = id;
  for (const s of extraction.statuses) s.source = id;
  for (const p of extraction.problems) p.source = id;
  return extraction;
}

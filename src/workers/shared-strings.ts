import type { DocumentExtraction } from "../schema/extraction.js";

/** Equal strings → one of them, for one run. */
export type StringPool = Map<string, string>;

const shared = (pool: StringPool, text: string): string => {
  const known = pool.get(text);
  if (known !== undefined) return known;
  pool.set(text, text);
  return text;
};

/**
 * Points the repeated strings of an extraction that has just been copied from a worker thread
 * or read from the cache at one string each: every claim, mention, status claim and problem at
 * its source's id, and names as written at the one copy the pool holds. A copy gives each
 * object strings of its own, and assembling hashes and compares source ids and names millions
 * of times: a shared string is hashed once and compares equal by identity. The objects are
 * fresh copies owned by the caller, so they are changed in place.
 */
export function shareStrings(extraction: DocumentExtraction, pool: StringPool): DocumentExtraction {
  const id = extraction.source.id;
  for (const c of extraction.claims) {
    c.source = id;
    if (c.about.length) c.about = c.about.map((name) => shared(pool, name));
  }
  for (const m of extraction.mentions) {
    m.source = id;
    m.text = shared(pool, m.text);
  }
  for (const s of extraction.statuses) s.source = id;
  for (const p of extraction.problems) p.source = id;
  return extraction;
}

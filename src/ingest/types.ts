import type { Document, Skipped } from "../schema/source.js";

/** What a reader is given: decoded text, the path it came from, and the id the path suggests. */
export type Input = { path: string; id: string; text: string };

/** A file may hold several articles (JSON, JSONL) and several bad records; ids are made unique later. */
export type ReadResult = { documents: Document[]; skipped: Skipped[] };

export type Reader = (input: Input) => ReadResult;

export const one = (document: Document): ReadResult => ({ documents: [document], skipped: [] });
export const skip = (path: string, reason: string): ReadResult => ({ documents: [], skipped: [{ path, reason }] });

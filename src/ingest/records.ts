import { InputRecord } from "../schema/source.js";
import type { Document, Skipped } from "../schema/source.js";
import { titleOf } from "./document.js";
import { publishedDate } from "./published-date.js";

/** Where a record stands: its line in the file, and the path a document from it gets. */
export type Place = { line: number; path: string; fallbackId: string };

/** A parsed JSON value → a document, or the one-line reason it is not one (line number and field path). */
export function recordToDocument(value: unknown, place: Place): { document: Document } | { skipped: Skipped } {
  const bad = (reason: string) => ({ skipped: { path: place.path, reason: `record on line ${place.line}: ${reason}` } });
  if (!value || typeof value !== "object" || Array.isArray(value)) return bad("not a JSON object");
  const checked = InputRecord.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return bad(`field ${issue?.path.join(".") || "(record)"}: ${issue?.message ?? "invalid"}`);
  }
  const r = checked.data;
  if (!r.text.trim()) return bad("field text: empty");
  const published = r.published ? publishedDate(r.published) : null;
  if (r.published && !published) return bad(`field published: not a date ("${r.published.slice(0, 40)}")`);
  return {
    document: {
      id: r.id != null && String(r.id).trim() ? String(r.id).trim() : place.fallbackId,
      path: place.path,
      title: r.title ?? titleOf(r.text),
      outlet: r.outlet ?? null,
      published,
      ...(r.url ? { url: r.url } : {}),
      text: r.text,
    },
  };
}

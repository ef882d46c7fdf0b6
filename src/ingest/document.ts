import { basename, extname } from "node:path";
import type { Document } from "../schema/source.js";

/** The title a plain-text or Markdown article gives itself: a "# heading" or a short first line. */
export function titleOf(text: string): string | null {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? "";
  const heading = /^#{1,3}\s+(.+)$/.exec(first)?.[1];
  if (heading) return heading.trim();
  return first.length > 0 && first.length <= 160 && !/[.!?”"]$/.test(first) ? first : null;
}

export function toDocument(id: string, path: string, text: string): Document {
  return { id, path, title: titleOf(text), outlet: null, published: null, text };
}

export const idOf = (path: string): string => basename(path, extname(path)) || "stdin";

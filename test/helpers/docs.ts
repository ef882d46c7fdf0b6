import type { Document } from "../../src/schema/source.js";

/** A document from text, for tests that go through the public pipeline entry points. */
export const doc = (id: string, text: string, published: string | null = null): Document =>
  ({ id, path: `${id}.txt`, title: null, outlet: null, published, text });

/**
 * The subject of a list item or a heading-like line: "- Imre Varga — author of…" is about
 * Imre Varga, and so is every sentence of that item.
 */
const ITEM = /^(?:[-*•–]\s+)?((?:\p{Lu}[\p{L}\p{M}'’.-]+)(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3})\s*(?:—|–|-|:|,)\s/u;

export function listItemTopic(paragraph: string): string | null {
  if (!/^[-*•–]\s+/.test(paragraph)) return null;
  return ITEM.exec(paragraph)?.[1] ?? null;
}

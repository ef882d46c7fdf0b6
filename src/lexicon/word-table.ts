/**
 * A lookup table keyed by words from the text. It has no prototype, so a word such as
 * "constructor" or "toString" finds nothing instead of an inherited function.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

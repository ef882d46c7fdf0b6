/** A name folded for matching: no diacritics, lower case. "Nausėda" → "nauseda". */
export function foldName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[’']s$/, "");
}

/** The key a person is matched by across sources: the folded surname. */
export function nameKey(name: string): string {
  const words = name.trim().split(/\s+/);
  return foldName(words[words.length - 1] ?? name);
}

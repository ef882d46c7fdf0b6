/**
 * `f` with its results kept per argument. Entity resolution reads a few hundred distinct
 * spellings thousands of times each: keys, skeletons and folds of a name are worked out once
 * per spelling. Make one per run (the cache lives as long as the function it returns), and only
 * of pure functions of the text.
 */
export function memoize<T>(f: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) cache.set(text, (value = f(text)));
    return value as T;
  };
}

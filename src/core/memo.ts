/**
 * `f` with its results kept per argument. Entity resolution reads a few hundred distinct
 * spellings thousands of times each: keys, skeletons and folds of a name are worked out once
 * per spelling; a verdict reads a claim's stage and place at each pair it meets. Make one per
 * run (the cache lives as long as the function it returns), and only of pure functions.
 */
export function memoize<K, T>(f: (key: K) => T): (key: K) => T {
  const cache = new Map<K, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) cache.set(key, (value = f(key)));
    return value as T;
  };
}

/**
 * A cache for pure functions of one string whose arguments repeat (the actions and templates of
 * thousands of generated policies): at most `limit` entries. Strings longer than `maxLength` are
 * computed every time and never kept.
 *
 * When full, the cache starts again empty; if its last `limit` entries were hardly used (fewer hits
 * than a quarter of `limit`), the values are distinct (a list of 100,000 actions, which each rule
 * reads in turn) and the next `4 * limit` calls compute without caching: a cache turned over by
 * them costs time and memory (values kept long enough to reach the old generation of the heap)
 * and saves nothing.
 * @internal
 */
export function memoize<T>(compute: (key: string) => T, limit = 10_000, maxLength = 4096): (key: string) => T {
  // Emptied by replacing it: V8's Map.clear() keeps the old table's memory and time (a cache of
  // 1,024 entries cleared a hundred times held 120 MB and took twice as long).
  let cache = new Map<string, T>();
  let hits = 0;
  let bypass = 0;
  return (key: string): T => {
    if (key.length > maxLength) return compute(key);
    if (bypass > 0) {
      bypass--;
      return compute(key);
    }
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) {
      hits++;
      return cached as T;
    }
    const value = compute(key);
    if (cache.size >= limit) {
      if (hits < limit / 4) bypass = 4 * limit;
      cache = new Map();
      hits = 0;
      if (bypass > 0) return value;
    }
    cache.set(key, value);
    return value;
  };
}

/**
 * The size of the caches of actions: enough for the actions an app's policies share.
 * @internal
 */
export const VALUE_CACHE_SIZE = 1024;

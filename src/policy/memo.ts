/**
 * A cache for pure functions of one string whose arguments repeat (the actions, templates and
 * resources of thousands of generated policies): at most `limit` entries, emptied when full, so
 * that hostile input with millions of distinct values costs no more memory than the limit.
 * Strings longer than `maxLength` are computed every time and never kept.
 * @internal
 */
export function memoize<T>(compute: (key: string) => T, limit = 10_000, maxLength = 4096): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    if (key.length > maxLength) return compute(key);
    const cached = cache.get(key);
    // Stryker disable next-line ConditionalExpression: `cached !== undefined` is a fast path; `has` alone gives the same answer
    if (cached !== undefined || cache.has(key)) return cached as T;
    const value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/**
 * The size of caches keyed by resources: enough for the resources of the document being checked,
 * which every rule reads in turn; resources rarely repeat across documents.
 * @internal
 */
export const RESOURCE_CACHE_SIZE = 1024;

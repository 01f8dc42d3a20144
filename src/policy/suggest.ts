/** Words longer than this are no slip of a known name: no suggestion, and no quadratic work. */
const MAX_SUGGESTION_LENGTH = 200;

/**
 * The edit distance (insertions, deletions, substitutions) between two lower-cased strings, or
 * `bound + 1` as soon as every way of turning one into the other costs more than `bound` (a row of the
 * table is all above it): most candidates are far, and are left after a few characters. @internal
 */
export function distanceWithin(s: string, t: string, bound: number): number {
  return distance(s, t, bound, [], []);
}

/**
 * `distanceWithin`, with the table's two rows in lists the caller gives (and may give again): one
 * pair for all the candidates of a word, not a list per row of each.
 */
function distance(s: string, t: string, bound: number, rowA: number[], rowB: number[]): number {
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= t.length; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const c = s.charCodeAt(i - 1);
    for (let j = 1; j <= t.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (c === t.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return bound + 1;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[t.length];
}

/**
 * The lower-cased candidate closest to a lower-cased word, when it is close enough to be a slip: for
 * callers that keep their candidates lower-cased. Ties go to the first. @internal
 */
export function closestLower(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_SUGGESTION_LENGTH) return undefined;
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  const rowA: number[] = [];
  const rowB: number[] = [];
  for (const c of candidates) {
    // The distance is at least the difference in length: skip what cannot be closer than the best.
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const d = distance(word, c, bestDistance - 1, rowA, rowB);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The candidate closest to `word` (case aside), when it is close enough to be a slip. @internal */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_SUGGESTION_LENGTH) return undefined;
  const lower = candidates.map((c) => c.toLowerCase());
  // indexOf(undefined) is -1, and candidates[-1] undefined: no match gives none.
  return candidates[lower.indexOf(closestLower(word.toLowerCase(), lower) as string)];
}

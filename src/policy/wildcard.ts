/**
 * CAM's wildcard matching, `*` matching any run of characters (including none), in time linear in
 * the lengths of the pattern and the value: the pattern is split at its stars, the first piece must
 * start the value, the last must end it, and each piece between is found leftmost after the one
 * before. Leftmost is always safe for patterns whose only wildcard is `*`, so nothing is ever tried
 * twice; a regular expression (`^a.*a.*a.*b$`) backtracks exponentially on the same input.
 *
 * The one matcher the linter, the catalogue and the simulator share.
 */

/** A pattern split at its stars, ready to match many values. @internal */
export interface CompiledWildcard {
  /** The pattern had no star: the value must equal `pieces[0]`. */
  readonly exact: boolean;
  /** The pieces between stars; the first and last may be empty. */
  readonly pieces: readonly string[];
  readonly ignoreCase: boolean;
}

const cache = new Map<string, CompiledWildcard>();
const CACHE_LIMIT = 10_000;

/** Splits a pattern at its stars (consecutive stars are one). Cached: patterns repeat. @internal */
export function compileWildcard(pattern: string, ignoreCase: boolean): CompiledWildcard {
  const key = `${ignoreCase ? 'i' : 'c'}${pattern}`;
  let compiled = cache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; compiling again gives the same pieces
  if (compiled) return compiled;
  const text = ignoreCase ? pattern.toLowerCase() : pattern;
  const pieces = text.split('*');
  compiled = { exact: pieces.length === 1, pieces, ignoreCase };
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: which patterns are cached changes no answer
  if (pattern.length <= 4096) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache is emptied changes no answer
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

/** Whether a compiled pattern matches the whole of `value`. @internal */
export function matchCompiled(compiled: CompiledWildcard, input: string): boolean {
  const value = compiled.ignoreCase ? input.toLowerCase() : input;
  const { pieces } = compiled;
  if (compiled.exact) return value === pieces[0];
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (value.length < first.length + last.length) return false;
  if (!value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    if (piece === '') continue;
    const found = value.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/**
 * Whether `pattern` (with `*` wildcards) matches the whole of `value`.
 * @internal
 */
export function wildcardMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  return matchCompiled(compileWildcard(pattern, ignoreCase), value);
}

/** Past this many cells the intersection test answers "may intersect": a check, never a hang. */
const INTERSECT_LIMIT = 4_000_000;

/**
 * Whether two patterns with `*` wildcards can match one same string: whether a resource written
 * with wildcards can ever fit a template whose parts are wildcards. Dynamic programming over the
 * two patterns, O(|a| x |b|) time and O(|b|) space, no recursion; above 4 million cells it answers
 * true (no finding is better than a slow one).
 */
export function wildcardsIntersect(a: string, b: string): boolean {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > INTERSECT_LIMIT) return true;
  // next[j]: whether a[i+1..] and b[j..] intersect; cur[j]: a[i..] and b[j..].
  // Stryker disable next-line ArrayDeclaration,BooleanLiteral: every cell is written before it is read
  let next = new Array<boolean>(m + 1).fill(false);
  // Row i = n: a is exhausted, so b's rest must be all stars.
  next[m] = true;
  for (let j = m - 1; j >= 0; j--) next[j] = b[j] === '*' && next[j + 1];
  for (let i = n - 1; i >= 0; i--) {
    // Stryker disable next-line ArrayDeclaration,BooleanLiteral: every cell is written before it is read
    const cur = new Array<boolean>(m + 1).fill(false);
    cur[m] = a[i] === '*' && next[m];
    for (let j = m - 1; j >= 0; j--) {
      if (a[i] === '*') cur[j] = next[j] || cur[j + 1];
      else if (b[j] === '*') cur[j] = cur[j + 1] || next[j];
      else cur[j] = a[i] === b[j] && next[j + 1];
    }
    next = cur;
  }
  return next[0];
}

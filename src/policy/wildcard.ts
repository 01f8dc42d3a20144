/**
 * CAM's wildcard matching, `*` matching any run of characters (including none), in time linear in
 * the lengths of the pattern and the value: the pattern is split at its stars, the first piece must
 * start the value, the last must end it, and each piece between is found leftmost after the one
 * before. Leftmost is always safe for patterns whose only wildcard is `*`, so nothing is ever tried
 * twice; a regular expression (`^a.*a.*a.*b$`) backtracks exponentially on the same input.
 *
 * The one matcher the linter, the catalogue and the simulator share.
 */

import { memoize } from './memo';

/** A pattern split at its stars, ready to match many values. @internal */
export interface CompiledWildcard {
  /** The pattern had no star: the value must equal `pieces[0]`. */
  readonly exact: boolean;
  /** The pieces between stars; the first and last may be empty. */
  readonly pieces: readonly string[];
  readonly ignoreCase: boolean;
}

function compile(pattern: string, ignoreCase: boolean): CompiledWildcard {
  const pieces = (ignoreCase ? pattern.toLowerCase() : pattern).split('*');
  return { exact: pieces.length === 1, pieces, ignoreCase };
}

/** One cache per case mode, so that a lookup builds no key. */
const compiledWithCase = memoize((pattern) => compile(pattern, false));
const compiledIgnoringCase = memoize((pattern) => compile(pattern, true));

/** Splits a pattern at its stars (consecutive stars are one). Cached: patterns repeat. @internal */
export function compileWildcard(pattern: string, ignoreCase: boolean): CompiledWildcard {
  return ignoreCase ? compiledIgnoringCase(pattern) : compiledWithCase(pattern);
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

/**
 * Whether two patterns with `*` wildcards can match one same string: whether a resource written
 * with wildcards can ever fit a template whose parts are wildcards. Exact, in time linear in the
 * two lengths, whatever their size:
 * - a side without a star is a plain string, which the other side matches or not;
 * - when both have a star, they share a string exactly when their fixed starts agree (one begins
 *   with the other) and their fixed ends agree (one ends with the other). Such a string is the
 *   longer start, the text between the stars of each side (stars dropped), and the longer end:
 *   each side's first star takes what the other put before it, its last star what comes after.
 */
export function wildcardsIntersect(a: string, b: string): boolean {
  const aFirst = a.indexOf('*');
  const bFirst = b.indexOf('*');
  if (aFirst < 0 && bFirst < 0) return a === b;
  if (bFirst < 0) return wildcardMatch(a, b, false);
  if (aFirst < 0) return wildcardMatch(b, a, false);
  const aStart = a.slice(0, aFirst);
  const bStart = b.slice(0, bFirst);
  const aEnd = a.slice(a.lastIndexOf('*') + 1);
  const bEnd = b.slice(b.lastIndexOf('*') + 1);
  return (aStart.startsWith(bStart) || bStart.startsWith(aStart)) && (aEnd.endsWith(bEnd) || bEnd.endsWith(aEnd));
}

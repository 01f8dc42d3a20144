// Wildcard matching and intersection against brute force: a regular expression for matching; every
// string up to the patterns' combined length for intersection.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWildcard, matchCompiled, wildcardMatch, wildcardsIntersect } from '../../src/policy/wildcard';

function reference(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}

function allStrings(alphabet: string[], maxLength: number): string[] {
  const out = [''];
  for (let i = 0; i < out.length; i++) {
    if (out[i].length < maxLength) for (const c of alphabet) out.push(out[i] + c);
  }
  return out;
}

describe('wildcardMatch', () => {
  const pattern = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '*', '.'), maxLength: 7 });
  const value = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '.'), maxLength: 8 });

  it('agrees with a regular expression, with and without case', () => {
    fc.assert(fc.property(pattern, value, fc.boolean(), fc.nat(), (p, v, ignoreCase, salt) => {
      // A salt no value holds: a pattern never seen before, so its compiling runs here.
      const fresh = `${p}\u0000${salt}`;
      expect(wildcardMatch(p, v, ignoreCase)).toBe(reference(p, v, ignoreCase));
      expect(wildcardMatch(fresh, `${v}\u0000${salt}`, ignoreCase)).toBe(reference(fresh, `${v}\u0000${salt}`, ignoreCase));
    }), { numRuns: 4000, seed: 9 });
  });

  it('the same pattern compiled with and without case gives each its own answer', () => {
    const p = `Ab*-${Math.random()}`;
    expect(wildcardMatch(p, p.toLowerCase(), false)).toBe(false);
    expect(wildcardMatch(p, p.toLowerCase(), true)).toBe(true);
    expect(wildcardMatch(p, p.toLowerCase(), false)).toBe(false);
  });

  it('compiled: pieces split at the stars, exact without one', () => {
    expect(compileWildcard('a*b**c', false)).toEqual({ exact: false, pieces: ['a', 'b', '', 'c'], ignoreCase: false });
    expect(compileWildcard('ABC', true)).toEqual({ exact: true, pieces: ['abc'], ignoreCase: true });
    expect(matchCompiled(compileWildcard('ab*ba', false), 'aba')).toBe(false);
    expect(matchCompiled(compileWildcard('ab*ba', false), 'abba')).toBe(true);
    expect(matchCompiled(compileWildcard('a*aa*a', false), 'aaa')).toBe(false);
    expect(matchCompiled(compileWildcard('a*aa*a', false), 'aaaa')).toBe(true);
    expect(matchCompiled(compileWildcard('*x*', false), 'x')).toBe(true);
    expect(matchCompiled(compileWildcard('**', false), '')).toBe(true);
    const long = `${'a'.repeat(5000)}*`;
    expect(wildcardMatch(long, `${'a'.repeat(5000)}b`, false)).toBe(true);
    expect(wildcardMatch(long, 'a'.repeat(4999), false)).toBe(false);
  });
});

describe('wildcardsIntersect', () => {
  const pattern = fc.string({ unit: fc.constantFrom('a', 'b', '*'), maxLength: 5 });

  it('agrees with trying every string up to the patterns\' combined length', () => {
    const strings = allStrings(['a', 'b'], 10);
    fc.assert(fc.property(pattern, pattern, (a, b) => {
      const limit = a.replace(/\*/g, '').length + b.replace(/\*/g, '').length;
      const brute = strings.some((s) => s.length <= limit && reference(a, s, false) && reference(b, s, false));
      expect(wildcardsIntersect(a, b)).toBe(brute);
      expect(wildcardsIntersect(b, a)).toBe(brute);
    }), { numRuns: 3000, seed: 13 });
  });

  it('is case-sensitive, with a star on either side or none', () => {
    expect(wildcardsIntersect('Ab*', 'ab')).toBe(false);
    expect(wildcardsIntersect('ab', 'Ab*')).toBe(false);
    expect(wildcardsIntersect('AB', 'ab')).toBe(false);
    expect(wildcardsIntersect('Ab*', 'Abc')).toBe(true);
    expect(wildcardsIntersect('a*B', '*b')).toBe(false);
  });

  it('is exact at any size (no cell table to bound)', () => {
    const n = 200_000;
    expect(wildcardsIntersect('a'.repeat(n), 'b'.repeat(n))).toBe(false);
    expect(wildcardsIntersect(`${'a'.repeat(n)}*`, `*${'b'.repeat(n)}`)).toBe(true);
    expect(wildcardsIntersect(`${'a'.repeat(n)}*b`, `a*${'b'.repeat(n)}*c`)).toBe(false);
    expect(wildcardsIntersect(`${'a'.repeat(n)}*b`, `${'a'.repeat(n + 1)}*${'b'.repeat(n)}`)).toBe(true);
    expect(wildcardsIntersect(`${'ab'.repeat(n)}*`, `${'ab'.repeat(n - 1)}b*`)).toBe(false);
    expect(wildcardsIntersect(`*${'ab'.repeat(n)}`, `*a${'ab'.repeat(n - 1)}`)).toBe(false);
  });
});

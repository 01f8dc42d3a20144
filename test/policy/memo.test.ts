// The cache of pure string functions: the same answers as computing, bounded memory.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/policy/memo';

/** The identity, memoized, with the keys it was computed for. */
function counting(limit: number): { id: (key: string) => string; calls: string[] } {
  const calls: string[] = [];
  return { id: memoize((k) => { calls.push(k); return k; }, limit), calls };
}

describe('memoize', () => {
  it('computes a key once, then answers from the cache', () => {
    const calls: string[] = [];
    const upper = memoize((k) => {
      calls.push(k);
      return { value: k.toUpperCase() };
    });
    const first = upper('ab');
    expect(first).toEqual({ value: 'AB' });
    expect(upper('ab')).toBe(first);
    expect(upper('cd')).toEqual({ value: 'CD' });
    expect(calls).toEqual(['ab', 'cd']);
  });

  it('keeps undefined answers too', () => {
    let calls = 0;
    const none = memoize((_k) => {
      calls++;
      return undefined;
    });
    expect(none('x')).toBeUndefined();
    expect(none('x')).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('holds at most `limit` keys: full, it starts again', () => {
    const { id, calls } = counting(4);
    for (const k of ['a', 'b', 'a', 'b', 'c', 'd']) id(k); // 2 hits: used, so kept on
    expect(calls).toEqual(['a', 'b', 'c', 'd']);
    id('e'); // full: started again with e
    id('e');
    id('a');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'e', 'a']);
  });

  it('stops caching for 4 x limit calls when the values hardly repeat, then tries again', () => {
    const { id, calls } = counting(4);
    for (const k of ['a', 'b', 'c', 'd']) id(k); // full, no hit
    id('e'); // fewer hits than a quarter of the limit: not kept, and the next 16 calls compute
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (let i = 0; i < 16; i++) id('x');
    expect(calls.filter((k) => k === 'x')).toHaveLength(16);
    id('x'); // caching again
    id('x');
    expect(calls.filter((k) => k === 'x')).toHaveLength(17);
    id('e'); // the value that started the pause was not kept either
    expect(calls.filter((k) => k === 'e')).toHaveLength(2);
  });

  it('a cache that hits a quarter of its limit stays on', () => {
    const { id, calls } = counting(4);
    for (const k of ['a', 'a', 'b', 'c', 'd']) id(k); // 1 hit = limit / 4
    id('e');
    id('e');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('never keeps a key longer than maxLength', () => {
    const calls: string[] = [];
    const id = memoize((k) => {
      calls.push(k);
      return k.length;
    }, 10, 3);
    expect(id('abcd')).toBe(4);
    expect(id('abcd')).toBe(4);
    expect(id('abc')).toBe(3);
    expect(id('abc')).toBe(3);
    expect(calls).toEqual(['abcd', 'abcd', 'abc']);
  });
});

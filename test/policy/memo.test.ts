// The cache of pure string functions: the same answers as computing, bounded memory.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/policy/memo';

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
    const calls: string[] = [];
    const id = memoize((k) => {
      calls.push(k);
      return k;
    }, 2);
    id('a');
    id('b');
    id('a');
    expect(calls).toEqual(['a', 'b']);
    id('c'); // the cache was full: emptied, then c kept
    id('c');
    id('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
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

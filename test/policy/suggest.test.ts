// Suggestions: the edit distance, bounded so that far candidates are left early, and the closest
// candidate when it is close enough to be a slip.
import { describe, expect, it } from 'vitest';
import { SuggestionIndex, closest, closestLower, distanceWithin } from '../../src/policy/suggest';

describe('distanceWithin', () => {
  it('is the edit distance when it is within the bound', () => {
    expect(distanceWithin('kitten', 'sitting', 10)).toBe(3);
    expect(distanceWithin('', 'abc', 5)).toBe(3);
    expect(distanceWithin('abc', '', 5)).toBe(3);
    expect(distanceWithin('abc', 'abc', 0)).toBe(0);
    expect(distanceWithin('abcd', 'acbd', 5)).toBe(2);
    expect(distanceWithin('describeinstances', 'describeinstancs', 2)).toBe(1);
  });

  it('stops at bound + 1 as soon as a row is past the bound', () => {
    expect(distanceWithin('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(distanceWithin('abcdef', 'uvwxyz', 10)).toBe(6);
    expect(distanceWithin('abc', 'abd', 0)).toBe(1);
    expect(distanceWithin('xbc', 'abc', 1)).toBe(1);
  });
});

describe('closest', () => {
  it('picks the nearest candidate within a third of the word (at least 2), the first of equals, any case', () => {
    expect(closest('DescribeInstancs', ['RunInstances', 'DescribeInstances', 'DescribeInstance'])).toBe('DescribeInstances');
    expect(closest('GETOBJECT', ['PutObject', 'GetObject'])).toBe('GetObject');
    expect(closest('abcx', ['abcy', 'abcz'])).toBe('abcy');
    expect(closest('ab', ['xy'])).toBe('xy');
    expect(closest('ab', ['xyz'])).toBeUndefined();
    expect(closest('FooBarBaz', ['DescribeInstances'])).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });

  it('gives no suggestion for a word longer than 200 characters', () => {
    const long = 'a'.repeat(200);
    expect(closest(long, [`${long.slice(0, 199)}b`])).toBe(`${long.slice(0, 199)}b`);
    expect(closest(`${long}a`, [long])).toBeUndefined();
    expect(closestLower(`${long}a`, [long])).toBeUndefined();
    expect(closestLower(long, [`${long.slice(0, 199)}b`])).toBe(`${long.slice(0, 199)}b`);
  });
});

/** The whole table of the edit distance, worked out cell by cell: what the bounded one is checked against. */
function fullDistance(s: string, t: string): number {
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[t.length];
}

/** A deterministic random source for the property tests. */
function randomSource(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
}

describe('distanceWithin against the whole table', () => {
  it('is the distance when within the bound, else the bound + 1, over 20,000 random pairs', () => {
    const random = randomSource(11);
    const text = () => Array.from({ length: random(12) }, () => 'abcx'[random(4)]).join('');
    for (let round = 0; round < 20_000; round++) {
      const s = text();
      const t = random(3) === 0 ? `${s}${text().slice(0, 3)}` : text();
      const bound = random(8);
      expect(distanceWithin(s, t, bound), JSON.stringify([s, t, bound])).toBe(Math.min(fullDistance(s, t), bound + 1));
    }
  });
});

/** The work of the property test below, as recorded: see there. */
const WORK = { compared: 6466, cells: 203_924, naive: 4_299_738 };

describe('SuggestionIndex', () => {
  /** The search it replaces: every candidate in order, the first at the smallest distance within a third of the word. */
  const naive = (word: string, candidates: string[]): string | undefined => {
    if (word.length > 200) return undefined;
    let best: string | undefined;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const c of candidates) {
      const d = fullDistance(word, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  };

  it('answers as the naive search does, ties to the first, over 3,000 random words and lists', () => {
    const random = randomSource(7);
    const letters = 'abcdez09_-X';
    const text = (max: number) => Array.from({ length: random(max) }, () => letters[random(letters.length)]).join('');
    const work = { compared: 0, cells: 0, naive: 0 };
    for (let round = 0; round < 3000; round++) {
      const candidates = Array.from({ length: random(30) }, () => text(14));
      // Some words are a candidate with a slip, some are anything.
      const word = candidates.length > 0 && random(2) === 0 ? `${candidates[random(candidates.length)]}${text(3)}` : text(16);
      const index = new SuggestionIndex(candidates);
      expect(index.closest(word), JSON.stringify({ word, candidates })).toBe(naive(word, candidates));
      // Asked again, the same answer: nothing of one word is left for the next.
      expect(index.closest(word)).toBe(naive(word, candidates));
      work.compared += index.work.compared;
      work.cells += index.work.cells;
      work.naive += 2 * candidates.reduce((sum, c) => sum + (word.length + 1) * c.length, 0);
    }
    // What the bounds save, pinned: a bound loosened (or a band widened) works out more and changes
    // these, never the answers above. Tightening one so that answers stay right changes them too:
    // then record the new figures.
    expect(work).toEqual({ compared: WORK.compared, cells: WORK.cells, naive: WORK.naive });
    expect(work.cells).toBeLessThan(work.naive / 4);
  });

  it('finds the nearest of a product\'s names among its sorted neighbours or anywhere, the first of equals', () => {
    const index = new SuggestionIndex(['describeinstances', 'runinstances', 'describeimages', 'stopinstances', 'describeinstance']);
    expect(index.closest('describeinstancs')).toBe('describeinstances');
    expect(index.closest('runinstance')).toBe('runinstances');
    expect(index.closest('zzzz')).toBeUndefined();
    expect(new SuggestionIndex(['abcy', 'abcz', 'abcx']).closest('abcw')).toBe('abcy');
    expect(new SuggestionIndex([]).closest('abc')).toBeUndefined();
  });
});

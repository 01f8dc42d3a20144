// Suggestions: the edit distance, bounded so that far candidates are left early, and the closest
// candidate when it is close enough to be a slip.
import { describe, expect, it } from 'vitest';
import { closest, closestLower, distanceWithin } from '../../src/policy/suggest';

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

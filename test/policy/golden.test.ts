// Every finding of each golden input, exactly as golden-findings.json holds it (npm run golden:update
// writes it; review its diff). Pins each message, severity and place of the parser and the rules.
import { readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { findingsOf, goldenCalls } from './golden';
import { GOLDEN_INPUTS } from './golden-inputs';

const GOLDEN: Record<string, string[]> = JSON.parse(readFileSync(join(__dirname, 'golden-findings.json'), 'utf8'));

describe('golden findings', () => {
  it('golden-findings.json has exactly the inputs of golden-inputs.ts', () => {
    expect(Object.keys(GOLDEN)).toEqual(GOLDEN_INPUTS.map((i) => i.name));
  });

  it.each(GOLDEN_INPUTS.map((i) => [i.name, i] as const))('%s', (name, input) => {
    expect(findingsOf(input)).toEqual(GOLDEN[name]);
  });
});

const VALUES: Record<string, string> = JSON.parse(readFileSync(join(__dirname, 'golden-values.json'), 'utf8'));

describe('golden values', () => {
  it('golden-values.json has exactly the calls of golden-inputs.ts', () => {
    expect(Object.keys(VALUES)).toEqual(goldenCalls().map(([name]) => name));
  });

  it.each(goldenCalls())('%s', (name, call) => {
    expect(call()).toBe(VALUES[name]);
  });
});

// The findings of each golden input, as golden-findings.json holds them (one line per finding).
import { Linter, PolicyContext } from '../../src';
import { GOLDEN_INPUTS, GoldenInput } from './golden-inputs';

export function findingsOf(input: GoldenInput): string[] {
  const linter = new Linter({ context: input.context ?? PolicyContext.DOCUMENT });
  const result = input.text !== undefined ? linter.lintText(input.text) : linter.lintValue(input.value);
  return result.findings.map((f) => `${f.severity} ${f.code} ${f.path === '' ? '(document)' : f.path}: ${f.message}`);
}

export function goldenFindings(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const input of GOLDEN_INPUTS) {
    if (out[input.name]) throw new Error(`golden input "${input.name}" is named twice`);
    out[input.name] = findingsOf(input);
  }
  return out;
}

// Writes test/policy/golden-findings.json (every finding of each input of test/policy/golden-inputs.ts)
// and test/policy/golden-values.json (the result or error of each call of the model's value APIs).
// Run: npm run golden:update, then review the diff: each changed line is a changed message or result.
import { writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { goldenFindings, goldenValues } from '../test/policy/golden';

const dir = join(resolve(__dirname, '..'), 'test', 'policy');
writeFileSync(join(dir, 'golden-findings.json'), `${JSON.stringify(goldenFindings(), null, 1)}\n`);
writeFileSync(join(dir, 'golden-values.json'), `${JSON.stringify(goldenValues(), null, 1)}\n`);
console.log(`golden-update: wrote golden-findings.json and golden-values.json in ${dir}`);

// Writes test/policy/golden-findings.json: every finding of each input of test/policy/golden-inputs.ts.
// Run: npm run golden:update, then review the diff: each changed line is a changed message or place.
import { writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { goldenFindings } from '../test/policy/golden';

const file = join(resolve(__dirname, '..'), 'test', 'policy', 'golden-findings.json');
writeFileSync(file, `${JSON.stringify(goldenFindings(), null, 1)}\n`);
console.log(`golden-update: wrote ${file}`);

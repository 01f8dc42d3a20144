// Regenerates test/corpus/expected-findings.tsv from the corpus in ../shared.
// Review the diff: every change in it is a change in what the linter says about real policies.
import { existsSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { EXPECTATIONS_HEADER, SERVICES_EXPECTATIONS_HEADER, expectationLines, lintCorpus, lintServicesCorpus } from '../test/corpus/corpus';

const repo = resolve(__dirname, '..');
// The corpus kept in this repository: other services' policies from Tencent's pages.
const servicesLines = expectationLines(lintServicesCorpus(join(repo, 'test', 'corpus', 'services')));
writeFileSync(join(repo, 'test', 'corpus', 'services-expected.tsv'), [...SERVICES_EXPECTATIONS_HEADER, ...servicesLines].join('\n') + '\n');
console.log(`corpus:update: wrote ${servicesLines.length} lines to test/corpus/services-expected.tsv`);

const corpus = resolve(repo, '..', 'shared', 'corpus', 'cam-policies');
if (!existsSync(corpus)) {
  console.error(`corpus:update: no corpus at ${corpus}; it lives in ../shared beside the repository`);
  process.exit(2);
}
const target = join(repo, 'test', 'corpus', 'expected-findings.tsv');
const lines = expectationLines(lintCorpus(corpus));
writeFileSync(target, [...EXPECTATIONS_HEADER, ...lines].join('\n') + '\n');
console.log(`corpus:update: wrote ${lines.length} lines to test/corpus/expected-findings.tsv`);

// Reads Stryker's JSON report (reports/mutation/mutation.json) and checks the targets of issue 12:
// a mutation score of at least 85% for each of src/policy, src/catalog, src/lint and src/simulate,
// and at least 75% for every file. Prints one line per folder and per file below target.
// Run after Stryker: npm run test:mutation (which runs both). Option: --report FILE (another report,
// such as the report of a run over the files a change touched).
import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

const REPO = resolve(__dirname, '..');
const FOLDERS = ['src/policy', 'src/input', 'src/catalog', 'src/lint', 'src/simulate'];
const FOLDER_TARGET = 85;
const FILE_TARGET = 75;

interface Mutant { status: string }
interface Report { files: Record<string, { mutants: Mutant[] }> }

/** Stryker's score: detected (killed, timed out) over valid mutants (not ignored, not failing to compile or run). */
export function score(mutants: Mutant[]): { score: number; valid: number; detected: number; survived: number; noCoverage: number } {
  const valid = mutants.filter((m) => !['CompileError', 'RuntimeError', 'Ignored', 'Pending'].includes(m.status));
  const detected = valid.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
  return {
    score: valid.length === 0 ? 100 : (100 * detected) / valid.length,
    valid: valid.length,
    detected,
    survived: valid.filter((m) => m.status === 'Survived').length,
    noCoverage: valid.filter((m) => m.status === 'NoCoverage').length,
  };
}

function main(): void {
  // --report FILE: another report of the same schema, such as an older full run kept aside, which holds the
  // latest result of every mutant of the five folders whatever the last run mutated.
  const file = process.argv.includes('--report') ? resolve(process.argv[process.argv.indexOf('--report') + 1]) : join(REPO, 'reports', 'mutation', 'mutation.json');
  if (!existsSync(file)) {
    console.error(`mutation-score: no report at ${file}; run npm run test:mutation`);
    process.exit(2);
  }
  const report: Report = JSON.parse(readFileSync(file, 'utf8'));
  const files = Object.entries(report.files).map(([name, f]) => [name.replace(/\\/g, '/').replace(`${REPO}/`, ''), f.mutants] as const);
  let failed = false;
  // --files: a run over the files a change touched (scripts/mutation-changed.sh) checks each file; a
  // folder's score is a property of the whole folder, checked by a full run (npm run test:mutation).
  const foldersChecked = !process.argv.includes('--files');
  if (!foldersChecked) console.log('mutation-score: the files of this run, each at least 75% (folder targets: npm run test:mutation)');
  console.log('folder                score   mutants  killed  survived  no coverage');
  for (const folder of FOLDERS) {
    const mutants = files.filter(([name]) => name.startsWith(`${folder}/`)).flatMap(([, m]) => m);
    if (mutants.length === 0) continue;
    const s = score(mutants);
    const ok = !foldersChecked || s.score >= FOLDER_TARGET;
    failed ||= !ok;
    console.log(`${folder.padEnd(20)} ${s.score.toFixed(1).padStart(6)}% ${String(s.valid).padStart(8)} ${String(s.detected).padStart(7)} ${String(s.survived).padStart(9)} ${String(s.noCoverage).padStart(12)}  ${ok ? 'ok' : `below ${FOLDER_TARGET}%`}`);
  }
  const below = files.map(([name, m]) => ({ name, ...score(m) })).filter((f) => f.valid > 0 && f.score < FILE_TARGET).sort((a, b) => a.score - b.score);
  if (below.length > 0) {
    failed = true;
    console.log(`\nfiles below ${FILE_TARGET}%:`);
    for (const f of below) console.log(`  ${f.name.padEnd(48)} ${f.score.toFixed(1).padStart(6)}%  (${f.survived} survived, ${f.noCoverage} without coverage, of ${f.valid})`);
  }
  console.log(failed ? '\nmutation-score: targets missed' : '\nmutation-score: every target met');
  process.exit(failed ? 1 : 0);
}

if (require.main === module) main();

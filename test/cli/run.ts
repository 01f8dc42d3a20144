// tcam run in-process, as the CLI tests run it: every JSON output checked against its published
// schema (docs/schemas/), so no test can see a shape the schema does not describe.
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'fs';
import { join } from 'path';
import { expect } from 'vitest';
import { run } from '../../src/cli/main';
import { REPO } from '../helpers';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

/** The validator of a published schema, by its file's name (`access` for docs/schemas/access.schema.json). */
export function schema(name: string): ReturnType<typeof ajv.compile> {
  let v = validators.get(name);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(join(REPO, 'docs', 'schemas', `${name}.schema.json`), 'utf8')));
    validators.set(name, v);
  }
  return v;
}

/** The schema a command's JSON output is described by. */
function schemaOf(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--format');
  if (at < 0 || argv[at + 1] !== 'json') return undefined;
  switch (argv[0]) {
    case 'lint': return 'lint';
    case 'simulate': return 'simulate';
    case 'access': return argv.includes('--diff') ? 'access-diff' : 'access';
    case 'check': return 'check';
    default: return undefined;
  }
}

/** Checks one JSON output against the schema of the command that wrote it. */
export function expectValid(name: string, stdout: string): void {
  const v = schema(name);
  const value = JSON.parse(stdout);
  expect(v(value), `${name}: ${ajv.errorsText(v.errors)}`).toBe(true);
}

/** Runs tcam with these arguments (from `cwd`); a JSON output is checked against its schema. */
export function tcam(argv: string[], cwd?: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(argv, (s) => { stdout += s; }, (s) => { stderr += s; }, cwd);
  const name = schemaOf(argv);
  // Usage errors write nothing to stdout: there is no output to check.
  if (name !== undefined && stdout !== '') expectValid(name, stdout);
  return { code, stdout, stderr };
}

// Every TypeScript block of the README and of docs/testing-your-stacks.md compiles against the library
// as written (the package import pointed at src/): a user copying one gets no type error.
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers';

function blocks(page = 'README.md'): string[] {
  const readme = readFileSync(join(REPO, page), 'utf8');
  // Blocks may be indented inside a list item; the fence's indent is taken off every line.
  return [...readme.matchAll(/^( *)```ts\n([\s\S]*?)^\1```/gm)].map(([, indent, body]) => body.split('\n').map((l) => l.slice(indent.length)).join('\n'));
}

/** Type errors of TypeScript blocks, each a module of its own after `preamble` (what the page's prose gives them). */
function compileProblems(found: string[], preamble = ''): string[] {
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(REPO, '.tmp', 'readme-'));
  const files = found.map((body, i) => {
    const file = join(dir, `block-${i + 1}.ts`);
    // Each block is a module of its own (its consts do not clash with another block's).
    const source = body
      .replace(/from 'cdktf-tencentcloud-cam\/testing'/g, `from ${JSON.stringify(join(REPO, 'testing'))}`)
      .replace(/from 'cdktf-tencentcloud-cam'/g, `from ${JSON.stringify(join(REPO, 'src'))}`);
    writeFileSync(file, `${preamble}${source}\nexport {};\n`);
    return file;
  });
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, strict: true, noEmit: true, esModuleInterop: true,
    resolveJsonModule: true, skipLibCheck: true, types: ['node'], experimentalDecorators: true,
  });
  return ts.getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.includes(d.file.fileName))
    .map((d) => `${d.file!.fileName.replace(`${dir}/`, '')}:${d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('README', () => {
  it('has TypeScript blocks, and every one compiles', () => {
    const found = blocks();
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(compileProblems(found)).toEqual([]);
  });
});

/** Runs the blocks that are tests (they import vitest) with vitest, each a test file of its own; the failures, or none. */
function runProblems(found: string[]): string[] {
  const dir = mkdtempSync(join(REPO, '.tmp', 'readme-run-'));
  const tests = found.filter((body) => /from 'vitest'/.test(body) && /\btest\(/.test(body));
  // The package as built (lib/), which its testing entry point loads too: one copy of each class.
  for (const [i, body] of tests.entries()) {
    writeFileSync(join(dir, `block-${i + 1}.test.ts`), body
      .replace(/from 'cdktf-tencentcloud-cam\/testing'/g, `from ${JSON.stringify(join(REPO, 'testing'))}`)
      .replace(/from 'cdktf-tencentcloud-cam'/g, `from ${JSON.stringify(join(REPO, 'lib'))}`));
  }
  if (tests.length === 0) return ['no block is a test'];
  // A config of its own: the repository's would look for tests under test/.
  writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.ts'] } };\n");
  const r = spawnSync(process.execPath, [join(REPO, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs'), '--reporter=dot'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return r.status === 0 ? [] : [`${r.stdout}\n${r.stderr}`];
}

describe('README: the test example runs and passes, as a test file of a user', () => {
  // It needs the package built (npm run build; CI builds before testing).
  it.skipIf(process.env.TCAM_MUTATION || !existsSync(join(REPO, 'lib', 'index.js')))('passes under vitest', () => {
    expect(runProblems(blocks())).toEqual([]);
  }, 120_000);
});

describe('docs/testing-your-stacks.md', () => {
  it('has TypeScript blocks, and every one compiles given the stack and policy its prose names', () => {
    const found = blocks('docs/testing-your-stacks.md');
    expect(found.length).toBeGreaterThanOrEqual(5);
    const preamble = `declare const stack: import('cdktf').TerraformStack;\ndeclare const baselineStack: import('cdktf').TerraformStack;\ndeclare const breakGlass: import(${JSON.stringify(join(REPO, 'src'))}).CamPolicy;\n`;
    expect(compileProblems(found, preamble)).toEqual([]);
  });
});

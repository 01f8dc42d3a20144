// Every TypeScript block of the README and of docs/testing-your-stacks.md compiles against the library
// as written (the package import pointed at src/): a user copying one gets no type error.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers';
import { TEST_TMP } from './tmp';

function blocks(page = 'README.md'): string[] {
  const readme = readFileSync(join(REPO, page), 'utf8');
  // Blocks may be indented inside a list item; the fence's indent is taken off every line.
  return [...readme.matchAll(/^( *)```ts\n([\s\S]*?)^\1```/gm)].map(([, indent, body]) => body.split('\n').map((l) => l.slice(indent.length)).join('\n'));
}

/** Type errors of TypeScript blocks, each a module of its own after `preamble` (what the page's prose gives them). */
function compileProblems(found: string[], preamble = ''): string[] {
  const dir = mkdtempSync(join(TEST_TMP, 'readme-'));
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
  const dir = mkdtempSync(join(TEST_TMP, 'readme-run-'));
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

/**
 * The stack the guide's prose names, built with the package as built: group 13 releases on the shop
 * platform from 10.0.0.0/8, carol audits; `baselineStack` the same; `breakGlass` an unattached
 * allow-all policy for the block that suppresses its finding.
 */
const GUIDE_STACK = `
import { TerraformStack as __Stack, Testing as __Testing } from 'cdktf';
import * as __cam from ${JSON.stringify(join(REPO, 'lib'))};
function __build(name: string, breakGlass: boolean) {
  const s = new __Stack(__Testing.app(), name);
  new __cam.TencentcloudProvider(s, 'tencentcloud', { region: 'ap-guangzhou' });
  new __cam.TcmppPolicy(s, 'Release', {
    policyName: 'tcmpp-release',
    actions: [__cam.TcmppActions.RELEASE_MNP_VERSION],
    resources: ['qcs::tcmpp::uin/100000000001:Limit/T04257DS9431720WTAG'],
    conditions: [__cam.Condition.sourceIp(['10.0.0.0/8'])],
  }).attachToGroup('13');
  new __cam.TcmppPolicy(s, 'Audit', { policyName: 'tcmpp-audit', actions: ['tcmpp:Describe*'], resources: ['*'] }).attachToUser('carol');
  const admin = breakGlass ? new __cam.CamPolicy(s, 'BreakGlass', { policyName: 'break-glass', actions: ['*'], resources: ['*'] }) : undefined;
  return { s, admin };
}
`;

/** Runs each block of a guide as a vitest test file of its own: its imports first, its code in a test with the guide's stack. */
function runGuideProblems(found: string[]): string[] {
  const dir = mkdtempSync(join(TEST_TMP, 'guide-run-'));
  writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.ts'] } };\n");
  const ts = found.filter((body) => !/^\s*$/.test(body));
  for (const [i, body] of ts.entries()) {
    const lines = body
      .replace(/from 'cdktf-tencentcloud-cam\/testing'/g, `from ${JSON.stringify(join(REPO, 'testing'))}`)
      .replace(/from 'cdktf-tencentcloud-cam'/g, `from ${JSON.stringify(join(REPO, 'lib'))}`)
      .split('\n');
    const imports = lines.filter((l) => l.startsWith('import '));
    const code = lines.filter((l) => !l.startsWith('import '));
    const usesVitest = imports.some((l) => /from 'vitest'/.test(l));
    writeFileSync(join(dir, `block-${i + 1}.test.ts`), [
      ...imports,
      ...(usesVitest ? [] : ["import { test as __test } from 'vitest';"]),
      GUIDE_STACK,
      `${usesVitest ? "(await import('vitest')).test" : '__test'}('block ${i + 1}', () => {`,
      `  const { s: stack, admin } = __build('app', ${/breakGlass/.test(body)});`,
      "  const breakGlass = admin!;",
      "  const baselineStack = __build('baseline', false).s;",
      '  void breakGlass; void baselineStack;',
      ...code.map((l) => `  ${l}`),
      /Testing\.synth\(stack, true\)|toMatchSnapshot/.test(body) ? '' : "  __Testing.synth(stack, true);",
      '});',
    ].join('\n'));
  }
  // --update: the snapshot block writes its first snapshot (the run checks the code, not a stored result).
  const r = spawnSync(process.execPath, [join(REPO, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs'), '--reporter=dot', '--update'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return r.status === 0 ? [] : [`${r.stdout}\n${r.stderr}`];
}

describe('docs/testing-your-stacks.md', () => {
  it.skipIf(process.env.TCAM_MUTATION || !existsSync(join(REPO, 'lib', 'index.js')))('every TypeScript block runs and passes against the stack its prose names', () => {
    expect(runGuideProblems(blocks('docs/testing-your-stacks.md'))).toEqual([]);
  }, 180_000);

  it('has TypeScript blocks, and every one compiles given the stack and policy its prose names', () => {
    const found = blocks('docs/testing-your-stacks.md');
    expect(found.length).toBeGreaterThanOrEqual(5);
    const preamble = `declare const stack: import('cdktf').TerraformStack;\ndeclare const baselineStack: import('cdktf').TerraformStack;\ndeclare const breakGlass: import(${JSON.stringify(join(REPO, 'src'))}).CamPolicy;\n`;
    expect(compileProblems(found, preamble)).toEqual([]);
  });
});

// The transform that makes parts of the compiled package load on first use (scripts/lazy-transform.js,
// run by scripts/lazy-exports.js after jsii). It works on the syntax tree of jsii's output: these
// tests give it the forms jsii writes, and other layouts of them, and run what it makes.
import { createRequire } from 'module';
import { describe, expect, it } from 'vitest';

const { lazySubmodules, lazyRequire, lazyStars, esmVisibleGetter } = createRequire(__filename)('../../scripts/lazy-transform.js');

/** Runs CommonJS text with a `require` that records what it loads; returns its exports and the loads. */
function run(text: string, modules: Record<string, Record<string, unknown>>): { exports: any; loaded: string[] } {
  const loaded: string[] = [];
  const exports: any = {};
  const req = (path: string) => {
    loaded.push(path);
    if (!(path in modules)) throw new Error(`no module ${path}`);
    return modules[path];
  };
  const importStar = (m: unknown) => m;
  const exportStar = (m: Record<string, unknown>, e: any) => { for (const k of Object.keys(m)) if (!(k in e)) e[k] = m[k]; };
  new Function('exports', 'require', '__importStar', '__exportStar', text)(exports, req, importStar, exportStar);
  return { exports, loaded };
}

const JSII_INDEX = [
  '"use strict";',
  'Object.defineProperty(exports, "__esModule", { value: true });',
  'exports.tencentcloud = exports.other = void 0;',
  '__exportStar(require("./policy"), exports);',
  '__exportStar(require("./lint"), exports);',
  'exports.tencentcloud = __importStar(require("./terraform/generated"));',
].join('\n');

describe('lazySubmodules', () => {
  it('makes each submodule export a getter that loads the submodule when first read, once', () => {
    const { text, count } = lazySubmodules(JSII_INDEX);
    expect(count).toBe(1);
    const { exports, loaded } = run(text, { './policy': { A: 1 }, './lint': { Linter: 2 }, './terraform/generated': { camUser: 3 } });
    expect(loaded).toEqual(['./policy', './lint']);
    expect(exports.tencentcloud).toEqual({ camUser: 3 });
    expect(exports.tencentcloud).toBe(exports.tencentcloud);
    expect(loaded).toEqual(['./policy', './lint', './terraform/generated']);
    expect(Object.keys(exports)).toContain('tencentcloud');
  });

  it('finds the statement however it is laid out, and leaves the rest of the text as it was', () => {
    const spread = 'const x = 1; exports.generated =\n  __importStar( require( "./g" ) )  ;\nconst y = 2;';
    const { text, count } = lazySubmodules(spread);
    expect(count).toBe(1);
    expect(text.startsWith('const x = 1; var generated_lazy')).toBe(true);
    expect(text.endsWith('\nconst y = 2;')).toBe(true);
    // Not the form: a text that only mentions it, another assignment, another call.
    for (const other of ['// exports.a = __importStar(require("./a"));', 'const s = \'exports.a = __importStar(require("./a"));\';', 'exports.a = require("./a");', 'exports.a = __importStar(load("./a"));', 'module.exports.a = __importStar(require("./a"));']) {
      expect(lazySubmodules(other)).toEqual({ text: other, count: 0 });
    }
  });
});

describe('lazyStars', () => {
  it('turns the chosen re-exports into one getter per name, skipping names an earlier module exports, as __exportStar does', () => {
    const names: Record<string, string[]> = { './policy': ['A', 'Shared'], './lint': ['Shared', 'Linter', 'Severity'] };
    const text = lazyStars(JSII_INDEX, ['./lint'], (p: string) => names[p]);
    const { exports, loaded } = run(text, { './policy': { A: 1, Shared: 'policy' }, './lint': { Shared: 'lint', Linter: 2, Severity: 3 }, './terraform/generated': {} });
    expect(loaded).toEqual(['./policy', './terraform/generated']);
    expect(exports.Shared).toBe('policy');
    expect(exports.Linter).toBe(2);
    expect(loaded).toEqual(['./policy', './terraform/generated', './lint']);
    expect(exports.Severity).toBe(3);
    expect(loaded.filter((p) => p === './lint')).toHaveLength(1);
  });

  it('skips a name the module exports itself, declared first as TypeScript writes it, as __exportStar does', () => {
    const index = JSII_INDEX.replace('exports.tencentcloud = exports.other = void 0;', 'exports.tencentcloud = exports.Doc = void 0;\nvar doc_1 = require("./lint/doc");\nObject.defineProperty(exports, "Doc", { enumerable: true, get: function () { return doc_1.Doc; } });');
    const text = lazyStars(index, ['./lint'], (p: string) => ({ './policy': ['A'], './lint': ['Doc', 'Linter'] })[p] ?? []);
    const { exports, loaded } = run(text, { './policy': { A: 1 }, './lint/doc': { Doc: 'doc' }, './lint': { Doc: 'lint', Linter: 2 }, './terraform/generated': {} });
    expect(exports.Doc).toBe('doc');
    expect(loaded).not.toContain('./lint');
    expect(exports.Linter).toBe(2);
    expect(loaded).toContain('./lint');
  });

  it('fails naming the paths when one is not re-exported', () => {
    expect(() => lazyStars(JSII_INDEX, ['./lint', './simulate'], () => [])).toThrow("lazy-transform: expected ./lint, ./simulate re-exported with __exportStar: has jsii's output changed?");
  });
});

describe('lazyRequire', () => {
  it('turns `const x = require(path)` into an object whose properties load the module when first read', () => {
    const source = '"use strict";\nconst linter_1 = require("../lint/linter");\nconst other = require("x");\nexports.f = () => linter_1.Linter;';
    const text = lazyRequire(source, '../lint/linter', ['Linter', 'sortFindings']);
    expect(text).toContain('const other = require("x");');
    const { exports, loaded } = run(text, { '../lint/linter': { Linter: 'L', sortFindings: 's' }, x: {} });
    expect(loaded).toEqual(['x']);
    expect(exports.f()).toBe('L');
    expect(loaded).toEqual(['x', '../lint/linter']);
  });

  it('fails naming the path when the file does not require it so', () => {
    expect(() => lazyRequire('const a = require("../lint/codes"), b = 1;', '../lint/codes', [])).toThrow('lazy-transform: no `const x = require("../lint/codes");`: has the source or jsii\'s output changed?');
    expect(() => lazyRequire('let a = load("../lint/codes");', '../lint/codes', [])).toThrow(/no `const x = require/);
  });
});

describe('esmVisibleGetter', () => {
  it('writes the one getter form Node reads as a named export, and refuses any other member', () => {
    expect(esmVisibleGetter('Linter', 'load_lint.Linter')).toBe('Object.defineProperty(exports, "Linter", { enumerable: true, get: function () { return load_lint.Linter; } });');
    expect(() => esmVisibleGetter('x', 'a.b.c')).toThrow('lazy-transform: a.b.c is no a.b member: ESM would not see x');
  });
});

// After jsii compiles: parts of the package load when first used (the transform, on the syntax tree:
// scripts/lazy-transform.js), as cdktf's prebuilt providers
// do, instead of when the package is required (bench/require.ts). The .jsii assembly, the types and
// the sources are unchanged; only lib/*.js is rewritten.
// - The `tencentcloud` submodule (43 L1 modules) and each of its modules: lib/index.js's and
//   lib/terraform/generated/index.js's `exports.x = __importStar(require("./y"));` become getters.
// - The linter and the simulator (`lint/`, `simulate/`, the 33 rules, the null provider): their
//   `__exportStar(require("./lint"), exports);` in lib/index.js becomes one getter per name the
//   module exports (found by loading it here; a name an earlier module exports is skipped, as
//   `__exportStar` skips it), and the constructs' `const x_1 = require("../lint/linter");` becomes an
//   object whose properties load the module when first read: a construct loads the linter when it
//   is first checked, at synthesis.
// Then checks, in fresh processes, that requiring the package loads none of them and that ESM still
// sees every export by name.
const { execFileSync } = require('child_process');
const { readFileSync, readdirSync, writeFileSync } = require('fs');
const { dirname, join, resolve } = require('path');
const { lazyRequire, lazyStars, lazySubmodules } = require('./lazy-transform');

const lib = join(__dirname, '..', 'lib');

/** Modules each compiled file requires lazily (paths as the file writes them). */
const LAZY_REQUIRES = {
  'terraform/policy.js': ['../lint/codes', '../lint/linter'],
  'terraform/cam-lint.js': ['../lint/codes', '../lint/linter', '../lint/suppression', '../lint/terraform-documents'],
  'terraform/access.js': ['../simulate/access-model', '../simulate/reason', '../simulate/simulator'],
  'terraform/attachment.js': ['@cdktf/provider-null'],
  'terraform/identity.js': ['../lint/linter'],
  // PolicyDocument lives beside the linter; its validate() loads it.
  'lint/document.js': ['./linter'],
};
/** What lib/index.js re-exports lazily. */
const LAZY_STARS = ['./lint', './simulate'];
/** Modules that requiring the package must not load. */
const NOT_LOADED = [/[\\/]lib[\\/]catalog[\\/]products[\\/]/, /[\\/]lib[\\/]lint[\\/]rules[\\/]/, /[\\/]lib[\\/]lint[\\/]linter\.js$/, /[\\/]lib[\\/]simulate[\\/]/, /[\\/]@cdktf[\\/]provider-null[\\/]/];

for (const file of [join(lib, 'index.js'), join(lib, 'terraform', 'generated', 'index.js')]) {
  const { text, count } = lazySubmodules(readFileSync(file, 'utf8'));
  if (count === 0) throw new Error(`lazy-exports: no eager submodule export in ${file}: has jsii's output changed?`);
  writeFileSync(file, file === join(lib, 'index.js') ? lazyStars(text, LAZY_STARS, (path) => exportNames(join(lib, path))) : text);
  console.log(`lazy-exports: ${count} submodule exports of ${file.slice(lib.length + 1)} load on first use`);
}

// The `products` submodule: each product's class loads when first read (256 modules, 3 MB).
const productsIndex = join(lib, 'catalog', 'products', 'index.js');
const productPaths = readdirSync(dirname(productsIndex)).filter((f) => f.endsWith('.js') && f !== 'index.js').map((f) => `./${f.slice(0, -3)}`).sort();
writeFileSync(productsIndex, lazyStars(readFileSync(productsIndex, 'utf8'), productPaths, (path) => exportNames(join(dirname(productsIndex), path))));
console.log(`lazy-exports: ${productPaths.length} product modules of catalog/products load on first use`);

for (const [relative, paths] of Object.entries(LAZY_REQUIRES)) {
  const file = join(lib, relative);
  let text = readFileSync(file, 'utf8');
  for (const path of paths) {
    const names = exportNames(path.startsWith('.') ? resolve(dirname(file), path) : require.resolve(path, { paths: [dirname(file)] }));
    try {
      text = lazyRequire(text, path, names);
    } catch (e) {
      throw new Error(`lazy-exports: ${relative}: ${e.message}`);
    }
  }
  writeFileSync(file, text);
}
console.log(`lazy-exports: ${Object.values(LAZY_REQUIRES).flat().length} requires of ${Object.keys(LAZY_REQUIRES).length} construct modules load on first use`);

const loaded = execFileSync(process.execPath, ['-e', `require(${JSON.stringify(lib)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)))`], { encoding: 'utf8' });
const early = JSON.parse(loaded).filter((f) => NOT_LOADED.some((re) => re.test(f)));
if (early.length > 0) throw new Error(`lazy-exports: requiring the package still loads ${early.length} module(s) meant to load on first use, such as ${early[0]}: a new eager import of the linter or simulator?`);

// Every export is a named export for ESM too (`import { Linter, tencentcloud } from ...`), as it was
// before the rewrite: Node finds the names of a CommonJS module by reading its source.
const index = join(lib, 'index.js');
const esmNames = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `import * as m from ${JSON.stringify(require('url').pathToFileURL(index).href)}; process.stdout.write(JSON.stringify(Object.keys(m)))`], { encoding: 'utf8' }));
const missing = Object.keys(require(index)).filter((n) => n !== '__esModule' && !esmNames.includes(n));
if (missing.length > 0) throw new Error(`lazy-exports: ${missing.length} export(s) of lib/index.js are not named exports for ESM, such as ${missing[0]}: Node reads getters only in the form \`get: function () { return a.b; }\``);
console.log(`lazy-exports: requiring the package loads none of them; ESM sees all ${esmNames.filter((n) => !['default', 'module.exports', '__esModule'].includes(n)).length} named exports`);

function exportNames(path) {
  return Object.keys(require(path)).filter((n) => n !== 'default' && n !== '__esModule');
}

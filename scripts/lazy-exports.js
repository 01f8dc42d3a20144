// After jsii compiles: the `tencentcloud` submodule (43 L1 modules) and each of its modules are
// loaded when first used, as cdktf's prebuilt providers do, instead of when the package is
// required. Rewrites `exports.x = __importStar(require("./y"));` into a lazy getter in lib/index.js
// and lib/terraform/generated/index.js. The .jsii assembly and the types are unchanged.
const { readFileSync, writeFileSync } = require('fs');
const { join } = require('path');

const lib = join(__dirname, '..', 'lib');
const EAGER = /^exports\.(\w+) = __importStar\(require\("([^"]+)"\)\);$/gm;
for (const file of [join(lib, 'index.js'), join(lib, 'terraform', 'generated', 'index.js')]) {
  const text = readFileSync(file, 'utf8');
  let count = 0;
  const lazy = text.replace(EAGER, (_m, name, path) => {
    count++;
    return `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, configurable: true, get: function () { var m = __importStar(require(${JSON.stringify(path)})); Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, value: m }); return m; } });`;
  });
  if (count === 0) throw new Error(`lazy-exports: no eager submodule export in ${file}: has jsii's output changed?`);
  writeFileSync(file, lazy);
  console.log(`lazy-exports: ${count} submodule exports of ${file.slice(lib.length + 1)} load on first use`);
}

// The transform behind scripts/lazy-exports.js: jsii's compiled CommonJS, rewritten so that parts of
// the package load when first used. Statements are found in the syntax tree TypeScript's parser
// makes of the file (never by regular expressions over its text), and each is replaced by its
// lazy form; a statement that is not there is an error naming what changed. Tested by
// test/build/lazy-transform.test.ts on jsii's forms.
const ts = require('typescript');

/** The top-level statements of a JavaScript file. */
function statementsOf(text) {
  return ts.createSourceFile('file.js', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS).statements;
}

/** `require("path")`: the path, else undefined. */
function requirePath(node) {
  if (!node || !ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'require') return undefined;
  const [arg] = node.arguments;
  return node.arguments.length === 1 && ts.isStringLiteral(arg) ? arg.text : undefined;
}

/** Applies replacements (`[start, end, text]`, not overlapping) to a text. */
function replaced(text, edits) {
  let out = text;
  for (const [start, end, by] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + by + out.slice(end);
  return out;
}

/** An object whose properties `names` load the module at `path` when first read. */
function lazyModule(path, names) {
  const getters = names.map((n) => `${JSON.stringify(n)}: { enumerable: true, get: function () { return load().${n}; } }`).join(', ');
  return `(function () { var module; function load() { return module || (module = require(${JSON.stringify(path)})); } return Object.defineProperties({}, { ${getters} }); })()`;
}

/**
 * A getter on `exports` in the one form Node's ESM loader (cjs-module-lexer) reads as a named export:
 * `get: function () { return a.b; }`. `import { Linter } from 'cdktf-tencentcloud-cam'` needs it.
 */
function esmVisibleGetter(name, member) {
  if (!/^\w+\.\w+$/.test(member)) throw new Error(`lazy-transform: ${member} is no a.b member: ESM would not see ${name}`);
  return `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: function () { return ${member}; } });`;
}

/**
 * Submodule exports (`exports.x = __importStar(require("./y"));`, jsii's `export * as x from './y'`)
 * become getters that load the submodule when first read. Returns the text and how many.
 */
function lazySubmodules(text) {
  const edits = [];
  for (const s of statementsOf(text)) {
    if (!ts.isExpressionStatement(s) || !ts.isBinaryExpression(s.expression) || s.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
    const { left, right } = s.expression;
    if (!ts.isPropertyAccessExpression(left) || !ts.isIdentifier(left.expression) || left.expression.text !== 'exports') continue;
    if (!ts.isCallExpression(right) || !ts.isIdentifier(right.expression) || right.expression.text !== '__importStar') continue;
    const path = requirePath(right.arguments[0]);
    if (path === undefined) continue;
    const name = left.name.text;
    edits.push([s.getStart(), s.getEnd(), [
      `var ${name}_lazy = (function () { var m; return { get module() { return m || (m = __importStar(require(${JSON.stringify(path)}))); } }; })();`,
      esmVisibleGetter(name, `${name}_lazy.module`),
    ].join('\n')]);
  }
  return { text: replaced(text, edits), count: edits.length };
}

/**
 * `const x = require("path");` becomes an object whose properties (`names`, what the module exports)
 * load the module when first read. Throws when the file has no such statement.
 */
function lazyRequire(text, path, names) {
  for (const s of statementsOf(text)) {
    if (!ts.isVariableStatement(s) || s.declarationList.declarations.length !== 1) continue;
    const [d] = s.declarationList.declarations;
    if (!ts.isIdentifier(d.name) || requirePath(d.initializer) !== path) continue;
    return replaced(text, [[s.getStart(), s.getEnd(), `const ${d.name.text} = ${lazyModule(path, names)};`]]);
  }
  throw new Error(`lazy-transform: no \`const x = require("${path}");\`: has the source or jsii's output changed?`);
}

/**
 * `__exportStar(require("path"), exports);` (jsii's `export * from`) for each path of `lazy` becomes
 * one getter per name the module exports; `namesOf(path)` gives them. A name an earlier module
 * exports is skipped, as `__exportStar` skips it. Throws unless every path of `lazy` is found.
 */
function lazyStars(text, lazy, namesOf) {
  const edits = [];
  // The names the module exports itself: TypeScript declares them first (`exports.a = exports.b = void 0;`),
  // so `__exportStar` skips them whatever module re-exports them.
  const defined = new Set(ownExports(text));
  for (const s of statementsOf(text)) {
    if (!ts.isExpressionStatement(s) || !ts.isCallExpression(s.expression)) continue;
    const call = s.expression;
    if (!ts.isIdentifier(call.expression) || call.expression.text !== '__exportStar' || call.arguments.length !== 2) continue;
    const path = requirePath(call.arguments[0]);
    if (path === undefined) continue;
    const names = namesOf(path).filter((n) => !defined.has(n));
    for (const n of names) defined.add(n);
    if (!lazy.includes(path)) continue;
    const loader = `load_${path.replace(/\W/g, '')}`;
    edits.push([s.getStart(), s.getEnd(), [`var ${loader} = ${lazyModule(path, names)};`, ...names.map((n) => esmVisibleGetter(n, `${loader}.${n}`))].join('\n')]);
  }
  if (edits.length !== lazy.length) throw new Error(`lazy-transform: expected ${lazy.join(', ')} re-exported with __exportStar: has jsii's output changed?`);
  return replaced(text, edits);
}

/** The names a compiled module assigns to `exports.<name>` (its own exports, not re-exported ones). */
function ownExports(text) {
  const names = [];
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)
      && ts.isIdentifier(node.left.expression) && node.left.expression.text === 'exports') names.push(node.left.name.text);
    ts.forEachChild(node, visit);
  };
  for (const s of statementsOf(text)) if (ts.isExpressionStatement(s)) visit(s.expression);
  return names;
}

module.exports = { lazySubmodules, lazyRequire, lazyStars, esmVisibleGetter };

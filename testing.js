'use strict';
// Test matchers for vitest and jest: expect(stack).toAllow(target, action, resource[, context]) and
// .toDeny(...). Register them once: expect.extend(camMatchers). Types: testing.d.ts.

/** Builds the matchers from the library (in this package: ./lib; the repository's tests pass src). */
function makeMatchers(lib) {
  const accessOf = (received) => {
    if (received instanceof lib.Access) return received;
    if (received && typeof received.toTerraform === 'function') return lib.Access.of(received);
    if (typeof received === 'string') return lib.Access.fromTerraformJson(received);
    throw new Error('toAllow/toDeny: expect() a TerraformStack, an Access, or the text of a cdk.tf.json');
  };
  const check = (want) => function (received, target, action, resource, context) {
    const result = accessOf(received).can(target, action, resource, context);
    const pass = want ? result.allowed : !result.allowed;
    const said = `${target.toString()} ${want ? 'to be allowed' : 'to be denied'} ${action} on ${resource}`;
    return {
      pass,
      message: () => `expected ${this && this.isNot ? 'not ' : ''}${said}, but:\n${result.explanation}`,
    };
  };
  return { toAllow: check(true), toDeny: check(false) };
}

let matchers;
function lazy() {
  matchers = matchers || makeMatchers(require('./lib'));
  return matchers;
}

/** The matchers, built from the package on first use: expect.extend(camMatchers). */
const camMatchers = {
  toAllow(...args) { return lazy().toAllow.apply(this, args); },
  toDeny(...args) { return lazy().toDeny.apply(this, args); },
};

// Names only, in this form: Node's ESM loader reads them from the source
// (`import { camMatchers } from 'cdktf-tencentcloud-cam/testing'`).
module.exports = { makeMatchers, camMatchers };

'use strict';
// Test matchers for vitest and jest: expect(stack).toAllow(target, action, resource[, context]),
// .toDeny(...), .toNeverAllow(action[, resource]) and .toGrantNoMoreThan(baseline). Register them
// once: expect.extend(camMatchers). Types: testing.d.ts.

/** Builds the matchers from the library (in this package: ./lib; the repository's tests pass src). */
function makeMatchers(lib) {
  const accessOf = (received) => {
    if (received instanceof lib.Access) return received;
    if (received && typeof received.toTerraform === 'function') return lib.Access.of(received);
    if (typeof received === 'string') return lib.Access.fromTerraformJson(received);
    throw new Error('cdktf-tencentcloud-cam matchers: expect() a TerraformStack, an Access, or the text of a cdk.tf.json');
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
  // Decided over every request: a failure names a request that breaks it; an unknown answer fails too, with its reasons.
  const answered = (said, result) => ({ pass: result.passed, message: () => `expected ${said}, but:\n${result.explanation}` });
  function toNeverAllow(received, action, resource) {
    return answered(`no principal to be allowed ${action}${resource === undefined ? '' : ` on ${resource}`}`, accessOf(received).neverAllows(action, resource));
  }
  function toGrantNoMoreThan(received, baseline) {
    return answered('no access beyond the baseline', accessOf(received).grantsNoMoreThan(accessOf(baseline)));
  }
  return { toAllow: check(true), toDeny: check(false), toNeverAllow, toGrantNoMoreThan };
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
  toNeverAllow(...args) { return lazy().toNeverAllow.apply(this, args); },
  toGrantNoMoreThan(...args) { return lazy().toGrantNoMoreThan.apply(this, args); },
};

// Names only, in this form: Node's ESM loader reads them from the source
// (`import { camMatchers } from 'cdktf-tencentcloud-cam/testing'`).
module.exports = { makeMatchers, camMatchers };

// Test matchers for vitest and jest. In a setup file (or at the top of a test file):
//
//   import { expect } from 'vitest';            // jest: the global expect
//   import { camMatchers } from 'cdktf-tencentcloud-cam/testing';
//   expect.extend(camMatchers);
//
//   expect(stack).toAllow(PolicyTarget.user('alice'), TcmppActions.RELEASE_MNP_VERSION, resource);
//   expect(stack).toDeny(PolicyTarget.group('13'), 'tcmpp:DeleteMNP', resource);
//   expect(stack).toNeverAllow('cam:*');                 // over every request, every principal
//   expect(stack).toGrantNoMoreThan(baselineStack);      // nothing the baseline did not allow
//
// A failure shows the decision and the statements behind it (or those that did not apply, and why).
import type { Access, PolicyTarget } from './lib';

/** What expect() may be given: a stack, an Access, or the text of a cdk.tf.json. */
type AccessSource = { toTerraform(): unknown } | Access | string;

interface CamMatcherResult { pass: boolean; message: () => string }

export declare const camMatchers: {
  toAllow(received: AccessSource, target: PolicyTarget, action: string, resource: string, context?: { [key: string]: string[] }): CamMatcherResult;
  toDeny(received: AccessSource, target: PolicyTarget, action: string, resource: string, context?: { [key: string]: string[] }): CamMatcherResult;
  toNeverAllow(received: AccessSource, action: string, resource?: string): CamMatcherResult;
  toGrantNoMoreThan(received: AccessSource, baseline: AccessSource): CamMatcherResult;
};

/** The matchers built from a given copy of the library (for tests of this package). */
export declare function makeMatchers(lib: unknown): typeof camMatchers;

interface CamMatchers<R = unknown> {
  /** Passes when the stack lets `target` call `action` on `resource` (CAM's evaluation: a deny wins). */
  toAllow(target: PolicyTarget, action: string, resource: string, context?: { [key: string]: string[] }): R;
  /** Passes when the stack does not let `target` call `action` on `resource`. */
  toDeny(target: PolicyTarget, action: string, resource: string, context?: { [key: string]: string[] }): R;
  /** Passes when no principal of the stack may call `action` (wildcards allowed) on `resource` (every resource when omitted), under any condition context; an answer that cannot be told offline fails, with its reasons. */
  toNeverAllow(action: string, resource?: string): R;
  /** Passes when the stack lets no principal make a request `baseline` (a stack, an Access, or cdk.tf.json text) did not. */
  toGrantNoMoreThan(baseline: AccessSource): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface Assertion<T = any> extends CamMatchers<void> {}
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface Matchers<R> extends CamMatchers<R> {}
  }
}

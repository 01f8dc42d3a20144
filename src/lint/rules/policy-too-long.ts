import { Severity, finding } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

/** CAM's limit on a policy document, white space not counted. */
export const MAX_POLICY_LENGTH = 6144;

export const POLICY_TOO_LONG: Rule = {
  code: 'POLICY_TOO_LONG',
  severity: Severity.ERROR,
  title: 'The policy is longer than 6,144 characters',
  docUrl: DOCS.limits,
  description: 'CAM refuses a policy document over 6,144 characters, white space not counted. Split it into several policies, or use wildcards.',
  visit: {
    document: ({ view }) =>
      view.length > MAX_POLICY_LENGTH
        ? [finding('POLICY_TOO_LONG', Severity.ERROR, view.path,
          `the policy has ${view.length} characters without white space; CAM accepts at most ${MAX_POLICY_LENGTH}: split it into several policies or use wildcards`)]
        : NONE,
  },
};

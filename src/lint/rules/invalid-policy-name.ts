import { checkPolicyName } from '../../policy/action';
import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const INVALID_POLICY_NAME: Rule = {
  code: 'INVALID_POLICY_NAME',
  severity: Severity.ERROR,
  title: 'The policy name breaks CAM naming rules',
  docUrl: DOCS.limits,
  description: 'A policy name is 1 to 128 characters of letters, digits and `+=,.@_-`.',
  visit: { name: (name, references) => checkPolicyName(name.value, name.path, references) },
};

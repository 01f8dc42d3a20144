import { checkActionFormat } from '../../policy/action';
import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const INVALID_ACTION_FORMAT: Rule = {
  code: 'INVALID_ACTION_FORMAT',
  severity: Severity.ERROR,
  title: 'An action is not of the form service:Name',
  docUrl: DOCS.elements,
  description: 'An action is `*`, `service:ActionName` or `name/service:ActionName` (wildcards allowed in the name), or `permid/<n>` for a feature set. White space, a missing colon or another prefix make CAM refuse the policy.',
  visit: { action: (a, _s, { references }) => checkActionFormat(a.value, a.path, references) },
};

import { parseOperator } from '../../policy/condition';
import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';
import { hasPlaceholder } from '../../policy/tokens';

export const INVALID_CONDITION_OPERATOR: Rule = {
  code: 'INVALID_CONDITION_OPERATOR',
  severity: Severity.ERROR,
  title: 'A condition operator is unknown or badly qualified',
  docUrl: DOCS.conditions,
  description: 'Operators are the documented ones (`string_equal`, `ip_equal`, `date_less_than`, ...), optionally with the suffix `_if_exist` (not on `null_equal`) and the prefix `for_any_value:` or `for_all_value:`.',
  // An operator with several keys is one place: reported once (the linter keeps one finding per code and place).
  visit: {
    condition: (c, _s, { references }) => {
      // One Terraform fills in (`${var.op}`) is checked in the plan, where it has its value.
      if (hasPlaceholder(c.operator.value, references)) return NONE;
      const { error } = parseOperator(c.operator.value);
      return error ? [finding('INVALID_CONDITION_OPERATOR', Severity.ERROR, c.operator.path, `${describePath(c.operator.path)}: ${error}`)] : NONE;
    },
  },
};

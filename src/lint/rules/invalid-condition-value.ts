import { checkConditionValue } from '../../policy/condition';
import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const INVALID_CONDITION_VALUE: Rule = {
  code: 'INVALID_CONDITION_VALUE',
  severity: Severity.ERROR,
  title: 'A condition value does not fit its operator',
  docUrl: DOCS.conditions,
  description: '`ip_*` compares IP addresses or CIDR blocks, `date_*` ISO 8601 dates, `numeric_*` numbers, `bool_equal` and `null_equal` "true" or "false". A value of another kind never matches. Policy variables such as `${uin}` are not checked.',
  visit: {
    conditionValue: (v, c, _s, { references }) => checkConditionValue(c.operator.value, v.value, v.path, references),
  },
};

import { checkConditionValue } from '../../policy/condition';
import { Finding, Severity, pushAll } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

export const INVALID_CONDITION_VALUE: Rule = {
  code: 'INVALID_CONDITION_VALUE',
  severity: Severity.ERROR,
  title: 'A condition value does not fit its operator',
  docUrl: DOCS.conditions,
  description: '`ip_*` compares IP addresses or CIDR blocks, `date_*` ISO 8601 dates, `numeric_*` numbers, `bool_equal` and `null_equal` "true" or "false". A value of another kind never matches. Policy variables such as `${uin}` are not checked.',
  visit: {
    condition: (c, _s, { references }) => {
      let out: Finding[] | undefined;
      for (const v of c.values) {
        const found = checkConditionValue(c.operator.value, v.value, v.path, references);
        if (found.length > 0) pushAll(out ??= [], found);
      }
      return out ?? NONE;
    },
  },
};

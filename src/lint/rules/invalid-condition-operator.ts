import { parseOperator } from '../../policy/condition';
import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule, flat, NONE } from '../rule';

export const INVALID_CONDITION_OPERATOR: Rule = {
  code: 'INVALID_CONDITION_OPERATOR',
  severity: Severity.ERROR,
  title: 'A condition operator is unknown or badly qualified',
  docUrl: DOCS.conditions,
  description: 'Operators are the documented ones (`string_equal`, `ip_equal`, `date_less_than`, ...), optionally with the suffix `_if_exist` (not on `null_equal`) and the prefix `for_any_value:` or `for_all_value:`.',
  check: ({ view }) =>
    flat(view.statements, (s) => {
      const seen = new Set<string>();
      return flat(s.conditions, (c) => {
        if (seen.has(c.operator.path)) return NONE;
        seen.add(c.operator.path);
        const { error } = parseOperator(c.operator.value);
        return error ? [finding('INVALID_CONDITION_OPERATOR', Severity.ERROR, c.operator.path, `${describePath(c.operator.path)}: ${error}`)] : NONE;
      });
    }),
};

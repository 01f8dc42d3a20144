import { Severity, describePath, finding } from '../../policy/finding';
import { PrincipalKind, classifyPrincipal } from '../../policy/principal';
import { Effect } from '../../policy/statement';
import { DOCS, Rule, conditionLimit, lowered, flat, NONE } from '../rule';

export const ANONYMOUS_PRINCIPAL: Rule = {
  code: 'ANONYMOUS_PRINCIPAL',
  severity: Severity.SECURITY_WARNING,
  title: 'Allows anonymous callers or everyone',
  docUrl: DOCS.elements,
  description: 'An allow to `qcs::cam::anonymous:anonymous`, `qcs::cam::anyone:anyone` or `*` lets anyone on the internet act, with no credentials. Name the accounts, users or roles instead.',
  check: ({ view }) =>
    flat(view.statements, (s) => {
      if (s.effect !== Effect.ALLOW) return NONE;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; a statement without principals has none to report
      if (s.principals.length === 0) return NONE;
      const limit = conditionLimit(s);
      return s.principals
        .filter((p) => p.element === 'qcs' && [PrincipalKind.ANONYMOUS, PrincipalKind.ANYONE].includes(classifyPrincipal(p.value, p.element)))
        .map((p) => finding('ANONYMOUS_PRINCIPAL', limit?.real ? lowered(Severity.SECURITY_WARNING) : Severity.SECURITY_WARNING, p.path,
          `${describePath(p.path)} ${JSON.stringify(p.value)}: the statement allows anyone, without credentials${limit?.words ?? ''}; name the accounts, users or roles that need access`));
    }),
};

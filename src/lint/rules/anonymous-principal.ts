import { Severity, describePath, finding } from '../../policy/finding';
import { PrincipalKind, classifyPrincipal } from '../../policy/principal';
import { Effect } from '../../policy/statement';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

export const ANONYMOUS_PRINCIPAL: Rule = {
  code: 'ANONYMOUS_PRINCIPAL',
  severity: Severity.SECURITY_WARNING,
  title: 'Allows anonymous callers or everyone',
  docUrl: DOCS.elements,
  description: 'An allow to `qcs::cam::anonymous:anonymous`, `qcs::cam::anyone:anyone` or `*` lets anyone on the internet act, with no credentials. Name the accounts, users or roles instead.',
  visit: {
    principal: (p, s) => {
      if (s.view.effect !== Effect.ALLOW || p.element !== 'qcs') return NONE;
      const kind = classifyPrincipal(p.value, p.element);
      if (kind !== PrincipalKind.ANONYMOUS && kind !== PrincipalKind.ANYONE) return NONE;
      return [finding('ANONYMOUS_PRINCIPAL', s.limited(Severity.SECURITY_WARNING), p.path,
        `${describePath(p.path)} ${JSON.stringify(p.value)}: the statement allows anyone, without credentials${s.limit?.words ?? ''}; name the accounts, users or roles that need access`)];
    },
  },
};

import { Severity } from '../../policy/finding';
import { checkPrincipal } from '../../policy/principal';
import { DOCS, Rule } from '../rule';

export const INVALID_PRINCIPAL: Rule = {
  code: 'INVALID_PRINCIPAL',
  severity: Severity.ERROR,
  title: 'A principal is of no known form',
  docUrl: DOCS.elements,
  description: 'A principal is `*`, `qcs::cam::uin/<owner>:uin/<uin>` (a user, or the root account when both uins are equal), `:root`, `:groupid/<id>`, `:roleName/<name>`, `:saml-provider/<name>`, `:service/<name>`, `qcs::cam::anonymous:anonymous`, or under `service` a service domain such as `scf.qcloud.com`. Uins are digits.',
  visit: { principal: (p, _s, { references }) => checkPrincipal(p.value, p.element, p.path, references) },
};

import { Effect } from '../../policy/statement';
import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule, conditionLimit, lowered, flat, NONE } from '../rule';
import { normalAction } from '../glob';

export const ALLOW_ALL: Rule = {
  code: 'ALLOW_ALL',
  severity: Severity.SECURITY_WARNING,
  title: 'Allows every action on every resource',
  docUrl: DOCS.elements,
  description: 'A statement that allows `*` (or `*:*`) on `*` makes its holder an administrator of the whole account. Grant the services and actions the holder needs; keep full access for a break-glass role, and suppress the finding there with a reason. Where a condition really limits the statement (an IP range, a tag, `qcs:read_only_action`), the finding says so and is a WARNING.',
  check: ({ view }) =>
    flat(view.statements, (s) => {
      if (s.effect !== Effect.ALLOW || !s.resources.some((r) => r.value === '*')) return NONE;
      const limit = conditionLimit(s);
      return s.actions
        .filter((a) => a.value === '*' || normalAction(a.value) === '*:*')
        .map((a) => finding('ALLOW_ALL', limit?.real ? lowered(Severity.SECURITY_WARNING) : Severity.SECURITY_WARNING, a.path,
          `${describePath(a.path)} ${JSON.stringify(a.value)} with "resource": ["*"] allows every action on every resource of the account${limit?.words ?? ''}: grant only the services and actions needed`));
    }),
};

import { Effect } from '../../policy/statement';
import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

export const ALLOW_ALL: Rule = {
  code: 'ALLOW_ALL',
  severity: Severity.SECURITY_WARNING,
  title: 'Allows every action on every resource',
  docUrl: DOCS.elements,
  description: 'A statement that allows `*` (or `*:*`) on `*` makes its holder an administrator of the whole account. Grant the services and actions the holder needs; keep full access for a break-glass role, and suppress the finding there with a reason. Where a condition really limits the statement (an IP range, a tag, `qcs:read_only_action`), the finding says so and is a WARNING.',
  visit: {
    action: (a, s) => {
      if (s.view.effect !== Effect.ALLOW || !(a.value === '*' || (a.parsed?.service === '*' && a.parsed.name === '*')) || !s.anyResource) return NONE;
      return [finding('ALLOW_ALL', s.limited(Severity.SECURITY_WARNING), a.path,
        `${describePath(a.path)} ${JSON.stringify(a.value)} with "resource": ["*"] allows every action on every resource of the account${s.limit?.words ?? ''}: grant only the services and actions needed`)];
    },
  },
};

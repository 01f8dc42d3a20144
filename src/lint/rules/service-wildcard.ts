import { Severity, describePath, finding } from '../../policy/finding';
import { Effect } from '../../policy/statement';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

export const SERVICE_WILDCARD: Rule = {
  code: 'SERVICE_WILDCARD',
  severity: Severity.WARNING,
  title: 'Allows every action of a service',
  docUrl: DOCS.elements,
  description: '`service:*` grants every action of the service, including the ones it will add later. List the actions, or use a narrower pattern such as `service:Describe*`; the catalogue lists a service\'s read actions (`Catalog.actions(service, AccessLevel.READ)`).',
  visit: {
    action: (a, s) => {
      // `service:*` ends with a star: other actions are not parsed.
      if (s.view.effect !== Effect.ALLOW || !a.value.endsWith('*')) return NONE;
      const { parsed } = a;
      if (parsed === undefined || parsed.service === '*' || parsed.name !== '*') return NONE;
      return [finding('SERVICE_WILDCARD', s.limited(Severity.WARNING), a.path,
        `${describePath(a.path)} ${JSON.stringify(a.value)} allows every action of the service, including future ones${s.limit?.words ?? ''}: list the actions needed`)];
    },
  },
};

import { parseAction } from '../../policy/action';
import { Severity, describePath, finding } from '../../policy/finding';
import { Effect } from '../../policy/statement';
import { DOCS, Rule, conditionLimit, lowered, flat, NONE } from '../rule';

export const SERVICE_WILDCARD: Rule = {
  code: 'SERVICE_WILDCARD',
  severity: Severity.WARNING,
  title: 'Allows every action of a service',
  docUrl: DOCS.elements,
  description: '`service:*` grants every action of the service, including the ones it will add later. List the actions, or use a narrower pattern such as `service:Describe*`; the catalogue lists a service\'s read actions (`Catalog.actions(service, AccessLevel.READ)`).',
  check: ({ view }) =>
    flat(view.statements, (s) => {
      if (s.effect !== Effect.ALLOW) return NONE;
      // `service:*` ends with a star: other actions are not parsed.
      const wildcards = s.actions.filter((a) => {
        if (!a.value.endsWith('*')) return false;
        const parsed = parseAction(a.value);
        return parsed !== undefined && parsed.service !== '*' && parsed.name === '*';
      });
      if (wildcards.length === 0) return NONE;
      const limit = conditionLimit(s);
      return wildcards
        .map((a) => finding('SERVICE_WILDCARD', limit?.real ? lowered(Severity.WARNING) : Severity.WARNING, a.path,
          `${describePath(a.path)} ${JSON.stringify(a.value)} allows every action of the service, including future ones${limit?.words ?? ''}: list the actions needed`));
    }),
};

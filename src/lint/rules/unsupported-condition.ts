import { actionService } from '../../policy/action';
import { Severity, describePath, finding } from '../../policy/finding';
import { servicesWithoutTagAuthorization } from '../../catalog/catalog';
import { DOCS, Rule, flat, NONE } from '../rule';

/** Condition keys that authorize by tag. */
function isTagKey(key: string): boolean {
  const k = key.toLowerCase();
  return k === 'qcs:resource_tag' || k === 'qcs:request_tag' || k.startsWith('qcs:tag/');
}

export const UNSUPPORTED_CONDITION: Rule = {
  code: 'UNSUPPORTED_CONDITION',
  severity: Severity.WARNING,
  title: "A condition the service's CAM page says it does not support",
  docUrl: DOCS.tcmpp,
  description: "A tag condition (`qcs:resource_tag`, `qcs:request_tag`, `qcs:tag/...`) on the actions of a service whose CAM page says it does not support authorization by tag (TCMPP's CAM page) never matches: an allow with it grants nothing, a deny with it refuses nothing. The facts are data (`conditions` in the catalogue's data files), with their source.",
  check: ({ view }) => {
    // Stryker disable next-line ConditionalExpression,MethodExpression: a fast path; a document without conditions has no tag condition
    if (!view.statements.some((s) => s.conditions.length > 0)) return NONE;
    const without = servicesWithoutTagAuthorization();
    if (without.size === 0) return NONE;
    return flat(view.statements, (s) => {
      // Stryker disable next-line ConditionalExpression: a fast path; a statement without conditions has no tag condition
      if (s.conditions.length === 0) return NONE;
      const tagConditions = s.conditions.filter((c) => isTagKey(c.key.value));
      if (tagConditions.length === 0) return NONE;
      const services = [...new Set(s.actions.map((a) => actionService(a.value)).filter((svc): svc is string => svc !== undefined && without.has(svc)))];
      if (services.length === 0) return NONE;
      return tagConditions.map((c) => finding('UNSUPPORTED_CONDITION', Severity.WARNING, c.key.path,
        `${describePath(c.key.path)}: ${services.join(', ')} does not support authorization by tag (${services.map((svc) => without.get(svc)).join('; ')}), so this condition never matches and the statement ${s.effect === 'deny' ? 'refuses nothing' : 'grants nothing'} for ${services.length === 1 ? 'its actions' : 'their actions'}; restrict by resource or by IP instead`));
    });
  },
};

import { actionService } from '../../policy/action';
import { Severity, describePath, finding } from '../../policy/finding';
import { servicesWithoutTagAuthorization } from '../../catalog/catalog';
import { DOCS, Rule } from '../rule';
import { NONE, StatementFacts } from '../facts';

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
  visit: {
    condition: (c, s) => {
      if (!isTagKey(c.key.value)) return NONE;
      const { services, without } = s.once(untagged, () => untagged(s));
      if (services.length === 0) return NONE;
      return [finding('UNSUPPORTED_CONDITION', Severity.WARNING, c.key.path,
        `${describePath(c.key.path)}: ${services.join(', ')} does not support authorization by tag (${services.map((svc) => without.get(svc)).join('; ')}), so this condition never matches and the statement ${s.view.effect === 'deny' ? 'refuses nothing' : 'grants nothing'} for ${services.length === 1 ? 'its actions' : 'their actions'}; restrict by resource or by IP instead`)];
    },
  },
};

/** The services of a statement's actions whose CAM page says they do not support authorization by tag, with the pages' words. */
function untagged(s: StatementFacts): { services: string[]; without: ReadonlyMap<string, string> } {
  const without = servicesWithoutTagAuthorization();
  const services = [...new Set(s.view.actions.map((a) => actionService(a.value)).filter((svc): svc is string => svc !== undefined && without.has(svc)))];
  return { services, without };
}

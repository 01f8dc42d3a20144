import { Catalog, ServiceInfo } from '../../catalog/catalog';
import { Severity, describePath, finding } from '../../policy/finding';
import { hasPlaceholder } from '../../policy/tokens';
import { wildcardsIntersect } from '../../policy/wildcard';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

/**
 * The catalogued service and the resource type of a resource (its segments, `splitSegments`) when
 * the service has no such type; undefined when it has, or when the service is not catalogued.
 */
function resourceTypeMismatch(value: string, parts: readonly string[], references: boolean): { info: ServiceInfo; type: string } | undefined {
  if (value === '*' || parts.length < 6) return undefined;
  const info = Catalog.service(parts[2]);
  const segment = parts[5];
  if (!info || segment === '*' || segment.startsWith('*') || hasPlaceholder(segment, references)) return undefined;
  const type = segment.includes('/') ? segment.slice(0, segment.indexOf('/')) : segment;
  if (info.resourceTypes.some((t) => t.toLowerCase() === type.toLowerCase())) return undefined;
  // A star in the type (`Limit*`, `queue*/uin/1/q`) stands for a type and what follows it, when it can.
  if (type.includes('*') && info.resourceTypes.some((t) => wildcardsIntersect(segment.toLowerCase(), `${t.toLowerCase()}/*`))) return undefined;
  return { info, type };
}

export const RESOURCE_TYPE_MISMATCH: Rule = {
  code: 'RESOURCE_TYPE_MISMATCH',
  severity: Severity.ERROR,
  title: 'A resource type the service does not have',
  docUrl: DOCS.resources,
  description: 'For the services in the catalogue, the resource segment starts with one of the service\'s resource types: `tcmpp` uses `Limit/...`, `cmqqueue` `queueName/...`, `cmqtopic` `topicName/...`. Any other type matches no resource. A star in the type (`Limit*`) is reported only when it can stand for none of them.',
  visit: {
    resource: (item, _s, { references }) => {
      const { value } = item;
      const mismatch = resourceTypeMismatch(value, item.segments, references);
      if (!mismatch) return NONE;
      const { info, type } = mismatch;
      const template = info.resourceTypes.map((t) => `"${t}/..."`).join(' or ');
      return [finding('RESOURCE_TYPE_MISMATCH', Severity.ERROR, item.path,
        `${describePath(item.path)} ${JSON.stringify(value)}: ${info.service} has no resource type "${type}"; its resources are ${template} (or "*")`)];
    },
  },
};

import { Catalog, productActions } from '../../catalog/catalog';
import { Severity, describePath, finding } from '../../policy/finding';
import { closest } from '../../policy/suggest';
import { resourceTypeOf } from '../../policy/resource';
import { hasPlaceholder } from '../../policy/tokens';
import { wildcardsIntersect } from '../../policy/wildcard';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

/** What a resource's service is known to have: TCMPP's and CMQ's catalogued types, or the types Tencent's pages write for a product's service. */
interface KnownTypes {
  readonly service: string;
  readonly types: readonly string[];
  /** Whether the types are the catalogue's (an ERROR), not gathered from a product's pages (a WARNING). */
  readonly catalogued: boolean;
}

function knownTypes(service: string): KnownTypes | undefined {
  const info = Catalog.service(service);
  if (info) return { service: info.service, types: info.resourceTypes, catalogued: true };
  const types = productActions(service)?.resourceTypes ?? [];
  return types.length > 0 ? { service: service.toLowerCase(), types, catalogued: false } : undefined;
}

/** A type as compared: case aside, and (for a product's pages, which write both) without a trailing `Id`. */
const comparable = (type: string, catalogued: boolean) => (catalogued ? type.toLowerCase() : type.toLowerCase().replace(/id$/, ''));

/**
 * The known types of a resource's service (its segments, `splitSegments`) and its resource type,
 * when the service has no such type; undefined when it has, or when its types are not known.
 */
function resourceTypeMismatch(value: string, parts: readonly string[], references: boolean): { known: KnownTypes; type: string } | undefined {
  if (value === '*' || parts.length < 6) return undefined;
  const segment = parts[5];
  if (segment === '*' || segment.startsWith('*') || hasPlaceholder(segment, references) || hasPlaceholder(parts[2], references)) return undefined;
  const known = knownTypes(parts[2]);
  if (!known) return undefined;
  const type = resourceTypeOf(segment);
  const mine = comparable(type, known.catalogued);
  if (known.types.some((t) => comparable(t, known.catalogued) === mine)) return undefined;
  // A star in the type (`Limit*`, `queue*/uin/1/q`) stands for a type and what follows it, when it can.
  if (type.includes('*') && known.types.some((t) => wildcardsIntersect(segment.toLowerCase(), `${t.toLowerCase()}/*`))) return undefined;
  return { known, type };
}

export const RESOURCE_TYPE_MISMATCH: Rule = {
  code: 'RESOURCE_TYPE_MISMATCH',
  severity: Severity.ERROR,
  title: 'A resource type the service does not have',
  docUrl: DOCS.resources,
  description: 'For the services in the catalogue, the resource segment starts with one of the service\'s resource types: `tcmpp` uses `Limit/...`, `cmqqueue` `queueName/...`, `cmqtopic` `topicName/...`. Any other type matches no resource: an ERROR. For the services whose products\' CAM pages give their APIs\' resources (`cvm`, `cdb`, `redis`, `tdmq`, `clb` and others), a type Tencent\'s pages never write for the service (`qcs::ccs::uin/1:clusters/cls-1`) is a WARNING naming the closest: the pages may not name every type. A star in the type (`Limit*`) is reported only when it can stand for none of them.',
  visit: {
    resource: (item, _s, { references }) => {
      const { value } = item;
      const mismatch = resourceTypeMismatch(value, item.segments, references);
      if (!mismatch) return NONE;
      const { known, type } = mismatch;
      if (known.catalogued) {
        const template = known.types.map((t) => `"${t}/..."`).join(' or ');
        return [finding('RESOURCE_TYPE_MISMATCH', Severity.ERROR, item.path,
          `${describePath(item.path)} ${JSON.stringify(value)}: ${known.service} has no resource type "${type}"; its resources are ${template} (or "*")`)];
      }
      const near = closest(type, known.types);
      return [finding('RESOURCE_TYPE_MISMATCH', Severity.WARNING, item.path,
        `${describePath(item.path)} ${JSON.stringify(value)}: Tencent's pages write no resource type "${type}" of ${known.service}${near ? ` (did you mean "${near}"?)` : ''}; they write ${known.types.map((t) => `"${t}/..."`).join(', ')} (or "*"), so it likely matches nothing`)];
    },
  },
};

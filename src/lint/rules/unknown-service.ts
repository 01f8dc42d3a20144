import { Catalog, camServiceMeant } from '../../catalog/catalog';
import { parseAction } from '../../policy/action';
import { Severity, describePath, finding } from '../../policy/finding';
import { closest } from '../../policy/suggest';
import { hasPlaceholder } from '../../policy/tokens';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

/** Whether a service name is one to check: not a wildcard, a token or a placeholder. */
function checkable(service: string, references: boolean): boolean {
  return service !== '' && !service.includes('*') && !hasPlaceholder(service, references);
}

/** `rewrite` gives the value with the service meant in place of the one written. */
function message(where: string, service: string, what: string, rewrite: (prefix: string) => string): string {
  const meant = camServiceMeant(service, closest);
  const fix = meant ? `write ${JSON.stringify(rewrite(meant.prefix))}` : "write the service's prefix as its CAM-Enabled API page gives it";
  return `${where}: "${service}" is no service that CAM authorizes${meant ? ` (${meant.why})` : ''}, so ${what}; ${fix}`;
}

/**
 * Whether a resource's service (its segments, `splitSegments`) is no CAM service: service and region
 * swapped (`qcs::gz:cvm:...`) is INVALID_REGION's finding, with its fix.
 */
function resourceServiceUnknown(parts: readonly string[], references: boolean): boolean {
  if (parts.length < 6 || parts[0] !== 'qcs' || !checkable(parts[2], references) || Catalog.camService(parts[2])) return false;
  return !Catalog.camService(parts[3]);
}

export const UNKNOWN_SERVICE: Rule = {
  code: 'UNKNOWN_SERVICE',
  severity: Severity.WARNING,
  title: "An action's or resource's service is no CAM service",
  docUrl: DOCS.camServices,
  description: "Every action and resource names a service by its prefix in CAM (`cdb` for TencentDB for MySQL, `ccs` or `tke` for TKE). A prefix that is no CAM service (`mysql`, `api`) authorizes nothing; the finding names the prefix meant. A WARNING, not an ERROR: CAM adds services, and the list (`src/catalog/data/cam-services.json`, from CAM's CAM-Enabled API pages) may lag behind.",
  visit: {
    action: (item, _s, { references }) => {
      const { value } = item;
      const parsed = parseAction(value);
      if (!parsed || !checkable(parsed.service, references) || Catalog.camService(parsed.service)) return NONE;
      return [finding('UNKNOWN_SERVICE', Severity.WARNING, item.path, message(`${describePath(item.path)} ${JSON.stringify(value)}`, parsed.service, 'the action matches no API',
        (prefix) => `${parsed.prefixed ? 'name/' : ''}${prefix}:${parsed.name}`))];
    },
    resource: (item, _s, { references }) => {
      const parts = item.segments;
      if (item.value === '*' || !resourceServiceUnknown(parts, references)) return NONE;
      return [finding('UNKNOWN_SERVICE', Severity.WARNING, item.path, message(`${describePath(item.path)} ${JSON.stringify(item.value)}`, parts[2], 'the resource matches nothing',
        (prefix) => [...parts.slice(0, 2), prefix, ...parts.slice(3)].join(':')))];
    },
  },
};

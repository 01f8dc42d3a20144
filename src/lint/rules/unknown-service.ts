import { Catalog, camServiceMeant, productSource } from '../../catalog/catalog';
import { Finding, Severity, describePath, finding } from '../../policy/finding';
import { closest, distanceWithin } from '../../policy/suggest';
import { hasPlaceholder } from '../../policy/tokens';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

/** Whether a service name is one to check: not a wildcard, a token or a placeholder. */
function checkable(service: string, references: boolean): boolean {
  return service !== '' && !service.includes('*') && !hasPlaceholder(service, references);
}

/**
 * The finding for a service no list has. A name CAM's services are known to be written as by mistake
 * (a product's or another cloud's name, or a slip of a prefix) is an ERROR: CAM refuses the action
 * (`ActionServiceNotExist`). Any other may be a service newer than the lists: a WARNING giving their date.
 * `rewrite` gives the value with the service meant in place of the one written.
 */
function unknownService(path: string, where: string, service: string, what: string, rewrite: (prefix: string) => string): Finding {
  const meant = camServiceMeant(service, closest);
  // Sure only of an alias, or of a prefix one letter away (spaces aside): a name two letters from a
  // short prefix (`iir` from `tcr`) may be a service the lists do not have.
  if (meant && (meant.alias || distanceWithin(service.toLowerCase().replace(/\s+/g, ''), meant.prefix, 1) <= 1)) {
    return finding('UNKNOWN_SERVICE', Severity.ERROR, path, `${where}: "${service}" is no service that CAM authorizes (${meant.why}), so ${what}; write ${JSON.stringify(rewrite(meant.prefix))}`);
  }
  return finding('UNKNOWN_SERVICE', Severity.WARNING, path, `${where}: "${service}" is no service that CAM authorizes${meant ? ` (${meant.why})` : ''}, so ${what}; write the service's prefix as its CAM-Enabled API page gives it ` +
    `(neither CAM's pages nor Tencent's API metadata of ${productSource().date} name it: if the service is newer, suppress the finding)`);
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
  severity: Severity.ERROR,
  title: "An action's or resource's service is no CAM service",
  docUrl: DOCS.camServices,
  description: "Every action and resource names a service by its prefix in CAM (`cdb` for TencentDB for MySQL, `ccs` or `tke` for TKE). A prefix that is no CAM service authorizes nothing (CAM refuses it: `ActionServiceNotExist`). Known are CAM's CAM-Enabled API pages (`src/catalog/data/cam-services.json`) and every product of Tencent's API metadata (`src/catalog/data/api-actions.json`, dated). A product's or another cloud's name (`mysql`, `ec2`) or a slip of one letter from a prefix (`cvmm`) is an ERROR naming the prefix meant; any other name may be a service the data does not have (newer, or older: the service prefixes Tencent's pages write in policies are known too), a WARNING giving the data's date, and the closest prefix when one is two letters away (`tbase`: `tse`?).",
  visit: {
    action: (item, _s, { references }) => {
      const { value } = item;
      const { parsed } = item;
      if (!parsed || !checkable(parsed.service, references) || Catalog.camService(parsed.service)) return NONE;
      return [unknownService(item.path, `${describePath(item.path)} ${JSON.stringify(value)}`, parsed.service, 'the action matches no API',
        (prefix) => `${parsed.prefixed ? 'name/' : ''}${prefix}:${parsed.name}`)];
    },
    resource: (item, _s, { references }) => {
      const parts = item.segments;
      if (item.value === '*' || !resourceServiceUnknown(parts, references)) return NONE;
      return [unknownService(item.path, `${describePath(item.path)} ${JSON.stringify(item.value)}`, parts[2], 'the resource matches nothing',
        (prefix) => [...parts.slice(0, 2), prefix, ...parts.slice(3)].join(':'))];
    },
  },
};

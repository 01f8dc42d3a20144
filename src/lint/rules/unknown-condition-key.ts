import { Catalog, productActions } from '../../catalog/catalog';
import { Severity, describePath, finding } from '../../policy/finding';
import { closest } from '../../policy/suggest';
import { hasPlaceholder } from '../../policy/tokens';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

export const UNKNOWN_CONDITION_KEY: Rule = {
  code: 'UNKNOWN_CONDITION_KEY',
  severity: Severity.WARNING,
  title: 'A condition key its service never sends',
  docUrl: DOCS.conditions,
  description: "A condition key of a service whose pages list the keys it sends (COS's page \"Conditions\": `cos:prefix`, `cos:x-cos-acl`, ...; CVM's and CBS's \"Authorizable Resource Types\": `cvm:region`, `cvm:zone`, `cvm:instance_type`, `cvm:disk_type`) that is not among them is in no request: an allow that needs it grants nothing, a deny refuses nothing. The finding names the closest key. Keys of other services and CAM's own `qcs:` keys are not checked; case does not matter.",
  visit: {
    condition: (c, _s, { references }) => {
      const key = c.key.value;
      const colon = key.indexOf(':');
      if (colon <= 0 || key.includes('/') || key.includes('*') || hasPlaceholder(key, references)) return NONE;
      const prefix = key.slice(0, colon).toLowerCase();
      if (prefix === 'qcs') return NONE;
      const known = productActions(prefix)?.conditionKeys;
      if (!known || known.has(key.toLowerCase())) return NONE;
      const keys = [...known.values()];
      const near = closest(key, keys);
      const product = Catalog.camService(prefix)?.product ?? prefix;
      return [finding('UNKNOWN_CONDITION_KEY', Severity.WARNING, c.key.path,
        `${describePath(c.key.path)}: ${product} sends no condition key "${key}"${near ? ` (did you mean "${near}"?)` : ''}; the keys its pages list are ${keys.join(', ')}. A key the service never sends is in no request, so this condition never matches`)];
    },
  },
};

import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { Granularity } from '../../catalog/access-level';
import { Catalog } from '../../catalog/catalog';
import { NONE } from '../facts';

/** Whether an action is catalogued as supporting only operation-level authorization. */
function operationLevelOnly(action: string): boolean {
  const info = action.includes('*') ? undefined : Catalog.action(action);
  return info !== undefined && info.granularity === Granularity.OPERATION_LEVEL;
}

export const OPERATION_LEVEL_RESOURCE: Rule = {
  code: 'OPERATION_LEVEL_RESOURCE',
  severity: Severity.ERROR,
  title: 'An operation-level action restricted to specific resources',
  docUrl: DOCS.tcmpp,
  description: 'An action that supports only operation-level authorization cannot be restricted to a resource: "if the policy syntax restricts a specific resource during authorization, CAM will determine that this API is not within the scope of authorization". Grant it in a statement whose resource is "*". Only actions whose granularity the catalogue knows are checked.',
  visit: {
    action: (item, s) => {
      const { value } = item;
      if (s.view.resources.length === 0 || !operationLevelOnly(value) || s.anyResource) return NONE;
      return [finding('OPERATION_LEVEL_RESOURCE', Severity.ERROR, item.path,
        `${describePath(item.path)} ${JSON.stringify(value)} supports only operation-level authorization, but ${describePath(s.view.path)} restricts it to specific resources: CAM treats it as not authorized. Grant it in a statement with "resource": ["*"]`)];
    },
  },
};

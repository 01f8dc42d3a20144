import { Granularity } from '../../catalog/access-level';
import { Catalog } from '../../catalog/catalog';
import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule, eachValue, flat, NONE } from '../rule';

/** Whether an action is catalogued as supporting only operation-level authorization. @internal */
export function operationLevelOnly(action: string): boolean {
  const info = action.includes('*') ? undefined : Catalog.action(action);
  return info !== undefined && info.granularity === Granularity.OPERATION_LEVEL;
}

export const OPERATION_LEVEL_RESOURCE: Rule = {
  code: 'OPERATION_LEVEL_RESOURCE',
  severity: Severity.ERROR,
  title: 'An operation-level action restricted to specific resources',
  docUrl: DOCS.tcmpp,
  description: 'An action that supports only operation-level authorization cannot be restricted to a resource: "if the policy syntax restricts a specific resource during authorization, CAM will determine that this API is not within the scope of authorization". Grant it in a statement whose resource is "*". Only actions whose granularity the catalogue knows are checked.',
  check: ({ view }) =>
    flat(view.statements, (s) => {
      if (s.resources.length === 0 || s.resources.some((r) => r.value === '*')) return NONE;
      return eachValue(s.actions, (item) => {
        const { value } = item;
        if (!operationLevelOnly(value)) return NONE;
        return [finding('OPERATION_LEVEL_RESOURCE', Severity.ERROR, item.path,
          `${describePath(item.path)} ${JSON.stringify(value)} supports only operation-level authorization, but ${describePath(s.path)} restricts it to specific resources: CAM treats it as not authorized. Grant it in a statement with "resource": ["*"]`)];
      });
    }),
};

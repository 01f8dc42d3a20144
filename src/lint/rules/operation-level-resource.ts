import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

export const OPERATION_LEVEL_RESOURCE: Rule = {
  code: 'OPERATION_LEVEL_RESOURCE',
  severity: Severity.ERROR,
  title: 'An operation-level action restricted to specific resources',
  docUrl: DOCS.tcmpp,
  description: 'An action that supports only operation-level authorization cannot be restricted to a resource: "if the policy syntax restricts a specific resource during authorization, CAM will determine that this API is not within the scope of authorization". Grant it in a statement whose resource is "*". Only actions whose granularity is known are checked: an ERROR for TCMPP and CMQ (the catalogue), a WARNING for an action another product\'s CAM page authorizes on `*` only (Private DNS, TDMQ, CLB, Cloud Infinite: pages are dated and may lag the service).',
  visit: {
    action: (item, s) => {
      const { value } = item;
      if (s.view.resources.length === 0 || s.anyResource) return NONE;
      const facts = item.resources;
      if (!facts?.operationLevel) return NONE;
      const page = facts.page ? ` (${facts.product}'s CAM page gives it on "*" only)` : '';
      return [finding('OPERATION_LEVEL_RESOURCE', facts.page ? Severity.WARNING : Severity.ERROR, item.path,
        `${describePath(item.path)} ${JSON.stringify(value)} supports only operation-level authorization${page}, but ${describePath(s.view.path)} restricts it to specific resources: CAM treats it as not authorized. Grant it in a statement with "resource": ["*"]`)];
    },
  },
};


import { Severity, describePath, finding } from '../../policy/finding';
import { statementOf } from '../../policy/parse';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

export const MISSING_RESOURCE: Rule = {
  code: 'MISSING_RESOURCE',
  severity: Severity.ERROR,
  title: 'A permission statement has no resource',
  docUrl: DOCS.elements,
  description: '`resource` is required in a permission statement; write "*" for every resource. Role trust statements (a principal, `sts:AssumeRole*` actions) have none, and are not reported.',
  visit: {
    statement: ({ view: s }, { view }) => view.kind === 'trust' || s.resources.length > 0 || s.malformed.includes('resource') || statementOf(s).isTrustStatement ? NONE
      : [finding('MISSING_RESOURCE', Severity.ERROR, s.resourcePath ?? s.path,
        `${describePath(s.path)} has no resource: add "resource": ["qcs::service:region:account:type/id"], or ["*"] for every resource`)],
  },
};

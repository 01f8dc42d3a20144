import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

export const MISSING_ACTION: Rule = {
  code: 'MISSING_ACTION',
  severity: Severity.ERROR,
  title: 'A statement has no action',
  docUrl: DOCS.elements,
  description: '`action` is required in every statement and names at least one action.',
  visit: {
    statement: ({ view: s }) => s.actions.length > 0 || s.malformed.includes('action') ? NONE
      : [finding('MISSING_ACTION', Severity.ERROR, s.actionPath ?? s.path, `${describePath(s.path)} has no action: add "action": ["service:ActionName", ...]`)],
  },
};

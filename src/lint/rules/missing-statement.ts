import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const MISSING_STATEMENT: Rule = {
  code: 'MISSING_STATEMENT',
  severity: Severity.ERROR,
  title: 'The policy has no statement',
  docUrl: DOCS.elements,
  description: '`statement` is required and holds at least one statement.',
};

import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const INVALID_VERSION: Rule = {
  code: 'INVALID_VERSION',
  severity: Severity.ERROR,
  title: 'version is missing or not "2.0"',
  docUrl: DOCS.elements,
  description: '`version` is required and its only value is the string "2.0".',
};

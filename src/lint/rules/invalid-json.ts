import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const INVALID_JSON: Rule = {
  code: 'INVALID_JSON',
  severity: Severity.ERROR,
  title: 'The policy is not JSON',
  docUrl: DOCS.syntax,
  description: 'CAM policies are JSON (RFC 7159); CAM refuses anything else. The finding gives the line and column where parsing stopped.',
};

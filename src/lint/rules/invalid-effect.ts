import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const INVALID_EFFECT: Rule = {
  code: 'INVALID_EFFECT',
  severity: Severity.ERROR,
  title: 'effect is missing or not allow / deny',
  docUrl: DOCS.syntax,
  description: 'Every statement has `effect`, either "allow" or "deny", in lowercase.',
};

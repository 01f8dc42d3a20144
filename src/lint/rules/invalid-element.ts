import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const INVALID_ELEMENT: Rule = {
  code: 'INVALID_ELEMENT',
  severity: Severity.ERROR,
  title: 'Unknown element, wrong case or wrong type',
  docUrl: DOCS.elements,
  description: 'Element names are lowercase (`statement`, not `Statement`), only the documented ones exist (CAM has no `notAction`), and each has its type: `action` a string or list of strings, `condition` an object of operators, and so on.',
};

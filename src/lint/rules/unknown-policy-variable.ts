import * as data from '../../policy/data/policy-variables.json';
import { Finding, Severity, describePath, finding } from '../../policy/finding';
import { Located } from '../../policy/parse';
import { literalTemplates } from '../../policy/tokens';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

const KNOWN = data.variables.map((v) => v.name);

/**
 * The `${...}` of a value that are no CAM policy variable, no Terraform expression and no cdktf
 * token: one finding per value, naming every such `${...}` in it.
 */
function unknownVariables(item: Located<unknown>, references: boolean): Finding[] {
  const value = item.value;
  if (typeof value !== 'string' || !value.includes('${')) return NONE;
  const path = item.path;
  const unknown: string[] = [];
  // A Terraform reference is one where Terraform reads the text; in values given in code every
  // literal `${` is escaped for CAM, so there `${var.x}` is CAM text too.
  for (const inner of literalTemplates(value, !references)) {
    if (!KNOWN.includes(inner) && !unknown.includes(inner)) unknown.push(inner);
  }
  if (unknown.length === 0) return NONE;
  // Only a variable written another way (`${OwnerUin}` for `${owner_uin}`) is suggested.
  const squash = (s: string) => s.toLowerCase().replace(/[_-]/g, '');
  const named = unknown.map((inner) => {
    const near = KNOWN.find((k) => squash(k) === squash(inner));
    return `"\${${inner}}"${near ? ` (did you mean "\${${near}}"?)` : ''}`;
  });
  const which = named.length === 1 ? `${named[0]}, which is no CAM policy variable` : `${named.join(', ')}, which are no CAM policy variables`;
  return [finding('UNKNOWN_POLICY_VARIABLE', Severity.WARNING, path,
    `${describePath(path)} holds ${which}: CAM replaces only ${KNOWN.map((k) => `\${${k}}`).join(', ')}, so this text is compared as written and matches nothing; if it is a placeholder, fill it in`)];
}

export const UNKNOWN_POLICY_VARIABLE: Rule = {
  code: 'UNKNOWN_POLICY_VARIABLE',
  severity: Severity.WARNING,
  title: 'A ${...} that is no CAM policy variable',
  docUrl: DOCS.elements,
  description: 'CAM replaces its policy variables (`${uin}`, `${owner_uin}`, `${app_id}`) with the requester\'s values; any other `${...}` (such as `${vpc_id}`, a placeholder left from a template) is compared as written and matches nothing. Terraform references (`${var.x}`, `${module.m.id}`) and cdktf tokens are not reported: Terraform fills them in.',
  visit: {
    action: (a, _s, { references }) => unknownVariables(a, references),
    resource: (r, _s, { references }) => unknownVariables(r, references),
    conditionValue: (v, _c, _s, { references }) => unknownVariables(v, references),
  },
};

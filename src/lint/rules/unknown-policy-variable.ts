import { POLICY_VARIABLES, misplacedVariables } from '../../policy/variables';
import { Finding, Severity, describePath, finding } from '../../policy/finding';
import { Located } from '../../policy/parse';
import { literalTemplates } from '../../policy/tokens';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

const KNOWN = POLICY_VARIABLES;

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

export const MISPLACED_POLICY_VARIABLE: Rule = {
  code: 'MISPLACED_POLICY_VARIABLE',
  severity: Severity.WARNING,
  title: 'A policy variable where CAM does not replace it',
  docUrl: DOCS.variables,
  description: 'CAM\'s "Policy Variables" page: a policy variable may be used in the last of a resource\'s six segments and in condition values, and not in COS\'s object path (what follows `examplebucket-1250000000/`); CMQ\'s policy API page also writes the account as `uin/${uin}`. Written elsewhere (`qcs::${app_id}:...` as the service, `examplebucket-1250000000/home/${uin}/*`), it is compared as written and matches no request. The simulator reads it so too.',
  visit: {
    resource: (r) => {
      if (typeof r.value !== 'string') return NONE;
      const names = misplacedVariables(r.value);
      if (names.length === 0) return NONE;
      const which = names.map((n) => `"\${${n}}"`).join(', ');
      return [finding('MISPLACED_POLICY_VARIABLE', Severity.WARNING, r.path,
        `${describePath(r.path)} ${JSON.stringify(r.value)} holds ${which} where CAM does not replace policy variables (only in the account and the last of the six segments, and not in a COS object path), so it is compared as written and matches nothing; write the value itself there, or move the variable to the last segment or to a condition such as "string_equal": {"qcs:create_uin": "\${uin}"}`)];
    },
  },
};

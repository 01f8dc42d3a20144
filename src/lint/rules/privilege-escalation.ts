import { Severity, describePath, finding } from '../../policy/finding';
import { Effect } from '../../policy/statement';
import { DOCS, Rule } from '../rule';
import { NONE, StatementFacts } from '../facts';
import { Located } from '../../policy/parse';
import { splitSegments } from '../../policy/resource';
import { globCovers } from '../glob';

/**
 * CAM actions that grant or change permissions, or give a new identity to act as: whoever may call
 * them on any target can make themselves an administrator.
 */
export const ESCALATION_ACTIONS = [
  'AttachUserPolicy', 'AttachGroupPolicy', 'AttachRolePolicy', 'AttachPolicy',
  'DetachUserPolicy', 'DetachGroupPolicy', 'DetachRolePolicy',
  'CreatePolicy', 'CreatePolicyVersion', 'UpdatePolicy', 'SetDefaultPolicyVersion',
  'PutUserPermissionsBoundary', 'PutRolePermissionsBoundary', 'DeleteUserPermissionsBoundary', 'DeleteRolePermissionsBoundary',
  'CreateRole', 'UpdateAssumeRolePolicy', 'UpdateRoleConsoleLogin',
  'AddUser', 'UpdateUser', 'AddUserToGroup', 'CreateAccessKey', 'UpdateAccessKey',
  'CreateSAMLProvider', 'UpdateSAMLProvider', 'CreateOIDCConfig', 'UpdateOIDCConfig',
];

/** Whether a resource reaches any target: `*`, or a CAM resource (or any product's: `*`, empty) whose resource segment is a wildcard. */
function anyTarget({ value }: Located<string>): boolean {
  if (value === '*') return true;
  const parts = splitSegments(value);
  return parts.length === 6 && (parts[2] === 'cam' || parts[2] === '*' || parts[2] === '') && parts[5].includes('*');
}

/** Whether an allow statement reaches any target, asked once per statement. */
function allowsAnyTarget(s: StatementFacts): boolean {
  return s.view.effect === Effect.ALLOW && s.once(anyTarget, () => s.view.resources.some(anyTarget));
}

export const PRIVILEGE_ESCALATION: Rule = {
  code: 'PRIVILEGE_ESCALATION',
  severity: Severity.SECURITY_WARNING,
  title: 'Allows CAM actions that grant permissions, on any target',
  docUrl: DOCS.elements,
  description: 'Attaching policies, creating or changing policies, roles and trust policies, adding users to groups or creating access keys for others, on `*`: whoever holds this can grant themselves anything. `*` alone is reported as ALLOW_ALL instead.',
  visit: {
    action: (a, s) => {
      const { parsed } = a;
      if (parsed?.service !== 'cam' || !allowsAnyTarget(s)) return NONE;
      const granted = ESCALATION_ACTIONS.filter((name) => globCovers(parsed.name, name, true));
      if (granted.length === 0) return NONE;
      const list = granted.length > 3 ? `${granted.slice(0, 3).join(', ')} and ${granted.length - 3} more` : granted.join(', ');
      return [finding('PRIVILEGE_ESCALATION', s.limited(Severity.SECURITY_WARNING), a.path,
        `${describePath(a.path)} ${JSON.stringify(a.value)} allows ${list} on any target: its holder can grant themselves any permission${s.limit?.words ?? ''}. Restrict the resource to the users, groups, roles or policies it manages`)];
    },
  },
};

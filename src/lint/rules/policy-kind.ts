import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

/** `sts:AssumeRole`, `sts:AssumeRoleWithSAML`, `sts:AssumeRoleWithWebIdentity`, with or without `name/`. */
const ASSUME_ROLE = /^(?:name\/)?sts:AssumeRole[A-Za-z]*$/i;

export const MISSING_PRINCIPAL: Rule = {
  code: 'MISSING_PRINCIPAL',
  severity: Severity.ERROR,
  title: 'A trust or bucket policy statement names no principal',
  docUrl: DOCS.elements,
  description: "A role's trust policy says who may assume the role, and a COS bucket policy who it applies to: each statement of them needs a `principal` (or one shared by the document). Reported for documents linted as a trust policy (`PolicyContext.ROLE_TRUST`) or a bucket policy (`PolicyContext.COS_BUCKET`, or recognised by its shape).",
  visit: {
    statement: ({ view: s }, { view }) => view.kind === 'permission' || s.principals.length > 0 ? NONE : [finding('MISSING_PRINCIPAL', Severity.ERROR, s.path,
      `${describePath(s.path)} has no principal: ${view.kind === 'trust' ? 'a trust policy names who may assume the role' : 'a COS bucket policy names who it applies to'}, such as "principal": {"qcs": ["qcs::cam::uin/100000000001:uin/100000000011"]}`)],
  },
};

export const INVALID_TRUST_STATEMENT: Rule = {
  code: 'INVALID_TRUST_STATEMENT',
  severity: Severity.ERROR,
  title: 'A trust policy statement does something other than assume the role',
  docUrl: DOCS.elements,
  description: "A role's trust policy (`PolicyContext.ROLE_TRUST`) only says who may assume the role: its actions are `sts:AssumeRole` (or `sts:AssumeRoleWithSAML`, `sts:AssumeRoleWithWebIdentity`), and it has no `resource`. Permissions go in a policy attached to the role.",
  visit: {
    action: (a, _s, { view }) => view.kind !== 'trust' || ASSUME_ROLE.test(a.value) ? NONE : [finding('INVALID_TRUST_STATEMENT', Severity.ERROR, a.path,
      `${describePath(a.path)} ${JSON.stringify(a.value)}: a trust policy only allows assuming the role ("sts:AssumeRole"); grant other actions in a policy attached to the role`)],
    statement: ({ view: s }, { view }) => view.kind !== 'trust' || s.resources.length === 0 ? NONE : [finding('INVALID_TRUST_STATEMENT', Severity.ERROR, s.resourcePath ?? s.path,
      `${describePath(s.resourcePath ?? s.path)}: a trust policy has no resource (the role is the resource); remove it`)],
  },
};

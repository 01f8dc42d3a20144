import { Token } from 'cdktf';
import { Finding, Severity, finding } from '../policy/finding';
import { isUnresolved } from '../policy/tokens';

/**
 * What a policy is attached to.
 */
export enum TargetKind {
  /** A sub-user, by name. */
  USER = 'USER',
  /** A sub-user, by uin (CMQ's policy API page's `relateUin`): looked up with the `tencentcloud_cam_users` data source. */
  USER_UIN = 'USER_UIN',
  /** A user group, by id (CMQ's policy API page's `groupId`). */
  GROUP = 'GROUP',
  /** A role, by id. */
  ROLE = 'ROLE',
  /** A role, by name. */
  ROLE_NAME = 'ROLE_NAME',
}

const USER_NAME = /^[A-Za-z0-9_+=,.@-]{1,64}$/;
const ROLE_NAME = /^[A-Za-z0-9_+=,.@-]{1,128}$/;
const DIGITS = /^\d+$/;

/**
 * The user, group or role a policy is attached to.
 *
 * ```ts
 * PolicyTarget.user('alice')      // tencentcloud_cam_user_policy_attachment
 * PolicyTarget.userUin('3232')    // a tencentcloud_cam_users lookup, then the user attachment
 * PolicyTarget.group('13')        // tencentcloud_cam_group_policy_attachment
 * PolicyTarget.role('4611686018427397919')   // tencentcloud_cam_role_policy_attachment
 * PolicyTarget.roleName('DevOps') // tencentcloud_cam_role_policy_attachment_by_name
 * ```
 */
export class PolicyTarget {
  /** A sub-user by name (1 to 64 of letters, digits and `+=,.@_-`). */
  public static user(userName: string): PolicyTarget {
    return new PolicyTarget(TargetKind.USER, userName);
  }

  /** A sub-user by uin, as CMQ's legacy API names users. */
  public static userUin(uin: string): PolicyTarget {
    return new PolicyTarget(TargetKind.USER_UIN, uin);
  }

  /** A user group by id (digits). */
  public static group(groupId: string): PolicyTarget {
    return new PolicyTarget(TargetKind.GROUP, groupId);
  }

  /** A role by id (digits). */
  public static role(roleId: string): PolicyTarget {
    return new PolicyTarget(TargetKind.ROLE, roleId);
  }

  /** A role by name. The attachment refers to the policy by name, as the provider's `_by_name` resource does. */
  public static roleName(roleName: string): PolicyTarget {
    return new PolicyTarget(TargetKind.ROLE_NAME, roleName);
  }

  /** What kind of target this is. */
  public readonly kind: TargetKind;
  /** The user name, uin, group id, role id or role name. */
  public readonly value: string;

  private constructor(kind: TargetKind, value: string) {
    this.kind = kind;
    this.value = value;
  }

  /** A short label for construct ids and messages, such as `group 13`. */
  public toString(): string {
    const label: Record<TargetKind, string> = {
      [TargetKind.USER]: 'user',
      [TargetKind.USER_UIN]: 'user uin',
      [TargetKind.GROUP]: 'group',
      [TargetKind.ROLE]: 'role',
      [TargetKind.ROLE_NAME]: 'role name',
    };
    return `${label[this.kind]} ${Token.isUnresolved(this.value) ? '(reference)' : JSON.stringify(this.value)}`;
  }

  /** @internal the findings of a target that cannot exist. */
  public _check(): Finding[] {
    // The library's token check (cdktf's makes an object per string): every attachment of a stack is checked.
    if (typeof this.value === 'string' && isUnresolved(this.value)) return [];
    const v = this.value;
    switch (this.kind) {
      case TargetKind.USER:
        return typeof v === 'string' && USER_NAME.test(v) ? [] : bad(this, 'a user name is 1 to 64 letters, digits and + = , . @ _ -');
      case TargetKind.USER_UIN:
        return typeof v === 'string' && DIGITS.test(v) ? [] : bad(this, 'a uin is digits');
      case TargetKind.GROUP:
        return typeof v === 'string' && DIGITS.test(v) ? [] : bad(this, 'a group id is digits, such as "13" (find it in the CAM console or with the tencentcloud_cam_groups data source)');
      case TargetKind.ROLE:
        return typeof v === 'string' && DIGITS.test(v) ? [] : bad(this, 'a role id is digits; to name a role, use PolicyTarget.roleName()');
      case TargetKind.ROLE_NAME:
        return typeof v === 'string' && ROLE_NAME.test(v) ? [] : bad(this, 'a role name is 1 to 128 letters, digits and + = , . @ _ -');
    }
  }

}

/**
 * The finding of a bad target (a function, not a private method: a private member makes the class
 * nominal, and the tests pass the sources' targets to the compiled package's matchers).
 */
function bad(target: PolicyTarget, expected: string): Finding[] {
  return [finding('INVALID_ATTACHMENT_TARGET', Severity.ERROR, '', `${target.toString()}: ${expected}`)];
}

// Identities as constructs: users, groups and roles the stack creates (each its provider resource)
// or finds (a lookup that fails the plan naming what was looked up), with memberships, policy
// attachments and a role's trust built from typed principals.
import { createHash } from 'crypto';
import { Lazy } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { CamValidationError, Finding } from '../policy/finding';
import { PolicyDocument } from '../lint/document';
import { Effect, PolicyStatement } from '../policy/statement';
import { Condition } from '../policy/condition';
import { Principal } from '../policy/principal';
import { Linter } from '../lint/linter';
import { PolicyContext } from '../lint/rule';
import { AttachmentMethod, IPolicy, PolicyAttachment, foundOrFail } from './attachment';
import { escapeOptional, escapeTags, escapeTerraformTemplate } from './escape';
import { ManagedPolicy } from './managed-policy';
import { CamPolicy } from './policy';
import { LINT_OPTIONS, reportLinted } from './cam-lint';
import { reportFindings, requireProvider } from './findings';
import { CamGroup as CamGroupResource } from './generated/cam-group';
import { CamGroupMembership } from './generated/cam-group-membership';
import { CamRole as CamRoleResource } from './generated/cam-role';
import { CamUser as CamUserResource } from './generated/cam-user';
import { DataTencentcloudCamGroups } from './generated/data-tencentcloud-cam-groups';
import { DataTencentcloudCamRoles } from './generated/data-tencentcloud-cam-roles';
import { DataTencentcloudCamUsers } from './generated/data-tencentcloud-cam-users';
import { PolicyTarget } from './policy-target';
import { oneByteDataSource, oneBytePath } from './reference';

const UserLookup = oneByteDataSource(DataTencentcloudCamUsers);
const GroupLookup = oneByteDataSource(DataTencentcloudCamGroups);
const RoleLookup = oneByteDataSource(DataTencentcloudCamRoles);

/** A user, group or role that policies can be attached to. */
export interface IIdentity extends IConstruct {
  /** How attachments name it (a reference to the resource that makes or finds it). */
  readonly policyTarget: PolicyTarget;
  /** Attaches a policy (a `CamPolicy`, a service policy or a `ManagedPolicy`) to it. */
  attachPolicy(policy: IPolicy, method?: AttachmentMethod): PolicyAttachment;
  /** Attaches a policy the account has (`ManagedPolicy.fromName(...)`, such as a preset policy) to it. */
  addManagedPolicy(policy: ManagedPolicy): PolicyAttachment;
  /**
   * Adds a statement to the identity's own policy (`<path>-policy`, made and attached on the first
   * call, named after the identity's construct path).
   */
  addToPolicy(statement: PolicyStatement): CamPolicy;
}

/** A sub-user, made by the stack (`new CamUser`) or found (`CamUser.fromName`, `CamUser.fromUin`). */
export interface IUser extends IIdentity {
  /** The user's name, as a reference Terraform fills in. */
  readonly userName: string;
}

/** A user group, made by the stack (`new CamGroup`) or found (`CamGroup.fromId`, `CamGroup.fromName`). */
export interface IGroup extends IIdentity {
  /** The group's id, as a reference Terraform fills in. */
  readonly groupId: string;
}

/** A role, made by the stack (`new CamRole`) or found (`CamRole.fromName`, `CamRole.fromId`). */
export interface IRole extends IIdentity {
  /** The role's name, as a reference Terraform fills in where the stack makes or finds it. */
  readonly roleName: string;
}

/** Attaches `policy` to `identity`, as one construct under the identity named after the policy's path. */
function attach(identity: IIdentity, policy: IPolicy, method: AttachmentMethod | undefined): PolicyAttachment {
  if (typeof policy !== 'object' || policy === null || typeof (policy as IConstruct).node !== 'object') {
    throw new CamValidationError(`${identity.node.path}: attachPolicy() takes a policy (a CamPolicy, TcmppPolicy, CmqQueuePolicy, CmqTopicPolicy or ManagedPolicy)`, []);
  }
  // The id comes from the policy's identity, never from a position: adding or removing another attachment renames none.
  const id = `Policy${policy.node.path.replace(/[^A-Za-z0-9]/g, '_')}`;
  if (identity.node.tryFindChild(id)) throw new Error(`${identity.node.path} already holds ${policy.node.path}: attach it once`);
  return new PolicyAttachment(identity, id, { policy, target: identity.policyTarget, ...(method !== undefined ? { method } : {}) });
}

/**
 * A CAM policy name made from an identity's path and what the policy is for: letters, digits and
 * `+=,.@_-`, at most 128 characters (longer ones end in a hash of the whole).
 * @internal
 */
export function identityPolicyName(identity: IIdentity, what: string): string {
  const name = `${identity.node.path}-${what}`.replace(/[^A-Za-z0-9+=,.@_-]/g, '-');
  if (name.length <= 128) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, 119)}-${hash}`;
}

/** What a list of conditions requires, as data: two lists that require the same have the same signature. @internal */
export function conditionsSignature(conditions: readonly Condition[]): Array<[string, string, string[]]> {
  return conditions.map((c) => [c.conditionOperator.name, c.key, c.values]);
}

abstract class IdentityBase extends Construct implements IIdentity {
  public abstract readonly policyTarget: PolicyTarget;
  private ownPolicy?: CamPolicy;

  /** Attaches a policy to it, as a `PolicyAttachment` under it named after the policy's path (attaching one twice is an error). */
  public attachPolicy(policy: IPolicy, method?: AttachmentMethod): PolicyAttachment {
    return attach(this, policy, method);
  }

  /** Attaches a policy the account has (`ManagedPolicy.fromName(...)`, such as a preset policy) to it. */
  public addManagedPolicy(policy: ManagedPolicy): PolicyAttachment {
    if (!(policy instanceof ManagedPolicy)) {
      throw new CamValidationError(`${this.node.path}: addManagedPolicy() takes ManagedPolicy.fromName(scope, id, 'QcloudCVMReadOnlyAccess'); attach a CamPolicy with attachPolicy()`, []);
    }
    return attach(this, policy, undefined);
  }

  /**
   * Adds a statement to the identity's own policy: a `CamPolicy` named `<construct path>-policy`,
   * made and attached on the first call, which every later call adds to.
   */
  public addToPolicy(statement: PolicyStatement): CamPolicy {
    if (!(statement instanceof PolicyStatement)) {
      throw new CamValidationError(`${this.node.path}: addToPolicy() takes a PolicyStatement, such as new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP], resources: ['*'] })`, []);
    }
    if (this.ownPolicy) {
      this.ownPolicy.policyDocument.addStatements(statement);
      return this.ownPolicy;
    }
    this.ownPolicy = new CamPolicy(this, 'Policy', { policyName: identityPolicyName(this, 'policy'), statements: [statement] });
    this.attachPolicy(this.ownPolicy);
    return this.ownPolicy;
  }
}

/** Options of a `CamUser`: the provider's `tencentcloud_cam_user` arguments. */
export interface CamUserProps {
  /** The user's name: 1 to 64 letters, digits and `+=,.@_-`. */
  readonly userName: string;
  /** A remark. @default - none */
  readonly remark?: string;
  /** Whether the user may log in to the console. @default - the provider's default */
  readonly consoleLogin?: boolean;
  /** Whether the user gets an API key. @default - the provider's default */
  readonly useApi?: boolean;
  /** The user's email. @default - none */
  readonly email?: string;
  /** The user's phone number. @default - none */
  readonly phoneNum?: string;
  /** The country code of the phone number. @default - none */
  readonly countryCode?: string;
  /** Whether the user must reset the password at the next login. @default - the provider's default */
  readonly needResetPassword?: boolean;
  /** Whether Terraform deletes the user when it holds keys or policies. @default - the provider's default */
  readonly forceDelete?: boolean;
  /** Tags. @default - none */
  readonly tags?: { [key: string]: string };
}

/** A sub-user: the `tencentcloud_cam_user` resource, with its groups and policies. */
export class CamUser extends IdentityBase implements IUser {
  /** A user the account has, found by name at plan time (the plan fails naming it when there is none). */
  public static fromName(scope: Construct, id: string, userName: string): IUser {
    return FoundUser.byName(scope, id, userName);
  }

  /** A user the account has, found by uin at plan time (the plan fails naming it when there is none). */
  public static fromUin(scope: Construct, id: string, uin: string): IUser {
    return FoundUser.byUin(scope, id, uin);
  }

  /** The provider resource. */
  public readonly resource: CamUserResource;
  public readonly userName: string;
  public readonly policyTarget: PolicyTarget;

  public constructor(scope: Construct, id: string, props: CamUserProps) {
    super(scope, id);
    requireProvider(this);
    if (typeof props !== 'object' || props === null || typeof props.userName !== 'string') {
      throw new CamValidationError(`${this.node.path}: give { userName: 'alice' }: a user has a name`, []);
    }
    this.resource = new CamUserResource(this, 'Resource', {
      // An option left out is undefined here, and the provider resource emits nothing for it; text is
      // escaped, as Terraform reads every string as a template.
      name: props.userName,
      remark: escapeOptional(props.remark),
      consoleLogin: props.consoleLogin,
      useApi: props.useApi,
      email: escapeOptional(props.email),
      phoneNum: escapeOptional(props.phoneNum),
      countryCode: escapeOptional(props.countryCode),
      needResetPassword: props.needResetPassword,
      forceDelete: props.forceDelete,
      tags: props.tags === undefined ? undefined : escapeTags(props.tags),
    });
    this.userName = this.resource.name;
    this.policyTarget = PolicyTarget.user(this.userName);
    this.node.addValidation({ validate: () => reportFindings(this, PolicyTarget.user(props.userName)._check(), 'userName') });
  }

  /**
   * Adds the user to a group the stack makes. (A group the account has already is not given members
   * here: the provider's `tencentcloud_cam_group_membership` holds a group's whole member list, and
   * would remove the members it was not told of.)
   */
  public addToGroup(group: CamGroup): void {
    if (!(group instanceof CamGroup)) {
      throw new CamValidationError(`${this.node.path}: addToGroup() takes a CamGroup the stack makes; the provider's membership resource would replace the members of a group found with fromId/fromName`, []);
    }
    group.addUser(this);
  }
}

class FoundUser extends IdentityBase implements IUser {
  public static byName(scope: Construct, id: string, userName: string): FoundUser {
    return new FoundUser(scope, id, { name: userName }, `named ${userName}`);
  }

  public static byUin(scope: Construct, id: string, uin: string): FoundUser {
    return new FoundUser(scope, id, { uin }, `with uin ${uin}`);
  }

  public readonly userName: string;
  public readonly policyTarget: PolicyTarget;

  private constructor(scope: Construct, id: string, filter: { name?: string; uin?: string }, what: string) {
    super(scope, id);
    requireProvider(this);
    const lookup = new UserLookup(this, 'Lookup', {
      ...(filter.name !== undefined ? { name: filter.name } : {}),
      ...(filter.uin !== undefined ? { uin: Number(filter.uin) } : {}),
      lifecycle: foundOrFail('self.user_list', `No CAM user ${what} was found (tencentcloud_cam_users lookup of ${oneBytePath(this)}): check the ${filter.uin !== undefined ? 'uin' : 'name'}.`),
    });
    this.userName = lookup.userList.get(0).name;
    this.policyTarget = PolicyTarget.user(this.userName);
    const given = filter.uin !== undefined ? PolicyTarget.userUin(filter.uin) : PolicyTarget.user(filter.name!);
    this.node.addValidation({ validate: () => reportFindings(this, given._check(), filter.uin !== undefined ? 'uin' : 'userName') });
  }
}

/** Options of a `CamGroup`: the provider's `tencentcloud_cam_group` arguments. */
export interface CamGroupProps {
  /** The group's name. */
  readonly groupName: string;
  /** A remark. @default - none */
  readonly remark?: string;
}

/** A user group: the `tencentcloud_cam_group` resource, its members (one `tencentcloud_cam_group_membership`) and its policies. */
export class CamGroup extends IdentityBase implements IGroup {
  /** A group the account has, by id. */
  public static fromId(scope: Construct, id: string, groupId: string): IGroup {
    return new KnownGroup(scope, id, groupId);
  }

  /** A group the account has, found by name at plan time (the plan fails naming it when there is none). */
  public static fromName(scope: Construct, id: string, groupName: string): IGroup {
    return new FoundGroup(scope, id, groupName);
  }

  /** The provider resource. */
  public readonly resource: CamGroupResource;
  public readonly groupId: string;
  public readonly policyTarget: PolicyTarget;
  private readonly members: IUser[] = [];
  private membership?: CamGroupMembership;

  public constructor(scope: Construct, id: string, props: CamGroupProps) {
    super(scope, id);
    requireProvider(this);
    if (typeof props !== 'object' || props === null || typeof props.groupName !== 'string' || props.groupName === '') {
      throw new CamValidationError(`${this.node.path}: give { groupName: 'ops' }: a group has a name`, []);
    }
    this.resource = new CamGroupResource(this, 'Resource', { name: props.groupName, remark: escapeOptional(props.remark) });
    this.groupId = this.resource.id;
    this.policyTarget = PolicyTarget.group(this.groupId);
  }

  /** Adds a user (made by the stack or found) to the group, once however often it is added. */
  public addUser(user: IUser): void {
    if (typeof user !== 'object' || user === null || typeof user.userName !== 'string') {
      throw new CamValidationError(`${this.node.path}: addUser() takes a user (new CamUser(...), CamUser.fromName(...) or CamUser.fromUin(...)), got ${user === null ? 'null' : typeof user}`, []);
    }
    if (this.members.includes(user)) return;
    this.members.push(user);
    this.membership ??= new CamGroupMembership(this, 'Members', {
      groupId: this.groupId,
      userNames: Lazy.listValue({ produce: () => this.members.map((m) => m.userName) }),
    });
  }
}

class KnownGroup extends IdentityBase implements IGroup {
  public readonly groupId: string;
  public readonly policyTarget: PolicyTarget;

  public constructor(scope: Construct, id: string, groupId: string) {
    super(scope, id);
    this.groupId = groupId;
    this.policyTarget = PolicyTarget.group(groupId);
  }
}

class FoundGroup extends IdentityBase implements IGroup {
  public readonly groupId: string;
  public readonly policyTarget: PolicyTarget;

  public constructor(scope: Construct, id: string, groupName: string) {
    super(scope, id);
    requireProvider(this);
    const lookup = new GroupLookup(this, 'Lookup', {
      name: groupName,
      lifecycle: foundOrFail('self.group_list', `No CAM group named ${groupName} was found (tencentcloud_cam_groups lookup of ${oneBytePath(this)}): check the name.`),
    });
    this.groupId = lookup.groupList.get(0).groupId;
    this.policyTarget = PolicyTarget.group(this.groupId);
  }
}

/** Options of a `CamRole`. */
export interface CamRoleProps {
  /** The role's name: 1 to 128 letters, digits and `+=,.@_-`. */
  readonly roleName: string;
  /**
   * Who may assume the role: `new ServicePrincipal('scf.qcloud.com')`, `new AccountPrincipal(uin)`,
   * `new RootPrincipal()` (the stack's account), `Principal.user(ownerUin, subUin)`, a
   * `SamlPrincipal` or `OpenIdConnectPrincipal` (each with the action and conditions CAM's
   * "Creating Role" page gives it), a `CompositePrincipal`, or a list of them. Together they make
   * the role's trust policy, checked by the linter as one.
   */
  readonly assumedBy: Principal | Principal[];
  /**
   * Conditions every principal assumes the role under, such as `Condition.externalId('...')` for a
   * third party.
   * @default - none
   */
  readonly trustConditions?: Condition[];
  /** A description. @default - none */
  readonly description?: string;
  /** Whether the role may log in to the console. @default - the provider's default */
  readonly consoleLogin?: boolean;
  /** The longest session, in seconds. @default - the provider's default */
  readonly sessionDuration?: number;
  /** Tags. @default - none */
  readonly tags?: { [key: string]: string };
}


/** A role: the `tencentcloud_cam_role` resource, with its trust policy and its policies. */
export class CamRole extends IdentityBase implements IRole {
  /** A role the account has, found by name at plan time (the plan fails naming it when there is none). */
  public static fromName(scope: Construct, id: string, roleName: string): IRole {
    return FoundRole.byName(scope, id, roleName);
  }

  /** A role the account has, found by id at plan time (the plan fails naming it when there is none). */
  public static fromId(scope: Construct, id: string, roleId: string): IRole {
    return FoundRole.byId(scope, id, roleId);
  }

  /** The provider resource. */
  public readonly resource: CamRoleResource;
  public readonly roleName: string;
  /** The role's id, as a reference Terraform fills in. */
  public readonly roleId: string;
  public readonly policyTarget: PolicyTarget;
  /** The trust policy: who may assume the role. Add to it with `grantAssumeRole`. */
  public readonly trustPolicy: PolicyDocument;
  /** @internal marks the construct for the CamLint aspect: it lints its trust policy itself. */
  public readonly _isCamPolicyConstruct = true;
  /** Its statements, one per assume action and conditions, each allowing its principals. */
  private readonly assume = new Map<string, PolicyStatement>();
  private readonly conditions: Condition[];
  private readonly roleNameFindings: Finding[];

  public constructor(scope: Construct, id: string, props: CamRoleProps) {
    super(scope, id);
    requireProvider(this);
    if (typeof props !== 'object' || props === null || typeof props.roleName !== 'string') {
      throw new CamValidationError(`${this.node.path}: give { roleName: 'deployer', assumedBy: new ServicePrincipal('scf.qcloud.com') }`, []);
    }
    const assumedBy = Array.isArray(props.assumedBy) ? props.assumedBy : [props.assumedBy];
    if (assumedBy.length === 0 || !assumedBy.every((p) => p instanceof Principal)) {
      throw new CamValidationError(`${this.node.path}: "assumedBy" says who may assume the role, such as new ServicePrincipal('scf.qcloud.com') or new AccountPrincipal('100000000001')`, []);
    }
    this.conditions = props.trustConditions ?? [];
    this.trustPolicy = new PolicyDocument({});
    this.grantAssumeRole(...assumedBy);
    this.resource = new CamRoleResource(this, 'Resource', {
      name: props.roleName,
      // Escaped as a policy's document is: CAM's `${...}` reaches CAM as text.
      document: Lazy.stringValue({ produce: () => escapeTerraformTemplate(this.trustPolicy.toJson()) }),
      description: escapeOptional(props.description),
      consoleLogin: props.consoleLogin,
      sessionDuration: props.sessionDuration,
      tags: props.tags === undefined ? undefined : escapeTags(props.tags),
    });
    this.roleName = this.resource.name;
    this.roleId = this.resource.id;
    this.policyTarget = PolicyTarget.role(this.roleId);
    this.roleNameFindings = PolicyTarget.roleName(props.roleName)._check();
    this.node.addValidation({ validate: () => reportLinted(this, this.findings(), LINT_OPTIONS.get(this) ?? {}) });
  }

  /** Every finding of the role: its name (`/name`) and its trust policy as a trust policy (`/document/...`). */
  public findings(): Finding[] {
    const trust = new Linter({ context: PolicyContext.ROLE_TRUST }).lintText(this.trustPolicy.toJson()).findings;
    return [...this.roleNameFindings.map((f) => ({ ...f, path: '/name' })), ...trust.map((f) => ({ ...f, path: `/document${f.path}` }))];
  }

  /**
   * Lets more principals assume the role, each in the trust statement of its assume action and conditions.
   *
   * Accounts, users and services take `name/sts:AssumeRole`, SAML and OIDC providers their own
   * actions; a statement is made for the first principal that needs it.
   */
  public grantAssumeRole(...principals: Principal[]): void {
    const bad = principals.find((p) => !(p instanceof Principal));
    if (bad !== undefined || principals.length === 0) {
      throw new CamValidationError(`${this.node.path}: grantAssumeRole() takes principals, such as new AccountPrincipal('100000000001'), Principal.user(ownerUin, subUin) or new ServicePrincipal('scf.qcloud.com'); got ${bad === undefined ? 'none' : typeof bad === 'object' && bad !== null ? (bad as { node?: { path?: string } }).node?.path ?? 'an object' : JSON.stringify(bad)}`, []);
    }
    for (const principal of principals.flatMap((p) => p._expand(this))) {
      const conditions = [...this.conditions, ...principal._trustConditions];
      const key = JSON.stringify([principal._assumeAction, conditionsSignature(conditions)]);
      let statement = this.assume.get(key);
      if (!statement) {
        statement = new PolicyStatement({ effect: Effect.ALLOW, actions: [principal._assumeAction], conditions });
        this.assume.set(key, statement);
        this.trustPolicy.addStatements(statement);
      }
      statement.addPrincipals(principal);
    }
  }
}

class FoundRole extends IdentityBase implements IRole {
  public static byName(scope: Construct, id: string, roleName: string): FoundRole {
    return new FoundRole(scope, id, { name: roleName }, `named ${roleName}`);
  }

  public static byId(scope: Construct, id: string, roleId: string): FoundRole {
    return new FoundRole(scope, id, { roleId }, `with id ${roleId}`);
  }

  public readonly roleName: string;
  public readonly policyTarget: PolicyTarget;

  private constructor(scope: Construct, id: string, filter: { name?: string; roleId?: string }, what: string) {
    super(scope, id);
    requireProvider(this);
    const lookup = new RoleLookup(this, 'Lookup', {
      ...filter,
      lifecycle: foundOrFail('self.role_list', `No CAM role ${what} was found (tencentcloud_cam_roles lookup of ${oneBytePath(this)}): check the ${filter.roleId !== undefined ? 'id' : 'name'}.`),
    });
    this.roleName = lookup.roleList.get(0).name;
    // A role given by id is attached by that id; one given by name, by the name found.
    this.policyTarget = filter.roleId !== undefined ? PolicyTarget.role(filter.roleId) : PolicyTarget.roleName(this.roleName);
    const given = filter.roleId !== undefined ? PolicyTarget.role(filter.roleId) : PolicyTarget.roleName(filter.name!);
    this.node.addValidation({ validate: () => reportFindings(this, given._check(), filter.roleId !== undefined ? 'roleId' : 'roleName') });
  }
}

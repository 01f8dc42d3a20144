import { provider as nullProvider } from '@cdktf/provider-null';
import {
  TerraformResource, TerraformResourceLifecycle, TerraformStack, Token, hashMapper, hashMapperHcl, stringToHclTerraform, stringToTerraform,
} from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { CamValidationError, Finding, Severity, finding } from '../policy/finding';
import { locateJsonError } from '../policy/json-error';
import { isAttachRequest, isLegacyEnvelope, readAttachRequest } from '../policy/legacy';
import { escapeTerraformTemplate } from './escape';
import { OwnValidation, reportFindings, requireProvider } from './findings';
import { describeValue } from './props';
import { DataTencentcloudCamUsers } from './generated/data-tencentcloud-cam-users';
import { PolicyTarget, TargetKind } from './policy-target';
import { keepWrappedAddress, oneByteDataSource, oneBytePath, withOneBytePath } from './reference';

/** The `tencentcloud_cam_users` lookup of a user by uin or name. */
const UserLookup = oneByteDataSource(DataTencentcloudCamUsers);

/**
 * A policy that can be attached: a `CamPolicy` (and its service-specific kinds) or a `ManagedPolicy`.
 */
export interface IPolicy extends IConstruct {
  /** The policy id, as a token Terraform fills in. */
  readonly policyId: string;
  /** The policy name as written. */
  readonly policyName: string;
  /**
   * The policy name as a reference to the policy resource, so that an attachment by name waits
   * for the policy to exist.
   */
  readonly policyNameReference: string;
}

/**
 * How an attachment is made.
 */
export enum AttachmentMethod {
  /** With the provider's attachment resources (`tencentcloud_cam_*_policy_attachment`). */
  TERRAFORM = 'TERRAFORM',
  /**
   * Through CAM's own API, as CMQ's policy API page describes it: a `null_resource` runs `tccli cam Attach*Policy`
   * when it is created and `tccli cam Detach*Policy` when it is destroyed. For pipelines that must
   * attach with another identity than Terraform's, or targets the provider cannot express. Needs
   * `tccli`, configured, where Terraform runs.
   */
  CLI = 'CLI',
}

/**
 * Options of a `PolicyAttachment`.
 */
export interface PolicyAttachmentProps {
  /** The policy to attach. */
  readonly policy: IPolicy;
  /** The user, group or role to attach it to. */
  readonly target: PolicyTarget;
  /**
   * How to attach it.
   * @default AttachmentMethod.TERRAFORM
   */
  readonly method?: AttachmentMethod;
}

/** The tccli calls of each target kind: API names and the parameter naming the target. */
const CLI_CALLS: Record<TargetKind, { attach: string; detach: string; attachParam: string; detachParam: string }> = {
  [TargetKind.USER]: { attach: 'AttachUserPolicy', detach: 'DetachUserPolicy', attachParam: 'AttachUin', detachParam: 'DetachUin' },
  [TargetKind.USER_UIN]: { attach: 'AttachUserPolicy', detach: 'DetachUserPolicy', attachParam: 'AttachUin', detachParam: 'DetachUin' },
  [TargetKind.GROUP]: { attach: 'AttachGroupPolicy', detach: 'DetachGroupPolicy', attachParam: 'AttachGroupId', detachParam: 'DetachGroupId' },
  [TargetKind.ROLE]: { attach: 'AttachRolePolicy', detach: 'DetachRolePolicy', attachParam: 'AttachRoleId', detachParam: 'DetachRoleId' },
  [TargetKind.ROLE_NAME]: { attach: 'AttachRolePolicy', detach: 'DetachRolePolicy', attachParam: 'AttachRoleName', detachParam: 'DetachRoleName' },
};

/**
 * The attachments of each stack, in the order they were made, and an index of them by policy and
 * target made when first asked (again if more were made since): one pass per synthesis.
 */
const ATTACHMENTS = new WeakMap<IConstruct, { list: PolicyAttachment[]; index?: Map<string, PolicyAttachment>; indexed?: number }>();

function register(attachment: PolicyAttachment): void {
  const stack = TerraformStack.of(attachment);
  const entry = ATTACHMENTS.get(stack);
  if (entry) entry.list.push(attachment);
  else ATTACHMENTS.set(stack, { list: [attachment] });
}

/** The finding of an attachment of a policy to a target an earlier attachment of the stack already attaches it to, by any route. */
function twiceAttached(attachment: PolicyAttachment): Finding[] {
  const entry = ATTACHMENTS.get(TerraformStack.of(attachment));
  if (!entry) return [];
  if (entry.indexed !== entry.list.length) {
    entry.index = new Map();
    for (const a of entry.list) {
      const key = `${a.policy.node.path}\u0000${a.target.kind}\u0000${a.target.value}`;
      if (!entry.index.has(key)) entry.index.set(key, a);
    }
    entry.indexed = entry.list.length;
  }
  const first = entry.index!.get(`${attachment.policy.node.path}\u0000${attachment.target.kind}\u0000${attachment.target.value}`);
  if (!first || first === attachment) return [];
  return [finding('INVALID_ATTACHMENT_TARGET', Severity.ERROR, '', `${attachment.policy.node.path} is attached to ${attachment.target.toString()} already, by ${first.node.path}: attach it once (Terraform would make two attachments of one policy to one target)`)];
}

/** Whether a value is a policy this construct can attach: a `CamPolicy`, a `ManagedPolicy`, or another `IPolicy`. */
function isPolicy(value: unknown): value is IPolicy {
  const v = value as Partial<IPolicy> | undefined;
  // `policyNameReference` is not read: on a CamPolicy, reading it makes a reference token.
  return typeof v === 'object' && v !== null && typeof v.policyId === 'string' && typeof v.policyName === 'string' &&
    'policyNameReference' in v && typeof (v as IConstruct).node === 'object';
}

function propProblems(props: PolicyAttachmentProps | undefined): Finding[] {
  const bad = (path: string, message: string) => finding('INVALID_ATTACHMENT_TARGET', Severity.ERROR, path, message);
  if (typeof props !== 'object' || props === null) {
    return [bad('', `props are required: give { policy: <a CamPolicy or ManagedPolicy>, target: PolicyTarget.user(...) }, got ${props === null ? 'null' : typeof props}`)];
  }
  const out: Finding[] = [];
  if (!isPolicy(props.policy)) {
    out.push(bad('/policy', `"policy" is ${describeValue(props.policy)}, not a policy: give a CamPolicy (or TcmppPolicy, CmqQueuePolicy, CmqTopicPolicy) or a ManagedPolicy.fromName(...)`));
  }
  if (!(props.target instanceof PolicyTarget)) {
    out.push(bad('/target', `"target" is ${describeValue(props.target)}: give PolicyTarget.user(name), .userUin(uin), .group(id), .role(id) or .roleName(name)`));
  }
  if (props.method !== undefined && props.method !== AttachmentMethod.TERRAFORM && props.method !== AttachmentMethod.CLI) {
    out.push(bad('/method', `"method" is ${describeValue(props.method)}: give AttachmentMethod.TERRAFORM (the default) or AttachmentMethod.CLI`));
  }
  return out;
}

/**
 * A data source lifecycle whose postcondition fails the plan, with `message`, when `list` is empty.
 * @internal
 */
export function foundOrFail(list: string, message: string): TerraformResourceLifecycle {
  return { postcondition: [{ condition: `\${length(${list}) > 0}`, errorMessage: escapeTerraformTemplate(message) }] };
}

/** Quotes one shell word: `it's` becomes `'it'\''s'`. @internal */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The resource type each target kind is attached with by the provider. */
const PROVIDER_TYPES: Record<TargetKind, string> = {
  [TargetKind.USER]: 'tencentcloud_cam_user_policy_attachment',
  [TargetKind.USER_UIN]: 'tencentcloud_cam_user_policy_attachment',
  [TargetKind.GROUP]: 'tencentcloud_cam_group_policy_attachment',
  [TargetKind.ROLE]: 'tencentcloud_cam_role_policy_attachment',
  [TargetKind.ROLE_NAME]: 'tencentcloud_cam_role_policy_attachment_by_name',
};

/** The Terraform resource type of an attachment. */
function resourceTypeOf(props: PolicyAttachmentProps, valid: boolean): string {
  if (!valid) return PROVIDER_TYPES[TargetKind.USER];
  return (props.method ?? AttachmentMethod.TERRAFORM) === AttachmentMethod.CLI ? 'null_resource' : PROVIDER_TYPES[props.target.kind];
}

/**
 * Attaches a policy to a user, group or role.
 *
 * The construct is the attachment resource itself: `tencentcloud_cam_user_policy_attachment`,
 * `_group_`, `_role_` or `_role_policy_attachment_by_name` as the target asks (a `null_resource`
 * running `tccli` with `AttachmentMethod.CLI`), so one attachment is one construct and the
 * resource's meta-arguments are at hand (`attachment.dependsOn`, `attachment.addOverride(...)`).
 * Its Terraform address is the one it had when it wrapped a child resource named `Resource`
 * (before 0.2), so an upgrade plans no change.
 *
 * ```ts
 * new PolicyAttachment(stack, 'AliceRelease', { policy: release, target: PolicyTarget.user('alice') });
 * ```
 */
export class PolicyAttachment extends TerraformResource {
  /**
   * An attachment from a call of CMQ's legacy policy API, `OperateCamStrategy`, so that scripts of
   * such calls move into a stack: `request` is the JSON text of the call, its envelope
   * (`{"version": 1, "componentName": "MC", "interface": {"interfaceName": "OperateCamStrategy",
   * "para": {...}}}`) or its `para` alone (`{"groupId": -1, "relateUin": 3232, "strategyId": 666,
   * "actionType": 1}`). `groupId` names a group, `relateUin` a user (looked up by uin); -1 means
   * "not this one". `strategyId` is the policy's id in the account the call was made for: `policy`
   * takes its place.
   *
   * ```ts
   * PolicyAttachment.fromLegacyRequest(stack, 'Consumers', '{"groupId":13,"relateUin":-1,"strategyId":666,"actionType":1}', consumers);
   * ```
   *
   * @throws CamValidationError when the text is no such call, names both or neither target, or
   * detaches (`actionType` 2: a detach is an attachment removed from the stack)
   */
  public static fromLegacyRequest(scope: Construct, id: string, request: string, policy: IPolicy, method?: AttachmentMethod): PolicyAttachment {
    let value: unknown;
    try {
      value = JSON.parse(typeof request === 'string' ? request : String(request));
    } catch {
      throw new CamValidationError('Not an OperateCamStrategy call', [finding('INVALID_JSON', Severity.ERROR, '', `the request is not JSON: ${locateJsonError(String(request)).reason}`)]);
    }
    const envelope = isLegacyEnvelope(value);
    const para = envelope ? (value as { interface: { para: unknown } }).interface.para : value;
    const path = envelope ? '/interface/para' : '';
    if (!isAttachRequest(para)) {
      throw new CamValidationError('Not an OperateCamStrategy call', [finding('NOT_CAM_INPUT', Severity.ERROR, path, 'an OperateCamStrategy call has groupId, relateUin, strategyId and actionType, such as {"groupId": -1, "relateUin": 3232, "strategyId": 666, "actionType": 1}')]);
    }
    const read = readAttachRequest(para, path);
    const findings = [...read.findings];
    if (read.actionType === 2) {
      findings.push(finding('INVALID_ELEMENT', Severity.ERROR, `${path}/actionType`, 'actionType 2 detaches a policy: in a stack, a detach is the attachment removed from the code (Terraform then detaches it)'));
    }
    if (findings.some((f) => f.severity === Severity.ERROR)) throw new CamValidationError('Invalid OperateCamStrategy call', findings);
    const target = read.groupId !== undefined ? PolicyTarget.group(read.groupId) : PolicyTarget.userUin(read.relateUin!);
    return new PolicyAttachment(scope, id, { policy, target, method });
  }

  /** The policy. */
  public readonly policy: IPolicy;
  /** What it is attached to. */
  public readonly target: PolicyTarget;
  /** How. */
  public readonly method: AttachmentMethod;
  /** The attributes the resource is synthesized with; none when the props are not valid. */
  private readonly attributes?: { [name: string]: string | { [key: string]: string } };

  constructor(scope: Construct, id: string, props: PolicyAttachmentProps) {
    // Props from JavaScript can be anything: every problem is an error at synth, listed with the
    // others, and nothing half-made is emitted.
    const problems = propProblems(props);
    super(scope, id, { terraformResourceType: resourceTypeOf(props, problems.length === 0) });
    keepWrappedAddress(this);
    this.policy = props?.policy;
    this.target = props?.target;
    this.method = props?.method ?? AttachmentMethod.TERRAFORM;
    requireProvider(this);
    if (problems.length > 0) {
      this.node.addValidation({ validate: () => reportFindings(this, problems, '') });
      return;
    }
    this.node.addValidation(new OwnValidation(this));
    register(this);
    this.attributes = this.method === AttachmentMethod.CLI ? this.attachWithCli() : this.attachWithProvider();
  }

  /** @internal the findings of a target that cannot exist, or of the same policy attached to it before, reported. */
  public _validate(): string[] {
    return reportFindings(this, [...this.target._check(), ...twiceAttached(this)], 'target');
  }

  /** The Terraform resource, or nothing when the props are not valid (synthesis fails on them). */
  public toTerraform(): any {
    return this.attributes ? super.toTerraform() : {};
  }

  /** The HCL resource, or nothing when the props are not valid (synthesis fails on them). */
  public toHclTerraform(): any {
    return this.attributes ? super.toHclTerraform() : {};
  }

  /** cdktf's metadata of the resource, its path kept a one-byte string (see `concatenated`). */
  protected get constructNodeMetadata(): { [key: string]: any } {
    return withOneBytePath(super.constructNodeMetadata, this);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const out: { [name: string]: any } = {};
    for (const [name, value] of Object.entries(this.attributes ?? {})) {
      out[name] = typeof value === 'string' ? stringToTerraform(value) : hashMapper(stringToTerraform)(value);
    }
    return out;
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const out: { [name: string]: any } = {};
    for (const [name, value] of Object.entries(this.attributes ?? {})) {
      out[name] = typeof value === 'string'
        ? { value: stringToHclTerraform(value), isBlock: false, type: 'simple', storageClassType: 'string' }
        : { value: hashMapperHcl(stringToHclTerraform)(value), isBlock: false, type: 'map', storageClassType: 'stringMap' };
    }
    return out;
  }

  private attachWithProvider(): { [name: string]: string } {
    const policyId = this.policy.policyId;
    const { kind, value } = this.target;
    switch (kind) {
      case TargetKind.USER: return { user_name: value, policy_id: policyId };
      case TargetKind.USER_UIN: return { user_name: this.lookupUser().userList.get(0).name, policy_id: policyId };
      case TargetKind.GROUP: return { group_id: value, policy_id: policyId };
      case TargetKind.ROLE: return { role_id: value, policy_id: policyId };
      case TargetKind.ROLE_NAME: return { role_name: value, policy_name: this.policy.policyNameReference };
    }
  }

  private attachWithCli(): { [name: string]: { [key: string]: string } } {
    const stack = TerraformStack.of(this);
    if (!stack.node.tryFindChild('null')) new nullProvider.NullProvider(stack, 'null');
    const { kind, value } = this.target;
    const call = CLI_CALLS[kind];
    let target: string;
    if (kind === TargetKind.USER) target = Token.asString(this.lookupUser({ name: value }).userList.get(0).uin);
    else target = value;
    const policyId = shellQuote('${self.triggers.policy_id}');
    const targetArg = shellQuote('${self.triggers.target}');
    this.provisioners = [
      { type: 'local-exec', command: `tccli cam ${call.attach} --PolicyId ${policyId} --${call.attachParam} ${targetArg}` },
      { type: 'local-exec', when: 'destroy', command: `tccli cam ${call.detach} --PolicyId ${policyId} --${call.detachParam} ${targetArg}` },
    ];
    return { triggers: { policy_id: this.policy.policyId, target_kind: call.attachParam, target } };
  }

  /** The `tencentcloud_cam_users` lookup of the target user, by uin (the default) or by name. */
  private lookupUser(by: { name?: string } = {}): DataTencentcloudCamUsers {
    // An empty result fails the plan with what was looked up, not with "Invalid index" on user_list[0].
    const what = by.name !== undefined ? `named ${by.name}` : `with uin ${this.target.value}`;
    const lifecycle = foundOrFail('self.user_list', `No CAM sub-user ${what} was found (tencentcloud_cam_users lookup for the attachment ${oneBytePath(this)}): check the ${by.name !== undefined ? 'name' : 'uin'}, or create the user first.`);
    if (by.name !== undefined) return new UserLookup(this, 'User', { name: by.name, lifecycle });
    return new UserLookup(this, 'User', { uin: Token.isUnresolved(this.target.value) ? Token.asNumber(this.target.value) : Number(this.target.value), lifecycle });
  }
}

// Grants on the two catalogued services, named after what users do: a TCMPP platform's versions
// released or everything read; a CMQ queue consumed or sent to; a topic published to or subscribed
// to. Each builds the smallest statements the catalogue's templates allow, in a policy made for the
// identity and attached to it.
import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { AccessLevel } from '../catalog/access-level';
import { Catalog } from '../catalog/catalog';
import { CmqResources, TcmppResources } from '../catalog/resources';
import { CmqQueueActions } from '../catalog/generated/cmqqueue-actions';
import { CmqTopicActions } from '../catalog/generated/cmqtopic-actions';
import { TcmppActions } from '../catalog/generated/tcmpp-actions';
import { Condition } from '../policy/condition';
import { Region } from '../policy/region';
import { PolicyStatement } from '../policy/statement';
import { CamPolicy } from './policy';
import { IIdentity } from './identity';

/** A CAM policy name from an identity's path and what the grant is for: letters, digits and `-`, at most 128 characters. */
function grantPolicyName(identity: IIdentity, what: string): string {
  const name = `${identity.node.path}-${what}`.replace(/[^A-Za-z0-9+=,.@_-]/g, '-');
  if (name.length <= 128) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, 119)}-${hash}`;
}

/** Options of a grant. */
export interface GrantOptions {
  /** Conditions every statement of the grant holds under, such as `Condition.sourceIp([...])`. @default - none */
  readonly conditions?: Condition[];
}

/** The statements that grant `actions`: one per resource their templates give, actions without one on `*`. */
function statementsFor(actions: readonly string[], resourceOf: (action: string) => string, options: GrantOptions = {}): PolicyStatement[] {
  const byResource = new Map<string, string[]>();
  for (const action of actions) {
    const info = Catalog.action(action);
    const resource = !info || info.resourceTemplates.length === 0 || info.resourceTemplates.includes('*') ? '*' : resourceOf(action);
    const list = byResource.get(resource);
    if (list) list.push(action);
    else byResource.set(resource, [action]);
  }
  return [...byResource].map(([resource, list]) => new PolicyStatement({ actions: list, resources: [resource], conditions: options.conditions ?? [] }));
}

/** A short hash of what a grant gives (its actions and conditions): two different grants on one target get two policies. */
function grantHash(actions: readonly string[], options: GrantOptions | undefined): string {
  const conditions = (options?.conditions ?? []).map((c) => [c.conditionOperator.name, c.key, c.values]);
  return createHash('sha256').update(JSON.stringify([actions, conditions])).digest('hex').slice(0, 8);
}

/**
 * Makes the policy of a grant of `actions` on `target` (`tcmpp-T1`, `cmqqueue-orders`) under the
 * identity, each action on `resourceOf(action)`, and attaches it; a grant made twice is an error naming it.
 */
function grantPolicy(identity: IIdentity, target: string, actions: string[], options: GrantOptions | undefined, resourceOf: (action: string) => string): CamPolicy {
  if (typeof identity !== 'object' || identity === null || typeof identity.attachPolicy !== 'function') {
    throw new TypeError(`a grant takes a user, group or role (a CamUser, CamGroup or CamRole, or one found with fromName/fromId), got ${identity === null ? 'null' : typeof identity}`);
  }
  const what = `${target}-${grantHash(actions, options)}`;
  const id = `Grant${what.replace(/[^A-Za-z0-9]/g, '')}`;
  if (identity.node.tryFindChild(id)) throw new Error(`${identity.node.path} already has the grant ${what}: grant it once`);
  const policy = new CamPolicy(identity as unknown as Construct, id, { policyName: grantPolicyName(identity, what), statements: statementsFor(actions, resourceOf, options) });
  identity.attachPolicy(policy);
  return policy;
}

function checkCmqTarget(props: CmqTargetProps, where: string): void {
  if (typeof props !== 'object' || props === null || typeof props.name !== 'string') {
    throw new TypeError(`${where} takes { ownerUin: '100000000001', creatorUin: '100000000001', name: 'orders' }, got ${props === null ? 'null' : typeof props}`);
  }
}

/** A TCMPP platform: its owner's uin, its id, and the region its resources name. */
export interface TcmppPlatformProps {
  /** The root account uin that owns the platform. */
  readonly ownerUin: string;
  /** The platform id, as the TCMPP console shows it. */
  readonly platformId: string;
  /** The region: a code (`ap-guangzhou`) or a `Region`. @default - every region */
  readonly region?: string | Region;
}

/** A TCMPP platform to grant on: `TcmppPlatform.fromId({ ownerUin, platformId }).grantRelease(group)`. */
export class TcmppPlatform {
  /** A platform by its owner and id. */
  public static fromId(props: TcmppPlatformProps): TcmppPlatform {
    if (typeof props !== 'object' || props === null || typeof props.platformId !== 'string') {
      throw new TypeError(`TcmppPlatform.fromId takes { ownerUin: '100000000001', platformId: 'T04257DS9431720WTAG' }, got ${props === null ? 'null' : typeof props}`);
    }
    return new TcmppPlatform(props);
  }

  /** Preview, create, release and roll back the versions of every mini program of the platform. */
  public static readonly RELEASE_ACTIONS: string[] = [
    TcmppActions.CONFIGURE_MNP_PREVIEW, TcmppActions.DESCRIBE_MNP_PREVIEW, TcmppActions.CREATE_MNP_VERSION,
    TcmppActions.DESCRIBE_MNP_VERSION, TcmppActions.RELEASE_MNP_VERSION, TcmppActions.ROLLBACK_MNP_VERSION,
  ];

  private constructor(private readonly props: TcmppPlatformProps) {}

  /** The resource `action` is authorized against on this platform (every mini program of it where the template names one). */
  public resourceFor(action: string): string {
    const info = Catalog.action(action);
    const region = info?.resourceTemplates.some((t) => t.includes('${Region}')) ? this.props.region : undefined;
    return TcmppResources.forAction(action, { ownerUin: this.props.ownerUin, platformId: this.props.platformId, ...(region !== undefined ? { region } : {}), mnpId: info?.resourceTemplates.some((t) => t.includes('${MNPId}')) ? '*' : undefined as unknown as string });
  }

  /** Lets the identity preview, create, release and roll back versions (`RELEASE_ACTIONS`). */
  public grantRelease(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, TcmppPlatform.RELEASE_ACTIONS, options);
  }

  /** Lets the identity call every read and list API of TCMPP (the catalogue's, current with it). */
  public grantReadAll(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, [...Catalog.actionNames('tcmpp', AccessLevel.READ), ...Catalog.actionNames('tcmpp', AccessLevel.LIST)], options);
  }

  /** Lets the identity call these TCMPP actions on the platform (those without a resource template on `*`). */
  public grant(identity: IIdentity, actions: string[], options?: GrantOptions): CamPolicy {
    return grantPolicy(identity, `tcmpp-${this.props.platformId}`, actions, options, (a) => this.resourceFor(a));
  }
}

/** A CMQ queue or topic: its owner's uin, its creator's uin, its name and region. */
export interface CmqTargetProps {
  /** The root account uin that owns it. */
  readonly ownerUin: string;
  /** The uin of the user who created it (console details page, or `createUin` of its attributes). */
  readonly creatorUin: string;
  /** Its name. */
  readonly name: string;
  /** The region: a code, short (`gz`) or long (`ap-guangzhou`), or a `Region`. @default - every region */
  readonly region?: string | Region;
}

/** A CMQ queue to grant on: `CmqQueue.fromName({ ownerUin, creatorUin, name }).grantConsume(role)`. */
export class CmqQueue {
  /** A queue by its owner, creator and name. */
  public static fromName(props: CmqTargetProps): CmqQueue {
    checkCmqTarget(props, 'CmqQueue.fromName');
    return new CmqQueue(props);
  }

  private constructor(private readonly props: CmqTargetProps) {}

  /** The queue's six-segment resource. */
  public get resource(): string {
    return CmqResources.queue({ ownerUin: this.props.ownerUin, creatorUin: this.props.creatorUin, queueName: this.props.name, ...(this.props.region !== undefined ? { region: this.props.region } : {}) });
  }

  /** Lets the identity receive and delete messages. */
  public grantConsume(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, [CmqQueueActions.RECEIVE_MESSAGE, CmqQueueActions.BATCH_RECEIVE_MESSAGE, CmqQueueActions.DELETE_MESSAGE, CmqQueueActions.BATCH_DELETE_MESSAGE], options);
  }

  /** Lets the identity send messages. */
  public grantSend(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, [CmqQueueActions.SEND_MESSAGE, CmqQueueActions.BATCH_SEND_MESSAGE], options);
  }

  /** Lets the identity call these CMQ queue actions on the queue (operation-level ones, such as ListQueue, on `*`). */
  public grant(identity: IIdentity, actions: string[], options?: GrantOptions): CamPolicy {
    return grantPolicy(identity, `cmqqueue-${this.props.name}`, actions, options, () => this.resource);
  }
}

/** A CMQ topic to grant on: `CmqTopic.fromName({ ownerUin, creatorUin, name }).grantPublish(role)`. */
export class CmqTopic {
  /** A topic by its owner, creator and name. */
  public static fromName(props: CmqTargetProps): CmqTopic {
    checkCmqTarget(props, 'CmqTopic.fromName');
    return new CmqTopic(props);
  }

  private constructor(private readonly props: CmqTargetProps) {}

  /** The topic's six-segment resource. */
  public get resource(): string {
    return CmqResources.topic({ ownerUin: this.props.ownerUin, creatorUin: this.props.creatorUin, topicName: this.props.name, ...(this.props.region !== undefined ? { region: this.props.region } : {}) });
  }

  /** Lets the identity publish messages. */
  public grantPublish(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, [CmqTopicActions.PUBLISH_MESSAGE, CmqTopicActions.BATCH_PUBLISH_MESSAGE], options);
  }

  /** Lets the identity subscribe to the topic and unsubscribe. */
  public grantSubscribe(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, [CmqTopicActions.SUBSCRIBE, CmqTopicActions.UNSUBSCRIBE], options);
  }

  /** Lets the identity call these CMQ topic actions on the topic (operation-level ones, such as ListTopic, on `*`). */
  public grant(identity: IIdentity, actions: string[], options?: GrantOptions): CamPolicy {
    return grantPolicy(identity, `cmqtopic-${this.props.name}`, actions, options, () => this.resource);
  }
}

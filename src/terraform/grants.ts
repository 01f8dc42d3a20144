// Grants on the two catalogued services, named after what users do: a TCMPP platform's versions
// released or everything read; a CMQ queue consumed or sent to; a topic published to or subscribed
// to. Each builds the smallest statements the catalogue's templates allow, in a policy made for the
// identity and attached to it.
import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { CamValidationError } from '../policy/finding';
import { Catalog } from '../catalog/catalog';
import { CmqResources, TcmppResources } from '../catalog/resources';
import { CmqQueueActions } from '../catalog/generated/cmqqueue-actions';
import { CmqTopicActions } from '../catalog/generated/cmqtopic-actions';
import { TcmppActions } from '../catalog/generated/tcmpp-actions';
import { Condition } from '../policy/condition';
import { Region } from '../policy/region';
import { PolicyStatement } from '../policy/statement';
import { CamPolicy } from './policy';
import { CamDefaults } from './defaults';
import { IIdentity, conditionsSignature, identityPolicyName } from './identity';

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
  return createHash('sha256').update(JSON.stringify([actions, conditionsSignature(options?.conditions ?? [])])).digest('hex').slice(0, 8);
}

/**
 * Makes the policy of a grant of `actions` on `target` (`tcmpp-T1`, `cmqqueue-orders`) under the
 * identity, each action on `resourceOf(action)`, and attaches it; a grant made twice is an error naming it.
 */
function grantPolicy(identity: IIdentity, target: string, actions: string[], options: GrantOptions | undefined, resourceOf: (action: string, defaults: CamDefaults) => string): CamPolicy {
  if (typeof identity !== 'object' || identity === null || typeof identity.attachPolicy !== 'function') {
    throw new TypeError(`a grant takes a user, group or role (a CamUser, CamGroup or CamRole, or one found with fromName/fromId), got ${identity === null ? 'null' : typeof identity}`);
  }
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === 'string')) {
    throw new CamValidationError(`${identity.node.path}: a grant on ${target} takes a list of actions, such as [TcmppActions.DESCRIBE_MNP]`, []);
  }
  const what = `${target}-${grantHash(actions, options)}`;
  const id = `Grant${what.replace(/[^A-Za-z0-9]/g, '')}`;
  if (identity.node.tryFindChild(id)) throw new Error(`${identity.node.path} already has the grant ${what}: grant it once`);
  const defaults = CamDefaults.of(identity);
  const statements = statementsFor(actions, (a) => resourceOf(a, defaults), options);
  const policy = new CamPolicy(identity as unknown as Construct, id, { policyName: identityPolicyName(identity, what), statements });
  identity.attachPolicy(policy);
  return policy;
}

/** The service an action names (`name/tcmpp:DescribeMNP` and `tcmpp:DescribeMNP` name `tcmpp`). */
function serviceOf(action: string): string | undefined {
  return /^(?:name\/)?([A-Za-z0-9_-]+):/.exec(action)?.[1]?.toLowerCase();
}

/** Refuses an action of another service than the target's: granted on `*`, it would reach every resource of that service. */
function checkService(identity: IIdentity, actions: readonly string[], service: string, target: string): void {
  const other = Array.isArray(actions) ? actions.find((a) => typeof a === 'string' && serviceOf(a) !== service) : undefined;
  if (other === undefined) return;
  const owner = serviceOf(other);
  const use = owner === 'tcmpp' ? 'TcmppPlatform.fromId(...)' : owner === 'cmqqueue' ? 'CmqQueue.fromName(...)' : owner === 'cmqtopic' ? 'CmqTopic.fromName(...)' : 'identity.addToPolicy(new PolicyStatement({ actions, resources }))';
  const at = typeof identity?.node?.path === 'string' ? `${identity.node.path}: ` : '';
  throw new CamValidationError(`${at}${target}.grant: ${JSON.stringify(other)} is not a ${service} action: grant it with ${use}`, []);
}

function checkProps(props: unknown, where: string, example: string, required: string): void {
  if (typeof props !== 'object' || props === null || typeof (props as Record<string, unknown>)[required] !== 'string') {
    throw new TypeError(`${where} takes ${example}, got ${props === null ? 'null' : typeof props}${typeof props === 'object' && props !== null ? ` without "${required}"` : ''}`);
  }
}

/** A TCMPP platform: its id, its owner's uin and the region its resources name. */
export interface TcmppPlatformProps {
  /** The platform id, as the TCMPP console shows it. */
  readonly platformId: string;
  /** The root account uin that owns the platform. @default - the owner uin of `CamDefaults` at the identity granted to */
  readonly ownerUin?: string;
  /** The region: a code (`ap-guangzhou`) or a `Region`. @default - every region */
  readonly region?: string | Region;
}

/** A TCMPP platform to grant on: `TcmppPlatform.fromId({ platformId }).grantRelease(group)`. */
export class TcmppPlatform {
  /** A platform by its id (and owner, unless `CamDefaults` gives it). */
  public static fromId(props: TcmppPlatformProps): TcmppPlatform {
    checkProps(props, 'TcmppPlatform.fromId', "{ platformId: 'T04257DS9431720WTAG' }", 'platformId');
    return new TcmppPlatform(props);
  }

  /** Preview, create, release and roll back the versions of every mini program of the platform. */
  public static readonly RELEASE_ACTIONS: string[] = [
    TcmppActions.CONFIGURE_MNP_PREVIEW, TcmppActions.DESCRIBE_MNP_PREVIEW, TcmppActions.CREATE_MNP_VERSION,
    TcmppActions.DESCRIBE_MNP_VERSION, TcmppActions.RELEASE_MNP_VERSION, TcmppActions.ROLLBACK_MNP_VERSION,
  ];

  private constructor(private readonly props: TcmppPlatformProps) {}

  /**
   * The resource `action` is authorized against on this platform (every mini program of it where
   * the template names one), for the owner given or `defaults`' owner.
   */
  public resourceFor(action: string, defaults?: CamDefaults): string {
    const ownerUin = defaults ? defaults._requireOwnerUin(this.props.ownerUin, `TcmppPlatform ${this.props.platformId}`) : this.props.ownerUin ?? this.noOwner();
    const info = Catalog.action(action);
    const region = info?.resourceTemplates.some((t) => t.includes('${Region}')) ? this.props.region : undefined;
    const mnpId = info?.resourceTemplates.some((t) => t.includes('${MNPId}')) ? '*' : undefined;
    return TcmppResources.forAction(action, { ownerUin, platformId: this.props.platformId, ...(region !== undefined ? { region } : {}), ...(mnpId !== undefined ? { mnpId } : {}) });
  }

  /** Lets the identity preview, create, release and roll back versions (`RELEASE_ACTIONS`). */
  public grantRelease(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, TcmppPlatform.RELEASE_ACTIONS, options);
  }

  /** Lets the identity call every read and list API of TCMPP (`TcmppActions.allReadOnly()`, current with the catalogue). */
  public grantReadAll(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, TcmppActions.allReadOnly(), options);
  }

  /** Lets the identity call every API of TCMPP the catalogue knows (read, list and write) on the platform. */
  public grantAdminister(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, Catalog.actionNames('tcmpp'), options);
  }

  /** Lets the identity call these TCMPP actions on the platform (those without a resource template on `*`). */
  public grant(identity: IIdentity, actions: string[], options?: GrantOptions): CamPolicy {
    checkService(identity, actions, 'tcmpp', 'TcmppPlatform');
    return grantPolicy(identity, `tcmpp-${this.props.platformId}`, actions, options, (a, d) => this.resourceFor(a, d));
  }

  private noOwner(): never {
    throw new CamValidationError(`TcmppPlatform ${this.props.platformId}: give ownerUin to TcmppPlatform.fromId, or set CamDefaults`, []);
  }
}

/** A mini program of a TCMPP platform: its ids, its owner's uin. */
export interface MiniProgramProps {
  /** The id of the platform the mini program belongs to. */
  readonly platformId: string;
  /** The mini program's id. */
  readonly mnpId: string;
  /** The root account uin that owns the platform. @default - the owner uin of `CamDefaults` at the identity granted to */
  readonly ownerUin?: string;
}

/**
 * One mini program to grant on: `MiniProgram.fromId({ platformId, mnpId }).grantCreateVersion(role)`.
 * TCMPP's CAM page narrows only `CreateMNPVersion` to one mini program; every other action is
 * authorized on the whole platform, so granting one here is an error that says to grant it on the
 * `TcmppPlatform` (never a silent widening).
 */
export class MiniProgram {
  /** A mini program by its platform's id and its own. */
  public static fromId(props: MiniProgramProps): MiniProgram {
    checkProps(props, 'MiniProgram.fromId', "{ platformId: 'T04257DS9431720WTAG', mnpId: 'mnpabc123' }", 'mnpId');
    return new MiniProgram(props);
  }

  private constructor(private readonly props: MiniProgramProps) {}

  /** Lets the identity create versions of this mini program (`CreateMNPVersion`, the one action CAM narrows to a mini program). */
  public grantCreateVersion(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, [TcmppActions.CREATE_MNP_VERSION], options);
  }

  /** Lets the identity call these TCMPP actions on this mini program: each must be one whose template names a mini program. */
  public grant(identity: IIdentity, actions: string[], options?: GrantOptions): CamPolicy {
    checkService(identity, actions, 'tcmpp', 'MiniProgram');
    const wide = actions.find((a) => !Catalog.action(a)?.resourceTemplates.some((t) => t.includes('${MNPId}')));
    if (wide !== undefined) {
      throw new CamValidationError(`${identity?.node?.path ?? 'MiniProgram'}: MiniProgram ${this.props.mnpId}: ${wide} cannot be narrowed to one mini program (its template in TCMPP's CAM page names the platform, or none): grant it with TcmppPlatform.fromId({ platformId: '${this.props.platformId}' }).grant(...)`, []);
    }
    return grantPolicy(identity, `tcmpp-${this.props.platformId}-${this.props.mnpId}`, actions, options, (a, d) => TcmppResources.forAction(a, {
      ownerUin: d._requireOwnerUin(this.props.ownerUin, `MiniProgram ${this.props.mnpId}`), platformId: this.props.platformId, mnpId: this.props.mnpId,
    }));
  }
}

/** A CMQ queue or topic: its name, region, owner's and creator's uins. */
export interface CmqTargetProps {
  /** Its name. */
  readonly name: string;
  /** The root account uin that owns it. @default - the owner uin of `CamDefaults` at the identity granted to */
  readonly ownerUin?: string;
  /** The uin of the user who created it (console details page, or `createUin` of its attributes). @default - the creator uin of `CamDefaults` at the identity granted to */
  readonly creatorUin?: string;
  /** The region: a code, short (`gz`) or long (`ap-guangzhou`), or a `Region`. @default - every region */
  readonly region?: string | Region;
}

/** The CMQ parts of a queue or topic, its uins given or read from `defaults`. */
function cmqParts(props: CmqTargetProps, what: string, defaults?: CamDefaults): { ownerUin: string; creatorUin: string; name: string; region?: string | Region } {
  const need = (given: string | undefined, key: 'ownerUin' | 'creatorUin'): string => {
    if (defaults) return key === 'ownerUin' ? defaults._requireOwnerUin(given, what) : defaults._requireCreatorUin(given, what);
    if (given !== undefined) return given;
    throw new CamValidationError(`${what}: give ${key}, or set CamDefaults and read the resource through a grant`, []);
  };
  return { ownerUin: need(props.ownerUin, 'ownerUin'), creatorUin: need(props.creatorUin, 'creatorUin'), name: props.name, ...(props.region !== undefined ? { region: props.region } : {}) };
}

/**
 * What a CMQ queue and a topic share: their parts, their resource, and a grant of their service's
 * actions on it; each gives its service, its name in messages and how its resource is built.
 */
abstract class CmqTarget {
  protected constructor(
    private readonly props: CmqTargetProps,
    private readonly service: 'cmqqueue' | 'cmqtopic',
    private readonly kind: string,
    private readonly build: (parts: ReturnType<typeof cmqParts>) => string,
  ) {}

  /** Its six-segment resource (its owner and creator given to `fromName`). */
  public get resource(): string {
    return this.resourceWith();
  }

  /** Lets the identity call these actions of its service on it (operation-level ones, such as ListQueue or ListTopic, on `*`). */
  public grant(identity: IIdentity, actions: string[], options?: GrantOptions): CamPolicy {
    checkService(identity, actions, this.service, this.kind);
    return grantPolicy(identity, `${this.service}-${this.props.name}`, actions, options, (_a, d) => this.resourceWith(d));
  }

  private resourceWith(defaults?: CamDefaults): string {
    return this.build(cmqParts(this.props, `${this.kind} ${this.props.name}`, defaults));
  }
}

/** A CMQ queue to grant on: `CmqQueue.fromName({ name: 'orders' }).grantConsume(role)`. */
export class CmqQueue extends CmqTarget {
  /** A queue by its name (and owner and creator, unless `CamDefaults` gives them). */
  public static fromName(props: CmqTargetProps): CmqQueue {
    checkProps(props, 'CmqQueue.fromName', "{ name: 'orders', ownerUin: '100000000001', creatorUin: '100000000001' }", 'name');
    return new CmqQueue(props);
  }

  private constructor(props: CmqTargetProps) {
    super(props, 'cmqqueue', 'CmqQueue', (p) => CmqResources.queue({ ownerUin: p.ownerUin, creatorUin: p.creatorUin, queueName: p.name, ...(p.region !== undefined ? { region: p.region } : {}) }));
  }

  /** Lets the identity receive and delete messages. */
  public grantConsume(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, [CmqQueueActions.RECEIVE_MESSAGE, CmqQueueActions.BATCH_RECEIVE_MESSAGE, CmqQueueActions.DELETE_MESSAGE, CmqQueueActions.BATCH_DELETE_MESSAGE], options);
  }

  /** Lets the identity send messages. */
  public grantSend(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, [CmqQueueActions.SEND_MESSAGE, CmqQueueActions.BATCH_SEND_MESSAGE], options);
  }
}

/** A CMQ topic to grant on: `CmqTopic.fromName({ name: 'events' }).grantPublish(role)`. */
export class CmqTopic extends CmqTarget {
  /** A topic by its name (and owner and creator, unless `CamDefaults` gives them). */
  public static fromName(props: CmqTargetProps): CmqTopic {
    checkProps(props, 'CmqTopic.fromName', "{ name: 'events', ownerUin: '100000000001', creatorUin: '100000000001' }", 'name');
    return new CmqTopic(props);
  }

  private constructor(props: CmqTargetProps) {
    super(props, 'cmqtopic', 'CmqTopic', (p) => CmqResources.topic({ ownerUin: p.ownerUin, creatorUin: p.creatorUin, topicName: p.name, ...(p.region !== undefined ? { region: p.region } : {}) }));
  }

  /** Lets the identity publish messages. */
  public grantPublish(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, [CmqTopicActions.PUBLISH_MESSAGE, CmqTopicActions.BATCH_PUBLISH_MESSAGE], options);
  }

  /** Lets the identity subscribe to the topic and unsubscribe. */
  public grantSubscribe(identity: IIdentity, options?: GrantOptions): CamPolicy {
    return this.grant(identity, [CmqTopicActions.SUBSCRIBE, CmqTopicActions.UNSUBSCRIBE], options);
  }
}

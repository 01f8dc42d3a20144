import { recordProblems } from '../policy/deferred';
import { Finding, Severity, finding, quote } from '../policy/finding';
import { REGION_HINT, Region, regionSuggestion } from '../policy/region';
import { isUnresolved } from '../policy/tokens';
import { Catalog } from './catalog';
import { actionResources, pageTemplate, singleTemplate } from './templates';
import { resourceTypeOf, splitSegments } from '../policy/resource';

/**
 * A TCMPP superapp platform (`Limit/<platformId>`).
 */
export interface TcmppPlatformResourceProps {
  /**
   * Region code, long (`ap-guangzhou`) or short (`gz`).
   * @default - empty: every region
   */
  readonly region?: string | Region;
  /**
   * The root account uin that owns the platform.
   * @default - the bare `uin/` of TCMPP's resource templates
   */
  readonly ownerUin?: string;
  /** The platform id, such as `T04257DS9431720WTAG`, or `*` for every platform. */
  readonly platformId: string;
}

/**
 * One mini program of a TCMPP platform (`Limit/<platformId><mnpId>`), the resource of `CreateMNPVersion`.
 */
export interface TcmppMiniProgramResourceProps extends TcmppPlatformResourceProps {
  /** The mini program id. TCMPP concatenates it to the platform id with no separator. */
  readonly mnpId: string;
}

/** TCMPP's template for a mini program (`CreateMNPVersion`'s) has an empty region. */
const NO_REGION = 'TCMPP\'s template for a mini program (CreateMNPVersion\'s) has no region, and a resource that names one matches no request: leave it out';

/**
 * A CMQ queue (`queueName/uin/<creatorUin>/<queueName>`).
 */
export interface CmqQueueResourceProps {
  /**
   * Region code. CMQ's pages use the short ones (`bj`, `gz`, `sh`).
   * @default - empty: every region
   */
  readonly region?: string | Region;
  /** The root account uin that owns the queue. */
  readonly ownerUin: string;
  /** The uin of the user who created the queue (console details page, or `createUin` of GetQueueAttributes). */
  readonly creatorUin: string;
  /** The queue name. `*` for every queue, `prefix*` for queues whose name starts with `prefix`. */
  readonly queueName: string;
}

/**
 * A CMQ topic (`topicName/uin/<creatorUin>/<topicName>`).
 */
export interface CmqTopicResourceProps {
  /**
   * Region code. CMQ's pages use the short ones (`bj`, `gz`, `sh`).
   * @default - empty: every region
   */
  readonly region?: string | Region;
  /** The root account uin that owns the topic. */
  readonly ownerUin: string;
  /** The uin of the user who created the topic. */
  readonly creatorUin: string;
  /** The topic name. `*` for every topic, `prefix*` for topics whose name starts with `prefix`. */
  readonly topicName: string;
}

/**
 * The parts of the resource a TCMPP action is authorized against, as its template in TCMPP's CAM
 * page has them (`TcmppResources.forAction`).
 */
export interface TcmppActionResourceProps {
  /**
   * Region code, long or short. Only for actions whose template has a region (`CreateMNPVersion`'s
   * and `ReleaseMNPVersion`'s have none).
   * @default - empty: every region, or none where the template has none
   */
  readonly region?: string | Region;
  /**
   * The root account uin that owns the platform.
   * @default - the template's account as printed: a bare `uin/`, or `uin/${uin}`
   */
  readonly ownerUin?: string;
  /** The platform id, or `*`. Every TCMPP template names a platform. */
  readonly platformId: string;
  /**
   * The mini program id, for templates that name one (`CreateMNPVersion`: `Limit/${PlatformId}${MNPId}`).
   * @default - none: an error for a template that needs it
   */
  readonly mnpId?: string;
}

/**
 * The parts of the resource a CMQ action is authorized against (`CmqResources.forAction`).
 */
export interface CmqActionResourceProps {
  /**
   * Region code. CMQ's pages use the short ones (`bj`, `gz`).
   * @default - empty: every region
   */
  readonly region?: string | Region;
  /** The root account uin that owns the queue or topic. */
  readonly ownerUin: string;
  /** The uin of the user who created the queue or topic. */
  readonly creatorUin: string;
  /** The queue or topic name. `*` for every one, `prefix*` for those whose name starts with `prefix`. */
  readonly name: string;
}

/** A part: its name, its value, whether the value is valid, and what is valid (made only for a bad value). */
type Check = [field: string, value: string | Region | undefined, ok: (v: string) => boolean, expected: string | ((v: unknown) => string)];

const UIN = /^\d+$/;
const ID = /^[^\s:/]+$/;
const CMQ_NAME = /^(?:\*|[A-Za-z][A-Za-z0-9_-]{0,63}\*?)$/;

/** The code the six-segment string itself would get for a bad part: region and account have their own. */
const CODE_OF_FIELD: Record<string, string> = { region: 'INVALID_REGION', ownerUin: 'INVALID_ACCOUNT' };

/**
 * Renders a resource from its parts. It never throws: the problems of bad parts are kept with the
 * string and reported when a policy construct that uses it synthesizes (all at once, with the
 * construct path). `QcsResource.parse(resource)` checks a built resource eagerly.
 */
function build(what: string, checks: Check[], render: () => string): string {
  const findings: Finding[] = [];
  for (const [field, given, ok, expected] of checks) {
    // A `Region` is its code, as it goes into the resource string.
    const value = given instanceof Region ? given.code : given;
    if (value === undefined || (typeof value === 'string' && isUnresolved(value))) continue;
    if (typeof value !== 'string' || !ok(value)) {
      const code = Object.hasOwn(CODE_OF_FIELD, field) ? CODE_OF_FIELD[field] : 'INVALID_RESOURCE';
      findings.push(finding(code, Severity.ERROR, `/${field}`, `${what}: ${field} ${quote(value)}: ${typeof expected === 'function' ? expected(value) : expected}`));
    }
  }
  const rendered = render();
  recordProblems(rendered, findings);
  return rendered;
}

function regionCheck(region: string | Region | undefined): Check {
  return ['region', region, (r) => r === '' || Region.isKnown(r), (r) => `${regionSuggestion(r)}${REGION_HINT}`];
}

/**
 * Six-segment resources of TCMPP, from named parts. Each returns the resource string and accepts `*`
 * and cdktf tokens. A bad part is reported when a policy that uses the resource synthesizes (with the
 * code the string itself would get: INVALID_REGION, INVALID_ACCOUNT, INVALID_RESOURCE); check one
 * eagerly with `QcsResource.parse(resource)`.
 */
export class TcmppResources {
  /** A platform: `qcs::tcmpp:<region>:uin/<ownerUin>:Limit/<platformId>`. */
  public static platform(props: TcmppPlatformResourceProps): string {
    return build('TCMPP platform resource', [
      regionCheck(props.region),
      ['ownerUin', props.ownerUin, (v) => UIN.test(v), 'a root account uin is digits'],
      ['platformId', props.platformId, (v) => ID.test(v), 'a platform id is non-empty, without spaces, ":" or "/"; or "*"'],
    ], () => `qcs::tcmpp:${props.region ?? ''}:uin/${props.ownerUin ?? ''}:Limit/${props.platformId}`);
  }

  /**
   * A mini program, as `CreateMNPVersion` takes it: `qcs::tcmpp::uin/<ownerUin>:Limit/<platformId><mnpId>`.
   * TCMPP's template has no region: a region given here is an error (such a resource matches no request).
   */
  public static miniProgram(props: TcmppMiniProgramResourceProps): string {
    return build('TCMPP mini program resource', [
      props.region === undefined || props.region === '' ? regionCheck(props.region) : ['region', props.region, () => false, NO_REGION],
      ['ownerUin', props.ownerUin, (v) => UIN.test(v), 'a root account uin is digits'],
      ['platformId', props.platformId, (v) => ID.test(v) && v !== '*', 'a platform id is non-empty, without spaces, ":", "/" or "*"'],
      ['mnpId', props.mnpId, (v) => ID.test(v), 'a mini program id is non-empty, without spaces, ":" or "/"; or "*"'],
    ], () => `qcs::tcmpp:${props.region ?? ''}:uin/${props.ownerUin ?? ''}:Limit/${props.platformId}${props.mnpId}`);
  }

  /**
   * The resource an action is authorized against, built from the action's template in TCMPP's CAM
   * page: `forAction(TcmppActions.CREATE_MNP_VERSION, { ownerUin, platformId, mnpId })` is
   * `qcs::tcmpp::uin/<ownerUin>:Limit/<platformId><mnpId>` (no region: the template has none).
   * An action without a published template, a region where the template has none, or a missing part
   * is reported when a policy that uses the resource synthesizes.
   */
  public static forAction(action: string, props: TcmppActionResourceProps): string {
    const template = singleTemplate(Catalog.action(action));
    const what = `TCMPP resource for ${action}`;
    if (!template || Catalog.action(action)!.service !== 'tcmpp') {
      return build(what, [['action', action, () => false, `${template ? 'it is not a TCMPP action' : 'TCMPP\'s CAM page publishes no resource template for it'}: build its resource with TcmppResources.platform(...)`]], () => TcmppResources.platform({ region: props.region, ownerUin: props.ownerUin, platformId: props.platformId }));
    }
    const hasRegion = template.includes('${Region}');
    const needsMnp = template.includes('${MNPId}');
    return build(what, [
      hasRegion || props.region === undefined || props.region === '' ? regionCheck(props.region) : ['region', props.region, () => false, `the template ${template} has no region: leave it out`],
      ['ownerUin', props.ownerUin, (v) => UIN.test(v), 'a root account uin is digits'],
      ['platformId', props.platformId ?? '', (v) => ID.test(v) && (!needsMnp || v !== '*'), `a platform id is non-empty, without spaces, ":" or "/"${needsMnp ? ', and not "*" before a mini program id' : '; or "*"'}`],
      ...(needsMnp ? [['mnpId', props.mnpId ?? '', (v: string) => ID.test(v), `the template ${template} names a mini program: give mnpId (non-empty, without spaces, ":" or "/"; or "*")`] as Check] : []),
      // A part the template has no place for is never dropped in silence: the resource would grant the whole platform.
      ...(!needsMnp && props.mnpId !== undefined ? [['mnpId', props.mnpId, () => false, `the template ${template} names no mini program, so CAM cannot narrow ${action} to one: leave mnpId out (the resource is the whole platform), or use an action whose template has \${MNPId}`] as Check] : []),
    ], () => {
      const account = props.ownerUin !== undefined ? `uin/${props.ownerUin}` : template.split(':')[4];
      const [, , , , , resource] = template.split(':');
      const id = resource.replace(/\$\{PlatformId\}|\$\{Platform\}/, props.platformId ?? '').replace('${MNPId}', props.mnpId ?? '');
      return `qcs::tcmpp:${hasRegion ? props.region ?? '' : ''}:${account}:${id}`;
    });
  }

  private constructor() {}
}

/**
 * Six-segment resources of CMQ (CMQ's policy API page's form, `queueName/uin/<creator>/<name>`), from named parts.
 * Each returns the resource string and accepts `*` and cdktf tokens; a bad part is reported when a
 * policy that uses it synthesizes. Check one eagerly with `QcsResource.parse(resource)`.
 */
export class CmqResources {
  /** A queue: `qcs::cmqqueue:<region>:uin/<ownerUin>:queueName/uin/<creatorUin>/<queueName>`. */
  public static queue(props: CmqQueueResourceProps): string {
    return build('CMQ queue resource', cmqChecks(props.region, props.ownerUin, props.creatorUin, 'queueName', props.queueName),
      () => `qcs::cmqqueue:${props.region ?? ''}:uin/${props.ownerUin}:queueName/uin/${props.creatorUin}/${props.queueName}`);
  }

  /** A topic: `qcs::cmqtopic:<region>:uin/<ownerUin>:topicName/uin/<creatorUin>/<topicName>`. */
  public static topic(props: CmqTopicResourceProps): string {
    return build('CMQ topic resource', cmqChecks(props.region, props.ownerUin, props.creatorUin, 'topicName', props.topicName),
      () => `qcs::cmqtopic:${props.region ?? ''}:uin/${props.ownerUin}:topicName/uin/${props.creatorUin}/${props.topicName}`);
  }

  /**
   * The resource a CMQ action is authorized against: a queue for `cmqqueue` actions, a topic for
   * `cmqtopic` ones, as CMQ's policy API page writes them. `*` for the actions CMQ authorizes at
   * operation level (`ListQueue`, `ListTopic`). An action the catalogue does not know is reported
   * when a policy that uses the resource synthesizes.
   */
  public static forAction(action: string, props: CmqActionResourceProps): string {
    const info = Catalog.action(action);
    if (info && (info.service === 'cmqqueue' || info.service === 'cmqtopic') && info.resourceTemplates[0] === '*') return '*';
    if (info?.service === 'cmqtopic') return CmqResources.topic({ region: props.region, ownerUin: props.ownerUin, creatorUin: props.creatorUin, topicName: props.name });
    const queue = () => `qcs::cmqqueue:${props.region ?? ''}:uin/${props.ownerUin}:queueName/uin/${props.creatorUin}/${props.name}`;
    if (info?.service !== 'cmqqueue') {
      return build(`CMQ resource for ${action}`, [['action', action, () => false, 'it is no CMQ action in the catalogue: use CmqQueueActions or CmqTopicActions']], queue);
    }
    return CmqResources.queue({ region: props.region, ownerUin: props.ownerUin, creatorUin: props.creatorUin, queueName: props.name });
  }

  private constructor() {}
}

function cmqChecks(region: string | Region | undefined, ownerUin: string, creatorUin: string, field: string, name: string): Check[] {
  return [
    regionCheck(region),
    ['ownerUin', ownerUin ?? '', (v) => UIN.test(v), 'a root account uin is digits'],
    ['creatorUin', creatorUin ?? '', (v) => UIN.test(v), "the creator's uin is digits"],
    [field, name ?? '', (v) => CMQ_NAME.test(v), 'a CMQ name starts with a letter and has at most 64 letters, digits, "-" and "_"; "*" or a trailing "*" matches many'],
  ];
}

/**
 * The parts of a product's resource: what `ProductResources.forAction` and each product's resource
 * builders (`products.CvmResources.instance(...)`) fill its CAM page's template with.
 */
export interface ProductResourceProps {
  /**
   * Region code, long (`ap-guangzhou`) or short (`gz`).
   * @default - empty: every region
   */
  readonly region?: string | Region;
  /**
   * The root account uin that owns the resource.
   * @default - empty: the account of the request
   */
  readonly ownerUin?: string;
  /**
   * What follows the resource type, as the template has it: the instance id (`ins-1a2b3c4d`) for
   * `instance/$instanceId`, `<clusterId>/<vHostId>` for TDMQ's `vHost/${clusterId}/${vHostId}`.
   * `*`, or a trailing `*`, for many.
   * @default "*" every resource of the type
   */
  readonly id?: string;
}

/** The region and account segments of a product's resource (`<region>:uin/<ownerUin>`), each empty when left out. */
function productScope(props: ProductResourceProps): string {
  const region = props.region instanceof Region ? props.region.code : props.region ?? '';
  return `${region}:${props.ownerUin !== undefined ? `uin/${props.ownerUin}` : ''}`;
}

/** The resource a template gives, its region, account and id filled from `props`; checked as the others are. */
function productResource(what: string, template: string, props: ProductResourceProps): string {
  const [, , service, , , resource] = splitSegments(pageTemplate(template));
  const type = resourceTypeOf(resource);
  return build(what, [
    regionCheck(props.region),
    ['ownerUin', props.ownerUin, (v) => UIN.test(v), 'a root account uin is digits'],
    ['id', props.id, (v) => /^[^\s:]+$/.test(v), 'an id is non-empty, without spaces or ":"; or "*"'],
  ], () => `qcs::${service}:${productScope(props)}:${type === resource ? type : `${type}/${props.id ?? '*'}`}`);
}

/**
 * Six-segment resources of every product whose CAM page gives its APIs' resources (CVM, CBS, TKE,
 * CLB, TencentDB, TDMQ and others: `Catalog.productActionResources`), built from the page's template.
 * Each product's own builders are generated beside its actions (`products.CvmResources.instance(...)`).
 * A bad part is reported when a policy that uses the resource synthesizes, as for `TcmppResources`.
 */
export class ProductResources {
  /**
   * The resource an action is authorized against, from its product's CAM page:
   * `forAction(products.CvmActions.START_INSTANCES, { region: 'ap-guangzhou', ownerUin, id: 'ins-1a2b3c4d' })`
   * is `qcs::cvm:ap-guangzhou:uin/<ownerUin>:instance/ins-1a2b3c4d`. `*` for an API the page authorizes
   * on `*` only. An action no page gives a resource (or a TCMPP or CMQ one, which have their own
   * `forAction`) is reported when a policy that uses the resource synthesizes.
   * @param resourceType which of the action's resources, when its page gives several (`cvm:RunInstances`: `instance`, `keypair`, `subnet`, ...)
   * @default - the first the page gives
   */
  public static forAction(action: string, props: ProductResourceProps, resourceType?: string): string {
    const facts = actionResources(action);
    if (facts?.operationLevel && facts.page) return '*';
    const templates = facts?.page?.templates ?? [];
    const typeOf = (t: string) => resourceTypeOf(splitSegments(t)[5]);
    const template = resourceType === undefined ? templates[0] : templates.find((t) => typeOf(t) === resourceType);
    const what = `resource for ${action}`;
    if (template === undefined) {
      const why = facts && !facts.page ? 'it is a TCMPP or CMQ action: use TcmppResources.forAction or CmqResources.forAction'
        : templates.length > 0 ? `its product's CAM page gives it no "${resourceType}" resource; it gives ${[...new Set(templates.map(typeOf))].join(', ')}`
          : 'no product\'s CAM page in the catalogue gives its resources: grant it on "*", or write the resource as the product\'s documentation gives it';
      // Not `*`: a problem is kept with its string, and `*` is every other policy's too.
      const service = action.replace(/^name\//, '').split(':')[0];
      return build(what, [['action', action, () => false, why]], () => `qcs::${service}:${productScope(props)}:*`);
    }
    return productResource(what, template, props);
  }

  /**
   * A resource of a product's type, from the template its CAM page gives (what the generated
   * `products.<Product>Resources` methods call): `ProductResources.of('qcs::cvm:$region:$account:instance/$instanceId', props)`.
   * @internal
   */
  public static _of(template: string, props: ProductResourceProps): string {
    return productResource(`${splitSegments(template)[2]} resource`, template, props);
  }

  private constructor() {}
}

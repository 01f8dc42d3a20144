import { CamValidationError, Finding, Severity, describePath, finding, jsonType } from './finding';
import { REGION_HINT, Region, regionSuggestion } from './region';
import { hasPlaceholder } from './tokens';

/**
 * The parts of a six-segment resource, `qcs:project:service:region:account:resource`.
 */
export interface QcsResourceProps {
  /** The CAM abbreviation of the service, such as `tcmpp`, `cmqqueue` or `cos`. `*` is every service. */
  readonly service: string;
  /**
   * The region: a code, long (`ap-guangzhou`) or short (`gz`), or a `Region`.
   * @default - empty: every region
   */
  readonly region?: string | Region;
  /**
   * The account segment: `uin/<root uin>`, `uid/<appid>` (COS, CAS), `uin/-1` (preset policies).
   * @default - empty: the requester's root account
   */
  readonly account?: string;
  /** The resource type inside the service, such as `Limit`, `queueName` or `prefix`. */
  readonly resourceType: string;
  /** The resource id. May contain `/`, and `*` as a prefix wildcard. */
  readonly resourceId: string;
  /**
   * The project segment: `id/0`, `id/*` or `*`. Current CAM documentation says it cannot be set.
   * @default - empty
   */
  readonly project?: string;
}

const PROJECT = /^(?:|\*|id\/(?:\d+|\*))$/;
/** A CAM service abbreviation, `*`, or empty: every product (CAM's "Resource Description Method"). */
const SERVICE = /^(?:|\*|[A-Za-z][A-Za-z0-9_-]*)$/;
/**
 * Digits, `-1` in preset policies, CAM's policy variables (`uin/${uin}`, as CMQ's policy API page
 * writes it), or a wildcard (`*`, as TCR's published policies write it: any owner).
 */
const ACCOUNT = /^(?:|\*|uin\/(?:\d+|-1|\*|\$\{(?:uin|owner_uin)\})?|uid\/(?:\d+|\*|\$\{app_id\}))$/;

/**
 * Checks one resource string of a policy. `path` is the JSON pointer of the value; `parts` its
 * segments, where the caller split them already.
 * @internal
 */
export function checkResource(value: string, path: string, references: boolean, parts?: readonly string[]): Finding[] {
  if (value === '*' || hasPlaceholderOnly(value, references)) return [];
  return checkSegments(value, parts ?? splitSegments(value), path, references);
}

/**
 * `checkResource` of a value other than `*` or a lone token, split already (`splitSegments`).
 * @internal
 */
export function checkSegments(value: string, parts: readonly string[], path: string, references: boolean): Finding[] {
  // The common case, a valid resource, tested before any message or closure is made.
  if (parts.length === 6 && parts[0] === 'qcs' && PROJECT.test(parts[1]) && SERVICE.test(parts[2]) &&
    (parts[3] === '' || Region.isKnown(parts[3])) && ACCOUNT.test(parts[4]) && parts[5] !== '') return [];
  // Only the rare value with a problem pays for naming it.
  const where = () => `${path === '' ? 'resource' : describePath(path)} ${JSON.stringify(value)}`;
  if (parts.length < 6) {
    const hint = missingSegmentHint(parts);
    return [
      finding(
        'INVALID_RESOURCE',
        Severity.ERROR,
        path,
        `${where()}: a resource is "*" or has six ':'-separated segments (qcs:project:service:region:account:resource); this one has ${parts.length}${hint}`,
      ),
    ];
  }
  const [qcs, project, service, region, account, resource] = parts;
  const out: Finding[] = [];
  const bad = (code: string, text: string) => out.push(finding(code, Severity.ERROR, path, `${where()}: ${text}`));
  if (qcs !== 'qcs' && !hasPlaceholder(qcs, references)) bad('INVALID_RESOURCE', `the first segment is always "qcs", not ${JSON.stringify(qcs)}`);
  if (!PROJECT.test(project) && !hasPlaceholder(project, references)) {
    bad('INVALID_RESOURCE', `the project segment ${JSON.stringify(project)} is not valid: leave it empty, or write "id/0", "id/*" or "*"`);
  }
  if (!SERVICE.test(service) && !hasPlaceholder(service, references)) {
    bad('INVALID_RESOURCE', `the service segment ${JSON.stringify(service)} is not a CAM service abbreviation such as "cos", "tcmpp" or "cmqqueue" (or "*")`);
  }
  if (region !== '' && !Region.isKnown(region) && !hasPlaceholder(region, references)) {
    const swapped = Region.isKnown(service) ? ` (the service and region segments look swapped: "qcs:${project}:${region}:${service}:...")` : '';
    bad('INVALID_REGION', `the region segment ${JSON.stringify(region)} is not a known region${swapped}${templateHint(region, references)}: ${regionSuggestion(region)}${REGION_HINT}`);
  }
  if (!ACCOUNT.test(account) && !hasPlaceholder(account, references)) {
    bad('INVALID_ACCOUNT', `the account segment ${JSON.stringify(account)} is not valid${templateHint(account, references)}: leave it empty (the requester's account), or write "uin/<root account uin>" (digits), "uin/-1" (preset policies), "uid/<appid>" (COS, CAS) or "*" (any account)`);
  }
  if (resource === '') bad('INVALID_RESOURCE', 'the resource segment is empty: write "type/id" (such as "queueName/uin/3232/myqueue") or "*"');
  return out;
}

/**
 * In values given in code, "${var.region}" typed as text is no reference: it is escaped and reaches
 * CAM as it is. Say how to pass a Terraform value.
 */
function templateHint(segment: string, references: boolean): string {
  return segment.includes('${') && !references ? ' (text "${...}" reaches CAM as it is written; to use a Terraform value, pass a token, such as a TerraformVariable\'s stringValue)' : '';
}

/** Names the segment a five-segment resource most likely lacks. */
function missingSegmentHint(parts: readonly string[]): string {
  if (parts.length !== 5 || parts[0] !== 'qcs') return '';
  const [, project, service, fourth, rest] = parts;
  if (ACCOUNT.test(fourth) && fourth !== '') {
    return `; the region segment looks missing: write "qcs:${project}:${service}::${fourth}:${rest}" for every region`;
  }
  if (Region.isKnown(fourth) || fourth === '') {
    return `; the account segment looks missing: write "qcs:${project}:${service}:${fourth}:uin/<root uin>:${rest}"`;
  }
  return '';
}

/** A value that is only a token (the whole resource comes from another resource) cannot be checked. */
function hasPlaceholderOnly(value: string, references: boolean): boolean {
  return hasPlaceholder(value, references) && !value.includes(':');
}

/**
 * Splits on the first five colons: the resource segment itself may contain ':'. Not cached: a
 * document's resources are mostly distinct, and a cache turned over by a list of 100,000 of them
 * (each rule reads the whole list in turn) doubled the time and memory of linting it.
 * @internal
 */
export function splitSegments(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  while (parts.length < 5) {
    const i = value.indexOf(':', start);
    if (i < 0) break;
    parts.push(value.slice(start, i));
    start = i + 1;
  }
  parts.push(value.slice(start));
  return parts;
}

/** The resource type of a resource segment: what comes before its first `/` (`instance` of `instance/ins-1`), else all of it. @internal */
export function resourceTypeOf(segment: string): string {
  const slash = segment.indexOf('/');
  return slash < 0 ? segment : segment.slice(0, slash);
}

/**
 * A six-segment CAM resource: `qcs:project:service:region:account:resource`.
 *
 * ```ts
 * QcsResource.of({ service: 'cmqqueue', region: 'bj', account: 'uin/1238423',
 *   resourceType: 'queueName', resourceId: 'uin/3232/myqueue' }).toString()
 * // 'qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/myqueue'
 * ```
 */
export class QcsResource {
  /**
   * Builds a resource from its parts, checking each.
   * @throws CamValidationError listing every bad part
   */
  public static of(props: QcsResourceProps): QcsResource {
    const resource = new QcsResource(props);
    const findings = checkResource(resource.toString(), '', false);
    if (props.resourceType === '' || props.resourceType.includes(':')) {
      findings.push(finding('INVALID_RESOURCE', Severity.ERROR, '', `resourceType ${JSON.stringify(props.resourceType)}: a resource type is a non-empty name without ':', such as "queueName"`));
    }
    if (findings.length > 0) throw new CamValidationError(`Invalid resource ${JSON.stringify(resource.toString())}`, findings);
    return resource;
  }

  /**
   * Parses a six-segment resource string. `*` is not a six-segment resource: use it as a plain string.
   * @throws CamValidationError listing every bad segment
   */
  public static parse(text: string): QcsResource {
    if (typeof text !== 'string') {
      throw new CamValidationError('Invalid resource', [finding('INVALID_RESOURCE', Severity.ERROR, '', `a resource is a string, not ${jsonType(text)}`)]);
    }
    const findings = text === '*'
      ? [finding('INVALID_RESOURCE', Severity.ERROR, '', '"*" means every resource and has no segments to parse: put "*" in the statement as it is')]
      : checkResource(text, '', false);
    if (findings.length > 0) throw new CamValidationError(`Invalid resource ${JSON.stringify(text)}`, findings);
    const [, project, service, region, account, resource] = splitSegments(text);
    const slash = resource.indexOf('/');
    return new QcsResource(
      {
        project,
        service,
        region,
        account,
        resourceType: slash < 0 ? resource : resource.slice(0, slash),
        resourceId: slash < 0 ? '' : resource.slice(slash + 1),
      },
      slash >= 0,
    );
  }

  /** The project segment (usually empty). */
  public readonly project: string;
  /** The service abbreviation. */
  public readonly service: string;
  /** The region segment. Empty for every region. */
  public readonly region: string;
  /** The account segment, such as `uin/100000000001`. Empty for the requester's account. */
  public readonly account: string;
  /** The resource type, such as `queueName`. */
  public readonly resourceType: string;
  /** The resource id, such as `uin/3232/myqueue`. Empty when the segment has no `/`. */
  public readonly resourceId: string;

  /** Whether the sixth segment has a `/` (`type/id`); `*` and bare names such as `Limit` do not. */
  private readonly typed: boolean;

  private constructor(props: QcsResourceProps, typed = true) {
    this.typed = typed;
    this.project = props.project ?? '';
    this.service = props.service;
    this.region = props.region instanceof Region ? props.region.code : props.region ?? '';
    this.account = props.account ?? '';
    this.resourceType = props.resourceType;
    this.resourceId = props.resourceId;
  }

  /** The sixth segment: `type/id`, or the bare name when it has no `/` (such as `*`). */
  public get resource(): string {
    return this.typed ? `${this.resourceType}/${this.resourceId}` : this.resourceType;
  }

  /** The six-segment string. `QcsResource.parse(r.toString())` equals `r`. */
  public toString(): string {
    return `qcs:${this.project}:${this.service}:${this.region}:${this.account}:${this.resource}`;
  }
}

import { parseAction } from '../policy/action';
import { compileWildcard, matchCompiled } from '../policy/wildcard';
import { AccessLevel, Granularity } from './access-level';
import * as cmqqueue from './data/cmqqueue.json';
import * as cmqtopic from './data/cmqtopic.json';
import * as tcmpp from './data/tcmpp.json';
import type { ServiceData } from './service-data';

/**
 * What the catalogue knows of one action.
 */
export interface ActionInfo {
  /** The service abbreviation, such as `tcmpp`. */
  readonly service: string;
  /** The action name, such as `CreateMNPVersion`. */
  readonly name: string;
  /** The action as it goes into a policy: `name/tcmpp:CreateMNPVersion`. */
  readonly action: string;
  /** One line: what the action does. */
  readonly description: string;
  /** Write, read or list. */
  readonly accessLevel: AccessLevel;
  /** Whether CAM can restrict it to specific resources. */
  readonly granularity: Granularity;
  /** The six-segment resource templates it accepts; empty when unpublished, `*` for operation level. */
  readonly resourceTemplates: string[];
}

/**
 * What the catalogue knows of one service.
 */
export interface ServiceInfo {
  /** The service abbreviation, such as `cmqqueue`. */
  readonly service: string;
  /** The product's name. */
  readonly displayName: string;
  /** The resource types of the service, such as `queueName`. */
  readonly resourceTypes: string[];
  /** How the catalogue treats the service's authorization granularity, and why. */
  readonly granularityDecision: string;
}

/** @internal */
export const SERVICE_DATA: ServiceData[] = [tcmpp, cmqqueue, cmqtopic] as ServiceData[];

const LEVELS: Record<string, AccessLevel> = { read: AccessLevel.READ, write: AccessLevel.WRITE, list: AccessLevel.LIST };
const GRANULARITY: Record<string, Granularity> = {
  resource: Granularity.RESOURCE_LEVEL,
  operation: Granularity.OPERATION_LEVEL,
  unknown: Granularity.UNKNOWN,
};

const ACTIONS = new Map<string, ActionInfo[]>();
const BY_KEY = new Map<string, ActionInfo>();
const SERVICES = new Map<string, ServiceInfo>();
for (const data of SERVICE_DATA) {
  const list = data.actions.map((a): ActionInfo => ({
    service: data.service,
    name: a.name,
    action: `name/${data.service}:${a.name}`,
    description: a.description,
    accessLevel: LEVELS[a.accessLevel],
    granularity: GRANULARITY[a.granularity],
    resourceTemplates: [...a.resources],
  }));
  ACTIONS.set(data.service, list);
  for (const a of list) BY_KEY.set(`${a.service}:${a.name.toLowerCase()}`, a);
  SERVICES.set(data.service, {
    service: data.service,
    displayName: data.displayName,
    resourceTypes: data.resourceTypes.map((r) => r.name),
    granularityDecision: data.granularityDecision,
  });
}

/**
 * Catalogued services whose CAM page says they do not support authorization by tag, with the
 * source: a tag condition on their actions never matches.
 * @internal
 */
export function servicesWithoutTagAuthorization(): Map<string, string> {
  const out = new Map<string, string>();
  for (const data of SERVICE_DATA) {
    if (data.conditions && !data.conditions.tagAuthorization) {
      const source = data.sources.find((s) => s.id === data.conditions!.source);
      out.set(data.service, source ? source.name.replace(/ \(.*$/, '') : data.conditions.source);
    }
  }
  return out;
}

/**
 * The service catalogue: which actions TCMPP and CMQ have, what they do, how finely CAM
 * authorizes them, and which resources they take. Versioned data with dated sources
 * (`src/catalog/data/*.json`).
 */
export class Catalog {
  /** The services the catalogue knows, such as `tcmpp`, `cmqqueue`, `cmqtopic`. */
  public static services(): string[] {
    return [...SERVICES.keys()];
  }

  /** Whether the catalogue knows `service`: only then can an action of it be unknown. */
  public static hasService(service: string): boolean {
    return SERVICES.has(service.toLowerCase());
  }

  /** What the catalogue knows of a service, or undefined. */
  public static service(service: string): ServiceInfo | undefined {
    return SERVICES.get(service.toLowerCase());
  }

  /**
   * One action, written `tcmpp:CreateMNPVersion` or `name/tcmpp:CreateMNPVersion` (case does not
   * matter); undefined when the catalogue has no such action.
   */
  public static action(action: string): ActionInfo | undefined {
    const parsed = parseAction(action);
    if (!parsed || parsed.name.includes('*')) return undefined;
    return BY_KEY.get(`${parsed.service}:${parsed.name.toLowerCase()}`);
  }

  /**
   * Every catalogued action a pattern matches: `tcmpp:Describe*`, `cmqqueue:*`, `*`.
   * An unknown service matches nothing.
   */
  public static actionsMatching(pattern: string): ActionInfo[] {
    if (pattern === '*') return [...ACTIONS.values()].flat();
    const parsed = parseAction(pattern);
    if (!parsed) return [];
    const re = compileWildcard(parsed.name, true);
    const services = parsed.service === '*' ? [...ACTIONS.keys()] : [parsed.service];
    return services.flatMap((s) => (ACTIONS.get(s) ?? []).filter((a) => matchCompiled(re, a.name)));
  }

  /**
   * Every action of a service, optionally only those of one access level:
   * `Catalog.actions('tcmpp', AccessLevel.READ)` is every TCMPP read API.
   */
  public static actions(service: string, accessLevel?: AccessLevel): ActionInfo[] {
    return (ACTIONS.get(service.toLowerCase()) ?? []).filter((a) => accessLevel === undefined || a.accessLevel === accessLevel);
  }

  /**
   * Like `actions`, as the strings a statement takes (`name/tcmpp:DescribeMNP`, ...).
   */
  public static actionNames(service: string, accessLevel?: AccessLevel): string[] {
    return Catalog.actions(service, accessLevel).map((a) => a.action);
  }

  private constructor() {}
}

import { ParsedAction, parseAction } from '../policy/action';
import { VALUE_CACHE_SIZE, memoize } from '../policy/memo';
import { SuggestionIndex } from '../policy/suggest';
import { compileWildcard, matchCompiled } from '../policy/wildcard';
import { AccessLevel, Granularity, accessLevelFromVerb } from './access-level';
import * as cmqqueue from './data/cmqqueue.json';
import * as cmqtopic from './data/cmqtopic.json';
import * as camServices from './data/cam-services.json';
import * as tcmpp from './data/tcmpp.json';
import * as tcsas from './data/tcsas.json';
import type { CamServicesData, ProductIndex, ProductNames, ServiceData, SameAsData } from './service-data';

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
  /** The six-segment resource templates it accepts. Empty when unpublished, `*` for operation level. */
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

/**
 * A service that CAM authorizes.
 */
export interface CamServiceInfo {
  /** The prefix of its actions and the service segment of its resources, such as `cdb`. */
  readonly prefix: string;
  /** The product's name, such as `TencentDB for MySQL`. */
  readonly product: string;
  /** Whether the catalogue knows its actions one by one (then an unknown action is an error). */
  readonly catalogued: boolean;
}

/** What a product's CAM page gives of one action. */
export interface ProductActionResources {
  /** The action, as a statement takes it (`name/cvm:RunInstances`). */
  readonly action: string;
  /** The resources it is authorized against, as the page writes them (`qcs::cvm:$region:$account:instance/*`). */
  readonly templates: string[];
  /** The condition keys it sends, where the page lists them (`cvm:region`). */
  readonly conditionKeys: string[];
  /** The page: `tencentyun/intlcloud-documents@<commit>:<path>`. */
  readonly source: string;
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
/** Each service's actions by name, as catalogued and lowercased: a name as written is found without lowercasing it. */
const BY_NAME = new Map<string, Map<string, ActionInfo>>();

function indexActions(service: string, list: readonly ActionInfo[]): void {
  const names = new Map<string, ActionInfo>();
  for (const a of list) names.set(a.name.toLowerCase(), a);
  for (const a of list) names.set(a.name, a);
  BY_NAME.set(service, names);
}

function lookupAction(service: string, name: string): ActionInfo | undefined {
  const names = BY_NAME.get(service);
  return names?.get(name) ?? names?.get(name.toLowerCase());
}

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
  indexActions(data.service, list);
  SERVICES.set(data.service, {
    service: data.service,
    displayName: data.displayName,
    resourceTypes: data.resourceTypes.map((r) => r.name),
    granularityDecision: data.granularityDecision,
  });
}

/** @internal the renamed services, such as TCSAS (TCMPP's new name). */
export const SAME_AS_DATA: SameAsData[] = [tcsas as SameAsData];

for (const data of SAME_AS_DATA) {
  const base = SERVICES.get(data.sameAs)!;
  const rename = (template: string) => template.replace(`qcs::${data.sameAs}:`, `qcs::${data.service}:`);
  const list = data.actions.map((name): ActionInfo => {
    const same = lookupAction(data.sameAs, name);
    return same
      ? { ...same, service: data.service, action: `name/${data.service}:${name}`, resourceTemplates: same.resourceTemplates.map(rename) }
      : {
        service: data.service,
        name,
        action: `name/${data.service}:${name}`,
        description: `${data.displayName.replace(/ \(.*$/, '')} API ${name}; no CAM page describes it yet`,
        accessLevel: accessLevelFromVerb(name),
        granularity: Granularity.UNKNOWN,
        resourceTemplates: [],
      };
  });
  ACTIONS.set(data.service, list);
  indexActions(data.service, list);
  SERVICES.set(data.service, { ...base, service: data.service, displayName: data.displayName, granularityDecision: data.decision });
}

/** One catalogued action by its parts (`parseAction`); undefined for a wildcard. @internal */
export function catalogAction(parsed: ParsedAction | undefined): ActionInfo | undefined {
  return !parsed || parsed.name.includes('*') ? undefined : lookupAction(parsed.service, parsed.name);
}

/** What a product's CAM page says of an action, by its parts (`Catalog.productActionResources`). @internal */
export function pageOfAction(parsed: ParsedAction | undefined): ProductActionResources | undefined {
  return !parsed || parsed.name.includes('*') ? undefined : productActions(parsed.service)?.resources.get(parsed.name.toLowerCase());
}

/** One catalogued action by the form a policy writes it in. Cached: a policy's actions repeat in every policy of an app. */
const actionInfo = memoize((action: string): ActionInfo | undefined => catalogAction(parseAction(action)), VALUE_CACHE_SIZE);

/**
 * A declared cache: every product's action names (`src/catalog/data/products/`, generated from
 * Tencent's API metadata and documentation): the index of prefixes read when first asked for, and a
 * product's names read, and put in a map, when a policy first names that product.
 */
const PRODUCTS: { index?: ProductIndex; sets: Map<string, ProductActions> } = { sets: new Map() };

/** One product's action names, lower-cased for lookup, with their spelling. */
interface ProductActions {
  /** Whether Tencent's API metadata lists the product's actions (else only its documentation's names are known). */
  readonly api3: boolean;
  readonly byLower: Map<string, string>;
  /** The names lower-cased, in order, prepared for the suggestions of many unknown actions. */
  readonly suggestions: SuggestionIndex;
  /** What the product's CAM page gives of an action, by the action's name lower-cased. */
  readonly resources: Map<string, ProductActionResources>;
  /** The condition keys the service sends where its pages list them, by the key lower-cased. */
  readonly conditionKeys?: ReadonlyMap<string, string>;
  /** The resource types Tencent's pages write for the service, where known. */
  readonly resourceTypes: readonly string[];
  /** The API product whose actions this older prefix also authorizes (`ccs`: `tke`). */
  readonly apiOf?: string;
}

function productIndex(): ProductIndex {
  // Required here, not imported at the top: read on first use only (build.sh copies the files to lib/).
  PRODUCTS.index ??= require('./data/products/index.json') as ProductIndex;
  return PRODUCTS.index;
}

/** The product with this prefix in the index (its name, whether API 3.0 lists it), or undefined. */
function indexed(key: string): ProductIndex['products'][string] | undefined {
  const products = productIndex().products;
  return Object.hasOwn(products, key) ? products[key] : undefined;
}

/**
 * The action names of a product by CAM prefix (API 3.0's and those Tencent's documentation writes
 * outside it), or undefined when the data has none for it.
 * @internal
 */
export function productActions(prefix: string): ProductActions | undefined {
  const key = prefix.toLowerCase();
  const cached = PRODUCTS.sets.get(key);
  if (cached) return cached;
  const entry = indexed(key);
  if (!entry) return undefined;
  // The key is one of the index's prefixes (letters and digits), never a path of the caller's.
  const names = require(`./data/products/${key}.json`) as ProductNames;
  // An older prefix authorizes its API product's actions too (`ccs`, TKE's, has `tke`'s).
  const apiOf = entry[2] === undefined ? [] : (require(`./data/products/${entry[2]}.json`) as ProductNames).api3;
  const byLower = new Map<string, string>();
  // API 3.0's spelling first: a page's (CLS's console `searchLog`) never replaces it.
  for (const name of [...names.api3, ...apiOf, ...names.published]) if (!byLower.has(name.toLowerCase())) byLower.set(name.toLowerCase(), name);
  const resources = new Map<string, ProductActionResources>();
  for (const [name, [templates, conditionKeys, source]] of Object.entries(names.resources)) {
    resources.set(name.toLowerCase(), { action: `name/${key}:${name}`, templates: [...templates], conditionKeys: [...conditionKeys], source });
  }
  const conditionKeys = names.conditionKeys && new Map(names.conditionKeys[0].map((k) => [k.toLowerCase(), k]));
  const actions = { api3: entry[1], byLower, suggestions: new SuggestionIndex([...byLower.keys()]), resources, conditionKeys, resourceTypes: names.resourceTypes ?? [], apiOf: entry[2] };
  PRODUCTS.sets.set(key, actions);
  return actions;
}

/** Where the product action names come from: Tencent's API metadata at one commit. @internal */
export function productSource(): ProductIndex['source'] {
  return productIndex().source;
}

const CAM_SERVICES = new Map<string, CamServiceInfo>(
  (camServices as CamServicesData).services.map((s) => [s.prefix, { prefix: s.prefix, product: s.product, catalogued: SERVICES.has(s.prefix) }]),
);
const ALIASES = new Map<string, string>((camServices as CamServicesData).aliases.map((a) => [a.name, a.prefix]));

/**
 * The prefix a name that is not a CAM service most likely means: an alias (`mysql` is `cdb`), else
 * the closest prefix by spelling, else undefined.
 * @internal
 */
export function camServiceMeant(name: string, closestOf: (word: string, candidates: string[]) => string | undefined): { prefix: string; why: string; alias: boolean } | undefined {
  const lower = name.toLowerCase();
  const alias = ALIASES.get(lower);
  if (alias) return { prefix: alias, why: `the prefix of ${CAM_SERVICES.get(alias)!.product} is "${alias}"`, alias: true };
  const near = closestOf(lower, [...CAM_SERVICES.keys()]);
  return near ? { prefix: near, why: `did you mean "${near}" (${CAM_SERVICES.get(near)!.product})?`, alias: false } : undefined;
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
  /** The services the catalogue knows action by action: `tcmpp`, `cmqqueue`, `cmqtopic`, and `tcsas` (TCMPP's new name). */
  public static services(): string[] {
    return [...SERVICES.keys()];
  }

  /** Whether the catalogue knows `service`: only then can an action of it be unknown. */
  public static hasService(service: string): boolean {
    return SERVICES.has(service.toLowerCase());
  }

  /**
   * Every service that CAM authorizes, by prefix (`cdb`, `cos`, `tcmpp`, ...): the catalogued ones
   * and the ones known by prefix only, from CAM's CAM-Enabled API pages (`src/catalog/data/cam-services.json`).
   */
  public static camServices(): CamServiceInfo[] {
    return [...CAM_SERVICES.values()];
  }

  /**
   * The CAM service with this prefix (case does not matter): one of CAM's CAM-Enabled API pages, or
   * a product of Tencent's API metadata (whose prefix in CAM is its API name). Undefined when neither
   * has it.
   */
  public static camService(prefix: string): CamServiceInfo | undefined {
    const key = prefix.toLowerCase();
    const known = CAM_SERVICES.get(key);
    if (known) return known;
    const product = indexed(key);
    return product ? { prefix: key, product: product[0], catalogued: false } : undefined;
  }

  /**
   * Every product whose action names the data knows (`cvm`, `cdb`, `tke`, ... 256 and more), by
   * prefix: those of Tencent's API metadata and those Tencent's pages write actions of (`cos`, `ci`).
   * TCMPP and CMQ, catalogued from their own pages, are `Catalog.services()`.
   */
  public static products(): CamServiceInfo[] {
    return Object.entries(productIndex().products).map(([prefix, entry]) => ({ prefix, product: CAM_SERVICES.get(prefix)?.product ?? entry[0], catalogued: false }));
  }

  /**
   * Every action name Tencent publishes for a product, as a statement takes it
   * (`name/cvm:DescribeInstances`): the API 3.0 actions of Tencent's API metadata
   * (TencentCloud/tencentcloud-cli, `Catalog.productDataDate()`), and the actions outside API 3.0 that
   * Tencent's documentation writes in policies. For TCMPP and CMQ, `actionNames` has more.
   * @param accessLevel only the actions of this access level, inferred from the verb (`Describe`,
   * `Get`, `Query` read; `List` list; the rest write), since the metadata gives none
   * @default - every action
   */
  public static productActionNames(prefix: string, accessLevel?: AccessLevel): string[] {
    const names = [...(productActions(prefix)?.byLower.values() ?? [])];
    return names.filter((name) => accessLevel === undefined || accessLevelFromVerb(name) === accessLevel).map((name) => `name/${prefix.toLowerCase()}:${name}`);
  }

  /**
   * What a product's CAM page says of an action (`cvm:RunInstances`, `name/cdb:AddTimeWindow`): the
   * resources it is authorized against and the condition keys it sends, as the page writes them
   * (`qcs::cvm:$region:$account:instance/*`), with the page. Undefined where no page in the data gives
   * them (then CAM may still authorize the action on `*` only, or the data lacks the page).
   */
  public static productActionResources(action: string): ProductActionResources | undefined {
    return pageOfAction(parseAction(action));
  }

  /**
   * The condition keys a service sends, where its pages list them, as a condition takes them
   * (`cos:prefix`): for `cos`, COS's page "Conditions", for `cvm`, the keys CVM's and CBS's resource
   * pages give per API. Empty where no page in the data lists them.
   */
  public static productConditionKeys(prefix: string): string[] {
    return [...(productActions(prefix)?.conditionKeys?.values() ?? [])];
  }

  /**
   * The resource types Tencent's pages write for a service (`cvm`: `instance`, `keypair`, `volume`,
   * ...), for the services whose products' CAM pages give their APIs' resources: every six-segment
   * resource of the service in Tencent's documentation repository. Empty for the other services.
   */
  public static productResourceTypes(prefix: string): string[] {
    return [...(productActions(prefix)?.resourceTypes ?? [])];
  }

  /** The date of the Tencent API metadata the product action names were read from (`YYYY-MM-DD`). */
  public static productDataDate(): string {
    return productSource().date;
  }

  /** What the catalogue knows of a service, or undefined. */
  public static service(service: string): ServiceInfo | undefined {
    return SERVICES.get(service.toLowerCase());
  }

  /**
   * One action, written `tcmpp:CreateMNPVersion` or `name/tcmpp:CreateMNPVersion` (case does not
   * matter). Undefined when the catalogue has no such action.
   */
  public static action(action: string): ActionInfo | undefined {
    return actionInfo(action);
  }

  /**
   * Whether a pattern matches any catalogued action (`tcmpp:Describe*`): `actionsMatching(pattern)`
   * is not empty, answered at the first match.
   */
  public static hasActionMatching(pattern: string): boolean {
    if (pattern === '*') return ACTIONS.size > 0;
    const parsed = parseAction(pattern);
    if (!parsed) return false;
    const re = compileWildcard(parsed.name, true);
    const services = parsed.service === '*' ? [...ACTIONS.keys()] : [parsed.service];
    return services.some((s) => (ACTIONS.get(s) ?? []).some((a) => matchCompiled(re, a.name)));
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

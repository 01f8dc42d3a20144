import { longRegionCode } from '../policy/region';
import { resourceTypeOf, splitSegments } from '../policy/resource';
import { memoize } from '../policy/memo';
import { hasPlaceholder } from '../policy/tokens';
import { replaceVariables } from '../policy/variables';
import { wildcardsIntersect } from '../policy/wildcard';
import { Granularity } from './access-level';
import { ParsedAction, parseAction } from '../policy/action';
import { ActionInfo, Catalog, ProductActionResources, catalogAction, pageOfAction } from './catalog';

/**
 * Resource templates as matchers. A template is the form of the resource CAM authorizes an action
 * against, as the service's CAM page prints it: `qcs::tcmpp::uin/:Limit/${PlatformId}${MNPId}`.
 * Its `${...}` parts and a bare `uin/` stand for any value; an empty region is no region at all
 * (the request's resource has none), unlike a policy's empty region, which is every region.
 * @internal
 */
export const templateSegments: (template: string) => readonly string[] = memoize((template) => {
  const parts = splitSegments(template).map((s) => s.replace(/\$\{[^}]*\}/g, '*'));
  if (parts.length === 6 && parts[4] === 'uin/') parts[4] = 'uin/*';
  return Object.freeze(parts);
});

/**
 * A policy's resource as a matcher: an empty region or account is any; policy variables any value.
 * `split`, when given, is the resource's `splitSegments`, reused when it holds no `${`.
 */
function patternSegments(resource: string, split?: readonly string[]): string[] {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral,MethodExpression,BooleanLiteral: the segments are only reused; splitting again gives the same
  const parts = split && !resource.includes('${') ? [...split] : splitSegments(replaceVariables(resource, true, () => '*').text);
  if (parts.length !== 6) return parts;
  if (parts[3] === '') parts[3] = '*';
  else parts[3] = longRegionCode(parts[3]);
  if (parts[4] === '' || parts[4] === 'uin/') parts[4] = '*';
  return parts;
}

/** The six-segment templates of an action (none for an operation-level `*` or an unpublished one). @internal */
export function resourceTemplates(info: ActionInfo | undefined): readonly string[] {
  if (!info) return NO_TEMPLATES;
  let templates = TEMPLATES_OF.get(info);
  if (!templates) {
    templates = info.resourceTemplates.includes('*') ? NO_TEMPLATES : Object.freeze(info.resourceTemplates.filter((t) => templateSegments(t).length === 6));
    TEMPLATES_OF.set(info, templates);
  }
  return templates;
}

/** The templates of each catalogued action, found once: every policy of a stack asks for them. */
const TEMPLATES_OF = new WeakMap<ActionInfo, readonly string[]>();
const NO_TEMPLATES: readonly string[] = Object.freeze([]);

/**
 * A resource as a product's CAM page writes it (`qcs::cvm:$region:$account:instance/$instanceId`,
 * `qcs::ccs:region:account:cluster/*`, `qcs::tdmq:${region}:uin/${uin}:queue/${queueName}`) as a
 * template: `$name` and `{name}` are `${name}`, and a region or account the page writes as a word or
 * leaves empty stands for any (the pages write TCMPP's "no region" nowhere).
 * @internal
 */
export const pageTemplate: (written: string) => string = memoize((written) => {
  const braced = written.replace(/\$(?!\{)([A-Za-z_][A-Za-z0-9_]*)/g, '${$1}').replace(/(?<!\$)\{([^}]*)\}/g, '${$1}');
  const parts = splitSegments(braced);
  if (parts.length !== 6) return braced;
  if (parts[3] === '' || parts[3] === 'region') parts[3] = '${region}';
  if (parts[4] === '' || parts[4] === 'account' || parts[4] === 'uin/') parts[4] = '${account}';
  return parts.join(':');
});

/** What an action is authorized against, from the catalogue's data or a product's CAM page. @internal */
export interface ActionResourceFacts {
  /** The six-segment templates (none for an operation-level action). */
  readonly templates: readonly string[];
  /** Whether CAM authorizes it only on `*`. */
  readonly operationLevel: boolean;
  /** The product's page the facts come from; undefined for TCMPP's and CMQ's catalogued actions. */
  readonly page?: ProductActionResources;
  /** The name of the product whose page it is (`Private DNS`), for messages. */
  readonly product?: string;
}

/**
 * The resources an action is authorized against: the catalogue's (TCMPP, CMQ) where it has the
 * action, else its product's CAM page's; undefined for a wildcard or an action no page gives.
 * @internal
 */
export function actionResources(action: string, parsed: ParsedAction | undefined = parseAction(action)): ActionResourceFacts | undefined {
  if (action.includes('*')) return undefined;
  const info = catalogAction(parsed);
  if (info) return { templates: resourceTemplates(info), operationLevel: info.granularity === Granularity.OPERATION_LEVEL };
  const page = pageOfAction(parsed);
  if (!page) return undefined;
  let facts = PAGE_FACTS.get(page);
  if (!facts) {
    const operationLevel = page.templates[0] === '*';
    const templates = operationLevel ? NO_TEMPLATES : Object.freeze([...new Set(page.templates.map(pageTemplate).filter((t) => templateSegments(t).length === 6).flatMap(typeSpellings))]);
    const prefix = page.action.slice('name/'.length, page.action.indexOf(':'));
    facts = { templates, operationLevel, page, product: (Catalog.camService(prefix)?.product ?? prefix).replace(/ \(.*\)$/, '') };
    PAGE_FACTS.set(page, facts);
  }
  return facts;
}

/**
 * A page's template and the same with its resource type written with or without a trailing `Id`:
 * Tencent's pages write both for one resource (MongoDB's API table `instanceId/$instanceId`, its
 * examples and type table `instance/cmgo-...`), so either is taken to fit.
 */
function typeSpellings(template: string): string[] {
  const parts = splitSegments(template);
  const type = resourceTypeOf(parts[5]);
  if (!/^[A-Za-z]+$/.test(type)) return [template];
  const other = type.endsWith('Id') ? type.slice(0, -2) : `${type}Id`;
  return [template, [...parts.slice(0, 5), other + parts[5].slice(type.length)].join(':')];
}

/**
 * A declared cache: each page entry's facts, made once (the entries live as long as their product's
 * names, `PRODUCTS` in catalog.ts). `tcam lint` of 20,000 statements of CVM, CBS and TencentDB
 * actions with instance resources: 0.51 s with it, 1.07 to 1.11 s without (bench/RESULTS.md).
 */
const PAGE_FACTS = new WeakMap<ProductActionResources, ActionResourceFacts>();

/** The first template of an action, the one its service's page gives first. @internal */
export function singleTemplate(info: ActionInfo | undefined): string | undefined {
  return resourceTemplates(info)[0];
}

/**
 * Why a policy's resource can never fit a template, or undefined when it can (or when the
 * resource's service is another one: SERVICE_MISMATCH says so).
 * @internal
 */
export function templateMisfit(resource: string, template: string, references: boolean): string | undefined {
  const p = resourcePattern(resource, references);
  return p ? patternMisfit(resource, p, template) : undefined;
}

/**
 * A resource as `templateMisfit` matches it (`split`: its `splitSegments`, if at hand); undefined for
 * `*` and a placeholder, which fit any template.
 * @internal
 */
export function resourcePattern(resource: string, references: boolean, split?: readonly string[]): readonly string[] | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral,EqualityOperator: `*` as a pattern has one segment, which fits any template too
  return resource === '*' || hasPlaceholder(resource, references) ? undefined : patternSegments(resource, split);
}

/** `templateMisfit` of a resource whose pattern (`resourcePattern`) is `p`. @internal */
export function patternMisfit(resource: string, p: readonly string[], template: string): string | undefined {
  const t = templateSegments(template);
  if (p.length !== 6) return undefined;
  if (!wildcardsIntersect(p[2].toLowerCase(), t[2])) return undefined;
  if (!wildcardsIntersect(p[3], t[3])) {
    return t[3] === '' ? `it names the region "${splitSegments(resource)[3]}", where the template has none` : `its region "${p[3]}" is not the template's`;
  }
  if (!wildcardsIntersect(p[4], t[4])) return `its account "${p[4]}" cannot be the template's "${splitSegments(template)[4]}"`;
  if (!wildcardsIntersect(p[5], t[5])) {
    const mine = resourceTypeOf(p[5]);
    const theirs = resourceTypeOf(t[5]);
    if (!p[5].startsWith('*') && mine !== theirs && !mine.includes('*')) return `its resource type "${mine}" is not the template's "${theirs}"`;
    return `its resource "${p[5]}" cannot take the template's form "${splitSegments(template)[5]}" (a part is missing or extra)`;
  }
  return undefined;
}

/**
 * A resource that fits the template, made from what a policy's resource gives (its region where
 * the template has one, its account, its resource id): what the finding suggests.
 * @internal
 */
export function fittingResource(resource: string, template: string): string {
  // A part the policy does not give is `*` (a run of them one), so that the suggestion is itself a
  // resource the linter takes, never a placeholder such as <MNPId> copied into a policy.
  const any = (text: string) => text.replace(/\$\{[^}]*\}/g, '*').replace(/\*+/g, '*');
  const r = splitSegments(resource);
  const t = splitSegments(template);
  if (r.length !== 6 || t.length !== 6) return any(template);
  const region = t[3] === '' ? '' : r[3];
  // An account the policy does not give: the template's bare `uin/` (the requester's root account).
  const account = r[4] !== '' && r[4] !== 'uin/' ? r[4] : 'uin/';
  const [tType, ...tRest] = t[5].split('/');
  const [, ...rRest] = r[5].split('/');
  const vars = tRest.join('/').match(/\$\{[^}]*\}/g) ?? [];
  let id = any(tRest.join('/'));
  if (vars.length > 0 && rRest.length > 0 && rRest.join('/') !== '*') {
    // The policy's id stands for the template's first part; the other parts are any.
    id = rRest.join('/') + (vars.length > 1 ? '*' : '');
  }
  return `qcs:${t[1]}:${t[2]}:${region}:${account}:${tType}/${id}`;
}

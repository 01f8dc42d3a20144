import * as crossService from '../../catalog/data/cross-service.json';
import { Catalog } from '../../catalog/catalog';
import { templateSegments } from '../../catalog/templates';
import type { CrossServiceData } from '../../catalog/service-data';
import { Severity, describePath, finding } from '../../policy/finding';
import { hasPlaceholder } from '../../policy/tokens';
import { DOCS, Rule } from '../rule';
import { ActionFacts, NONE, StatementFacts } from '../facts';

/**
 * Services whose actions act on other services' resources, from Tencent's published policies
 * (`src/catalog/data/cross-service.json`, each pair with its source).
 */
const RESOURCE_SERVICES = new Map<string, string[]>((crossService as CrossServiceData).pairs.map((p) => [p.service, [...p.resourceServices]]));

/**
 * The services a statement's resources may name, given its actions: each action's service and the
 * services it acts on (the table's pairs, and the services of the resources its CAM page gives it).
 * Gathered as the actions are visited (before the resources); `any` where there is nothing to check:
 * an action that may reach any service (`*`, `*:Name`, a feature set such as `permid/1`, a placeholder).
 */
interface StatementServices {
  readonly names: Set<string>;
  any: boolean;
}

function statementServices(s: StatementFacts): StatementServices {
  return s.once(statementServices, () => ({ names: new Set<string>(), any: false }));
}

function addServices(services: StatementServices, action: ActionFacts, references: boolean): void {
  // `*` and a feature set (`permid/1`) have no parts: they may reach any service.
  const svc = action.parsed?.service;
  if (svc === undefined || svc === '*' || hasPlaceholder(action.value, references)) {
    services.any = true;
    return;
  }
  const others = RESOURCE_SERVICES.get(svc);
  if (others?.includes('*')) {
    services.any = true;
    return;
  }
  services.names.add(svc);
  for (const other of others ?? []) services.names.add(other);
  // The services of the resources a product's CAM page gives the action (CBS's disks are `cvm`'s).
  for (const t of action.resources?.templates ?? []) services.names.add(templateSegments(t)[2]);
}

/**
 * Whether a resource (its segments, `splitSegments`) names a service none of `services` is.
 * Service and region swapped (`qcs::gz:cvm:...`) is INVALID_REGION's finding.
 */
function serviceMismatched(value: string, parts: readonly string[], services: ReadonlySet<string>, references: boolean): boolean {
  if (value === '*' || parts.length < 6) return false;
  const svc = parts[2].toLowerCase();
  // No service at all is INVALID_RESOURCE's finding.
  if (svc === '' || svc === '*' || hasPlaceholder(svc, references) || services.has(svc)) return false;
  return !(Catalog.camService(parts[3]) && !Catalog.camService(svc));
}

export const SERVICE_MISMATCH: Rule = {
  code: 'SERVICE_MISMATCH',
  severity: Severity.ERROR,
  title: "A resource's service matches none of the statement's actions",
  docUrl: DOCS.resources,
  description: "A resource applies to actions of its own service: `qcs::cmqtopic:...` in a statement whose actions are all `cmqqueue:*` authorizes nothing. Some services act on others' resources (TKE's `ccs` on CVM, VPC, CLB and CBS; `cvm:RunInstances` on VPC subnets and CBS disks); a table of the pairs Tencent's published policies grant, each with its source, clears them, as do the resources a product's CAM page gives an action (CBS's `cbs:AttachDisks` on `qcs::cvm:$region:$account:volume/$diskId`). An ERROR where both services are catalogued (TCMPP, TCSAS, CMQ), whose actions the catalogue knows; a WARNING for other pairs, which may be documented where this table has not looked.",
  visit: {
    action: (item, s, { references }) => {
      addServices(statementServices(s), item, references);
      return NONE;
    },
    resource: (item, s, { references }) => {
      const { names: services, any } = statementServices(s);
      if (any || services.size === 0 || !serviceMismatched(item.value, item.segments, services, references)) return NONE;
      const parts = item.segments;
      const svc = parts[2].toLowerCase();
      const catalogued = Catalog.hasService(svc) && [...services].every((x) => Catalog.hasService(x));
      const severity = catalogued ? Severity.ERROR : Severity.WARNING;
      const why = catalogued
        ? 'so it authorizes nothing; move it to a statement with ' + `${parts[2]} actions`
        : `which no published policy documents, so it likely authorizes nothing; move it to a statement with ${parts[2]} actions, or suppress this finding naming the page that documents the pair`;
      return [finding('SERVICE_MISMATCH', severity, item.path,
        `${describePath(item.path)} ${JSON.stringify(item.value)}: its service "${parts[2]}" matches none of the statement's actions (${[...services].join(', ')}), ${why}`)];
    },
  },
};

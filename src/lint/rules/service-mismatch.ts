import { Catalog } from '../../catalog/catalog';
import { Severity, describePath, finding } from '../../policy/finding';
import { hasPlaceholder } from '../../policy/tokens';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

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
  description: "A resource applies to actions of its own service: `qcs::cmqtopic:...` in a statement whose actions are all `cmqqueue:*` authorizes nothing. Some services act on others' resources (TKE's `ccs` on CVM, VPC, CLB and CBS; `cvm:RunInstances` on VPC subnets and CBS disks); a table of the pairs Tencent's published policies grant, each with its source, clears them. An ERROR where both services are catalogued (TCMPP, TCSAS, CMQ), whose actions the catalogue knows; a WARNING for other pairs, which may be documented where this table has not looked.",
  visit: {
    resource: (item, s, { references }) => {
      const services = s.services;
      if (!services || !serviceMismatched(item.value, item.segments, services, references)) return NONE;
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

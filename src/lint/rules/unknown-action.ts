import { Catalog, productActions, productSource } from '../../catalog/catalog';
import { parseAction } from '../../policy/action';
import { Finding, Severity, describePath, finding } from '../../policy/finding';
import { VALUE_CACHE_SIZE, memoize } from '../../policy/memo';
import { closest } from '../../policy/suggest';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';

/** An action of TCMPP or CMQ that their catalogue does not have: an ERROR (the catalogue is their CAM pages' whole list). */
function catalogued(value: string, path: string, service: string, name: string, prefixed: boolean): Finding[] {
  if (name.includes('*') ? Catalog.hasActionMatching(value) : Catalog.action(value) !== undefined) return NONE;
  const where = `${describePath(path)} ${JSON.stringify(value)}`;
  const count = Catalog.actions(service).length;
  if (name.includes('*')) {
    return [finding('UNKNOWN_ACTION', Severity.ERROR, path, `${where}: the wildcard matches none of the ${count} ${service} actions in the catalogue, so it grants nothing`)];
  }
  const prefix = prefixed ? 'name/' : '';
  const elsewhere = Catalog.services().filter((svc) => svc !== service && Catalog.action(`${svc}:${name}`));
  const near = closest(name, Catalog.actions(service).map((a) => a.name));
  const hint = elsewhere.length > 0
    ? ` (it is an action of ${elsewhere.map((svc) => `"${svc}"`).join(' and ')}: did you mean "${prefix}${elsewhere[0]}:${Catalog.action(`${elsewhere[0]}:${name}`)!.name}"?)`
    : near ? ` (did you mean "${prefix}${service}:${near}"?)` : '';
  return [finding('UNKNOWN_ACTION', Severity.ERROR, path, `${where}: ${service} has no action "${name}"${hint}; the catalogue lists ${count} ${service} actions`)];
}

/**
 * What is wrong with an action of another product, by its value (the same value reads the same
 * everywhere, so it is worked out once): a WARNING, since CAM also authorizes console actions and
 * older APIs that Tencent's API metadata does not list. Undefined when the product's names have it.
 */
const productProblem = memoize((value: string): { severity: Severity; message: string } | undefined => {
  const parsed = parseAction(value)!;
  const names = productActions(parsed.service)!;
  const count = names.byLower.size;
  const service = parsed.service.toLowerCase();
  const near = () => {
    const found = names.suggestions.closest(parsed.name.toLowerCase());
    return found === undefined ? undefined : names.byLower.get(found);
  };
  if (!names.api3) {
    // Only the names Tencent's documentation writes are known (COS's XML API): a name is reported
    // only as a misspelling of one of them, never for being unlisted.
    if (parsed.name.includes('*') || names.byLower.has(parsed.name.toLowerCase())) return undefined;
    const meant = near();
    return meant === undefined ? undefined : {
      severity: Severity.WARNING,
      message: `${service} has no action "${parsed.name}" among the ${count} that Tencent's documentation writes: did you mean "${parsed.prefixed ? 'name/' : ''}${service}:${meant}"?`,
    };
  }
  const source = productSource();
  const data = `Tencent's API metadata (tencentcloud-cli, ${source.date}) lists ${count} ${service} actions${names.apiOf ? ` (${names.apiOf}'s, which ${service} also authorizes, and ${service}'s own from Tencent's pages)` : ''}`;
  const unlisted = 'CAM also authorizes some console actions and older APIs that it does not list: if this is one, suppress the finding';
  // A wildcard is not checked: it may match the console actions and older APIs the metadata does not list.
  if (parsed.name.includes('*')) return undefined;
  if (names.byLower.has(parsed.name.toLowerCase())) return undefined;
  const prefix = parsed.prefixed ? 'name/' : '';
  const meant = near();
  return {
    severity: Severity.WARNING,
    message: `${service} has no action "${parsed.name}"${meant ? ` (did you mean "${prefix}${service}:${meant}"?)` : ''}; ${data}. ${unlisted}`,
  };
}, VALUE_CACHE_SIZE);

export const UNKNOWN_ACTION: Rule = {
  code: 'UNKNOWN_ACTION',
  severity: Severity.ERROR,
  title: 'An action of a known service does not exist',
  docUrl: DOCS.tcmpp,
  description: 'For the services in the catalogue (`tcmpp`, `cmqqueue`, `cmqtopic`), every action, and every wildcard, must match a catalogued action: an ERROR naming the closest one. For every other product whose API 3.0 actions Tencent\'s API metadata lists (TencentCloud/tencentcloud-cli, with the actions Tencent\'s documentation writes outside API 3.0), an action it does not list is a WARNING naming the closest one (wildcards are not checked there): CAM also authorizes console actions and older APIs the metadata does not list. For a product known only by the names Tencent\'s documentation writes (COS\'s XML API), a WARNING only for a name close to one of them.',
  visit: {
    action: (item) => {
      const { value } = item;
      const { parsed } = item;
      if (!parsed || parsed.service === '*') return NONE;
      if (Catalog.hasService(parsed.service)) return catalogued(value, item.path, parsed.service, parsed.name, parsed.prefixed);
      if (!productActions(parsed.service)) return NONE;
      const problem = productProblem(value);
      if (!problem) return NONE;
      return [finding('UNKNOWN_ACTION', problem.severity, item.path, `${describePath(item.path)} ${JSON.stringify(value)}: ${problem.message}`)];
    },
  },
};

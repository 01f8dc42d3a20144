import { Catalog } from '../../catalog/catalog';
import { parseAction } from '../../policy/action';
import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { NONE } from '../facts';
import { closest } from '../../policy/suggest';

export const UNKNOWN_ACTION: Rule = {
  code: 'UNKNOWN_ACTION',
  severity: Severity.ERROR,
  title: 'An action of a catalogued service does not exist',
  docUrl: DOCS.tcmpp,
  description: 'For the services in the catalogue (`tcmpp`, `cmqqueue`, `cmqtopic`), every action, and every wildcard, must match a catalogued action; the finding names the closest one. Actions of other services are never reported: the catalogue does not know them.',
  visit: {
    action: (item) => {
      const { value } = item;
      const parsed = parseAction(value);
      if (!parsed || parsed.service === '*' || !Catalog.hasService(parsed.service)) return NONE;
      if (parsed.name.includes('*') ? Catalog.hasActionMatching(value) : Catalog.action(value) !== undefined) return NONE;
      const where = `${describePath(item.path)} ${JSON.stringify(value)}`;
      const count = Catalog.actions(parsed.service).length;
      if (parsed.name.includes('*')) {
        return [finding('UNKNOWN_ACTION', Severity.ERROR, item.path, `${where}: the wildcard matches none of the ${count} ${parsed.service} actions in the catalogue, so it grants nothing`)];
      }
      const prefix = parsed.prefixed ? 'name/' : '';
      const elsewhere = Catalog.services().filter((svc) => svc !== parsed.service && Catalog.action(`${svc}:${parsed.name}`));
      const near = closest(parsed.name, Catalog.actions(parsed.service).map((a) => a.name));
      const hint = elsewhere.length > 0
        ? ` (it is an action of ${elsewhere.map((svc) => `"${svc}"`).join(' and ')}: did you mean "${prefix}${elsewhere[0]}:${Catalog.action(`${elsewhere[0]}:${parsed.name}`)!.name}"?)`
        : near ? ` (did you mean "${prefix}${parsed.service}:${near}"?)` : '';
      return [finding('UNKNOWN_ACTION', Severity.ERROR, item.path, `${where}: ${parsed.service} has no action "${parsed.name}"${hint}; the catalogue lists ${count} ${parsed.service} actions`)];
    },
  },
};

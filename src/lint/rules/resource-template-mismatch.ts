import { fittingResource, patternMisfit, resourcePattern, templateMisfit } from '../../catalog/templates';
import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { Located } from '../../policy/parse';
import { NONE } from '../facts';

/**
 * Whether some resource of a statement fits a template, answered once per template: a statement's
 * actions often share one. Each resource is made a matcher once, for all templates.
 */
function templateFitter(resources: readonly Located<string>[], references: boolean): (template: string) => boolean {
  const fitting = new Map<string, boolean>();
  // null: `*` or a placeholder, which fit any template.
  const patterns: Array<readonly string[] | null> = [];
  const fits = (template: string, i: number): boolean => {
    const { value } = resources[i];
    const p = patterns[i] ??= resourcePattern(value, references) ?? null;
    return p === null || patternMisfit(value, p, template) === undefined;
  };
  return (template) => {
    let answer = fitting.get(template);
    if (answer === undefined) {
      answer = false;
      for (let i = 0; i < resources.length && !answer; i++) answer = fits(template, i);
      fitting.set(template, answer);
    }
    return answer;
  };
}

export const RESOURCE_TEMPLATE_MISMATCH: Rule = {
  code: 'RESOURCE_TEMPLATE_MISMATCH',
  severity: Severity.WARNING,
  title: "No resource of the statement fits the resource template of one of its actions",
  docUrl: DOCS.tcmpp,
  description: "The catalogue knows the resource each action is authorized against (TCMPP's CAM page: `CreateMNPVersion` on `qcs::tcmpp::uin/${uin}:Limit/${PlatformId}${MNPId}`, with no region; CMQ's policy API page: `queueName/uin/<creator>/<name>`), and, for other products, the resources their CAM pages give each API (CVM's `qcs::cvm:$region:$account:instance/$instanceId`, where a region or account the page leaves empty is any). When none of a statement's resources can ever fit an action's template (a region where the template has none, another resource type, a missing part), the action is granted on nothing. The finding shows the template and a resource that fits.",
  visit: {
    action: (item, s, { references }) => {
      const { value } = item;
      const facts = item.resources;
      const templates = facts?.templates ?? [];
      // A resource fits when it fits any of the action's templates.
      if (templates.length === 0 || s.view.resources.length === 0) return NONE;
      const fits = s.once(templateFitter, () => templateFitter(s.view.resources, references));
      if (templates.some(fits)) return NONE;
      const [template] = templates;
      const first = s.view.resources[0].value;
      // A product's templates as its page writes them (`$region`), not as they are matched.
      const shown = facts?.page?.templates ?? templates;
      const others = shown.length > 1 ? ` (or ${shown.slice(1).join(', ')})` : '';
      return [finding('RESOURCE_TEMPLATE_MISMATCH', Severity.WARNING, item.path,
        `${describePath(item.path)} ${JSON.stringify(value)} is authorized against ${shown[0]}${others}${facts?.product ? ` (${facts.product}'s CAM page)` : ''}, and no resource of the statement fits it (${JSON.stringify(first)}: ${templateMisfit(first, template, references)}), so it is granted on nothing; a resource that fits: ${JSON.stringify(fittingResource(first, template))}`)];
    },
  },
};

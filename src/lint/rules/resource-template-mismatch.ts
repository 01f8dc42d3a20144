import { fittingResource, templateMisfit } from '../../catalog/templates';
import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule } from '../rule';
import { NONE, actionTemplates } from '../facts';

export const RESOURCE_TEMPLATE_MISMATCH: Rule = {
  code: 'RESOURCE_TEMPLATE_MISMATCH',
  severity: Severity.WARNING,
  title: "No resource of the statement fits the resource template of one of its actions",
  docUrl: DOCS.tcmpp,
  description: "The catalogue knows the resource each action is authorized against (TCMPP's CAM page: `CreateMNPVersion` on `qcs::tcmpp::uin/${uin}:Limit/${PlatformId}${MNPId}`, with no region; CMQ's policy API page: `queueName/uin/<creator>/<name>`). When none of a statement's resources can ever fit an action's template (a region where the template has none, another resource type, a missing part), the action is granted on nothing. The finding shows the template and a resource that fits.",
  visit: {
    action: (item, s, { references }) => {
      const { value } = item;
      const templates = actionTemplates(value);
      // A resource fits when it fits any of the action's templates.
      if (templates.length === 0 || s.view.resources.length === 0 || templates.some((t) => s.fits(t))) return NONE;
      const [template] = templates;
      const first = s.view.resources[0].value;
      const others = templates.length > 1 ? ` (or ${templates.slice(1).join(', ')})` : '';
      return [finding('RESOURCE_TEMPLATE_MISMATCH', Severity.WARNING, item.path,
        `${describePath(item.path)} ${JSON.stringify(value)} is authorized against ${template}${others}, and no resource of the statement fits it (${JSON.stringify(first)}: ${templateMisfit(first, template, references)}), so it is granted on nothing; a resource that fits: ${JSON.stringify(fittingResource(first, template))}`)];
    },
  },
};

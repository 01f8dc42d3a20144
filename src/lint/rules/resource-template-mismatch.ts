import { Catalog } from '../../catalog/catalog';
import { fittingResource, patternMisfit, resourcePattern, resourceTemplates, templateMisfit } from '../../catalog/templates';
import { Severity, describePath, finding } from '../../policy/finding';
import { DOCS, Rule, flat, NONE } from '../rule';

/**
 * Whether some resource of a statement fits a template, answered once per template: a statement's
 * actions often share one.
 * @internal
 */
export function templateFitter<T>(resources: readonly T[], textOf: (resource: T) => string, references: boolean, splitOf?: (index: number) => readonly string[] | undefined): (template: string) => boolean {
  const fitting = new Map<string, boolean>();
  // Each resource as a matcher, made once for all templates (null: `*` or a placeholder, which fit any).
  let patterns: Array<readonly string[] | null> | undefined;
  const fits = (template: string, i: number): boolean => {
    patterns ??= [];
    let p = patterns[i];
    // Stryker disable next-line ConditionalExpression: a cache; making the pattern again gives the same
    if (p === undefined) p = patterns[i] = resourcePattern(textOf(resources[i]), references, splitOf?.(i)) ?? null;
    return p === null || patternMisfit(textOf(resources[i]), p, template) === undefined;
  };
  return (template) => {
    let answer = fitting.get(template);
    // Stryker disable next-line ConditionalExpression: a cache; checking the template again gives the same answer
    if (answer === undefined) {
      answer = false;
      for (let i = 0; i < resources.length && !answer; i++) answer = fits(template, i);
      fitting.set(template, answer);
    }
    return answer;
  };
}

/**
 * The resource templates of an action when no resource of its statement fits any of them (`fits`,
 * from `templateFitter`), as RESOURCE_TEMPLATE_MISMATCH reports it; undefined when one fits, or
 * when the action is a wildcard or has no template.
 * @internal
 */
export function unfitTemplates(action: string, fits: (template: string) => boolean): readonly string[] | undefined {
  const templates = actionTemplates(action);
  // A resource fits when it fits any of the action's templates.
  if (templates.length === 0 || templates.some(fits)) return undefined;
  return templates;
}

/** The resource templates RESOURCE_TEMPLATE_MISMATCH checks an action against: none for a wildcard. @internal */
export function actionTemplates(action: string): readonly string[] {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a wildcard is no catalogued action, and has no template either
  return resourceTemplates(action.includes('*') ? undefined : Catalog.action(action));
}

export const RESOURCE_TEMPLATE_MISMATCH: Rule = {
  code: 'RESOURCE_TEMPLATE_MISMATCH',
  severity: Severity.WARNING,
  title: "No resource of the statement fits the resource template of one of its actions",
  docUrl: DOCS.tcmpp,
  description: "The catalogue knows the resource each action is authorized against (TCMPP's CAM page: `CreateMNPVersion` on `qcs::tcmpp::uin/${uin}:Limit/${PlatformId}${MNPId}`, with no region; CMQ's policy API page: `queueName/uin/<creator>/<name>`). When none of a statement's resources can ever fit an action's template (a region where the template has none, another resource type, a missing part), the action is granted on nothing. The finding shows the template and a resource that fits.",
  check: ({ view, references }) =>
    flat(view.statements, (s) => {
      if (s.resources.length === 0) return NONE;
      const fits = templateFitter(s.resources, (r) => r.value, references);
      return flat(s.actions, (item) => {
        const { value } = item;
        const templates = unfitTemplates(value, fits);
        if (!templates) return NONE;
        const [template] = templates;
        const first = s.resources[0].value;
        const others = templates.length > 1 ? ` (or ${templates.slice(1).join(', ')})` : '';
        return [finding('RESOURCE_TEMPLATE_MISMATCH', Severity.WARNING, item.path,
          `${describePath(item.path)} ${JSON.stringify(value)} is authorized against ${template}${others}, and no resource of the statement fits it (${JSON.stringify(first)}: ${templateMisfit(first, template, references)}), so it is granted on nothing; a resource that fits: ${JSON.stringify(fittingResource(first, template))}`)];
      });
    }),
};

import { Finding, Severity, describePath, finding } from '../../policy/finding';
import { Located } from '../../policy/parse';
import { DOCS, Rule } from '../rule';
import { actionCovers, globCovers, normalAction } from '../glob';

/** Each value that repeats an earlier one, or that another value of the list covers by a wildcard. */
function redundant(values: Located<string>[], covers: (pattern: string, value: string) => boolean, same: (v: string) => string): Finding[] {
  const out: Finding[] = [];
  values.forEach((v, i) => {
    const earlier = values.slice(0, i).find((w) => same(w.value) === same(v.value));
    const wider = earlier ? undefined : values.find((w, j) => j !== i && same(w.value) !== same(v.value) && w.value.includes('*') && covers(w.value, v.value));
    if (!earlier && !wider) return;
    const why = earlier ? `repeats ${describePath(earlier.path)}` : `is covered by ${describePath(wider!.path)} ${JSON.stringify(wider!.value)}`;
    out.push(finding('REDUNDANT_VALUE', Severity.SUGGESTION, v.path, `${describePath(v.path)} ${JSON.stringify(v.value)} ${why}: remove it`));
  });
  return out;
}

export const REDUNDANT_VALUE: Rule = {
  code: 'REDUNDANT_VALUE',
  severity: Severity.SUGGESTION,
  title: 'A value repeated, or covered by a wildcard in the same list',
  docUrl: DOCS.elements,
  description: 'An action, resource, principal or condition value that repeats another of the same list, or that a wildcard of the list already covers (`cos:GetObject` beside `cos:*`), changes nothing. Documents built with this library are rendered without repeats.',
  check: ({ view }) =>
    view.statements.flatMap((s) => [
      ...redundant(s.actions, actionCovers, (a) => normalAction(a).toLowerCase()),
      ...redundant(s.resources, (p, v) => globCovers(p, v, false), (r) => r),
      ...redundant(s.principals, (p, v) => p === '*' && v !== '*', (p) => p),
      ...s.conditions.flatMap((c) => redundant(
        c.values.map((v) => ({ value: String(v.value), path: v.path })),
        () => false,
        (v) => v,
      )),
    ]),
};

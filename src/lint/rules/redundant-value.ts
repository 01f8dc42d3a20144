import { Finding, Severity, describePath, finding } from '../../policy/finding';
import { Located } from '../../policy/parse';
import { wildcardMatch } from '../../policy/wildcard';
import { DOCS, Rule } from '../rule';
import { normalAction } from '../glob';

/**
 * Wildcard values with stars other than one at the end (`cos:*Object*`) are compared with every
 * value one by one; beyond this many distinct ones the rest are not used as covers, so a list of
 * 100,000 such patterns costs linear time, not 10^10 comparisons.
 */
const MAX_GENERAL_PATTERNS = 64;

/** The value of a list that covers another by a wildcard: prefix patterns (`cos:Get*`, `*`) by binary search, others one by one. */
class CoverIndex {
  /** Prefixes of the prefix patterns, sorted, none a prefix of another (the shorter covers more). */
  private readonly prefixes: string[];
  /** Up to two values per prefix: a value is never its own cover. */
  private readonly owners = new Map<string, number[]>();
  private readonly general: number[] = [];

  constructor(private readonly values: Located<string>[], private readonly forms: string[], extraPrefix: (form: string) => boolean) {
    const generalSeen = new Set<string>();
    forms.forEach((form, i) => {
      const star = form.indexOf('*');
      if (star < 0) return;
      if (star === form.length - 1 || extraPrefix(form)) {
        const prefix = extraPrefix(form) ? '' : form.slice(0, -1);
        const list = this.owners.get(prefix) ?? [];
        if (list.length < 2 && !list.some((j) => forms[j] === form)) list.push(i);
        this.owners.set(prefix, list);
      } else if (!generalSeen.has(form) && generalSeen.size < MAX_GENERAL_PATTERNS) {
        generalSeen.add(form);
        this.general.push(i);
      }
    });
    const sorted = [...this.owners.keys()].sort();
    this.prefixes = [];
    for (const p of sorted) {
      const last = this.prefixes[this.prefixes.length - 1];
      if (last === undefined || !p.startsWith(last)) this.prefixes.push(p);
    }
  }

  /** The first other value of the list whose wildcard covers value `i`. */
  coverOf(i: number): Located<string> | undefined {
    const form = this.forms[i];
    // The largest prefix not after `form`: in a prefix-free sorted list, the only one that can be a prefix of it.
    let lo = 0;
    let hi = this.prefixes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.prefixes[mid] <= form) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0 && form.startsWith(this.prefixes[found])) {
      const owner = this.owners.get(this.prefixes[found])!.find((j) => this.forms[j] !== form);
      if (owner !== undefined) return this.values[owner];
    }
    const general = this.general.find((j) => this.forms[j] !== form && wildcardMatch(this.forms[j], form, false));
    return general === undefined ? undefined : this.values[general];
  }
}

/**
 * Each value that repeats an earlier one, or that another value of the list covers by a wildcard.
 * `form` gives the comparable form of a value (actions without `name/`, lowercased).
 */
function redundant(values: Located<string>[], form: (v: string) => string, wildcards: 'glob' | 'principal' | 'none', extraPrefix: (form: string) => boolean = () => false): Finding[] {
  const out: Finding[] = [];
  if (values.length < 2) return out;
  const forms = values.map((v) => form(v.value));
  // Short lists (nearly all) are searched; long ones get a map, so n values cost n, not n².
  const first = values.length > 16 ? new Map<string, number>() : undefined;
  const earliest = (i: number): number | undefined => {
    if (first) {
      const at = first.get(forms[i]);
      if (at === undefined) first.set(forms[i], i);
      return at;
    }
    const at = forms.indexOf(forms[i]);
    return at < i ? at : undefined;
  };
  let index: CoverIndex | undefined;
  const hasWildcard = wildcards === 'glob' && forms.some((f) => f.includes('*'));
  const anyone = wildcards === 'principal' ? values.findIndex((v) => v.value === '*') : -1;
  values.forEach((v, i) => {
    const earlierIndex = earliest(i);
    const earlier = earlierIndex === undefined ? undefined : values[earlierIndex];
    let wider: Located<string> | undefined;
    if (!earlier && hasWildcard) wider = (index ??= new CoverIndex(values, forms, extraPrefix)).coverOf(i);
    if (!earlier && anyone >= 0 && v.value !== '*') wider = values[anyone];
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
      // "*" and "*:*" cover every action.
      ...redundant(s.actions, (a) => normalAction(a).toLowerCase(), 'glob', (f) => f === '*' || f === '*:*'),
      ...redundant(s.resources, (r) => r, 'glob'),
      ...redundant(s.principals, (p) => p, 'principal'),
      ...s.conditions.flatMap((c) => redundant(
        c.values.map((v) => ({ value: String(v.value), path: v.path })),
        (v) => v,
        'none',
      )),
    ]),
};

import { Finding, Severity, describePath, finding, pushAll } from '../../policy/finding';
import { ConditionValue } from '../../policy/condition';
import { Located } from '../../policy/parse';
import { wildcardMatch } from '../../policy/wildcard';
import { DOCS, Rule } from '../rule';
import { memoize, VALUE_CACHE_SIZE } from '../../policy/memo';
import { NONE } from '../facts';
import { normalAction } from '../glob';

/** An action as this rule compares it: without `name/`, lowercased. */
const actionForm: (action: string) => string = memoize((action) => normalAction(action).toLowerCase(), VALUE_CACHE_SIZE);

/**
 * Wildcard values with stars other than one at the end (`cos:*Object*`) are compared with every
 * value one by one; beyond this many distinct ones the rest are not used as covers, so a list of
 * 100,000 such patterns costs linear time, not 10^10 comparisons.
 */
const MAX_GENERAL_PATTERNS = 64;

/** Lists up to this long are searched for repeats; longer ones are indexed by a map (the same answer, in linear time). */
const SEARCHED_LIST_LENGTH = 16;

/** The value of a list that covers another by a wildcard: prefix patterns (`cos:Get*`, `*`) by binary search, others one by one. */
class CoverIndex {
  /** Prefixes of the prefix patterns, sorted, none a prefix of another (the shorter covers more). */
  private readonly prefixes: string[] = [];
  /**
   * The first value of each prefix pattern, and another (the last) for the first: a value is never
   * its own cover. Two maps of numbers, not a list per prefix: 100,000 patterns hold no 100,000
   * lists. Any other serves: it repeats the first, so the two cover each other and the first stays.
   */
  private readonly owners = new Map<string, number>();
  private readonly others = new Map<string, number>();
  private readonly general: number[] = [];

  constructor(private readonly forms: string[]) {
    const generalSeen = new Set<string>();
    forms.forEach((form, i) => {
      const star = form.indexOf('*');
      if (star < 0) return;
      if (star === form.length - 1) {
        const prefix = form.slice(0, -1);
        if (!this.owners.has(prefix)) this.owners.set(prefix, i);
        else this.others.set(prefix, i);
      } else if (!generalSeen.has(form) && generalSeen.size < MAX_GENERAL_PATTERNS) {
        generalSeen.add(form);
        this.general.push(i);
      }
    });
    for (const p of [...this.owners.keys()].sort()) {
      const last = this.prefixes[this.prefixes.length - 1];
      if (last === undefined || !p.startsWith(last)) this.prefixes.push(p);
    }
  }

  /** The index of the first other value of the list whose wildcard covers value `i`, or -1. */
  coverOf(i: number): number {
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
      const prefix = this.prefixes[found];
      const first = this.owners.get(prefix)!;
      const owner = first !== i ? first : this.others.get(prefix);
      if (owner !== undefined) return owner;
    }
    return this.general.find((j) => j !== i && wildcardMatch(this.forms[j], form, false)) ?? -1;
  }
}

/**
 * Each value that repeats an earlier one, or that another value of the list covers by a wildcard.
 * `form` gives the comparable form of a value (actions without `name/`, lowercased). Of two
 * wildcards that cover each other (`*` and `*:*` for actions), the later one is reported.
 */
function redundant(values: readonly Located<ConditionValue>[], form: (v: string) => string, wildcards: 'glob' | 'principal' | 'none'): Finding[] {
  if (values.length < 2) return NONE;
  const out: Finding[] = [];
  const forms = values.map((v) => form(String(v.value)));
  // Short lists (nearly all) are searched; long ones get a map, so n values cost n, not n².
  const first = values.length > SEARCHED_LIST_LENGTH ? new Map<string, number>() : undefined;
  const earliest = (i: number): number => {
    if (first) {
      const at = first.get(forms[i]);
      if (at === undefined) first.set(forms[i], i);
      return at ?? i;
    }
    return forms.indexOf(forms[i]);
  };
  let index: CoverIndex | undefined;
  const hasWildcard = wildcards === 'glob' && forms.some((f) => f.includes('*'));
  const anyone = wildcards === 'principal' ? values.findIndex((v) => v.value === '*') : -1;
  values.forEach((v, i) => {
    const earlier = earliest(i);
    let why: string;
    if (earlier < i) why = `repeats ${describePath(values[earlier].path)}`;
    else {
      let wider = -1;
      if (hasWildcard) {
        wider = (index ??= new CoverIndex(forms)).coverOf(i);
        // Two wildcards that cover each other: the earlier one stays.
        if (wider > i && wildcardMatch(forms[i], forms[wider], false)) wider = -1;
      }
      if (anyone >= 0 && anyone !== i) wider = anyone;
      if (wider < 0) return;
      why = `is covered by ${describePath(values[wider].path)} ${JSON.stringify(String(values[wider].value))}`;
    }
    const path = v.path;
    out.push(finding('REDUNDANT_VALUE', Severity.SUGGESTION, path, `${describePath(path)} ${JSON.stringify(String(v.value))} ${why}: remove it`));
  });
  return out;
}

export const REDUNDANT_VALUE: Rule = {
  code: 'REDUNDANT_VALUE',
  severity: Severity.SUGGESTION,
  title: 'A value repeated, or covered by a wildcard in the same list',
  docUrl: DOCS.elements,
  description: 'An action, resource, principal or condition value that repeats another of the same list, or that a wildcard of the list already covers (`cos:GetObject` beside `cos:*`), changes nothing. Documents built with this library are rendered without repeats.',
  visit: {
    statement: ({ view: s }) => {
      // Loops, not spread lists and closures: this runs for every statement of a stack.
      const out: Finding[] = [];
      pushAll(out, redundant(s.actions, actionForm, 'glob'));
      pushAll(out, redundant(s.resources, sameForm, 'glob'));
      pushAll(out, redundant(s.principals, sameForm, 'principal'));
      for (const c of s.conditions) {
        pushAll(out, redundant(c.values, sameForm, 'none'));
      }
      return out;
    },
  },
};

function sameForm(value: string): string {
  return value;
}

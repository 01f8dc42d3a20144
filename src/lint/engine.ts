import { Finding, Severity, finding, pushAll } from '../policy/finding';
import { ActionFacts, ResourceFacts, StatementFacts } from './facts';
import type { Located } from '../policy/parse';
import { Rule, RuleContext, Visitor } from './rule';
import { ALL_RULES } from './rules';

/** A visitor of one kind, with the rule it belongs to (for RULE_FAILED). */
interface Entry<F> {
  readonly rule: Rule;
  readonly fn: F;
}

type AnyVisit = (x: any, y?: any, z?: any, w?: any) => readonly Finding[];

type Entries = Readonly<Record<keyof Visitor, Array<Entry<AnyVisit>>>>;

/**
 * Runs the rules over a document in one walk: each statement, action, resource, principal,
 * condition and condition value is visited once, and each rule that declares a visitor for it is called there.
 * Findings come in walk order; the linter sorts them into document order.
 * @internal
 */
export class RuleEngine {
  private readonly entries: Entries;

  /** `disabled`: codes whose rules do not run. */
  constructor(disabled: ReadonlySet<string>) {
    const entries: Entries = { name: [], document: [], statement: [], action: [], resource: [], principal: [], condition: [], conditionValue: [] };
    for (const rule of ALL_RULES) {
      if (!rule.visit || disabled.has(rule.code)) continue;
      for (const kind of Object.keys(entries) as Array<keyof Visitor>) {
        const fn = rule.visit[kind] as AnyVisit | undefined;
        if (fn) entries[kind].push({ rule, fn });
      }
    }
    this.entries = entries;
  }

  /** Every finding of the rules about a policy's name. */
  public name(name: Located<string>, references: boolean): Finding[] {
    const run = new Run(name.path);
    for (const e of this.entries.name) run.call(e, name, references);
    return run.findings;
  }

  /** Every finding of the rules in the document of `ctx`, its name aside. */
  public run(ctx: RuleContext): Finding[] {
    const run = new Run(ctx.view.path);
    const { entries } = this;
    for (const e of entries.document) run.call(e, ctx);
    for (const view of ctx.view.statements) {
      const s = new StatementFacts(view);
      for (const e of entries.statement) run.call(e, s, ctx);
      for (const item of view.actions) {
        const a = new ActionFacts(item);
        for (const e of entries.action) run.call(e, a, s, ctx);
      }
      if (entries.resource.length > 0) {
        for (const item of view.resources) {
          const r = new ResourceFacts(item);
          for (const e of entries.resource) run.call(e, r, s, ctx);
        }
      }
      for (const p of view.principals) for (const e of entries.principal) run.call(e, p, s, ctx);
      for (const c of view.conditions) {
        for (const e of entries.condition) run.call(e, c, s, ctx);
        for (const v of c.values) for (const e of entries.conditionValue) run.call(e, v, c, s, ctx);
      }
    }
    return run.findings;
  }
}

/** One walk: its findings, and the rules that failed in it (skipped for the rest of the document). */
class Run {
  public readonly findings: Finding[] = [];
  private failed?: Set<Rule>;

  /** `path`: where a failed rule is reported. */
  constructor(private readonly path: string) {}

  /** Calls a visitor with its arguments. A rule that throws is a bug of ours, not of the policy: a warning, never a crash. */
  public call(e: Entry<AnyVisit>, x: unknown, y?: unknown, z?: unknown, w?: unknown): void {
    if (this.failed?.has(e.rule)) return;
    try {
      const found = e.fn(x, y, z, w);
      if (found.length > 0) pushAll(this.findings, found);
    } catch (err) {
      (this.failed ??= new Set()).add(e.rule);
      this.findings.push(finding('RULE_FAILED', Severity.WARNING, this.path, `rule ${e.rule.code} failed on this policy and was skipped: ${(err as Error)?.message ?? String(err)}`));
    }
  }
}

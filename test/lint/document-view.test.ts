// `Linter.lintDocument` reads a document built in code from its statements (viewOfStatements) when
// they are plain, instead of rendering its JSON and parsing it back. What it finds must be exactly
// what `lintText(doc.toJson())` finds, in every context, for any document, before and after the
// document changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Condition, ConditionOperator, Effect, Linter, PolicyContext, PolicyDocument, PolicyStatement, Principal, TcmppActions, TcmppResources,
} from '../../src';
import { ParseOptions, parseText, viewOfStatements } from '../../src/policy/parse';
import { Severity } from '../../src/policy/finding';

const CONTEXTS = Object.values(PolicyContext);

/** Values a statement built in code may hold: catalogue actions, wildcards, tokens, mistakes. */
const actionValue = fc.oneof(
  fc.constantFrom(
    TcmppActions.CREATE_MNP_VERSION, TcmppActions.DESCRIBE_MNP, 'tcmpp:*', 'name/cmqqueue:SendMessage', 'cmqqueue:*', '*', 'cam:AttachUserPolicy',
    'name/tcmpp:NoSuchAction', 'tcmpp', 'Tcmpp:DescribeMNP', '${TfToken[TOKEN.1]}', '', '__proto__', 'cos:Get*', 'sts:AssumeRole',
  ),
  fc.string({ unit: fc.constantFrom('a', 'B', ':', '*', '/', '$', '{', '}', ' ', 'é'), maxLength: 16 }),
);
const resourceValue = fc.oneof(
  fc.constantFrom(
    '*', 'qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T04257DS9431720WTAG', 'qcs::tcmpp::uin/100000000001:Limit/T0*',
    'qcs::cmqqueue:gz:uin/1:queueName/uin/1/q', 'qcs::cmqqueue:ap-nowhere:uin/1:queueName/*', 'qcs::tcmpp:ap-guangzhou:uin/x:Limit/1',
    'qcs::cos:ap-guangzhou:uid/1250000000:prefix//1250000000/b/*', 'qcs::tcmpp::uin/${uin}:Limit/*', 'qcs:tcmpp:1', '${TfToken[TOKEN.2]}',
    'qcs::tcmpp:ap-guangzhou:uin/1:', 'constructor',
  ),
  fc.string({ unit: fc.constantFrom('q', 'c', 's', ':', '*', '/', 'u', 'i', 'n', '1', '$', '{', '}'), maxLength: 40 }),
);
/** Conditions as code builds them: operators and keys of every kind (a "/" or "~" to escape, "__proto__", digits JSON orders first), values of every type, repeated, missing. */
const conditionArb = fc.record({
  operator: fc.constantFrom('ip_equal', 'string_equal', 'date_less_than', 'numeric_greater_than', 'for_any_value:string_like', 'bool_equal', 'no_such_op', '__proto__', '7', 'null_equal'),
  key: fc.constantFrom('qcs:ip', 'qcs:tag/env', 'a~b', '__proto__', 'constructor', '12', 'qcs:current_time', 'vpc:requester_vpc', ''),
  values: fc.array(fc.oneof(
    fc.constantFrom<unknown>('10.0.0.0/8', '10.0.0.0/33', '2026-11-24T10:00:00Z', 'true', 'x', '', '${uin}', '${TfToken[TOKEN.3]}', 1, 0, -0, 2.5, Number.NaN, true, false),
    fc.string({ maxLength: 6 }),
  ), { maxLength: 4 }),
});
const statementArb = fc.record({
  effect: fc.constantFrom<string>(Effect.ALLOW, Effect.DENY, Effect.ALLOW, Effect.DENY, 'Allow', 'x'),
  actions: fc.array(actionValue, { maxLength: 5 }),
  resources: fc.array(resourceValue, { maxLength: 4 }),
  // Sometimes conditions (read from the model unless their rendering would read back otherwise) or a
  // principal (read from the text).
  extra: fc.constantFrom('none', 'none', 'none', 'conditions', 'conditions', 'principal'),
  conditions: fc.array(conditionArb, { maxLength: 4 }),
});

function statementOf(s: { effect: string; actions: string[]; resources: string[]; extra: string; conditions: Array<{ operator: string; key: string; values: unknown[] }> }): PolicyStatement {
  const statement = new PolicyStatement({
    effect: s.effect as Effect,
    actions: s.actions,
    resources: s.resources,
    principals: s.extra === 'principal' ? [Principal.user('100000000001', '100000000011')] : undefined,
  });
  if (s.extra === 'conditions') {
    for (const c of s.conditions) {
      try {
        statement.addCondition(Condition._unchecked(ConditionOperator._unchecked(c.operator), c.key, c.values as never[]));
      } catch {
        // The same operator and key twice: refused, as users see.
      }
    }
  }
  return statement;
}

/** What lintText finds in the rendered document, the reference. */
function expectSameFindings(linter: Linter, doc: PolicyDocument, context: PolicyContext, policyName?: string): void {
  const options = { context, policyName };
  expect(linter.lintDocument(doc, options)).toEqual(linter.lintText(doc.toJson(), options));
}

describe('lintDocument reads plain statements from the model', () => {
  it('finds what lintText finds in the rendered document, for any document and context', () => {
    const linter = new Linter();
    fc.assert(fc.property(fc.array(statementArb, { maxLength: 4 }), fc.constantFrom(...CONTEXTS), fc.option(fc.constantFrom('ok-name', 'bad name!')), (statements, context, name) => {
      expectSameFindings(linter, new PolicyDocument({ statements: statements.map(statementOf) }), context, name ?? undefined);
    }), { numRuns: 600, seed: 9 });
  });

  it('after the document changes: statements, actions and resources added, an effect set', () => {
    const linter = new Linter({ context: PolicyContext.TERRAFORM });
    const statement = new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP], resources: ['*'] });
    const doc = new PolicyDocument({ statements: [statement] });
    expect(linter.lintDocument(doc).findings).toEqual([]);
    statement.addActions('tcmpp:NoSuchAction');
    expectSameFindings(linter, doc, PolicyContext.TERRAFORM);
    expect(linter.lintDocument(doc).findings.map((f) => f.code)).toContain('UNKNOWN_ACTION');
    // Past CAM's length: the length kept from the last lint must not be read again.
    statement.addResources(...Array.from({ length: 120 }, (_, i) => `qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T${String(i).padStart(17, '0')}`));
    expectSameFindings(linter, doc, PolicyContext.TERRAFORM);
    expect(linter.lintDocument(doc).findings.map((f) => f.code)).toContain('POLICY_TOO_LONG');
    doc.addStatements(new PolicyStatement({ effect: Effect.DENY, actions: ['*'] }));
    expectSameFindings(linter, doc, PolicyContext.TERRAFORM);
    statement.effect = 'Deny' as Effect;
    expectSameFindings(linter, doc, PolicyContext.TERRAFORM);
  });

  it('makes the view parseText makes of the rendered text, for statements without principals', () => {
    const options: ParseOptions = { providerSeverity: Severity.ERROR, recognise: false };
    let viewed = 0;
    let withConditions = 0;
    fc.assert(fc.property(fc.array(statementArb.filter((s) => s.extra !== 'principal' && (s.effect === 'allow' || s.effect === 'deny')), { minLength: 1, maxLength: 4 }), (statements) => {
      const doc = new PolicyDocument({ statements: statements.map(statementOf) });
      const parsed = parseText(doc.toJson(), options);
      const view = doc._view('permission');
      // Without a view (a condition whose rendering reads back otherwise), the text is read.
      if (!view) return;
      viewed++;
      if (view.statements.some((s) => s.conditions.length > 0)) withConditions++;
      expect(parsed.findings).toEqual([]);
      expect(view).toEqual(parsed.view);
      // Paths are made when asked for: compared one by one.
      view.statements.forEach((s, i) => {
        expect(s.actions.map((a) => a.path)).toEqual(parsed.view!.statements[i].actions.map((a) => a.path));
        expect(s.resources.map((r) => r.path)).toEqual(parsed.view!.statements[i].resources.map((r) => r.path));
        s.conditions.forEach((c, j) => {
          expect(c.values.map((v) => v.path)).toEqual(parsed.view!.statements[i].conditions[j].values.map((v) => v.path));
        });
      });
    }), { numRuns: 400, seed: 11 });
    expect(viewed).toBeGreaterThan(200);
    expect(withConditions).toBeGreaterThan(30);
  });

  it('reads from the text a document with no statement, a principal, another effect, or a condition that would read back otherwise', () => {
    const plain = () => new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP], resources: [TcmppResources.platform({ ownerUin: '100000000001', platformId: 'T04257DS9431720WTAG' })] });
    expect(new PolicyDocument({ statements: [plain(), new PolicyStatement({ effect: Effect.DENY })] })._view('permission')).toBeDefined();
    expect(new PolicyDocument()._view('permission')).toBeUndefined();
    // Conditions are read from the model, unless their rendering would read back otherwise.
    const withCondition = plain().addCondition(Condition.sourceIp(['10.0.0.0/8']));
    // A value's path is made when asked for: read through the getter.
    const conditions = new PolicyDocument({ statements: [plain(), withCondition] })._view('permission')?.statements[1].conditions;
    expect(conditions?.map((c) => ({ ...c, values: c.values.map(({ value, path }) => ({ value, path })) }))).toEqual([
      { operator: { value: 'ip_equal', path: '/statement/1/condition/ip_equal' }, key: { value: 'qcs:ip', path: '/statement/1/condition/ip_equal/qcs:ip' }, values: [{ value: '10.0.0.0/8', path: '/statement/1/condition/ip_equal/qcs:ip/0' }] },
    ]);
    const unchecked = (op: string, key: string, values: unknown[]) => new PolicyDocument({ statements: [plain().addCondition(Condition._unchecked(ConditionOperator._unchecked(op), key, values as never[]))] })._view('permission');
    expect(unchecked('string_equal', 'k', ['a', 'a', 1, true])?.statements[0].conditions[0].values.map((v) => v.value)).toEqual(['a', 1, true]);
    expect(unchecked('string_equal', 'k', [])).toBeUndefined();
    expect(unchecked('string_equal', 'k', [Number.NaN])).toBeUndefined();
    expect(unchecked('string_equal', 'k', [Number.POSITIVE_INFINITY])).toBeUndefined();
    expect(unchecked('string_equal', 'k', [-0])).toBeUndefined();
    expect(unchecked('string_equal', 'k', [null])).toBeUndefined();
    expect(unchecked('7', 'k', ['a'])).toBeUndefined();
    expect(unchecked('string_equal', '12', ['a'])).toBeUndefined();
    expect(unchecked('string_equal', 'a12', ['a'])).toBeDefined();
    expect(new PolicyDocument({ statements: [plain().addPrincipals(Principal.user('100000000001', '100000000011'))] })._view('permission')).toBeUndefined();
    const other = plain();
    other.effect = 'Allow' as Effect;
    expect(new PolicyDocument({ statements: [other] })._view('permission')).toBeUndefined();
    // The kind is the one asked for; a statement without actions or resources has no path for them.
    const view = viewOfStatements([new PolicyStatement({ effect: Effect.DENY })], 30, 'trust')!;
    expect(view).toMatchObject({ kind: 'trust', length: 30, path: '' });
    expect(view.statements[0]).toMatchObject({ path: '/statement/0', effect: 'deny', actionPath: undefined, resourcePath: undefined, actions: [], resources: [] });
  });

  it('reads a subclass that renders its own way from what it renders', () => {
    const linter = new Linter({ context: PolicyContext.TERRAFORM });
    class Tagged extends PolicyStatement {
      public toJsonObject(): any {
        return { ...super.toJsonObject(), action: ['tcmpp:NoSuchAction'] };
      }
    }
    const statement = new Tagged({ actions: [TcmppActions.DESCRIBE_MNP], resources: ['*'] });
    const doc = new PolicyDocument({ statements: [statement] });
    expect(doc._view('permission')).toBeUndefined();
    expect(linter.lintDocument(doc).findings.map((f) => f.code)).toEqual(['UNKNOWN_ACTION']);
    class Rendered extends PolicyDocument {
      public toJson(): string {
        return super.toJson().replace('"allow"', '"Allow"');
      }
    }
    class Valued extends PolicyDocument {
      public toJsonObject(): any {
        return { ...super.toJsonObject(), version: '1.0' };
      }
    }
    for (const other of [new Rendered({ statements: [new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP], resources: ['*'] })] }), new Valued({ statements: [new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP], resources: ['*'] })] })]) {
      expect(other._view('permission')).toBeUndefined();
      expectSameFindings(linter, other, PolicyContext.TERRAFORM);
      expect(linter.lintDocument(other).findings).not.toEqual([]);
    }
  });
});

// The rule engine walks a document once, calling each rule's visitors where they look. A linter
// keeps nothing between documents: one that has linted thousands of policies answers as a new one
// does, in every context; the clean policies users build (every catalogued action with the
// resource its template gives) are clean, and a document one mistake away from clean is reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalog, Effect, Linter, PolicyContext, PolicyDocument, PolicyStatement, TcmppActions, TcmppResources } from '../../src';
import { RuleEngine } from '../../src/lint/engine';
import { ResourceFacts } from '../../src/lint/facts';
import { Severity } from '../../src/policy/finding';
import { ALL_RULES } from '../../src/lint/rules';
import { nonWhitespaceLength, parseText } from '../../src/policy/parse';
import { splitSegments } from '../../src/policy/resource';

const CONTEXTS = Object.values(PolicyContext);
const OWNER = '100000000001';

/** A resource that fits a template: each `${...}` filled in, `uin/` given the owner. */
function filled(template: string, id = 'T0001'): string {
  if (template === '*') return '*';
  return template
    .replace('${Region}', 'ap-guangzhou')
    .replace(/uin\/:/, `uin/${OWNER}:`)
    .replace(/\$\{(uin|OwnerUin|CreatorUin)\}/g, OWNER)
    .replace(/\$\{(PlatformId|Platform)\}/, id)
    .replace('${MNPId}', '/M01')
    .replace(/\$\{(QueueName|TopicName)\}/, `q-${id}`);
}

/** Every catalogued action with a resource its first template gives (or `*`). */
const CATALOGUED = Catalog.services().flatMap((service) => Catalog.actions(service).map((a) => ({ action: a.action, resource: filled(a.resourceTemplates[0] ?? '*') })));

/**
 * Values one mistake away from clean, each with the finding the rules make of it in a clean
 * statement ('' where they find nothing: a wildcard the proof leaves to the rules).
 */
const BAD_ACTIONS: Array<[string, string]> = [
  ['tcmpp:NoSuchAction', 'UNKNOWN_ACTION'],
  ['tcmpp:Describe*', ''],
  ['tcmpp:*', 'SERVICE_WILDCARD'],
  ['*', ''],
  ['mysql:DescribeDBInstances', 'UNKNOWN_SERVICE'],
  ['tcmpp DescribeMNP', 'INVALID_ACTION_FORMAT'],
  ['cam:AttachUserPolicy', 'SERVICE_MISMATCH'],
  ['cos:GetObject', 'SERVICE_MISMATCH'],
  ['cmqqueue:ListQueue', 'OPERATION_LEVEL_RESOURCE'],
  ['tcmpp:Describe${x}', 'UNKNOWN_POLICY_VARIABLE'],
  ['name/tcmpp:createmnpversion', 'REDUNDANT_VALUE'],
];
const BAD_RESOURCES: Array<[string, string]> = [
  ['qcs::tcmpp:ap-nowhere:uin/100000000001:Limit/T0001', 'INVALID_REGION'],
  ['qcs::tcmpp:ap-guangzhou:uin/abc:Limit/T0001', 'INVALID_ACCOUNT'],
  ['qcs::tcmpp:ap-guangzhou:uin/100000000001', 'INVALID_RESOURCE'],
  ['qcs::tcmpp:ap-guangzhou:uin/100000000001:Foo/T0001', 'RESOURCE_TYPE_MISMATCH'],
  ['qcs::cmqtopic:gz:uin/100000000001:topicName/uin/1/t', 'SERVICE_MISMATCH'],
  ['qcs::mysql:ap-guangzhou:uin/100000000001:instanceId/x', 'UNKNOWN_SERVICE'],
  ['qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T0001', 'RESOURCE_TEMPLATE_MISMATCH'],
  ['qcs::tcmpp::uin/${vpc}:Limit/T0001', 'INVALID_ACCOUNT'],
  ['qcs::tcmpp::uin/100000000001:Limit/T0001*', 'REDUNDANT_VALUE'],
  ['*', 'REDUNDANT_VALUE'],
];

/** A clean statement to spoil (a value in place of its own, or beside it): `tcmpp:CreateMNPVersion` on its template's resource. */
const cleanStatement = () => ({ actions: [TcmppActions.CREATE_MNP_VERSION], resources: [TcmppResources.forAction(TcmppActions.CREATE_MNP_VERSION, { ownerUin: OWNER, platformId: 'T0001', mnpId: '/M01' })] });

function doc(...statements: Array<{ effect?: Effect; actions: string[]; resources: string[] }>): PolicyDocument {
  return new PolicyDocument({ statements: statements.map((s) => new PolicyStatement(s)) });
}

function codes(linter: Linter, d: PolicyDocument, context: PolicyContext): string[] {
  return linter.lintText(d.toJson(), { context }).findings.map((f) => f.code);
}

/** What a linter that has linted nothing yet finds: no value kept as silent. */
function fresh(d: PolicyDocument, context: PolicyContext): string[] {
  return codes(new Linter(), d, context);
}

describe('the rule engine', () => {
  const linter = new Linter();

  it('finds nothing in every catalogued action on the resource its template gives, alone and together', () => {
    expect(CATALOGUED.length).toBeGreaterThan(250);
    for (const context of [PolicyContext.DOCUMENT, PolicyContext.TERRAFORM]) {
      for (const { action, resource } of CATALOGUED) {
        const d = doc({ actions: [action], resources: [resource] });
        expect({ action, codes: codes(linter, d, context) }).toEqual({ action, codes: [] });
        expect({ action, codes: linter.lintDocument(d, { context }).findings }).toEqual({ action, codes: [] });
      }
      // The benchmark's policy, and a deny statement.
      const many = doc(cleanStatement(), { effect: Effect.DENY, actions: [TcmppActions.DESCRIBE_MNP, TcmppActions.DESCRIBE_MNP_VERSION], resources: [TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: OWNER, platformId: 'T0001' })] }, { actions: [TcmppActions.DESCRIBE_MNP_CATEGORY], resources: ['*'] });
      expect(codes(linter, many, context)).toEqual([]);
    }
  });

  it('reports a statement one mistake away from clean, after the clean one was linted', () => {
    for (const context of CONTEXTS) {
      expect(codes(linter, doc(cleanStatement()), context)).toEqual(fresh(doc(cleanStatement()), context));
      for (const [action, code] of BAD_ACTIONS) {
        const base = cleanStatement();
        // In place of the clean action; beside it for a repeat.
        const d = doc({ actions: code === 'REDUNDANT_VALUE' ? [...base.actions, action] : [action], resources: base.resources });
        expect({ action, codes: codes(linter, d, context) }).toEqual({ action, codes: fresh(d, context) });
        if (context === PolicyContext.DOCUMENT) expect({ action, codes: codes(linter, d, context) }).toEqual({ action, codes: code ? expect.arrayContaining([code]) : [] });
      }
      for (const [resource, code] of BAD_RESOURCES) {
        const base = cleanStatement();
        const d = doc({ actions: base.actions, resources: code === 'REDUNDANT_VALUE' ? [...base.resources, resource] : [resource] });
        expect({ resource, codes: codes(linter, d, context) }).toEqual({ resource, codes: fresh(d, context) });
        if (context === PolicyContext.DOCUMENT) expect({ resource, codes: codes(linter, d, context) }).toEqual({ resource, codes: expect.arrayContaining([code]) });
      }
    }
  });

  it('counts a policy of white space-free length within CAM\'s limit as short, though its text is longer', () => {
    // A resource id with spaces: the text is longer than 6,144, the length without white space is not.
    const spaced = `T${' '.repeat(3000)}1`;
    const d = doc({ actions: [TcmppActions.DESCRIBE_MNP], resources: [TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: OWNER, platformId: 'T0001' }), `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/${spaced}`, `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/${spaced}2`] });
    expect(d.toJson().length).toBeGreaterThan(6144);
    expect(codes(linter, d, PolicyContext.TERRAFORM)).toEqual([]);
    expect(linter.lintDocument(d, { context: PolicyContext.TERRAFORM }).findings).toEqual([]);
  });

  it('answers as a new linter does, after thousands of policies: random documents near clean, every context', () => {
    const good = fc.constantFrom(...CATALOGUED);
    const badAction = fc.constantFrom(...BAD_ACTIONS.map(([a]) => a), 'name/tcmpp:CreateMNPVersion', 'Tcmpp:createMNPversion', '${TfToken[TOKEN.1]}', 'permid/1', 'sts:AssumeRole', 'cam:AttachUserPolicy', '*');
    const badResource = fc.constantFrom(...BAD_RESOURCES.map(([r]) => r), '${TfToken[TOKEN.2]}', 'qcs::tcmpp::uin/100000000001:Limit/*', 'qcs::cmqqueue:gz:uin/1:queueName/uin/1/q', 'qcs:id/0:tcmpp:ap-guangzhou:uin/1:Limit/T1', 'qcs::cam::uin/1:*');
    const statement = fc.record({
      effect: fc.constantFrom(Effect.ALLOW, Effect.DENY),
      picks: fc.array(good, { minLength: 1, maxLength: 4 }),
      spoil: fc.array(fc.oneof(badAction.map((a) => ({ action: a })), badResource.map((r) => ({ resource: r }))), { maxLength: 2 }),
      spoiled: fc.boolean(),
    });
    let clean = 0;
    let found = 0;
    fc.assert(fc.property(fc.array(statement, { minLength: 1, maxLength: 3 }), fc.constantFrom(...CONTEXTS), (statements, context) => {
      const d = doc(...statements.map((s) => {
        const actions = s.picks.map((p) => p.action);
        const resources = s.picks.map((p) => p.resource);
        if (s.spoiled) for (const x of s.spoil) ('action' in x ? actions : resources).push('action' in x ? x.action : x.resource);
        return { effect: s.effect, actions, resources };
      }));
      const text = linter.lintText(d.toJson(), { context });
      if (text.findings.length === 0) clean++;
      else found++;
      expect(text).toEqual(new Linter().lintText(d.toJson(), { context }));
      // And what lintDocument answers, from the model, is what the text gives.
      expect(linter.lintDocument(d, { context })).toEqual(text);
    }), { numRuns: 1500, seed: 17 });
    // Both answers are given often: the property is not vacuous.
    expect(clean).toBeGreaterThan(150);
    expect(found).toBeGreaterThan(150);
  });

  it('finds what each rule finds where rules meet: no action or resource, operation-level actions, feature sets, swapped segments, placeholders', () => {
    const queue = 'qcs::cmqqueue:gz:uin/1:queueName/uin/1/q';
    const platform = 'qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T0001';
    // [actions, resources, what the rules find]
    const cases: Array<[string[], string[], string[]]> = [
      // No action, or no resource: the rules' MISSING_*, whatever else the statement holds.
      [[], [platform], ['MISSING_ACTION']],
      [[], ['*'], ['MISSING_ACTION']],
      [['name/cos:GetObject'], [], ['MISSING_RESOURCE']],
      // Operation-level actions need "*", alone or beside others.
      [['cmqqueue:ListQueue'], [queue], ['OPERATION_LEVEL_RESOURCE']],
      [['cmqqueue:SendMessage', 'cmqqueue:ListQueue'], [queue], ['OPERATION_LEVEL_RESOURCE']],
      [['cmqqueue:ListQueue'], ['*'], []],
      // An action that may reach any service (a feature set; finance acts on every service's resources).
      [['permid/1', 'tcmpp:DescribeMNP'], [platform], []],
      [['tcmpp:DescribeMNP', 'permid/1'], [platform], []],
      [['finance:DescribeBill'], ['qcs::cvm:ap-guangzhou:uin/1:instance/*'], []],
      // Beside an action of one service, too: the statement's resources may be any service's.
      [['finance:DescribeBill', 'cos:GetObject'], ['qcs::cvm:ap-guangzhou:uin/1:instance/*'], []],
      [['cos:GetObject', 'permid/1'], ['qcs::cvm:ap-guangzhou:uin/1:instance/*'], []],
      [['cos:GetObject'], ['qcs::cvm:ap-guangzhou:uin/1:instance/*'], ['SERVICE_MISMATCH']],
      // Every service's action of one name is no "allow all", on "*" too.
      [['*:GetObject'], ['*'], []],
      [['name/*:*'], ['*'], ['ALLOW_ALL']],
      // Service and region swapped: INVALID_REGION's finding, not SERVICE_MISMATCH's.
      [['cvm:RunInstances'], ['qcs::gz:cvm:uin/1:instance/x'], ['INVALID_REGION']],
      // A `${...}` anywhere: an unknown one, or CAM's own.
      [['tcmpp:DescribeMNP'], [`${platform}/\${vpc}`], ['UNKNOWN_POLICY_VARIABLE']],
      [['tcmpp:DescribeMNP'], ['qcs::tcmpp:ap-guangzhou:uin/${uin}:Limit/T0001'], []],
    ];
    for (const [actions, resources, found] of cases) {
      const d = doc({ actions, resources });
      expect({ actions, resources, found: codes(linter, d, PolicyContext.TERRAFORM) }).toEqual({ actions, resources, found });
    }
  });

  it('counts CAM\'s limit exactly: 6,144 characters without white space pass, 6,145 do not', () => {
    const spaced = `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/T${' '.repeat(3000)}1`;
    const padded = (n: number) => doc({ actions: [TcmppActions.DESCRIBE_MNP], resources: [spaced, `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/T${'x'.repeat(n)}2`] });
    const base = nonWhitespaceLength(padded(0).toJson());
    const exact = padded(6144 - base);
    expect(nonWhitespaceLength(exact.toJson())).toBe(6144);
    expect(exact.toJson().length).toBeGreaterThan(6144);
    expect(codes(linter, exact, PolicyContext.TERRAFORM)).toEqual([]);
    const over = padded(6145 - base);
    expect(codes(linter, over, PolicyContext.TERRAFORM)).toEqual(['POLICY_TOO_LONG']);
    expect(linter.lintDocument(over, { context: PolicyContext.TERRAFORM }).findings.map((f) => f.code)).toEqual(['POLICY_TOO_LONG']);
  });

  it('reads references as each call reads them: a value silent as CAM text is still checked as a placeholder, and the reverse', () => {
    const withVar = doc({ actions: [TcmppActions.DESCRIBE_MNP], resources: ['qcs::tcmpp:ap-guangzhou:uin/${var.owner}:Limit/T0001'] });
    // In a document built in code the `${` is CAM text (INVALID_ACCOUNT); in a file, a Terraform reference.
    expect(linter.lintText(withVar.toJson()).findings).toEqual([]);
    expect(linter._lintEmitted(withVar).findings.map((f) => f.code)).toEqual(['INVALID_ACCOUNT', 'UNKNOWN_POLICY_VARIABLE']);
    expect(linter.lintText(withVar.toJson()).findings).toEqual([]);
  });
});

describe('the walk', () => {
  const statementOf = (actions: string[], resources = ['*']) => parseText(JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: actions, resource: resources }] }), { providerSeverity: Severity.SUGGESTION }).view!;

  it('reports a visitor that throws once per document, skips its rule for the rest of it, and runs the other rules', () => {
    const rule = ALL_RULES.find((r) => r.code === 'UNKNOWN_ACTION')!;
    const visit = rule.visit;
    let calls = 0;
    (rule as { visit: unknown }).visit = { action: () => { calls++; throw new Error('boom'); } };
    try {
      const engine = new RuleEngine(new Set());
      const run = () => engine.run({ view: statementOf(['cvm:A', 'cvm:B', 'mysql:C']), context: PolicyContext.DOCUMENT, references: true }).map((f) => `${f.code} ${f.path}`);
      expect(run()).toEqual(['RULE_FAILED ', 'UNKNOWN_SERVICE /statement/0/action/2']);
      expect(calls).toBe(1);
      expect(run()).toEqual(['RULE_FAILED ', 'UNKNOWN_SERVICE /statement/0/action/2']);
      expect(calls).toBe(2);
      // A disabled rule is not called at all.
      new RuleEngine(new Set(['UNKNOWN_ACTION'])).run({ view: statementOf(['cvm:A']), context: PolicyContext.DOCUMENT, references: true });
      expect(calls).toBe(2);
    } finally {
      (rule as { visit: unknown }).visit = visit;
    }
  });

  it('splits a resource into its segments once, and checks them once for the three segment rules', () => {
    const value = 'qcs::tcmpp:ap-nowhere:uin/abc:Limit/T1';
    const r = new ResourceFacts({ value, path: '/statement/0/resource/0' });
    expect(r.segments).toEqual(splitSegments(value));
    expect(r.segments).toBe(r.segments);
    expect(r.segmentFindings(true).map((f) => f.code)).toEqual(['INVALID_REGION', 'INVALID_ACCOUNT']);
    expect(r.segmentFindings(true)).toBe(r.segmentFindings(true));
    expect(new ResourceFacts({ value: '*', path: '' }).segmentFindings(true)).toEqual([]);
  });
});

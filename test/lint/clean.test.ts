// `CleanProof` lets `Linter.lintDocument` skip the rules for a document it proves clean. The proof
// must never be wrong (a document it proves clean is one where the rules find nothing, in every
// context), and it must serve: the clean policies users build (every catalogued action with the
// resource its template gives) are proved clean, and a document one mistake away from clean is not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalog, Effect, Linter, PolicyContext, PolicyDocument, PolicyStatement, TcmppActions, TcmppResources } from '../../src';
import { CleanProof } from '../../src/lint/clean';
import { provedClean } from '../../src/lint/linter';
import { nonWhitespaceLength } from '../../src/policy/parse';

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

describe('CleanProof', () => {
  const linter = new Linter();

  it('proves clean every catalogued action on the resource its template gives, alone and together', () => {
    expect(CATALOGUED.length).toBeGreaterThan(250);
    for (const context of [PolicyContext.DOCUMENT, PolicyContext.TERRAFORM]) {
      for (const { action, resource } of CATALOGUED) {
        const d = doc({ actions: [action], resources: [resource] });
        expect({ action, codes: codes(linter, d, context) }).toEqual({ action, codes: [] });
        expect({ action, proved: provedClean(d, context, undefined, true) }).toEqual({ action, proved: true });
      }
      // The benchmark's policy, and a deny statement.
      const many = doc(cleanStatement(), { effect: Effect.DENY, actions: [TcmppActions.DESCRIBE_MNP, TcmppActions.DESCRIBE_MNP_VERSION], resources: [TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: OWNER, platformId: 'T0001' })] }, { actions: [TcmppActions.DESCRIBE_MNP_CATEGORY], resources: ['*'] });
      expect(codes(linter, many, context)).toEqual([]);
      expect(provedClean(many, context, undefined, true)).toBe(true);
    }
  });

  it('does not prove clean a statement one mistake away, which the rules report', () => {
    for (const context of CONTEXTS) {
      for (const [action, code] of BAD_ACTIONS) {
        const base = cleanStatement();
        // In place of the clean action; beside it for a repeat.
        const d = doc({ actions: code === 'REDUNDANT_VALUE' ? [...base.actions, action] : [action], resources: base.resources });
        expect({ action, proved: provedClean(d, context, undefined, true) }).toEqual({ action, proved: false });
        if (context === PolicyContext.DOCUMENT) expect({ action, codes: codes(linter, d, context) }).toEqual({ action, codes: code ? expect.arrayContaining([code]) : [] });
      }
      for (const [resource, code] of BAD_RESOURCES) {
        const base = cleanStatement();
        const d = doc({ actions: base.actions, resources: code === 'REDUNDANT_VALUE' ? [...base.resources, resource] : [resource] });
        expect({ resource, proved: provedClean(d, context, undefined, true) }).toEqual({ resource, proved: false });
        if (context === PolicyContext.DOCUMENT) expect({ resource, codes: codes(linter, d, context) }).toEqual({ resource, codes: expect.arrayContaining([code]) });
      }
    }
  });

  it('leaves to the rules what it does not prove: no statement, an empty list, a long policy, a long list, a name, other kinds', () => {
    const clean = cleanStatement();
    expect(provedClean(doc(clean), PolicyContext.TERRAFORM, undefined, true)).toBe(true);
    expect(provedClean(new PolicyDocument(), PolicyContext.TERRAFORM, undefined, true)).toBe(false);
    expect(provedClean(doc({ actions: [], resources: clean.resources }), PolicyContext.TERRAFORM, undefined, true)).toBe(false);
    expect(provedClean(doc({ actions: clean.actions, resources: [] }), PolicyContext.TERRAFORM, undefined, true)).toBe(false);
    // A name is the rules' business (INVALID_POLICY_NAME), as are trust and bucket policies.
    expect(provedClean(doc(clean), PolicyContext.TERRAFORM, 'ok-name', true)).toBe(false);
    expect(provedClean(doc(clean), PolicyContext.ROLE_TRUST, undefined, true)).toBe(false);
    expect(provedClean(doc(clean), PolicyContext.COS_BUCKET, undefined, true)).toBe(false);
    // 17 distinct clean resources: a long list is left to the rules; 16 are proved.
    const platforms = (n: number) => Array.from({ length: n }, (_, i) => TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: OWNER, platformId: `T${i}` }));
    expect(provedClean(doc({ actions: [TcmppActions.DESCRIBE_MNP], resources: platforms(16) }), PolicyContext.TERRAFORM, undefined, true)).toBe(true);
    expect(provedClean(doc({ actions: [TcmppActions.DESCRIBE_MNP], resources: platforms(17) }), PolicyContext.TERRAFORM, undefined, true)).toBe(false);
    const actions = Catalog.actions('tcmpp').filter((a) => a.resourceTemplates[0] === 'qcs::tcmpp:${Region}:uin/:Limit/${PlatformId}').map((a) => a.action);
    expect(actions.length).toBeGreaterThan(16);
    expect(provedClean(doc({ actions: actions.slice(0, 16), resources: platforms(1) }), PolicyContext.TERRAFORM, undefined, true)).toBe(true);
    expect(provedClean(doc({ actions: actions.slice(0, 17), resources: platforms(1) }), PolicyContext.TERRAFORM, undefined, true)).toBe(false);
    // Longer than CAM takes (6,144 characters without white space): POLICY_TOO_LONG.
    const long = doc(...Array.from({ length: 40 }, () => ({ actions: [TcmppActions.DESCRIBE_MNP], resources: platforms(2) })));
    expect(long.toJson().length).toBeGreaterThan(6144);
    expect(provedClean(long, PolicyContext.TERRAFORM, undefined, true)).toBe(false);
    expect(codes(linter, long, PolicyContext.TERRAFORM)).toContain('POLICY_TOO_LONG');
    const short = doc(...Array.from({ length: 14 }, () => ({ actions: [TcmppActions.DESCRIBE_MNP], resources: platforms(2) })));
    expect(short.toJson().length).toBeLessThanOrEqual(6144);
    expect(provedClean(short, PolicyContext.TERRAFORM, undefined, true)).toBe(true);
  });

  it('counts a policy of white space-free length within CAM\'s limit as short, though its text is longer', () => {
    // A resource id with spaces: the text is longer than 6,144, the length without white space is not.
    const spaced = `T${' '.repeat(3000)}1`;
    const d = doc({ actions: [TcmppActions.DESCRIBE_MNP], resources: [TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: OWNER, platformId: 'T0001' }), `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/${spaced}`, `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/${spaced}2`] });
    expect(d.toJson().length).toBeGreaterThan(6144);
    expect(codes(linter, d, PolicyContext.TERRAFORM)).toEqual([]);
    expect(provedClean(d, PolicyContext.TERRAFORM, undefined, true)).toBe(true);
  });

  it('never proves clean what the rules find something in: random documents near clean, every context', () => {
    const good = fc.constantFrom(...CATALOGUED);
    const badAction = fc.constantFrom(...BAD_ACTIONS.map(([a]) => a), 'name/tcmpp:CreateMNPVersion', 'Tcmpp:createMNPversion', '${TfToken[TOKEN.1]}', 'permid/1', 'sts:AssumeRole');
    const badResource = fc.constantFrom(...BAD_RESOURCES.map(([r]) => r), '${TfToken[TOKEN.2]}', 'qcs::tcmpp::uin/100000000001:Limit/*', 'qcs::cmqqueue:gz:uin/1:queueName/uin/1/q', 'qcs:id/0:tcmpp:ap-guangzhou:uin/1:Limit/T1');
    const statement = fc.record({
      effect: fc.constantFrom(Effect.ALLOW, Effect.DENY),
      picks: fc.array(good, { minLength: 1, maxLength: 4 }),
      spoil: fc.array(fc.oneof(badAction.map((a) => ({ action: a })), badResource.map((r) => ({ resource: r }))), { maxLength: 2 }),
      spoiled: fc.boolean(),
    });
    let proved = 0;
    let refused = 0;
    fc.assert(fc.property(fc.array(statement, { minLength: 1, maxLength: 3 }), fc.constantFrom(...CONTEXTS), (statements, context) => {
      const d = doc(...statements.map((s) => {
        const actions = s.picks.map((p) => p.action);
        const resources = s.picks.map((p) => p.resource);
        if (s.spoiled) for (const x of s.spoil) ('action' in x ? actions : resources).push('action' in x ? x.action : x.resource);
        return { effect: s.effect, actions, resources };
      }));
      const found = linter.lintText(d.toJson(), { context }).findings;
      if (provedClean(d, context, undefined, true)) {
        proved++;
        expect(found).toEqual([]);
      } else refused++;
      // And what lintDocument answers, proved or not, is what the rules find.
      expect(linter.lintDocument(d, { context })).toEqual(linter.lintText(d.toJson(), { context }));
    }), { numRuns: 1500, seed: 17 });
    // Both answers are given often: the property is not vacuous.
    expect(proved).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(150);
  });

  it('agrees with the rules on the cases its checks exist for', () => {
    const queue = 'qcs::cmqqueue:gz:uin/1:queueName/uin/1/q';
    const platform = 'qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T0001';
    // [actions, resources, what the rules find, whether it is proved clean]
    const cases: Array<[string[], string[], string[], boolean]> = [
      // No action, or no resource: the rules' MISSING_*, whatever else the statement holds.
      [[], [platform], ['MISSING_ACTION'], false],
      [[], ['*'], ['MISSING_ACTION'], false],
      [['name/cos:GetObject'], [], ['MISSING_RESOURCE'], false],
      // Operation-level actions need "*", alone or beside others.
      [['cmqqueue:ListQueue'], [queue], ['OPERATION_LEVEL_RESOURCE'], false],
      [['cmqqueue:SendMessage', 'cmqqueue:ListQueue'], [queue], ['OPERATION_LEVEL_RESOURCE'], false],
      [['cmqqueue:ListQueue'], ['*'], [], true],
      // An action that may reach any service (a feature set; finance acts on every service's resources).
      [['permid/1', 'tcmpp:DescribeMNP'], [platform], [], true],
      [['tcmpp:DescribeMNP', 'permid/1'], [platform], [], true],
      [['finance:DescribeBill'], ['qcs::cvm:ap-guangzhou:uin/1:instance/*'], [], true],
      // Service and region swapped: INVALID_REGION's finding, not SERVICE_MISMATCH's.
      [['cvm:RunInstances'], ['qcs::gz:cvm:uin/1:instance/x'], ['INVALID_REGION'], false],
      // A `${...}` anywhere is the rules' business: an unknown one, or CAM's own.
      [['tcmpp:DescribeMNP'], [`${platform}/\${vpc}`], ['UNKNOWN_POLICY_VARIABLE'], false],
      [['tcmpp:DescribeMNP'], ['qcs::tcmpp:ap-guangzhou:uin/${uin}:Limit/T0001'], [], false],
    ];
    for (const [actions, resources, found, proved] of cases) {
      const d = doc({ actions, resources });
      expect({ actions, resources, found: codes(linter, d, PolicyContext.TERRAFORM), proved: provedClean(d, PolicyContext.TERRAFORM, undefined, true) })
        .toEqual({ actions, resources, found, proved });
    }
  });

  it('counts CAM\'s limit exactly: 6,144 characters without white space are proved, 6,145 are not', () => {
    const spaced = `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/T${' '.repeat(3000)}1`;
    const padded = (n: number) => doc({ actions: [TcmppActions.DESCRIBE_MNP], resources: [spaced, `qcs::tcmpp:ap-guangzhou:uin/${OWNER}:Limit/T${'x'.repeat(n)}2`] });
    const base = nonWhitespaceLength(padded(0).toJson());
    const exact = padded(6144 - base);
    expect(nonWhitespaceLength(exact.toJson())).toBe(6144);
    expect(exact.toJson().length).toBeGreaterThan(6144);
    expect(codes(linter, exact, PolicyContext.TERRAFORM)).toEqual([]);
    expect(provedClean(exact, PolicyContext.TERRAFORM, undefined, true)).toBe(true);
    const over = padded(6145 - base);
    expect(codes(linter, over, PolicyContext.TERRAFORM)).toEqual(['POLICY_TOO_LONG']);
    expect(provedClean(over, PolicyContext.TERRAFORM, undefined, true)).toBe(false);
  });

  it('refuses a resource given twice (a statement built in code holds each once)', () => {
    const proof = new CleanProof(() => true, true);
    const resource = TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: OWNER, platformId: 'T0001' });
    const statement = { effect: Effect.ALLOW, actions: [TcmppActions.DESCRIBE_MNP], resources: [resource, `${resource}2`] };
    expect(proof.proves([statement], '{}')).toBe(true);
    expect(proof.proves([{ ...statement, resources: [resource, resource] }], '{}')).toBe(false);
  });

  it('keeps a verdict per action, and starts its table again past 2,000 actions', () => {
    let asked = 0;
    const proof = new CleanProof(() => { asked++; return true; }, true);
    const statement = { effect: Effect.ALLOW, actions: [TcmppActions.DESCRIBE_MNP], resources: ['*'] };
    expect(proof.proves([statement], '{}')).toBe(true);
    expect(proof.proves([statement], '{}')).toBe(true);
    expect(asked).toBe(1);
    // Kept beside others.
    expect(proof.proves([{ ...statement, actions: [TcmppActions.DESCRIBE_MNP_VERSION] }], '{}')).toBe(true);
    expect(proof.proves([statement], '{}')).toBe(true);
    expect(asked).toBe(2);
    // The verdict counts: an action the rules report is refused, and asked about once.
    const refusing = new CleanProof(() => { asked++; return false; }, true);
    expect(refusing.proves([statement], '{}')).toBe(false);
    expect(refusing.proves([statement], '{}')).toBe(false);
    expect(asked).toBe(3);
    // 2,000 actions are kept (DescribeMNP, DescribeMNPVersion and 1,998 more); the next starts the table again.
    for (let i = 0; i < 1998; i++) proof.proves([{ ...statement, actions: [`tcmpp:DescribeMNP${i}`] }], '{}');
    asked = 0;
    proof.proves([statement], '{}');
    expect(asked).toBe(0);
    proof.proves([{ ...statement, actions: ['tcmpp:DescribeMNPx'] }], '{}');
    proof.proves([statement], '{}');
    expect(asked).toBe(2);
    // A long action (here 257 characters) is judged each time, never kept.
    const long = { ...statement, actions: [`tcmpp:DescribeMNP${'x'.repeat(240)}`] };
    expect(long.actions[0]).toHaveLength(257);
    expect(proof.proves([long], '{}')).toBe(true);
    expect(proof.proves([long], '{}')).toBe(true);
    expect(asked).toBe(4);
    const kept = { ...statement, actions: [`tcmpp:DescribeMNP${'x'.repeat(239)}`] };
    proof.proves([kept], '{}');
    proof.proves([kept], '{}');
    expect(asked).toBe(5);
  });
});

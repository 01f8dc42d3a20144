import { App, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { describe, expect, it } from 'vitest';
import { CamValidationError, Condition, ConditionOperator, Effect, PolicyDocument, PolicyStatement, Principal, QcsResource } from '../../src';

const SEED2 = '{"strategyName":"strategy1","strategyInfo":{"version":"2.0","principal":{"qcs":["qcs::cam::uin/1238423:uin/3232/myqueue","qcs::cam::uin/1238423:groupid/13"]},"statement":[{"effect":"allow","action":"name/cmqqueue:ListQueue","resource":"*"},{"effect":"allow","action":["name/cmqqueue:ReceiveMessage","name/cmqqueue:BatchDeleteMessage"],"resource":["qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/myqueue","qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/*"]}]},"remark":"horace test"}';

describe('PolicyStatement', () => {
  it('keeps actions and resources in insertion order without duplicates', () => {
    const s = new PolicyStatement({ actions: ['cos:GetObject', 'cos:PutObject'] })
      .addActions('cos:GetObject', 'cos:HeadObject')
      .addResources('qcs::cos:gz:uid/1:b/*', 'qcs::cos:gz:uid/1:b/*')
      .addAllResources();
    expect(s.actions).toEqual(['cos:GetObject', 'cos:PutObject', 'cos:HeadObject']);
    expect(s.resources).toEqual(['qcs::cos:gz:uid/1:b/*', '*']);
    expect(s.effect).toBe(Effect.ALLOW);
    s.effect = Effect.DENY;
    expect(s.toJsonObject().effect).toBe('deny');
  });

  it('refuses a second condition with the same operator and key, and non-string actions', () => {
    const s = new PolicyStatement({ conditions: [Condition.sourceIp(['10.0.0.0/8'])] });
    expect(() => s.addCondition(Condition.sourceIp(['192.168.0.0/16']))).toThrow(/already has a "ip_equal" condition on "qcs:ip"/);
    expect(() => s.addActions(42 as unknown as string)).toThrow(/action #1 is number/);
  });

  it('recognises role trust statements', () => {
    expect(new PolicyStatement({ actions: ['name/sts:AssumeRole'], principals: [Principal.service('scf.qcloud.com')] }).isTrustStatement).toBe(true);
    expect(new PolicyStatement({ actions: ['name/sts:AssumeRole'], resources: ['*'], principals: [Principal.service('scf.qcloud.com')] }).isTrustStatement).toBe(false);
    expect(new PolicyStatement({ actions: ['name/sts:AssumeRole'] }).isTrustStatement).toBe(false);
  });
});

describe('PolicyDocument rendering', () => {
  const build = () =>
    new PolicyDocument({
      statements: [
        new PolicyStatement({
          principals: [Principal.group('1238423', '13'), Principal.service('scf.qcloud.com'), Principal.group('1238423', '13')],
          conditions: [Condition.of(ConditionOperator.STRING_EQUAL.forAnyValue(), 'qcs:resource_tag', ['env&prod', 'env&prod']), Condition.sourceIp(['10.0.0.0/8'])],
          resources: [QcsResource.of({ service: 'cmqqueue', region: 'bj', account: 'uin/1238423', resourceType: 'queueName', resourceId: 'uin/3232/my/queue' }).toString()],
          actions: ['name/cmqqueue:ReceiveMessage'],
          effect: Effect.DENY,
        }),
      ],
    });

  it('is canonical: key order, arrays everywhere, de-duplicated, compact, "/" not escaped', () => {
    expect(build().toJson()).toBe(
      '{"version":"2.0","statement":[{"effect":"deny","action":["name/cmqqueue:ReceiveMessage"],"resource":["qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/my/queue"],' +
        '"condition":{"for_any_value:string_equal":{"qcs:resource_tag":["env&prod"]},"ip_equal":{"qcs:ip":["10.0.0.0/8"]}},' +
        '"principal":{"qcs":["qcs::cam::uin/1238423:groupid/13"],"service":["scf.qcloud.com"]}}]}',
    );
  });

  it('is byte-identical run after run, and a fixed point of fromJson', () => {
    const a = build().toJson();
    expect(build().toJson()).toBe(a);
    expect(PolicyDocument.fromJson(a).toJson()).toBe(a);
    expect(PolicyDocument.fromJsonObject(JSON.parse(a)).toJson()).toBe(a);
  });

  it('reports statements and trust policies', () => {
    const d = build();
    expect(d.statementCount).toBe(1);
    expect(d.statements[0].actions).toEqual(['name/cmqqueue:ReceiveMessage']);
    expect(d.isTrustPolicy).toBe(false);
    expect(() => d.addStatements({} as PolicyStatement)).toThrow(/not a PolicyStatement/);
  });
});

describe('PolicyDocument.fromJson', () => {
  it('accepts every form CAM accepts and renders it canonically', () => {
    const d = PolicyDocument.fromJson('{"statement":{"resource":"*","action":"name/cos:GetObject","effect":"allow","condition":{"ip_equal":{"qcs:ip":"10.0.0.0/8"}}},"version":"2.0"}');
    expect(d.toJson()).toBe('{"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["*"],"condition":{"ip_equal":{"qcs:ip":["10.0.0.0/8"]}}}]}');
  });

  it("parses seed 2's legacy request and renders it with arrays everywhere", () => {
    const d = PolicyDocument.fromJson(SEED2);
    expect(d.toJson()).toBe(
      '{"version":"2.0","statement":[' +
        '{"effect":"allow","action":["name/cmqqueue:ListQueue"],"resource":["*"],"principal":{"qcs":["qcs::cam::uin/1238423:uin/3232/myqueue","qcs::cam::uin/1238423:groupid/13"]}},' +
        '{"effect":"allow","action":["name/cmqqueue:ReceiveMessage","name/cmqqueue:BatchDeleteMessage"],"resource":["qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/myqueue","qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/*"],"principal":{"qcs":["qcs::cam::uin/1238423:uin/3232/myqueue","qcs::cam::uin/1238423:groupid/13"]}}]}',
    );
    // strategyInfo as a JSON string, as the legacy API sends it
    const asString = JSON.stringify({ ...JSON.parse(SEED2), strategyInfo: JSON.stringify(JSON.parse(SEED2).strategyInfo) });
    expect(PolicyDocument.fromJson(asString).toJson()).toBe(d.toJson());
    // the documentation's principal "uin/3232/myqueue" is no uin: validate() says so
    expect(d.validate().map((f) => f.code)).toContain('INVALID_PRINCIPAL');
  });

  it('throws CamValidationError with every finding when the text is no usable document', () => {
    for (const [text, code] of [
      ['not json', 'INVALID_JSON'],
      ['[]', 'INVALID_ELEMENT'],
      ['{"version":"1.0","statement":[{"effect":"allow","action":"a:b","resource":"*"}]}', 'INVALID_VERSION'],
      ['{"version":"2.0","statement":[]}', 'MISSING_STATEMENT'],
      ['{"version":"2.0","statement":[{"effect":"maybe","action":"a:b","resource":"*"}]}', 'INVALID_EFFECT'],
      ['{"Version":"2.0","Statement":[{"effect":"allow","action":"a:b","resource":"*"}]}', 'INVALID_ELEMENT'],
    ]) {
      let error: unknown;
      try {
        PolicyDocument.fromJson(text);
      } catch (e) {
        error = e;
      }
      expect(error, text).toBeInstanceOf(CamValidationError);
      expect((error as CamValidationError).findings.map((f) => f.code)).toContain(code);
    }
  });

  it('lists every finding with its path in the error message', () => {
    try {
      PolicyDocument.fromJson('{"version":"1.0","statement":[{"effect":"maybe"},{"Effect":"allow"}]}');
      expect.unreachable();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('INVALID_VERSION at /version');
      expect(msg).toContain('INVALID_EFFECT at /statement/0/effect');
      expect(msg).toContain('INVALID_ELEMENT at /statement/1/Effect');
    }
  });

  it('keeps values CAM would reject so that validate() can report them', () => {
    const d = PolicyDocument.fromJson('{"version":"2.0","statement":[{"effect":"allow","action":["cos GetObject"],"resource":["qcs::cos:mars::a/b"]}]}');
    expect(d.validate().map((f) => [f.code, f.path])).toEqual([
      ['INVALID_ACTION_FORMAT', '/statement/0/action/0'],
      ['INVALID_REGION', '/statement/0/resource/0'],
    ]);
  });
});

describe('tokens', () => {
  it('renders a reference to another resource so that Terraform interpolates it, and skips its checks', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'tokens');
    const owner = new TerraformVariable(stack, 'owner_uin', { type: 'string' });
    const queue = new TerraformVariable(stack, 'queue', { type: 'string' });
    const d = new PolicyDocument({
      statements: [
        new PolicyStatement({
          actions: ['name/cmqqueue:SendMessage'],
          resources: [QcsResource.of({ service: 'cmqqueue', region: 'bj', account: `uin/${owner.stringValue}`, resourceType: 'queueName', resourceId: `uin/${owner.stringValue}/${queue.stringValue}` }).toString()],
          principals: [Principal.user(owner.stringValue, owner.stringValue)],
        }),
      ],
    });
    expect(d.validate()).toEqual([]);
    new TerraformOutput(stack, 'document', { value: d.toJson() });
    const out = JSON.parse(Testing.synth(stack, true));
    expect(out.output.document.value).toBe(
      '{"version":"2.0","statement":[{"effect":"allow","action":["name/cmqqueue:SendMessage"],"resource":["qcs::cmqqueue:bj:uin/${var.owner_uin}:queueName/uin/${var.owner_uin}/${var.queue}"],"principal":{"qcs":["qcs::cam::uin/${var.owner_uin}:uin/${var.owner_uin}"]}}]}',
    );
    expect(app).toBeInstanceOf(App);
  });
});

describe('lists built one value at a time (short ones are copied, long ones grow)', () => {
  it('keeps every statement in order, added one by one past the copying length and in a batch', () => {
    const doc = new PolicyDocument();
    const made = Array.from({ length: 100 }, (_, i) => new PolicyStatement({ actions: [`cos:Get${i}`], resources: ['*'] }));
    for (const s of made.slice(0, 70)) doc.addStatements(s);
    doc.addStatements(...made.slice(70));
    expect(doc.statements).toEqual(made);
    expect(doc.statementCount).toBe(100);
  });

  it('keeps every action in order without repeats, one by one past the copying length', () => {
    const s = new PolicyStatement({ resources: ['*'] });
    const actions = Array.from({ length: 40 }, (_, i) => `cos:Get${i}`);
    for (const a of actions) s.addActions(a, a);
    expect(s.actions).toEqual(actions);
  });
});

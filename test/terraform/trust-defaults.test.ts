// Trust as aws-iam writes it (principal classes, federated providers with CAM's conditions), the
// stack's account said once (CamDefaults), a mini program's grants, and an identity's own policy.
import { Aspects, TerraformStack, Testing, Token } from 'cdktf';
import { describe, expect, it } from 'vitest';
import {
  Access, AccessLevel, AccountPrincipal, CamDefaults, CamGroup, CamLint, CamRole, CamUser, Catalog, CmqQueue, CmqQueueActions, CmqTopic, CmqTopicActions,
  CompositePrincipal, Condition, ManagedPolicy, MiniProgram, OpenIdConnectPrincipal, PolicyStatement, PolicyTarget, Principal, RootPrincipal, SamlPrincipal,
  ServicePrincipal, Severity, TcmppActions, TcmppPlatform, TencentcloudProvider,
} from '../../src';
import { schemaProblems } from './schema';

function stack(context?: Record<string, string>): TerraformStack {
  const s = new TerraformStack(Testing.app(context ? { context } : {}), 'trust');
  new TencentcloudProvider(s, 'tencentcloud', { region: 'ap-guangzhou' });
  return s;
}

const trustOf = (s: TerraformStack) => {
  const json = JSON.parse(Testing.synth(s, true));
  expect(schemaProblems(json)).toEqual([]);
  return Object.values<any>(json.resource.tencentcloud_cam_role).map((r) => JSON.parse(r.document).statement);
};

describe('trust principals', () => {
  it('a single principal, an account and a composite: one AssumeRole statement; the same principal twice written once', () => {
    const s = stack();
    const role = new CamRole(s, 'Fn', { roleName: 'fn', assumedBy: new ServicePrincipal('scf.qcloud.com') });
    role.grantAssumeRole(new CompositePrincipal(new AccountPrincipal('100000000002'), new ServicePrincipal('scf.qcloud.com')));
    expect(trustOf(s)).toEqual([[{
      effect: 'allow', action: ['name/sts:AssumeRole'],
      principal: { qcs: ['qcs::cam::uin/100000000002:uin/100000000002'], service: ['scf.qcloud.com'] },
    }]]);
    expect(new CompositePrincipal(new ServicePrincipal('a.qcloud.com'), new CompositePrincipal(new ServicePrincipal('b.qcloud.com'))).principals.map(String)).toEqual(['a.qcloud.com', 'b.qcloud.com']);
    expect(() => new ServicePrincipal('not a service')).toThrow('Invalid principal');
    expect(() => new AccountPrincipal('12x')).toThrow('Invalid principal');
    expect(() => new CompositePrincipal()).toThrow('CompositePrincipal takes one principal or more');
    // An identity where a principal belongs is named, not a crash inside.
    const user = new CamUser(s, 'U', { userName: 'u' });
    expect(() => role.grantAssumeRole(user as never)).toThrow('trust/Fn: grantAssumeRole() takes principals, such as new AccountPrincipal(\'100000000001\'), Principal.user(ownerUin, subUin) or new ServicePrincipal(\'scf.qcloud.com\'); got trust/U');
    expect(() => role.grantAssumeRole()).toThrow('got none');
    expect(() => user.addToGroup(CamGroup.fromId(s, 'Found', '42') as never)).toThrow('addToGroup() takes a CamGroup the stack makes');
    // A composite in a plain statement stands for its members.
    const st = new PolicyStatement({ actions: ['name/sts:AssumeRole'], principals: [new CompositePrincipal(new ServicePrincipal('a.qcloud.com'), new AccountPrincipal('1'))] });
    expect(st.toJsonObject().principal).toEqual({ qcs: ['qcs::cam::uin/1:uin/1'], service: ['a.qcloud.com'] });
  });

  it('SAML and OIDC providers get their own statements, actions and conditions, as CAM\'s "Creating Role" page writes them', () => {
    const s = stack();
    const role = new CamRole(s, 'Sso', {
      roleName: 'sso',
      assumedBy: [
        new SamlPrincipal('100000000001', 'corp-idp', { audience: 'https://cloud.tencent.com/login/saml' }),
        new OpenIdConnectPrincipal('100000000001', 'github', { issuer: 'https://token.actions.githubusercontent.com', clientIds: ['sts.cloud.tencent.com'], subjects: ['repo:org/app:*'] }),
      ],
      trustConditions: [Condition.sourceIp(['203.0.113.0/24'])],
    });
    role.grantAssumeRole(new AccountPrincipal('100000000003'));
    expect(trustOf(s)[0]).toEqual([
      {
        effect: 'allow', action: ['name/sts:AssumeRoleWithSAML'],
        condition: { ip_equal: { 'qcs:ip': ['203.0.113.0/24'] }, string_equal: { 'saml:aud': ['https://cloud.tencent.com/login/saml'] } },
        principal: { federated: ['qcs::cam::uin/100000000001:saml-provider/corp-idp'] },
      },
      {
        effect: 'allow', action: ['name/sts:AssumeRoleWithWebIdentity'],
        condition: {
          ip_equal: { 'qcs:ip': ['203.0.113.0/24'] },
          string_equal: { 'oidc:iss': ['https://token.actions.githubusercontent.com'], 'oidc:aud': ['sts.cloud.tencent.com'] },
          string_like: { 'oidc:sub': ['repo:org/app:*'] },
        },
        principal: { federated: ['qcs::cam::uin/100000000001:oidc-provider/github'] },
      },
      { effect: 'allow', action: ['name/sts:AssumeRole'], condition: { ip_equal: { 'qcs:ip': ['203.0.113.0/24'] } }, principal: { qcs: ['qcs::cam::uin/100000000003:uin/100000000003'] } },
    ]);
    // A SAML provider without an audience: no condition; the static form picks the same action.
    expect(new SamlPrincipal('1', 'idp')._trustConditions).toEqual([]);
    expect(Principal.samlProvider('1', 'idp')._assumeAction).toBe('name/sts:AssumeRoleWithSAML');
    expect(Principal.oidcProvider('1', 'idp')._assumeAction).toBe('name/sts:AssumeRoleWithWebIdentity');
    // CAM requires oidc:iss and oidc:aud, and allows at most 10 subjects.
    expect(() => new OpenIdConnectPrincipal('1', 'gh', undefined as never)).toThrow('CAM requires oidc:iss');
    expect(() => new OpenIdConnectPrincipal('1', 'gh', { issuer: 'https://idp', clientIds: [] })).toThrow('CAM requires oidc:aud');
    expect(() => new OpenIdConnectPrincipal('1', 'gh', { issuer: 'https://idp', clientIds: ['c'], subjects: Array.from({ length: 11 }, (_, i) => `s${i}`) })).toThrow('11 subjects: CAM allows at most 10 values of oidc:sub');
    expect(() => new OpenIdConnectPrincipal('x', 'gh', { issuer: 'https://idp', clientIds: ['c'] })).toThrow('Invalid principal');
  });

  it('an external id for a third party is sts:external_id', () => {
    const s = stack();
    new CamRole(s, 'Vendor', { roleName: 'vendor', assumedBy: new AccountPrincipal('100000000009'), trustConditions: [Condition.externalId('a1b2c3')] });
    expect(trustOf(s)[0][0].condition).toEqual({ string_equal: { 'sts:external_id': ['a1b2c3'] } });
  });

  it('a trust finding follows CamLint: a warning by default, a failure at failOn; the role\'s resource is not linted twice', () => {
    const warned = stack();
    const open = new CamRole(warned, 'Open', { roleName: 'open', assumedBy: Principal.anyone() });
    Aspects.of(warned).add(new CamLint());
    Testing.synth(warned, true);
    const texts = open.node.findAll().flatMap((c) => c.node.metadata.map((m) => String(m.data)));
    expect(texts.some((t) => t.includes('at /document/statement/0/principal'))).toBe(true);
    expect(texts.some((t) => t.includes('was not checked'))).toBe(false);
    expect(open.findings().map((f) => f.severity)).toContain(Severity.SECURITY_WARNING);
    const strict = stack();
    new CamRole(strict, 'Open', { roleName: 'open', assumedBy: Principal.anyone() });
    Aspects.of(strict).add(new CamLint({ failOn: Severity.SECURITY_WARNING }));
    expect(() => Testing.synth(strict, true)).toThrow(/trust\/Open[\s\S]*SECURITY_WARNING/);
    // A suppression on the role covers its trust findings.
    const suppressed = stack();
    const reviewed = new CamRole(suppressed, 'Open', { roleName: 'open', assumedBy: Principal.anyone() });
    const code = reviewed.findings().find((f) => f.severity === Severity.SECURITY_WARNING)!.code;
    CamLint.suppress(reviewed, code, 'public demo role, reviewed by security');
    Aspects.of(suppressed).add(new CamLint({ failOn: Severity.SECURITY_WARNING }));
    expect(() => Testing.synth(suppressed, true)).not.toThrow();
  });
});

describe('CamDefaults', () => {
  it('the stack\'s account, said once, reaches grants and RootPrincipal; the nearest set wins, then the context', () => {
    const s = stack();
    CamDefaults.set(s, { ownerUin: '100000000001', creatorUin: '100000000002' });
    const role = new CamRole(s, 'Ops', { roleName: 'ops', assumedBy: new RootPrincipal() });
    CmqQueue.fromName({ name: 'orders', region: 'gz' }).grantConsume(role);
    CmqTopic.fromName({ name: 'events' }).grantPublish(role);
    TcmppPlatform.fromId({ platformId: 'T1' }).grantReadAll(role);
    const json = JSON.parse(Testing.synth(s, true));
    expect(schemaProblems(json)).toEqual([]);
    expect(JSON.parse(Object.values<any>(json.resource.tencentcloud_cam_role)[0].document).statement[0].principal).toEqual({ qcs: ['qcs::cam::uin/100000000001:uin/100000000001'] });
    const access = Access.of(s);
    access.assertAllowed(PolicyTarget.role(role.roleId), CmqQueueActions.RECEIVE_MESSAGE, 'qcs::cmqqueue:gz:uin/100000000001:queueName/uin/100000000002/orders');
    access.assertAllowed(PolicyTarget.role(role.roleId), CmqTopicActions.PUBLISH_MESSAGE, 'qcs::cmqtopic::uin/100000000001:topicName/uin/100000000002/events');
    access.assertDenied(PolicyTarget.role(role.roleId), CmqQueueActions.RECEIVE_MESSAGE, 'qcs::cmqqueue:gz:uin/100000000001:queueName/uin/100000000002/other');

    const ctx = stack({ 'tencentcloud-cam:ownerUin': '100000000005' });
    const team = new CamGroup(ctx, 'Team', { groupName: 'team' });
    CamDefaults.set(team, { creatorUin: '100000000006' });
    expect(CamDefaults.of(team)).toMatchObject({ ownerUin: '100000000005', creatorUin: '100000000006' });
    expect(CamDefaults.of(ctx)).toMatchObject({ ownerUin: '100000000005', creatorUin: undefined });
  });

  it('what is missing or wrong is named with both fixes', () => {
    const s = stack();
    const role = new CamRole(s, 'R', { roleName: 'r', assumedBy: new ServicePrincipal('scf.qcloud.com') });
    expect(() => CmqQueue.fromName({ name: 'orders' }).grantSend(role)).toThrow("trust/R: CmqQueue orders needs the owner account: give ownerUin to it, or set it once for the stack with CamDefaults.set(stack, { ownerUin: '100000000001' }) (or the context key tencentcloud-cam:ownerUin)");
    expect(() => CmqQueue.fromName({ name: 'orders', ownerUin: '100000000001' }).grantSend(role)).toThrow("needs the CMQ creator's uin: give creatorUin to it");
    expect(() => TcmppPlatform.fromId({ platformId: 'T1' }).grantRelease(role)).toThrow('TcmppPlatform T1 needs the owner account');
    expect(() => CmqQueue.fromName({ name: 'orders' }).resource).toThrow('CmqQueue orders: give ownerUin');
    expect(() => new CamRole(s, 'Root', { roleName: 'root', assumedBy: new RootPrincipal() })).toThrow('RootPrincipal needs the owner account');
    expect(() => new PolicyStatement({ actions: ['name/sts:AssumeRole'], principals: [new RootPrincipal()] })).toThrow("RootPrincipal names the stack's account");
    expect(() => CamDefaults.set(s, { ownerUin: 'abc' })).toThrow('CamDefaults.set(trust): ownerUin is a root or sub-account uin, digits such as \'100000000001\', got "abc"');
    CamDefaults.set(s, { ownerUin: '100000000001' });
    expect(() => CamDefaults.set(s, { ownerUin: '100000000001' })).toThrow('are set already: set them once');
    expect(() => CamDefaults.set(s, null as never)).toThrow('takes { ownerUin');
    expect(() => CamDefaults.of(stack({ 'tencentcloud-cam:creatorUin': 'x' }))).toThrow('the context key tencentcloud-cam:creatorUin is a root or sub-account uin');
  });
});

describe('grants on one mini program, every action, any service', () => {
  it('MiniProgram narrows CreateMNPVersion to the mini program and refuses what CAM cannot narrow', () => {
    const s = stack();
    CamDefaults.set(s, { ownerUin: '100000000001' });
    const dev = new CamUser(s, 'Dev', { userName: 'dev' });
    const app = MiniProgram.fromId({ platformId: 'T1', mnpId: 'mnp42' });
    app.grantCreateVersion(dev);
    expect(() => app.grant(dev, [TcmppActions.RELEASE_MNP_VERSION])).toThrow("trust/Dev: MiniProgram mnp42: name/tcmpp:ReleaseMNPVersion cannot be narrowed to one mini program (its template in TCMPP's CAM page names the platform, or none): grant it with TcmppPlatform.fromId({ platformId: 'T1' }).grant(...)");
    expect(() => MiniProgram.fromId({ platformId: 'T1' } as never)).toThrow('MiniProgram.fromId takes');
    const json = JSON.parse(Testing.synth(s, true));
    const [doc] = Object.values<any>(json.resource.tencentcloud_cam_policy).map((p) => JSON.parse(p.document));
    expect(doc.statement).toEqual([{ effect: 'allow', action: [TcmppActions.CREATE_MNP_VERSION], resource: ['qcs::tcmpp::uin/100000000001:Limit/T1mnp42'] }]);
    const access = Access.of(s);
    access.assertAllowed(PolicyTarget.user(dev.userName), TcmppActions.CREATE_MNP_VERSION, 'qcs::tcmpp::uin/100000000001:Limit/T1mnp42');
    access.assertDenied(PolicyTarget.user(dev.userName), TcmppActions.CREATE_MNP_VERSION, 'qcs::tcmpp::uin/100000000001:Limit/T1mnp43');
  });

  it('grantAdminister gives every catalogued TCMPP action; another service\'s action is refused, never granted on *', () => {
    const s = stack();
    const admins = new CamGroup(s, 'Admins', { groupName: 'admins' });
    const platform = TcmppPlatform.fromId({ ownerUin: '100000000001', platformId: 'T1' });
    platform.grantAdminister(admins);
    const json = JSON.parse(Testing.synth(s, true));
    const actions = Object.values<any>(json.resource.tencentcloud_cam_policy).flatMap((p) => JSON.parse(p.document).statement.flatMap((st: any) => st.action));
    expect(new Set(actions)).toEqual(new Set(Catalog.actionNames('tcmpp')));
    expect(() => platform.grant(admins, [CmqQueueActions.DELETE_QUEUE])).toThrow('trust/Admins: TcmppPlatform.grant: "name/cmqqueue:DeleteQueue" is not a tcmpp action: grant it with CmqQueue.fromName(...)');
    expect(() => platform.grant(admins, ['name/cvm:RunInstances'])).toThrow('is not a tcmpp action: grant it with identity.addToPolicy(new PolicyStatement({ actions, resources }))');
    expect(() => CmqQueue.fromName({ name: 'q', ownerUin: '1', creatorUin: '1' }).grant(admins, [CmqTopicActions.PUBLISH_MESSAGE])).toThrow('grant it with CmqTopic.fromName(...)');
    expect(() => platform.grant(admins, [])).toThrow('takes a list of actions');
  });

  it('the presets list the catalogue\'s actions of each access level, one by one', () => {
    expect(TcmppActions.allRead()).toEqual(Catalog.actionNames('tcmpp', AccessLevel.READ));
    expect(TcmppActions.allList()).toEqual(Catalog.actionNames('tcmpp', AccessLevel.LIST));
    expect(TcmppActions.allWrite()).toEqual(Catalog.actionNames('tcmpp', AccessLevel.WRITE));
    expect(TcmppActions.allReadOnly()).toEqual([...TcmppActions.allRead(), ...TcmppActions.allList()]);
    expect(CmqQueueActions.allReadOnly().length).toBeGreaterThan(0);
    expect(CmqTopicActions.allWrite()).toContain(CmqTopicActions.PUBLISH_MESSAGE);
    expect(TcmppActions.allReadOnly().every((a) => !TcmppActions.allWrite().includes(a))).toBe(true);
  });
});

describe('an identity\'s own policy and managed policies', () => {
  it('addToPolicy makes one policy named after the identity, attached once, and adds to it', () => {
    const s = stack();
    const user = new CamUser(s, 'Ann', { userName: 'ann' });
    const first = user.addToPolicy(new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP], resources: ['*'] }));
    const second = user.addToPolicy(new PolicyStatement({ actions: [CmqQueueActions.LIST_QUEUE], resources: ['*'] }));
    expect(second).toBe(first);
    user.addManagedPolicy(ManagedPolicy.fromName(s, 'CvmRead', 'QcloudCVMReadOnlyAccess'));
    const json = JSON.parse(Testing.synth(s, true));
    expect(schemaProblems(json)).toEqual([]);
    const [policy] = Object.values<any>(json.resource.tencentcloud_cam_policy);
    expect(policy.name).toBe('trust-Ann-policy');
    expect(JSON.parse(policy.document).statement.map((st: any) => st.action)).toEqual([[TcmppActions.DESCRIBE_MNP], [CmqQueueActions.LIST_QUEUE]]);
    expect(Object.keys(json.resource.tencentcloud_cam_user_policy_attachment)).toHaveLength(2);
    expect(() => user.addToPolicy({ actions: ['x'] } as never)).toThrow('addToPolicy() takes a PolicyStatement');
    expect(() => user.addManagedPolicy(first as never)).toThrow("addManagedPolicy() takes ManagedPolicy.fromName(scope, id, 'QcloudCVMReadOnlyAccess')");
  });

  it('a role given by id is found by it (the plan fails naming the id), attached by it, and has its name', () => {
    const s = stack();
    const role = CamRole.fromId(s, 'R', '4611686018427397919');
    expect(Token.isUnresolved(role.roleName)).toBe(true);
    role.addToPolicy(new PolicyStatement({ actions: [TcmppActions.DESCRIBE_MNP], resources: ['*'] }));
    const json = JSON.parse(Testing.synth(s, true));
    expect(schemaProblems(json)).toEqual([]);
    const [lookup] = Object.values<any>(json.data.tencentcloud_cam_roles);
    expect(lookup.role_id).toBe('4611686018427397919');
    expect(lookup.lifecycle.postcondition[0].error_message).toContain('No CAM role with id 4611686018427397919 was found');
    expect(Object.values<any>(json.resource.tencentcloud_cam_role_policy_attachment)[0].role_id).toBe('4611686018427397919');
    expect(() => Testing.synth((() => { const b = stack(); CamRole.fromId(b, 'Bad', 'ops'); return b; })(), true)).toThrow('a role id is digits');
  });
});

describe('the mistakes a user makes in the realistic stack', () => {
  it('a wrong region or a bad id fails synthesis naming the grant\'s construct and the fix', () => {
    const s = stack();
    CamDefaults.set(s, { ownerUin: '100000000001', creatorUin: '100000000001' });
    const role = new CamRole(s, 'Consumer', { roleName: 'c', assumedBy: new ServicePrincipal('scf.qcloud.com') });
    CmqQueue.fromName({ name: 'orders', region: 'guangzhou' }).grantConsume(role);
    TcmppPlatform.fromId({ platformId: 'T 1' }).grantRelease(role);
    expect(() => Testing.synth(s, true)).toThrow(/\[trust\/Consumer\/Grantcmqqueueorders[0-9a-f]{8}\] ERROR INVALID_REGION[^\n]*did you mean "ap-guangzhou"\?[\s\S]*\[trust\/Consumer\/GranttcmppT1[0-9a-f]{8}\] ERROR INVALID_RESOURCE[^\n]*platformId "T 1": a platform id is non-empty, without spaces/);
  });
});

describe('text of identities as Terraform reads it', () => {
  it('remarks, descriptions, tags and the trust policy are escaped as a policy\'s are: CAM\'s ${...} reaches CAM as text', () => {
    const s = stack();
    new CamUser(s, 'U', { userName: 'u', remark: 'owner ${uin}', tags: { 'k${a}': 'v%{b}' } });
    new CamGroup(s, 'G', { groupName: 'g', remark: '${x}' });
    new CamRole(s, 'R', {
      roleName: 'r', assumedBy: new AccountPrincipal('100000000001'), description: 'for ${team}', tags: { t: '${y}' },
      trustConditions: [Condition.stringEquals('sts:external_id', ['id-${uin}'])],
    });
    const json = JSON.parse(Testing.synth(s, true));
    expect(Object.values<any>(json.resource.tencentcloud_cam_user)[0]).toMatchObject({ remark: 'owner $${uin}', tags: { 'k$${a}': 'v%%{b}' } });
    expect(Object.values<any>(json.resource.tencentcloud_cam_group)[0].remark).toBe('$${x}');
    const role = Object.values<any>(json.resource.tencentcloud_cam_role)[0];
    expect(role).toMatchObject({ description: 'for $${team}', tags: { t: '$${y}' } });
    expect(role.document).toContain('"id-$${uin}"');
    // What CAM reads once Terraform has unescaped it.
    expect(JSON.parse(role.document.replace(/\$\$\{/g, '${')).statement[0].condition).toEqual({ string_equal: { 'sts:external_id': ['id-${uin}'] } });
  });
});


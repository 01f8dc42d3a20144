// The principal classes: what each writes, where, the action a trust statement gives it, and the
// conditions CAM's "Creating Role" page requires of a federated one.
import { describe, expect, it } from 'vitest';
import {
  AccountPrincipal, CamValidationError, CompositePrincipal, Condition, OpenIdConnectPrincipal, PolicyStatement, Principal, PrincipalKind, SamlPrincipal, ServicePrincipal,
} from '../../src';

const conditionsOf = (p: Principal) => p._trustConditions.map((c) => [c.conditionOperator.name, c.key, c.values]);

describe('principal classes', () => {
  it('ServicePrincipal and AccountPrincipal write what the factories write, under the same element', () => {
    const service = new ServicePrincipal('scf.qcloud.com');
    expect([service.value, service.element, service.kind]).toEqual(['scf.qcloud.com', 'service', PrincipalKind.SERVICE]);
    expect(service).toBeInstanceOf(Principal);
    const account = new AccountPrincipal('100000000001');
    expect([account.value, account.element, account.kind]).toEqual(['qcs::cam::uin/100000000001:uin/100000000001', 'qcs', PrincipalKind.ROOT_ACCOUNT]);
    for (const p of [service, account]) {
      expect(p._assumeAction).toBe('name/sts:AssumeRole');
      expect(p._trustConditions).toEqual([]);
      expect(p._expand()).toEqual([p]);
    }
    expect(() => new ServicePrincipal('scf qcloud')).toThrow(CamValidationError);
    expect(() => new AccountPrincipal('')).toThrow('Invalid principal');
  });

  it('SamlPrincipal: the provider under "federated", AssumeRoleWithSAML, saml:aud when given', () => {
    const plain = new SamlPrincipal('100000000001', 'corp');
    expect([plain.value, plain.element, plain.kind, plain.id]).toEqual(['qcs::cam::uin/100000000001:saml-provider/corp', 'federated', PrincipalKind.FEDERATED, 'corp']);
    expect(plain._assumeAction).toBe('name/sts:AssumeRoleWithSAML');
    expect(conditionsOf(plain)).toEqual([]);
    const withAudience = new SamlPrincipal('100000000001', 'corp', { audience: 'https://cloud.tencent.com/login/saml' });
    expect(conditionsOf(withAudience)).toEqual([['string_equal', 'saml:aud', ['https://cloud.tencent.com/login/saml']]]);
    expect(() => new SamlPrincipal('x', 'corp')).toThrow('Invalid principal');
  });

  it('OpenIdConnectPrincipal: AssumeRoleWithWebIdentity under oidc:iss and oidc:aud (string_equal), oidc:sub (string_like) when given', () => {
    const gh = new OpenIdConnectPrincipal('100000000001', 'github', { issuer: 'https://token.actions.githubusercontent.com', clientIds: ['a', 'b'] });
    expect([gh.value, gh.element, gh.kind]).toEqual(['qcs::cam::uin/100000000001:oidc-provider/github', 'federated', PrincipalKind.FEDERATED]);
    expect(gh._assumeAction).toBe('name/sts:AssumeRoleWithWebIdentity');
    expect(conditionsOf(gh)).toEqual([
      ['string_equal', 'oidc:iss', ['https://token.actions.githubusercontent.com']],
      ['string_equal', 'oidc:aud', ['a', 'b']],
    ]);
    const subjects = Array.from({ length: 10 }, (_, i) => `repo:org/app${i}:*`);
    expect(conditionsOf(new OpenIdConnectPrincipal('1', 'gh', { issuer: 'https://i', clientIds: ['c'], subjects }))[2]).toEqual(['string_like', 'oidc:sub', subjects]);
    expect(conditionsOf(new OpenIdConnectPrincipal('1', 'gh', { issuer: 'https://i', clientIds: ['c'], subjects: [] }))).toHaveLength(2);
    const bad = (options: unknown) => () => new OpenIdConnectPrincipal('1', 'gh', options as never);
    expect(bad(null)).toThrow('OpenIdConnectPrincipal "gh": give { issuer: \'https://idp.example.com\', clientIds: [\'my-client\'] }: CAM requires oidc:iss on an OIDC role');
    expect(bad({ issuer: '', clientIds: ['c'] })).toThrow('CAM requires oidc:iss');
    expect(bad({ issuer: 7, clientIds: ['c'] })).toThrow('CAM requires oidc:iss');
    expect(bad({ issuer: 'https://i' })).toThrow('OpenIdConnectPrincipal "gh": "clientIds" lists the provider\'s client ids that may assume the role: CAM requires oidc:aud on an OIDC role');
    expect(bad({ issuer: 'https://i', clientIds: 'c' })).toThrow('CAM requires oidc:aud');
    try {
      bad({ issuer: 'https://i', clientIds: ['c'], subjects: [...subjects, 'one more'] })();
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message.split('\n')[0]).toBe('OpenIdConnectPrincipal "gh": 11 subjects: CAM allows at most 10 values of oidc:sub; match several with one pattern such as "repo:org/*"');
      expect((e as CamValidationError).findings.map((f) => [f.code, f.severity, f.message])).toEqual([['INVALID_CONDITION_VALUE', 'ERROR', 'oidc:sub takes at most 10 values, got 11']]);
    }
  });

  it('the static factories pick the same action by what the principal names', () => {
    expect(Principal.samlProvider('1', 'p')._assumeAction).toBe('name/sts:AssumeRoleWithSAML');
    expect(Principal.oidcProvider('1', 'p')._assumeAction).toBe('name/sts:AssumeRoleWithWebIdentity');
    expect(Principal.oidcProvider('1', 'p').element).toBe('federated');
    expect(() => Principal.oidcProvider('1', 'not a name')).toThrow('Invalid principal');
    for (const p of [Principal.rootAccount('1'), Principal.user('1', '2'), Principal.role('1', 'r'), Principal.service('cvm.qcloud.com'), Principal.anyone()]) {
      expect(p._assumeAction).toBe('name/sts:AssumeRole');
    }
  });

  it('CompositePrincipal stands for its members, flattened, in a statement and in a role', () => {
    const a = new ServicePrincipal('a.qcloud.com');
    const b = new AccountPrincipal('2');
    const c = new SamlPrincipal('3', 'idp');
    const composite = new CompositePrincipal(a, new CompositePrincipal(b, c));
    expect(composite.principals).toEqual([a, b, c]);
    expect(composite._expand()).toEqual([a, b, c]);
    expect(composite.value).toBe('a.qcloud.com, qcs::cam::uin/2:uin/2, qcs::cam::uin/3:saml-provider/idp');
    expect(composite.element).toBe('service');
    const st = new PolicyStatement({ actions: ['name/sts:AssumeRole'], principals: [composite, b] });
    expect(st.principals).toEqual([a, b, c]);
    expect(st.toJsonObject().principal).toEqual({ qcs: ['qcs::cam::uin/2:uin/2'], service: ['a.qcloud.com'], federated: ['qcs::cam::uin/3:saml-provider/idp'] });
    expect(() => new CompositePrincipal()).toThrow("CompositePrincipal takes one principal or more, such as new ServicePrincipal('scf.qcloud.com')");
    expect(() => new CompositePrincipal(a, 'b.qcloud.com' as never)).toThrow('CompositePrincipal takes one principal or more');
  });

  it('Condition.externalId is string_equal on sts:external_id', () => {
    const c = Condition.externalId('a1b2');
    expect([c.conditionOperator.name, c.key, c.values]).toEqual(['string_equal', 'sts:external_id', ['a1b2']]);
  });
});

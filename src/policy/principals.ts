// Principals as classes, as aws-iam writes them: `new ServicePrincipal('scf.qcloud.com')`, an
// account, an identity provider (SAML or OIDC, with the conditions CAM's "Creating Role" page lists),
// and several at once. Each is a `Principal`, so every place that takes one takes these.
import { Condition, ConditionOperator } from './condition';
import { CamValidationError, Severity, finding } from './finding';
import { Principal } from './principal';

/** A cloud service that may assume a role: `new ServicePrincipal('scf.qcloud.com')`. */
export class ServicePrincipal extends Principal {
  /** @param service the service's domain, such as `scf.qcloud.com` or `cvm.qcloud.com` */
  public constructor(service: string) {
    super(Principal.service(service).value, 'service');
  }
}

/** A root account, by its uin (`qcs::cam::uin/<uin>:uin/<uin>`): every identity of that account its administrator lets assume the role. */
export class AccountPrincipal extends Principal {
  /** @param uin the root account's uin (digits) */
  public constructor(uin: string) {
    super(Principal.rootAccount(uin).value, 'qcs');
  }
}

/** Options of a `SamlPrincipal`. */
export interface SamlPrincipalOptions {
  /**
   * The endpoint the SAML assertion is submitted to (`saml:aud`): CAM's console writes
   * `https://cloud.tencent.com/login/saml` (`https://intl.cloud.tencent.com/login/saml` on the
   * international site), so that only assertions for Tencent Cloud are accepted.
   * @default - no `saml:aud` condition
   */
  readonly audience?: string;
}

/**
 * A SAML identity provider of the account (`qcs::cam::uin/<owner>:saml-provider/<name>`): its users
 * assume the role with `sts:AssumeRoleWithSAML`, as CAM's "Creating Role" page writes the trust policy.
 */
export class SamlPrincipal extends Principal {
  private readonly conditions: Condition[];

  /**
   * @param ownerUin the root account that holds the identity provider
   * @param providerName the identity provider's name in CAM
   */
  public constructor(ownerUin: string, providerName: string, options: SamlPrincipalOptions = {}) {
    super(Principal.samlProvider(ownerUin, providerName).value, 'federated');
    this.conditions = options.audience === undefined ? [] : [Condition.stringEquals('saml:aud', [options.audience])];
  }

  /** @internal */
  public get _trustConditions(): Condition[] {
    return this.conditions;
  }
}

/** Options of an `OpenIdConnectPrincipal`: the claims CAM's "Creating Role" page lists for an OIDC role. */
export interface OpenIdConnectPrincipalOptions {
  /** The identity provider's URL, as entered in CAM (`oidc:iss`, required by CAM). */
  readonly issuer: string;
  /** The client ids of the provider that may assume the role (`oidc:aud`, required by CAM). */
  readonly clientIds: string[];
  /**
   * The token subjects that may assume the role (`oidc:sub`, at most 10), matched with `string_like`
   * (`*` matches any run of characters).
   * @default - any subject of the provider
   */
  readonly subjects?: string[];
}

/**
 * An OIDC identity provider of the account (`qcs::cam::uin/<owner>:oidc-provider/<name>`): its
 * tokens assume the role with `sts:AssumeRoleWithWebIdentity`, under CAM's two required conditions
 * (`oidc:iss`, `oidc:aud`, both `string_equal`) and, given subjects, `oidc:sub`.
 */
export class OpenIdConnectPrincipal extends Principal {
  private readonly conditions: Condition[];

  /**
   * @param ownerUin the root account that holds the identity provider
   * @param providerName the identity provider's name in CAM
   */
  public constructor(ownerUin: string, providerName: string, options: OpenIdConnectPrincipalOptions) {
    super(Principal.oidcProvider(ownerUin, providerName).value, 'federated');
    const where = `OpenIdConnectPrincipal ${JSON.stringify(providerName)}`;
    if (typeof options !== 'object' || options === null || typeof options.issuer !== 'string' || options.issuer === '') {
      throw new CamValidationError(`${where}: give { issuer: 'https://idp.example.com', clientIds: ['my-client'] }: CAM requires oidc:iss on an OIDC role`, []);
    }
    if (!Array.isArray(options.clientIds) || options.clientIds.length === 0) {
      throw new CamValidationError(`${where}: "clientIds" lists the provider's client ids that may assume the role: CAM requires oidc:aud on an OIDC role`, []);
    }
    const subjects = options.subjects ?? [];
    if (subjects.length > 10) {
      throw new CamValidationError(`${where}: ${subjects.length} subjects: CAM allows at most 10 values of oidc:sub; match several with one pattern such as "repo:org/*"`, [
        finding('INVALID_CONDITION_VALUE', Severity.ERROR, '', `oidc:sub takes at most 10 values, got ${subjects.length}`),
      ]);
    }
    this.conditions = [
      Condition.stringEquals('oidc:iss', [options.issuer]),
      Condition.stringEquals('oidc:aud', options.clientIds),
      ...(subjects.length > 0 ? [Condition.of(ConditionOperator.STRING_LIKE, 'oidc:sub', subjects)] : []),
    ];
  }

  /** @internal */
  public get _trustConditions(): Condition[] {
    return this.conditions;
  }
}

/** Several principals as one: `assumedBy: new CompositePrincipal(new ServicePrincipal('scf.qcloud.com'), new AccountPrincipal(uin))`. */
export class CompositePrincipal extends Principal {
  /** The principals it stands for. */
  public readonly principals: Principal[];

  public constructor(...principals: Principal[]) {
    if (principals.length === 0 || !principals.every((p) => p instanceof Principal)) {
      throw new CamValidationError('CompositePrincipal takes one principal or more, such as new ServicePrincipal(\'scf.qcloud.com\')', []);
    }
    const members = principals.flatMap((p) => (p instanceof CompositePrincipal ? p.principals : [p]));
    super(members.map((p) => p.value).join(', '), members[0]._element);
    this.principals = members;
  }

  /** @internal */
  public _expand(scope?: unknown): Principal[] {
    return this.principals.flatMap((p) => p._expand(scope));
  }
}

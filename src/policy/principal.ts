import { CamValidationError, Finding, Severity, describePath, finding, jsonType } from './finding';
import { hasPlaceholder } from './tokens';
import type { Condition } from './condition';

/**
 * What a principal names.
 */
export enum PrincipalKind {
  /** A root account: `qcs::cam::uin/<uin>:uin/<uin>` or `qcs::cam::uin/<uin>:root`. */
  ROOT_ACCOUNT = 'ROOT_ACCOUNT',
  /** A sub-user: `qcs::cam::uin/<owner>:uin/<sub uin>`. */
  USER = 'USER',
  /** A user group: `qcs::cam::uin/<owner>:groupid/<id>`. */
  GROUP = 'GROUP',
  /** A role: `qcs::cam::uin/<owner>:roleName/<name>`, or a service-linked role. */
  ROLE = 'ROLE',
  /** An identity provider of a federated role: `qcs::cam::uin/<owner>:saml-provider/<name>`. */
  FEDERATED = 'FEDERATED',
  /** A cloud service (`scf.qcloud.com`) that may assume a role, or `qcs::cam::uin/<owner>:service/<name>`. */
  SERVICE = 'SERVICE',
  /** Unauthenticated callers: `qcs::cam::anonymous:anonymous`. */
  ANONYMOUS = 'ANONYMOUS',
  /** Everyone: `*`, or COS's `qcs::cam::anyone:anyone`. */
  ANYONE = 'ANYONE',
  /** A string of no known form. Only documents parsed from JSON hold these; validation reports them. */
  UNKNOWN = 'UNKNOWN',
}

/**
 * The key of the principal map a principal is written under.
 * @internal
 */
export type PrincipalElement = 'qcs' | 'service' | 'federated';

const UIN = '(\\d+|\\$\\{[^}]+\\})';
const NAME = '([A-Za-z0-9_+=,.@-]+|\\$\\{[^}]+\\})';
const FORMS: Array<{ re: RegExp; kind: PrincipalKind }> = [
  { re: new RegExp(`^qcs::cam::uin/${UIN}:uin/${UIN}$`), kind: PrincipalKind.USER },
  { re: new RegExp(`^qcs::cam::uin/${UIN}:root$`), kind: PrincipalKind.ROOT_ACCOUNT },
  { re: new RegExp(`^qcs::cam::uin/${UIN}:groupid/${UIN}$`), kind: PrincipalKind.GROUP },
  { re: new RegExp(`^qcs::cam::uin/${UIN}:roleName/${NAME}$`), kind: PrincipalKind.ROLE },
  { re: new RegExp(`^qcs::cam::uin/${UIN}:role/tencentcloudServiceRoleName/${NAME}$`), kind: PrincipalKind.ROLE },
  { re: new RegExp(`^qcs::cam::uin/${UIN}:(?:saml-provider|oidc-provider)/${NAME}$`), kind: PrincipalKind.FEDERATED },
  { re: new RegExp(`^qcs::cam::uin/${UIN}:service/${NAME}$`), kind: PrincipalKind.SERVICE },
  { re: /^qcs::cam::anonymous:anonymous$/, kind: PrincipalKind.ANONYMOUS },
  { re: /^qcs::cam::anyone:anyone$/, kind: PrincipalKind.ANYONE },
  { re: /^\*$/, kind: PrincipalKind.ANYONE },
];
const SERVICE_NAME = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+$/;

/** @internal the kind of a principal string, by its form. */
export function classifyPrincipal(value: string, element: PrincipalElement): PrincipalKind {
  if (element === 'service') return SERVICE_NAME.test(value) || value === '*' ? PrincipalKind.SERVICE : PrincipalKind.UNKNOWN;
  for (const form of FORMS) {
    const m = form.re.exec(value);
    if (!m) continue;
    if (form.kind === PrincipalKind.USER && m[1] === m[2]) return PrincipalKind.ROOT_ACCOUNT;
    return form.kind;
  }
  return PrincipalKind.UNKNOWN;
}

/** @internal checks one principal string found under `element` at `path`. */
export function checkPrincipal(value: string, element: PrincipalElement, path: string, references: boolean): Finding[] {
  if (hasPlaceholder(value, references) && !value.startsWith('qcs:')) return [];
  const kind = classifyPrincipal(value, element);
  const where = `${path === '' ? 'principal' : describePath(path)} ${JSON.stringify(value)}`;
  if (kind === PrincipalKind.UNKNOWN && !hasPlaceholder(value, references)) {
    const expected = element === 'service'
      ? 'a service principal is a service domain such as "scf.qcloud.com" or "cvm.qcloud.com"'
      : 'a principal is "*" or one of qcs::cam::uin/<owner uin>:uin/<uin> (user or root account), ' +
        ':root, :groupid/<id>, :roleName/<name>, :saml-provider/<name>, :service/<name>, or qcs::cam::anonymous:anonymous; uins are digits';
    const trimmed = /^(qcs::cam::uin\/\d+:(?:uin|groupid)\/\d+)\/./.exec(value)?.[1];
    const hint = trimmed ? ` (did you mean ${JSON.stringify(trimmed)}?)` : '';
    return [finding('INVALID_PRINCIPAL', Severity.ERROR, path, `${where}${hint}: ${expected}`)];
  }
  if (element === 'federated' && kind !== PrincipalKind.FEDERATED && kind !== PrincipalKind.UNKNOWN) {
    return [finding('INVALID_PRINCIPAL', Severity.ERROR, path, `${where}: a "federated" principal is an identity provider, qcs::cam::uin/<owner uin>:saml-provider/<name>`)];
  }
  return [];
}

/**
 * Who a statement applies to: the `principal` element of role trust policies, COS bucket policies
 * and CMQ's legacy CMQ policies.
 *
 * Principals are built from explicit uins; the library never writes CAM's `root` shorthand.
 */
export class Principal {
  /** A root account, written `qcs::cam::uin/<uin>:uin/<uin>`. */
  public static rootAccount(uin: string): Principal {
    return Principal.checked(`qcs::cam::uin/${uin}:uin/${uin}`, 'qcs');
  }

  /** A sub-user `subUin` of the root account `ownerUin`. */
  public static user(ownerUin: string, subUin: string): Principal {
    return Principal.checked(`qcs::cam::uin/${ownerUin}:uin/${subUin}`, 'qcs');
  }

  /** The user group `groupId` of the root account `ownerUin`. */
  public static group(ownerUin: string, groupId: string): Principal {
    return Principal.checked(`qcs::cam::uin/${ownerUin}:groupid/${groupId}`, 'qcs');
  }

  /** The role `roleName` of the root account `ownerUin`. */
  public static role(ownerUin: string, roleName: string): Principal {
    return Principal.checked(`qcs::cam::uin/${ownerUin}:roleName/${roleName}`, 'qcs');
  }

  /** A SAML identity provider, for the trust policy of a federated role. */
  public static samlProvider(ownerUin: string, providerName: string): Principal {
    return Principal.checked(`qcs::cam::uin/${ownerUin}:saml-provider/${providerName}`, 'federated');
  }

  /** An OIDC identity provider, for the trust policy of a federated role (see `OpenIdConnectPrincipal` for its required conditions). */
  public static oidcProvider(ownerUin: string, providerName: string): Principal {
    return Principal.checked(`qcs::cam::uin/${ownerUin}:oidc-provider/${providerName}`, 'federated');
  }

  /** A cloud service that may assume a role, such as `scf.qcloud.com`. */
  public static service(name: string): Principal {
    return Principal.checked(name, 'service');
  }

  /** Unauthenticated callers. Granting them anything is a SECURITY_WARNING. */
  public static anonymous(): Principal {
    return new Principal('qcs::cam::anonymous:anonymous', 'qcs');
  }

  /** Everyone (`*`). Granting everyone anything is a SECURITY_WARNING. */
  public static anyone(): Principal {
    return new Principal('*', 'qcs');
  }

  /**
   * Parses a principal string. A `qcs::cam::...` string or `*` goes under `qcs` (an identity
   * provider under `federated`); a service domain such as `scf.qcloud.com` under `service`.
   * @throws CamValidationError when the string is no principal of a known form
   */
  public static fromString(text: string): Principal {
    if (typeof text !== 'string') {
      throw new CamValidationError('Invalid principal', [finding('INVALID_PRINCIPAL', Severity.ERROR, '', `a principal is a string, not ${jsonType(text)}`)]);
    }
    const element: PrincipalElement = SERVICE_NAME.test(text) ? 'service' : /:(?:saml|oidc)-provider\//.test(text) ? 'federated' : 'qcs';
    return Principal.checked(text, element);
  }

  /** @internal a principal as found in a parsed document, valid or not. */
  public static _unchecked(value: string, element: PrincipalElement): Principal {
    return new Principal(value, element);
  }

  private static checked(value: string, element: PrincipalElement): Principal {
    const findings = checkPrincipal(value, element, '', false);
    if (findings.length > 0) throw new CamValidationError(`Invalid principal ${JSON.stringify(value)}`, findings);
    return new Principal(value, element);
  }

  /** The principal string, as it is written in the document. */
  public readonly value: string;
  /** @internal */
  public readonly _element: PrincipalElement;

  protected constructor(value: string, element: PrincipalElement) {
    this.value = value;
    this._element = element;
  }

  /**
   * The principals this one stands for where a statement is written: itself, a `CompositePrincipal`'s
   * members, or the stack's account for a `RootPrincipal` (read from `scope`'s `CamDefaults`).
   * @internal
   */
  public _expand(_scope?: unknown): Principal[] {
    return [this];
  }

  /**
   * The action a role's trust policy allows this principal: `name/sts:AssumeRoleWithSAML` for a SAML
   * provider, `name/sts:AssumeRoleWithWebIdentity` for an OIDC provider, `name/sts:AssumeRole` otherwise.
   * @internal
   */
  public get _assumeAction(): string {
    if (this.value.includes(':saml-provider/')) return 'name/sts:AssumeRoleWithSAML';
    if (this.value.includes(':oidc-provider/')) return 'name/sts:AssumeRoleWithWebIdentity';
    return 'name/sts:AssumeRole';
  }

  /** Conditions a role's trust statement for this principal holds under (an OIDC provider's issuer and client ids). @internal */
  public get _trustConditions(): Condition[] {
    return [];
  }

  /** What the principal names. */
  public get kind(): PrincipalKind {
    return classifyPrincipal(this.value, this._element);
  }

  /** The key of the principal map this principal is written under: `qcs`, `service` or `federated`. */
  public get element(): string {
    return this._element;
  }

  /** The root account uin the principal belongs to, when its form names one. */
  public get ownerUin(): string | undefined {
    return /^qcs::cam::uin\/([^:]+):/.exec(this.value)?.[1];
  }

  /**
   * The id inside the owner's account: the sub-user's uin, the group id, the role name or the
   * provider name. Undefined for `*`, anonymous and service principals.
   */
  public get id(): string | undefined {
    const m = /^qcs::cam::uin\/[^:]+:(?:uin|groupid|roleName|role\/tencentcloudServiceRoleName|saml-provider|oidc-provider|service)\/(.+)$/.exec(this.value);
    return m?.[1];
  }

  /** The principal string. `Principal.fromString(p.toString())` equals `p`. */
  public toString(): string {
    return this.value;
  }
}

// The account a stack works in, said once: `CamDefaults.set(stack, { ownerUin })` (or cdktf.json's
// context), read by grants, trust principals and anything below the construct it was set on.
import { IConstruct } from 'constructs';
import { CamValidationError } from '../policy/finding';
import { Principal } from '../policy/principal';

/** The defaults of a scope. */
export interface CamDefaultsProps {
  /**
   * The root account uin that owns the resources the stack grants on (TCMPP platforms, CMQ queues
   * and topics) and whose root a `RootPrincipal` names.
   * @default - none: each grant target and principal names its account
   */
  readonly ownerUin?: string;
  /**
   * The uin of the user who creates CMQ queues and topics (the console's details page shows it as
   * the creator). CMQ's resources name it beside the owner.
   * @default - none: each queue and topic names its creator
   */
  readonly creatorUin?: string;
}

const METADATA = 'tcam:defaults';
const CONTEXT: Record<keyof CamDefaultsProps, string> = { ownerUin: 'tencentcloud-cam:ownerUin', creatorUin: 'tencentcloud-cam:creatorUin' };

function checkUin(value: unknown, what: string, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{5,20}$/.test(value)) {
    throw new CamValidationError(`${where}: ${what} is a root or sub-account uin, digits such as '100000000001', got ${JSON.stringify(value)}`, []);
  }
  return value;
}

/**
 * The account a scope works in: set once on a stack (or any construct) and read by everything below
 * it: `TcmppPlatform.fromId({ platformId })`, `CmqQueue.fromName({ name })` and `CmqTopic.fromName`
 * without their uins, and `new RootPrincipal()`. Without `set`, the app's context keys
 * `tencentcloud-cam:ownerUin` and `tencentcloud-cam:creatorUin` (cdktf.json's `context`) are read.
 *
 * ```ts
 * CamDefaults.set(stack, { ownerUin: '100000000001', creatorUin: '100000000001' });
 * ```
 */
export class CamDefaults {
  /** Sets the defaults of `scope` and everything below it (once per construct). */
  public static set(scope: IConstruct, props: CamDefaultsProps): void {
    const where = `CamDefaults.set(${scope?.node?.path || 'app'})`;
    if (typeof props !== 'object' || props === null) throw new CamValidationError(`${where} takes { ownerUin: '100000000001', creatorUin: '100000000001' }`, []);
    if (scope.node.metadata.some((m) => m.type === METADATA)) throw new CamValidationError(`${where}: the defaults of ${scope.node.path || 'the app'} are set already: set them once`, []);
    const ownerUin = checkUin(props.ownerUin, 'ownerUin', where);
    const creatorUin = checkUin(props.creatorUin, 'creatorUin', where);
    scope.node.addMetadata(METADATA, { ...(ownerUin ? { ownerUin } : {}), ...(creatorUin ? { creatorUin } : {}) }, { stackTrace: false });
  }

  /** The defaults that apply at `scope`: the nearest `set` above it, each value falling back to the app's context. */
  public static of(scope: IConstruct): CamDefaults {
    const found: { ownerUin?: string; creatorUin?: string } = {};
    for (const c of [...scope.node.scopes].reverse()) {
      const set = c.node.metadata.find((m) => m.type === METADATA)?.data as CamDefaultsProps | undefined;
      if (!set) continue;
      found.ownerUin ??= set.ownerUin;
      found.creatorUin ??= set.creatorUin;
    }
    for (const key of Object.keys(CONTEXT) as Array<keyof CamDefaultsProps>) {
      found[key] ??= checkUin(scope.node.tryGetContext(CONTEXT[key]), `the context key ${CONTEXT[key]}`, 'CamDefaults');
    }
    return new CamDefaults(scope.node.path, found);
  }

  /** The default owner uin, if one is set. */
  public readonly ownerUin?: string;
  /** The default CMQ creator uin, if one is set. */
  public readonly creatorUin?: string;

  private constructor(private readonly where: string, props: CamDefaultsProps) {
    this.ownerUin = props.ownerUin;
    this.creatorUin = props.creatorUin;
  }

  /** @internal `given`, else the default owner uin; an error naming `what` and both fixes when neither is there. */
  public _requireOwnerUin(given: string | undefined, what: string): string {
    return given ?? this.ownerUin ?? this.missing('ownerUin', what);
  }

  /** @internal `given`, else the default CMQ creator uin; an error naming `what` and both fixes when neither is there. */
  public _requireCreatorUin(given: string | undefined, what: string): string {
    return given ?? this.creatorUin ?? this.missing('creatorUin', what);
  }

  private missing(key: keyof CamDefaultsProps, what: string): never {
    throw new CamValidationError(
      `${this.where || 'app'}: ${what} needs ${key === 'ownerUin' ? 'the owner account' : "the CMQ creator's uin"}: give ${key} to it, ` +
      `or set it once for the stack with CamDefaults.set(stack, { ${key}: '100000000001' }) (or the context key ${CONTEXT[key]})`, []);
  }
}

/**
 * The root account the stack works in, as a principal (`qcs::cam::uin/<uin>:uin/<uin>`), read from
 * `CamDefaults` where it is used: in a role's `assumedBy` or `grantAssumeRole`.
 */
export class RootPrincipal extends Principal {
  public constructor() {
    super('qcs::cam::uin/${CamDefaults.ownerUin}:uin/${CamDefaults.ownerUin}', 'qcs');
  }

  /** @internal */
  public _expand(scope?: unknown): Principal[] {
    const construct = scope as IConstruct | undefined;
    if (typeof construct?.node?.tryGetContext !== 'function') {
      throw new CamValidationError('RootPrincipal names the stack\'s account, read from CamDefaults: use it in a CamRole\'s assumedBy or grantAssumeRole, or give the account with new AccountPrincipal(uin)', []);
    }
    return [Principal.rootAccount(CamDefaults.of(construct)._requireOwnerUin(undefined, 'RootPrincipal'))];
  }
}

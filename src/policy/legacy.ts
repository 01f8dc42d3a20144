import { Finding, Severity, finding, pointer, quote } from './finding';
import { hasOwn, isJsonObject as isObject, ownValue as own } from './json-error';

/**
 * CMQ's legacy policy API (CMQ's "set permissions through the API" page) wraps every call in an
 * envelope, `{"version": 1, "componentName": "MC", "eventId": ..., "interface": {"interfaceName":
 * ..., "para": {...}}}`. A `CreateCamStrategy` para (`strategyName`, `strategyInfo`, `remark`) holds a
 * policy; an `OperateCamStrategy` para (`groupId`, `relateUin`, `strategyId`, `actionType`) attaches
 * or detaches one: `actionType` 1 attaches, 2 detaches; `groupId` -1 means "not a group" and
 * `relateUin` -1 "not a user", so exactly one of them names the target.
 */

const ATTACH_KEYS = ['groupId', 'relateUin', 'strategyId', 'actionType'];

/** Whether a value is the envelope of a legacy call. @internal */
export function isLegacyEnvelope(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const iface = own(value, 'interface');
  return isObject(iface) && hasOwn(iface, 'para') &&
    (hasOwn(value, 'componentName') || hasOwn(iface, 'interfaceName'));
}

/** Whether a value is the para of an `OperateCamStrategy` call. @internal */
export function isAttachRequest(value: unknown): value is Record<string, unknown> {
  return isObject(value) && hasOwn(value, 'strategyId') && hasOwn(value, 'actionType');
}

/** An `OperateCamStrategy` call as read, and what the API would refuse in it. @internal */
export interface LegacyAttachRequest {
  /** The user group, when the call names one (`groupId` other than -1). */
  readonly groupId?: string;
  /** The user's uin, when the call names one (`relateUin` other than -1). */
  readonly relateUin?: string;
  readonly strategyId?: string;
  /** 1 attaches, 2 detaches. */
  readonly actionType?: number;
  readonly findings: Finding[];
}

/** An id as the API takes it: a whole number, written as a number or as digits; -1 is "none". */
function idOf(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (typeof v === 'string' && /^-?\d{1,20}$/.test(v)) return v;
  return undefined;
}

/** Reads an `OperateCamStrategy` para at `path`, with a finding for everything the API would refuse. @internal */
export function readAttachRequest(para: Record<string, unknown>, path: string): LegacyAttachRequest {
  const findings: Finding[] = [];
  for (const key of Object.keys(para)) {
    if (!ATTACH_KEYS.includes(key)) {
      findings.push(finding('INVALID_ELEMENT', Severity.ERROR, pointer(path, key), `${JSON.stringify(key)} is not a field of an OperateCamStrategy request: the fields are ${ATTACH_KEYS.join(', ')}`));
    }
  }
  const strategyId = idOf(own(para, 'strategyId'));
  if (strategyId === undefined || Number(strategyId) <= 0) {
    findings.push(finding('INVALID_ELEMENT', Severity.ERROR, pointer(path, 'strategyId'), `strategyId ${quote(own(para, 'strategyId'))}: it is the id of the policy to attach, a positive whole number such as 666`));
  }
  const action = own(para, 'actionType');
  const actionType = action === 1 || action === '1' ? 1 : action === 2 || action === '2' ? 2 : undefined;
  if (actionType === undefined) {
    findings.push(finding('INVALID_ELEMENT', Severity.ERROR, pointer(path, 'actionType'), `actionType ${quote(action)}: it is 1 (attach the policy) or 2 (detach it)`));
  }
  const target = (key: 'groupId' | 'relateUin'): string | undefined | null => {
    const raw = own(para, key);
    if (raw === undefined) return null;
    const id = idOf(raw);
    if (id === undefined || (id.startsWith('-') && id !== '-1')) {
      findings.push(finding('INVALID_ATTACHMENT_TARGET', Severity.ERROR, pointer(path, key), `${key} ${quote(raw)}: it is a ${key === 'groupId' ? 'user group id' : "user's uin"} (digits), or -1 when the target is a ${key === 'groupId' ? 'user' : 'group'}`));
      return undefined;
    }
    return id === '-1' ? null : id;
  };
  const groupId = target('groupId');
  const relateUin = target('relateUin');
  if (groupId === null && relateUin === null) {
    findings.push(finding('INVALID_ATTACHMENT_TARGET', Severity.ERROR, path, 'neither groupId nor relateUin names a target: give the group id and relateUin -1 to attach to a group, or the user\'s uin and groupId -1 to attach to a user'));
  } else if (typeof groupId === 'string' && typeof relateUin === 'string') {
    findings.push(finding('INVALID_ATTACHMENT_TARGET', Severity.ERROR, path, `both groupId (${groupId}) and relateUin (${relateUin}) name a target: one call attaches to one; set the other to -1`));
  }
  return {
    groupId: typeof groupId === 'string' ? groupId : undefined,
    relateUin: typeof relateUin === 'string' ? relateUin : undefined,
    strategyId,
    actionType,
    findings,
  };
}
